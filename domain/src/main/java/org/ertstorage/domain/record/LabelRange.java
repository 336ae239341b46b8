package org.ertstorage.domain.record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ertstorage.domain.DomainRuleViolation;

/**
 * The columns an ensemble-wide read keeps (issue 7's server-side selection): those whose label
 * lies between {@code from} and {@code to}, both included, compared as the labels' type: numbers
 * as numbers, timestamps as times (a bare date is its midnight), strings by code unit.
 */
public record LabelRange(Optional<String> from, Optional<String> to) {

    public static final LabelRange ALL = new LabelRange(Optional.empty(), Optional.empty());

    /** A bound that is not of the type of the labels it is compared with. */
    public static final class BoundMismatch extends DomainRuleViolation {

        BoundMismatch(String parameter, String bound, LabelType type) {
            super(Category.UNPROCESSABLE, "'" + parameter + "' is '" + bound + "', which is not "
                    + (type == LabelType.TIMESTAMP ? "a timestamp" : "a number") + " as the column labels are",
                    Map.of("parameter", parameter));
        }
    }

    public LabelRange {
        Objects.requireNonNull(from, "'from' must not be null");
        Objects.requireNonNull(to, "'to' must not be null");
    }

    public boolean isAll() {
        return from.isEmpty() && to.isEmpty();
    }

    /**
     * The positions of the columns in the range, in their order.
     *
     * @throws BoundMismatch when a bound cannot be compared with the labels' type
     */
    public int[] keep(LabelAxis columns) {
        var type = columns.type();
        var low = from.map(bound -> key(bound, type, "label_from"));
        var high = to.map(bound -> key(bound, type, "label_to"));
        return IntStream.range(0, columns.size()).filter(i -> {
            Comparable<Object> label = key(columns.values().get(i), type, "label");
            return label != null && low.map(l -> label.compareTo(l) >= 0).orElse(true)
                    && high.map(h -> label.compareTo(h) <= 0).orElse(true);
        }).toArray();
    }

    /** A text as a comparable value of the type; null for a NaN label, which lies in no range. */
    @SuppressWarnings("unchecked")
    private static Comparable<Object> key(String text, LabelType type, String parameter) {
        try {
            return (Comparable<Object>) (Comparable<?>) switch (type) {
                case INTEGER, FLOAT -> {
                    double value = switch (text.strip()) {
                        case "inf" -> Double.POSITIVE_INFINITY;
                        case "-inf" -> Double.NEGATIVE_INFINITY;
                        case "nan" -> Double.NaN;
                        default -> Double.parseDouble(text.strip());
                    };
                    yield Double.isNaN(value) ? null : value;
                }
                case TIMESTAMP -> {
                    String time = text.strip().replace(' ', 'T');
                    yield time.contains("T") ? LocalDateTime.parse(time) : LocalDate.parse(time).atStartOfDay();
                }
                case STRING -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BoundMismatch(parameter, text, type);
        }
    }
}
