package org.ertstorage.adapter.formats.matrix;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ertstorage.adapter.formats.PythonFloats;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;

/**
 * CSV uploads read whole (API.md 6.2, 6.5.3), row by row as {@link CsvRows} reads them. Column
 * labels are text; the row index is INTEGER when every label is an integer, FLOAT when every
 * label is a number, else STRING.
 */
final class CsvMatrixReader implements MatrixReader {

    @Override
    public Matrix read(byte[] body) {
        var rows = CsvRows.open(new ByteArrayInputStream(body));
        int width = rows.columns().size();
        var rowLabels = new ArrayList<String>();
        var values = new DoubleList(body.length / 4);
        for (var row = rows.next(); row.isPresent(); row = rows.next()) {
            rowLabels.add(row.get().label());
            for (double value : row.get().values()) {
                values.add(value);
            }
        }
        if (values.size() == 0) {
            throw UndecodableMatrix.emptyMatrix();
        }
        var labels = new Labels(LabelAxis.strings(rows.columns()), typedIndex(rowLabels));
        return new Matrix(Shape.of(rowLabels.size(), width), values.toArray(), Optional.of(labels));
    }

    static LabelAxis typedIndex(List<String> labels) {
        try {
            return new LabelAxis(LabelType.INTEGER, labels.stream().map(l -> Long.toString(Long.parseLong(l.strip()))).toList());
        } catch (NumberFormatException notIntegers) {
            try {
                return new LabelAxis(LabelType.FLOAT, labels.stream().map(CsvMatrixReader::floatLabel).toList());
            } catch (NumberFormatException notNumbers) {
                return LabelAxis.strings(labels);
            }
        }
    }

    private static String floatLabel(String label) {
        String text = label.strip();
        if (CsvRows.missing(text)) {
            return PythonFloats.repr(Double.NaN);
        }
        var infinite = CsvRows.infinity(text);
        if (infinite.isPresent()) {
            return PythonFloats.repr(infinite.get());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PythonFloats.repr(DecimalText.parse(bytes, 0, bytes.length));
    }
}
