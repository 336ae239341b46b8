package org.ertstorage.domain.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A bulk upload's matrix cut into the forward-model records it carries: one row per realization.
 * A labeled matrix (CSV, Parquet) names each row's realization in its row labels; an unlabeled one
 * (JSON, .npy) holds realizations 0, 1, … in order. Each record is its row, a 1 x N matrix that
 * keeps the column labels and its own row label.
 */
public record RealizationRows(List<Row> rows) {

    /** One realization's record content. */
    public record Row(int realization, Matrix matrix) {

        public Row {
            Objects.requireNonNull(matrix, "'matrix' must not be null");
        }
    }

    public RealizationRows {
        rows = List.copyOf(Objects.requireNonNull(rows, "'rows' must not be null"));
    }

    /** @throws NotAMatrix when the matrix is not two-dimensional, a row label is no realization index, or one repeats */
    public static RealizationRows of(Matrix matrix) {
        var sequence = new Sequence();
        return new RealizationRows(rowsOf(matrix).stream().map(sequence::next).toList());
    }

    /**
     * The rows of a bulk upload's matrix, each a 1 x N matrix with the column labels and its own
     * row label.
     *
     * @throws NotAMatrix when the matrix is not two-dimensional
     */
    public static List<Matrix> rowsOf(Matrix matrix) {
        requireRows(matrix.shape());
        int count = matrix.shape().dimension(0);
        int width = matrix.shape().dimension(1);
        var rows = new ArrayList<Matrix>(count);
        for (int r = 0; r < count; r++) {
            int row = r;
            var labels = matrix.labels().map(l -> new Labels(l.columns(),
                    new LabelAxis(l.rows().type(), List.of(l.rows().values().get(row)))));
            rows.add(new Matrix(Shape.of(1, width), Arrays.copyOfRange(matrix.values(), r * width, (r + 1) * width),
                    labels));
        }
        return rows;
    }

    /** @throws NotAMatrix unless a bulk upload of this shape has rows to cut: it must be two-dimensional */
    public static void requireRows(Shape shape) {
        if (shape.rank() != 2) {
            throw new NotAMatrix("a bulk upload is a two-dimensional matrix with one row per realization, not of shape "
                    + shape.dimensions());
        }
    }

    /**
     * A bulk upload's rows met one at a time, as a streamed body yields them: each row's
     * realization is its label, or its position when unlabeled, and no two rows share one.
     */
    public static final class Sequence {

        private final Set<Integer> seen = new HashSet<>();

        /**
         * @param row a 1 x N matrix, labeled with its realization or unlabeled
         * @throws NotAMatrix when its label is no realization index or an earlier row had its realization
         */
        public Row next(Matrix row) {
            if (row.shape().rank() != 2 || row.shape().dimension(0) != 1) {
                throw new IllegalArgumentException("a row is a 1 x N matrix, not of shape " + row.shape().dimensions());
            }
            // Every row before this one added its realization, so their count is this row's position.
            int realization = row.labels().map(l -> realization(l.rows().values().getFirst())).orElse(seen.size());
            if (!seen.add(realization)) {
                throw new NotAMatrix("realization " + realization + " has more than one row");
            }
            return new Row(realization, row);
        }
    }

    private static int realization(String label) {
        try {
            return Integer.parseInt(label.strip());
        } catch (NumberFormatException e) {
            throw new NotAMatrix("row label '" + label + "' is not a realization index");
        }
    }

    /** The realizations, in row order. */
    public List<Integer> realizations() {
        return rows.stream().map(Row::realization).toList();
    }
}
