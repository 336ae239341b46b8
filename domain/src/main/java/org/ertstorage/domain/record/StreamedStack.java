package org.ertstorage.domain.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The stacked table of forward-model records (API.md 6.5.2) planned from their heads alone, for
 * the mix whose stacking moves no value: every record has its own realization, all have the same
 * columns and cell shape, and each row is labeled by its record's realization (one row, or
 * labeled rows; DEFECTS D-05). Then {@link RecordTable#of} would put the records' rows one after
 * the other in realization order, so each record's content can be written as it arrives. Other
 * mixes (an ensemble-wide record, differing columns, unlabeled rows) are stacked in memory.
 */
public final class StreamedStack {

    /** What planning needs of a stored numeric record: everything but its values. */
    public record Head(RecordId id, Optional<Integer> realization, Shape shape, Optional<Labels> labels) {

        public Head {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(realization, "'realization' must not be null");
            Objects.requireNonNull(shape, "'shape' must not be null");
            Objects.requireNonNull(labels, "'labels' must not be null");
        }
    }

    private final TableLayout layout;
    private final Set<RecordId> records;
    private final int storedColumns;
    /** The stored columns the table keeps, in order; null for all of them. */
    private final int[] keptColumns;

    private StreamedStack(TableLayout layout, Set<RecordId> records, int storedColumns, int[] keptColumns) {
        this.layout = layout;
        this.records = records;
        this.storedColumns = storedColumns;
        this.keptColumns = keptColumns;
    }

    /** The table's layout: the records' columns, one row label per row with its realization. */
    public TableLayout layout() {
        return layout;
    }

    public int recordCount() {
        return records.size();
    }

    /** Whether the record is one of those planned; later arrivals are not part of this read. */
    public boolean includes(RecordId id) {
        return records.contains(id);
    }

    /** A planned record's rows of the table, from its stored values. */
    public double[] rows(double[] stored) {
        if (keptColumns == null) {
            return stored;
        }
        int cell = layout.cellSize();
        int rowCount = storedColumns == 0 ? 0 : stored.length / (storedColumns * cell);
        return RecordTable.keepColumns(stored, rowCount, storedColumns, cell, keptColumns);
    }

    /**
     * Plans the stack of the heads, taken one at a time in realization order and holding only the
     * first's labels besides the plan; empty when there are none or their mix is stacked in memory.
     *
     * @param label keeps only that column of labeled records, as {@link RecordTable#of} does
     * @param range keeps only the columns whose labels it holds
     * @throws RecordLabelNotFound when a label is asked for that the labeled records lack
     * @throws LabelRange.BoundMismatch when the range's bounds are not of the labels' type
     */
    public static Optional<StreamedStack> plan(Iterator<Head> heads, Optional<String> label, LabelRange range) {
        Objects.requireNonNull(label, "'label' must not be null");
        if (!heads.hasNext()) {
            return Optional.empty();
        }
        Head first = heads.next();
        var records = new HashSet<RecordId>();
        var rowLabels = new ArrayList<String>();
        Head previous = null;
        for (Head head = first; head != null; head = heads.hasNext() ? heads.next() : null) {
            if (!fits(head, first, previous)) {
                return Optional.empty();
            }
            records.add(head.id());
            rowLabels.addAll(Collections.nCopies(rowCount(head.shape()), Integer.toString(head.realization().orElseThrow())));
            previous = head;
        }
        Shape shape = first.shape();
        int storedColumns = columnCount(shape);
        var columns = first.labels().map(Labels::columns).orElseGet(() -> RecordTable.positions(storedColumns));
        int[] kept = null;
        if (label.isPresent() && first.labels().isPresent()) {
            int column = columns.values().indexOf(label.get());
            if (column < 0) {
                throw new RecordLabelNotFound(label.get());
            }
            kept = new int[] {column};
        }
        if (!range.isAll()) {
            var inRange = range.keep(columns);
            kept = kept == null ? inRange : Arrays.stream(kept).filter(c -> Arrays.binarySearch(inRange, c) >= 0).toArray();
        }
        if (kept != null) {
            var all = columns.values();
            columns = new LabelAxis(columns.type(), Arrays.stream(kept).mapToObj(all::get).toList());
        }
        var layout = new TableLayout(columns, new LabelAxis(LabelType.INTEGER, rowLabels), cellShape(shape));
        return Optional.of(new StreamedStack(layout, Set.copyOf(records), storedColumns, kept));
    }

    /** Whether the head's rows follow the previous head's unchanged in the stack of records like the first. */
    private static boolean fits(Head head, Head first, Head previous) {
        if (head.realization().isEmpty()
                || previous != null && head.realization().get() <= previous.realization().orElseThrow()) {
            return false;
        }
        if (head.labels().isEmpty() && rowCount(head.shape()) != 1) {
            return false; // its rows are labeled 0, 1, ... and interleave with other records' rows
        }
        Shape shape = head.shape();
        Shape firstShape = first.shape();
        boolean sameColumns = first.labels().isPresent()
                ? head.labels().isPresent() && head.labels().get().columns().equals(first.labels().get().columns())
                : head.labels().isEmpty() && columnCount(shape) == columnCount(firstShape);
        return sameColumns && cellShape(shape).equals(cellShape(firstShape));
    }

    private static int rowCount(Shape shape) {
        return shape.rank() == 1 ? 1 : shape.dimension(0);
    }

    private static int columnCount(Shape shape) {
        return shape.rank() == 1 ? shape.dimension(0) : shape.dimension(1);
    }

    private static List<Integer> cellShape(Shape shape) {
        return shape.rank() <= 2 ? List.of() : shape.dimensions().subList(2, shape.rank());
    }
}
