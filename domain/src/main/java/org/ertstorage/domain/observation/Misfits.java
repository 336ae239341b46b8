package org.ertstorage.domain.observation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.RecordTable;

/**
 * Signed squared standardised residuals of responses against an observation (API.md §10):
 * {@code misfit = ((response - value) / error)^2 * sign(response - value)}, per realization and
 * observed point, or per realization the sum of their absolute values.
 */
public final class Misfits {

    private Misfits() {
    }

    /**
     * @param responses each realization's response, a one-row table whose column labels are
     *        matched against the observation's x axis (unlabeled columns are 0, 1, 2, ...)
     * @throws MisfitsUnavailable when a response lacks an observed point or has several rows
     */
    public static RecordTable compute(Observation observation, Map<Integer, RecordTable> responses, boolean summary) {
        Objects.requireNonNull(observation, "'observation' must not be null");
        if (responses.isEmpty()) {
            throw new MisfitsUnavailable("no response record with observations");
        }
        var sorted = new TreeMap<Integer, RecordTable>(Comparator.naturalOrder());
        sorted.putAll(responses);
        int points = observation.size();
        double[] observed = doubles(observation.values());
        double[] errors = doubles(observation.errors());
        int width = summary ? 1 : points;
        var values = new double[sorted.size() * width];
        var rows = new ArrayList<String>(sorted.size());
        int row = 0;
        ObservedColumns columns = null;
        for (var entry : sorted.entrySet()) {
            var table = entry.getValue();
            requireOneRow(table, entry.getKey());
            // Realizations of one response share their labels: they are matched against the x axis once.
            if (columns == null || !columns.labels().equals(table.columns().values())) {
                columns = ObservedColumns.of(table.columns().values(), observation, entry.getKey());
            }
            if (summary) {
                values[row] = summed(table.values(), columns.columns(), observed, errors);
            } else {
                pointwise(table.values(), columns.columns(), observed, errors, values, row * points);
            }
            rows.add(Integer.toString(entry.getKey()));
            row++;
        }
        var columnLabels = summary ? LabelAxis.strings(List.of("0")) : LabelAxis.strings(observation.xAxis());
        return new RecordTable(columnLabels, new LabelAxis(LabelType.INTEGER, rows), List.of(), values);
    }

    /*
     * Summary and pointwise misfits loop apart, over arrays: in one loop for both, the bounds
     * checks the JIT hoisted for one kind failed on the other and the method was deoptimized and
     * recompiled again and again (JFR: five C2 compilations of it in one benchmark run).
     */
    private static void pointwise(double[] response, int[] columns, double[] observed, double[] errors, double[] into,
            int offset) {
        for (int i = 0; i < observed.length; i++) {
            into[offset + i] = misfit(response[columns[i]], observed[i], errors[i]);
        }
    }

    private static double summed(double[] response, int[] columns, double[] observed, double[] errors) {
        double total = 0;
        for (int i = 0; i < observed.length; i++) {
            total += Math.abs(misfit(response[columns[i]], observed[i], errors[i]));
        }
        return total;
    }

    private static double misfit(double response, double observed, double error) {
        double difference = response - observed;
        double standardised = difference / error;
        return standardised * standardised * Math.signum(difference);
    }

    private static double[] doubles(List<Double> values) {
        var doubles = new double[values.size()];
        for (int i = 0; i < doubles.length; i++) {
            doubles[i] = values.get(i);
        }
        return doubles;
    }

    private static void requireOneRow(RecordTable response, int realization) {
        if (response.rowCount() != 1 || response.cellSize() != 1) {
            throw new MisfitsUnavailable("the response of realization " + realization + " has "
                    + response.rowCount() + " rows, one is needed");
        }
    }

    /** For each observed point, the column of a response's labels that holds it. */
    private record ObservedColumns(List<String> labels, int[] columns) {

        static ObservedColumns of(List<String> labels, Observation observation, int realization) {
            var columnOf = new HashMap<String, Integer>(labels.size() * 2);
            for (int c = labels.size() - 1; c >= 0; c--) {
                columnOf.put(labels.get(c), c);
            }
            var columns = new int[observation.size()];
            for (int i = 0; i < columns.length; i++) {
                String x = observation.xAxis().get(i);
                Integer column = columnOf.get(x);
                if (column == null) {
                    throw new MisfitsUnavailable("observed point '" + x + "' is not among the columns of the response of"
                            + " realization " + realization);
                }
                columns[i] = column;
            }
            return new ObservedColumns(labels, columns);
        }
    }
}
