package org.ertstorage.adapter.formats.matrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.Shape;

/** Test data: matrices, the tables a read makes of them, and their encodings. */
final class Tables {

    private Tables() {
    }

    static Matrix unlabeled(int[] shape, double... values) {
        return Matrix.unlabeled(Shape.of(shape), values);
    }

    static Matrix labeled(List<String> columns, LabelAxis rows, double... values) {
        return new Matrix(Shape.of(rows.size(), columns.size()), values,
                Optional.of(new Labels(LabelAxis.strings(columns), rows)));
    }

    static LabelAxis axis(LabelType type, String... labels) {
        return new LabelAxis(type, List.of(labels));
    }

    static RecordTable table(Matrix matrix) {
        return RecordTable.of(List.of(new RecordTable.Part(matrix, Optional.empty())), Optional.empty());
    }

    static byte[] bytes(MatrixFormat format, RecordTable table) {
        var out = new ByteArrayOutputStream();
        try {
            format.write(table.streamed(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(MatrixFormat format, RecordTable table) {
        return new String(bytes(format, table), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
