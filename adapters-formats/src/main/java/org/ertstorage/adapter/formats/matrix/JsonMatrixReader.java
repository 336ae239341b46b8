package org.ertstorage.adapter.formats.matrix;

import java.util.Arrays;
import java.util.List;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;

/**
 * JSON uploads: arrays nested to any depth, rectangular, of numbers, booleans (1.0/0.0),
 * {@code null} (NaN) and the tokens {@code NaN}, {@code Infinity}, {@code -Infinity} (API.md 6.2).
 * Objects, strings, bare scalars and ragged nesting are not matrices. Values go straight into a
 * {@code double[]}; no tree is built.
 */
final class JsonMatrixReader implements MatrixReader {

    private static final int MAX_DEPTH = 64;

    @Override
    public Matrix read(byte[] body) {
        return new Parser(body).matrix();
    }

    private static final class Parser {
        private final byte[] text;
        private final DoubleList values;
        private final int[] dimensions = new int[MAX_DEPTH];
        private int position;
        private int rank = -1;

        Parser(byte[] text) {
            this.text = text;
            this.values = new DoubleList(text.length / 4);
            Arrays.fill(dimensions, -1);
        }

        Matrix matrix() {
            skipWhitespace();
            if (position >= text.length || text[position] != '[') {
                throw new UndecodableMatrix("a matrix is a JSON array");
            }
            array(0);
            skipWhitespace();
            if (position != text.length) {
                throw new UndecodableMatrix("unexpected text after the array at byte " + position);
            }
            if (values.size() == 0) {
                throw UndecodableMatrix.emptyMatrix();
            }
            List<Integer> shape = Arrays.stream(dimensions, 0, rank).boxed().toList();
            return Matrix.unlabeled(new Shape(shape), values.toArray());
        }

        private void array(int depth) {
            if (depth >= MAX_DEPTH) {
                throw new UndecodableMatrix("arrays nested deeper than " + MAX_DEPTH);
            }
            position++;
            skipWhitespace();
            int count = 0;
            if (peek() == ']') {
                position++;
                leafAt(depth);
                close(depth, 0);
                return;
            }
            while (true) {
                skipWhitespace();
                if (peek() == '[') {
                    array(depth + 1);
                } else {
                    leafAt(depth);
                    values.add(scalar());
                }
                count++;
                skipWhitespace();
                byte c = next();
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw new UndecodableMatrix("expected ',' or ']' at byte " + (position - 1));
                }
            }
            close(depth, count);
        }

        /** Values or an empty array at {@code depth} make the array's rank {@code depth + 1}. */
        private void leafAt(int depth) {
            if (rank == -1) {
                rank = depth + 1;
            } else if (rank != depth + 1) {
                throw new UndecodableMatrix("ragged nesting: values at depths " + rank + " and " + (depth + 1));
            }
        }

        private void close(int depth, int count) {
            if (dimensions[depth] == -1) {
                dimensions[depth] = count;
            } else if (dimensions[depth] != count) {
                throw new UndecodableMatrix("ragged nesting: lengths " + dimensions[depth] + " and " + count + " at depth " + depth);
            }
        }

        private double scalar() {
            return switch (peek()) {
                case 't' -> literal("true", 1.0);
                case 'f' -> literal("false", 0.0);
                case 'n' -> literal("null", Double.NaN);
                case 'N' -> literal("NaN", Double.NaN);
                case 'I' -> literal("Infinity", Double.POSITIVE_INFINITY);
                case '-' -> position + 1 < text.length && text[position + 1] == 'I'
                        ? -literal("-Infinity", Double.POSITIVE_INFINITY) : number();
                default -> number();
            };
        }

        private double literal(String word, double value) {
            int end = position + word.length();
            if (end > text.length || !word.equals(DecimalText.text(text, position, end))) {
                throw new UndecodableMatrix("not a number at byte " + position);
            }
            position = end;
            return value;
        }

        private double number() {
            int start = position;
            while (position < text.length && isNumberByte(text[position])) {
                position++;
            }
            try {
                return DecimalText.parse(text, start, position);
            } catch (NumberFormatException e) {
                throw new UndecodableMatrix("not a number at byte " + start);
            }
        }

        private static boolean isNumberByte(byte c) {
            return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
        }

        private byte peek() {
            if (position >= text.length) {
                throw new UndecodableMatrix("the JSON ends early");
            }
            return text[position];
        }

        private byte next() {
            byte c = peek();
            position++;
            return c;
        }

        private void skipWhitespace() {
            while (position < text.length) {
                byte c = text[position];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                position++;
            }
        }
    }
}
