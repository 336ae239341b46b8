package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of a {@code .npy} body, read from its first bytes: versions 1.0, 2.0 and 3.0,
 * booleans, signed and unsigned integers and floats of any width NumPy has (except long double)
 * in either byte order, C or Fortran order. Object arrays (pickles), strings, complex and
 * structured dtypes are not matrices.
 */
final class NpyHeader {

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([?bBiuf])(\\d*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([\\d\\s,]*)\\)");
    /** NumPy writes headers of a few hundred bytes; a larger length is garbage, not a reason to allocate. */
    private static final int MAX_HEADER_BYTES = 1 << 20;

    /** An element type, by NumPy's kind character ({@code ?} bool, {@code i}, {@code u}, {@code f}) and width. */
    record Dtype(char kind, int width, ByteOrder order) {
    }

    private final Dtype dtype;
    private final List<Integer> dimensions;
    private final boolean fortran;
    private final int length;

    private NpyHeader(Dtype dtype, List<Integer> dimensions, boolean fortran, int length) {
        this.dtype = dtype;
        this.dimensions = dimensions;
        this.fortran = fortran;
        this.length = length;
    }

    /**
     * Reads the magic, the version and the header dictionary, leaving the body at its data.
     *
     * @throws UndecodableMatrix when they are not those of a numeric {@code .npy}
     */
    static NpyHeader read(InputStream body) throws IOException {
        byte[] start = body.readNBytes(10);
        if (start.length < 10 || !Arrays.equals(start, 0, 6, NpyTableWriter.MAGIC, 0, 6)) {
            throw new UndecodableMatrix("not a .npy file");
        }
        int major = start[6];
        if (major < 1 || major > 3) {
            throw new UndecodableMatrix("unsupported .npy version or header");
        }
        int headerLength = Short.toUnsignedInt(ByteBuffer.wrap(start, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort());
        if (major > 1) {
            byte[] high = body.readNBytes(2);
            headerLength = high.length < 2 ? -1 : headerLength | Short.toUnsignedInt(
                    ByteBuffer.wrap(high).order(ByteOrder.LITTLE_ENDIAN).getShort()) << 16;
        }
        byte[] header = headerLength < 0 || headerLength > MAX_HEADER_BYTES ? new byte[0] : body.readNBytes(headerLength);
        if (headerLength < 0 || header.length < headerLength) {
            throw new UndecodableMatrix("unsupported .npy version or header");
        }
        String text = new String(header, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return new NpyHeader(dtype(text), shape(text), group(FORTRAN, text).equals("True"),
                (major == 1 ? 10 : 12) + headerLength);
    }

    Dtype dtype() {
        return dtype;
    }

    List<Integer> dimensions() {
        return dimensions;
    }

    boolean fortran() {
        return fortran;
    }

    /** The bytes before the data: magic, version, header length and header. */
    int length() {
        return length;
    }

    /** How many data bytes the shape promises; one that overflows a long cannot fit any body. */
    long dataBytes() {
        long bytes = dtype.width();
        try {
            for (int dimension : dimensions) {
                bytes = Math.multiplyExact(bytes, dimension);
            }
            return bytes;
        } catch (ArithmeticException e) {
            throw new UndecodableMatrix("the .npy shape " + dimensions + " is too large");
        }
    }

    /** Decodes {@code count} elements of this header's dtype, in the buffer's byte order. */
    double[] decode(ByteBuffer data, int count) {
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
        return List.copyOf(dimensions);
    }

    /** A dtype width or dimension: digits only (the patterns say so), but perhaps too many for an int. */
    private static int headerNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new UndecodableMatrix("the .npy header holds a number out of range: " + digits);
        }
    }

    private static String group(Pattern pattern, String header) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new UndecodableMatrix("the .npy header lacks " + pattern.pattern());
        }
        return m.group(1);
    }

    private static double unsignedLong(long value) {
        return value >= 0 ? value : (value >>> 1) * 2.0 + (value & 1);
    }
}
