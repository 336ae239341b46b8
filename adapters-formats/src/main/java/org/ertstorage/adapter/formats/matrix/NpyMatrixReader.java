package org.ertstorage.adapter.formats.matrix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;

/**
 * NumPy {@code .npy} uploads (API.md 6.5.4): versions 1.0, 2.0 and 3.0, booleans, signed and
 * unsigned integers and floats of any width NumPy has (except long double) in either byte order,
 * C or Fortran order. Object arrays (pickles), strings, complex and structured dtypes, and 0-d
 * arrays are not matrices.
 */
final class NpyMatrixReader implements MatrixReader {

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([?bBiuf])(\\d*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([\\d\\s,]*)\\)");

    private record Dtype(char kind, int width, ByteOrder order) {
    }

    @Override
    public Matrix read(byte[] body) {
        var buffer = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
        if (body.length < 10 || !Arrays.equals(body, 0, 6, NpyTableWriter.MAGIC, 0, 6)) {
            throw new UndecodableMatrix("not a .npy file");
        }
        int major = body[6];
        int headerLength = major == 1 ? Short.toUnsignedInt(buffer.getShort(8)) : buffer.getInt(8);
        int dataStart = (major == 1 ? 10 : 12) + headerLength;
        if (major < 1 || major > 3 || headerLength < 0 || dataStart > body.length) {
            throw new UndecodableMatrix("unsupported .npy version or header");
        }
        var charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        String header = new String(body, major == 1 ? 10 : 12, headerLength, charset);
        Dtype dtype = dtype(header);
        List<Integer> dimensions = shape(header);
        boolean fortran = group(FORTRAN, header).equals("True");
        // Checked before the shape is built: a header may promise more values than an int counts.
        if (dataBytes(dimensions, dtype.width()) != body.length - dataStart) {
            throw new UndecodableMatrix("the data does not fit shape " + dimensions);
        }
        var shape = new Shape(dimensions);
        int count = shape.size();
        if (count == 0) {
            throw UndecodableMatrix.emptyMatrix();
        }
        double[] values = decode(ByteBuffer.wrap(body, dataStart, body.length - dataStart).slice().order(dtype.order()), dtype, count);
        return Matrix.unlabeled(shape, fortran ? FortranOrder.toC(values, dimensions) : values);
    }

    private static Dtype dtype(String header) {
        Matcher m = DESCR.matcher(header);
        if (!m.find()) {
            throw new UndecodableMatrix("not a numeric dtype");
        }
        char kind = m.group(2).charAt(0);
        int width = m.group(3).isEmpty() ? 1 : headerNumber(m.group(3));
        boolean supported = switch (kind) {
            case '?', 'b' -> width == 1;
            case 'B' -> width == 1;
            case 'i', 'u' -> width == 1 || width == 2 || width == 4 || width == 8;
            case 'f' -> width == 2 || width == 4 || width == 8;
            default -> false;
        };
        if (!supported) {
            throw new UndecodableMatrix("unsupported dtype " + m.group());
        }
        ByteOrder order = m.group(1).equals(">") ? ByteOrder.BIG_ENDIAN
                : m.group(1).equals("=") ? ByteOrder.nativeOrder() : ByteOrder.LITTLE_ENDIAN;
        // NumPy's one-character codes: 'b' is int8 and 'B' uint8; '?' and "b1" are bool.
        char normalised = kind == '?' || (kind == 'b' && !m.group(3).isEmpty()) ? '?' : kind == 'b' ? 'i' : kind == 'B' ? 'u' : kind;
        return new Dtype(normalised, width, order);
    }

    private static List<Integer> shape(String header) {
        var dimensions = new ArrayList<Integer>();
        for (String part : group(SHAPE, header).split(",")) {
            if (!part.isBlank()) {
                dimensions.add(headerNumber(part.strip()));
            }
        }
        return dimensions;
    }

    /** A dtype width or dimension: digits only (the patterns say so), but perhaps too many for an int. */
    private static int headerNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new UndecodableMatrix("the .npy header holds a number out of range: " + digits);
        }
    }

    /** How many data bytes the shape promises; one that overflows a long cannot fit any body. */
    private static long dataBytes(List<Integer> dimensions, int width) {
        long bytes = width;
        try {
            for (int dimension : dimensions) {
                bytes = Math.multiplyExact(bytes, dimension);
            }
            return bytes;
        } catch (ArithmeticException e) {
            throw new UndecodableMatrix("the .npy shape " + dimensions + " is too large");
        }
    }

    private static String group(Pattern pattern, String header) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new UndecodableMatrix("the .npy header lacks " + pattern.pattern());
        }
        return m.group(1);
    }

    private static double[] decode(ByteBuffer data, Dtype dtype, int count) {
        IntToDoubleFunction element = switch (dtype.kind() + Integer.toString(dtype.width())) {
            case "f8" -> i -> data.getDouble(i * 8);
            case "f4" -> i -> data.getFloat(i * 4);
            case "f2" -> i -> Float.float16ToFloat(data.getShort(i * 2));
            case "i8" -> i -> data.getLong(i * 8);
            case "i4" -> i -> data.getInt(i * 4);
            case "i2" -> i -> data.getShort(i * 2);
            case "i1" -> data::get;
            case "u8" -> i -> unsignedLong(data.getLong(i * 8));
            case "u4" -> i -> Integer.toUnsignedLong(data.getInt(i * 4));
            case "u2" -> i -> Short.toUnsignedInt(data.getShort(i * 2));
            case "u1" -> i -> Byte.toUnsignedInt(data.get(i));
            case "?1" -> i -> data.get(i) != 0 ? 1.0 : 0.0;
            default -> throw new UndecodableMatrix("unsupported dtype");
        };
        var values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = element.applyAsDouble(i);
        }
        return values;
    }

    private static double unsignedLong(long value) {
        return value >= 0 ? value : (value >>> 1) * 2.0 + (value & 1);
    }
}
