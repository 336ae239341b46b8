package org.ertstorage.domain.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

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
        if (matrix.shape().rank() != 2) {
            throw new NotAMatrix("a bulk upload is a two-dimensional matrix with one row per realization, not of shape "
                    + matrix.shape().dimensions());
        }
        int count = matrix.shape().dimension(0);
        int width = matrix.shape().dimension(1);
        var seen = new HashSet<Integer>();
        var rows = new ArrayList<Row>(count);
        for (int r = 0; r < count; r++) {
            int row = r;
            int realization = matrix.labels().map(l -> realization(l.rows().values().get(row))).orElse(row);
            if (!seen.add(realization)) {
                throw new NotAMatrix("realization " + realization + " has more than one row");
            }
            var labels = matrix.labels().map(l -> new Labels(l.columns(),
                    new LabelAxis(l.rows().type(), List.of(l.rows().values().get(row)))));
            rows.add(new Row(realization, new Matrix(new Shape(List.of(1, width)),
                    Arrays.copyOfRange(matrix.values(), r * width, (r + 1) * width), labels)));
        }
        return new RealizationRows(rows);
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
