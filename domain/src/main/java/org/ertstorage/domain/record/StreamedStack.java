package org.ertstorage.domain.record;

import java.util.ArrayList;
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
    private final int keptColumn;

    private StreamedStack(TableLayout layout, Set<RecordId> records, int storedColumns, int keptColumn) {
        this.layout = layout;
        this.records = records;
        this.storedColumns = storedColumns;
        this.keptColumn = keptColumn;
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
        if (keptColumn < 0) {
            return stored;
        }
        int cell = layout.cellSize();
        int rowCount = stored.length / (storedColumns * cell);
        var kept = new double[rowCount * cell];
        for (int row = 0; row < rowCount; row++) {
            System.arraycopy(stored, (row * storedColumns + keptColumn) * cell, kept, row * cell, cell);
        }
        return kept;
    }

    /**
     * The plan of the heads, taken one at a time in realization order and keeping only one
     * record's labels besides the plan's; empty when there are none or their mix is stacked in
     * memory.
     *
     * @param label keeps only that column of labeled records, as {@link RecordTable#of} does
     * @throws RecordLabelNotFound when a label is asked for that the labeled records lack
     */
    public static Optional<StreamedStack> plan(Iterator<Head> heads, Optional<String> label) {
        Objects.requireNonNull(label, "'label' must not be null");
        var records = new HashSet<RecordId>();
        var rowLabels = new ArrayList<String>();
        Head first = null;
        int lastRealization = -1;
        while (heads.hasNext()) {
            var head = heads.next();
            if (!fits(head, first, lastRealization)) {
                return Optional.empty();
            }
            if (first == null) {
                first = head;
            }
            int realization = head.realization().orElseThrow();
            lastRealization = realization;
            records.add(head.id());
            rowLabels.addAll(Collections.nCopies(rowCount(head.shape()), Integer.toString(realization)));
        }
        if (first == null) {
            return Optional.empty();
        }
        Shape shape = first.shape();
        int storedColumns = columnCount(shape);
        var columns = first.labels().map(Labels::columns).orElseGet(() -> RecordTable.positions(storedColumns));
        int keptColumn = -1;
        if (label.isPresent() && first.labels().isPresent()) {
            keptColumn = columns.values().indexOf(label.get());
            if (keptColumn < 0) {
                throw new RecordLabelNotFound(label.get());
            }
            columns = new LabelAxis(columns.type(), List.of(label.get()));
        }
        var layout = new TableLayout(columns, new LabelAxis(LabelType.INTEGER, rowLabels), cellShape(shape));
        return Optional.of(new StreamedStack(layout, Set.copyOf(records), storedColumns, keptColumn));
    }

    private static boolean fits(Head head, Head first, int lastRealization) {
        if (head.realization().isEmpty() || head.realization().get() <= lastRealization) {
            return false;
        }
        if (head.labels().isEmpty() && rowCount(head.shape()) != 1) {
            return false; // its rows are labeled 0, 1, ... and interleave with other records' rows
        }
        if (first == null) {
            return true;
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
