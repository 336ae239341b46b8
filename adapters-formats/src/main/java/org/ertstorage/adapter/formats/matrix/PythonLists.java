package org.ertstorage.adapter.formats.matrix;

import java.util.List;
import org.ertstorage.adapter.formats.PythonFloats;

/** Nested lists of floats as Python's {@code repr} writes them: {@code [[1.0, nan], [inf, 2.0]]}. */
final class PythonLists {

    private PythonLists() {
    }

    static String repr(double[] values, int offset, List<Integer> shape) {
        var text = new StringBuilder();
        append(text, values, offset, shape, 0);
        return text.toString();
    }

    private static int append(StringBuilder text, double[] values, int offset, List<Integer> shape, int axis) {
        text.append('[');
        int position = offset;
        for (int i = 0; i < shape.get(axis); i++) {
            if (i > 0) {
                text.append(", ");
            }
            if (axis == shape.size() - 1) {
                text.append(PythonFloats.repr(values[position++]));
            } else {
                position = append(text, values, position, shape, axis + 1);
            }
        }
        text.append(']');
        return position;
    }
}
