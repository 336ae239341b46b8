package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.StreamedTable;

/**
 * The encodings of numeric records (API.md 6.2, 6.5.3), chosen by media type: the five literal
 * values of the original always work, and media types are also matched without parameters and
 * case (DEFECTS D-19). {@code application/x-dataframe} is the deprecated alias of {@code text/csv}.
 */
public enum MatrixFormat {
    JSON("application/json", new JsonMatrixReader(), new JsonTableWriter()),
    NUMPY("application/x-numpy", new NpyMatrixReader(), new NpyTableWriter()),
    CSV("text/csv; charset=utf-8", new CsvMatrixReader(), new CsvTableWriter()),
    PARQUET("application/x-parquet", new ParquetMatrixReader(), new ParquetTableWriter());

    private final String responseContentType;
    private final MatrixReader reader;
    private final TableWriter writer;

    MatrixFormat(String responseContentType, MatrixReader reader, TableWriter writer) {
        this.responseContentType = responseContentType;
        this.reader = reader;
        this.writer = writer;
    }

    /** The {@code Content-Type} of a download in this format. */
    public String responseContentType() {
        return responseContentType;
    }

    /**
     * Decodes an upload.
     *
     * @throws UndecodableMatrix when the body is not a non-empty numeric matrix in this format
     */
    public Matrix read(byte[] body) {
        try {
            return reader.read(body);
        } catch (org.ertstorage.domain.record.NotAMatrix e) {
            throw new UndecodableMatrix(e.getMessage());
        }
    }

    /** Streams a table in this format; fails with {@link UnwritableTable} for tables the format cannot hold. */
    public void write(StreamedTable table, OutputStream out) throws IOException {
        writer.write(table, out);
    }

    /**
     * The format of an upload's {@code Content-Type}; JSON when absent, empty when unrecognised
     * (the caller answers "needs to be a matrix").
     */
    public static Optional<MatrixFormat> ofContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.of(JSON);
        }
        return ofMediaType(mediaType(contentType));
    }

    /**
     * The format a download's {@code Accept} asks for: the supported type of highest quality (the
     * first of equals), JSON when none is supported, including absent, {@code *}{@code /*} and
     * unknown values; a download is never refused.
     */
    public static MatrixFormat ofAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        MatrixFormat best = JSON;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            Optional<MatrixFormat> format = ofMediaType(mediaType(range));
            double quality = quality(range);
            if (format.isPresent() && quality > bestQuality) {
                best = format.get();
                bestQuality = quality;
            }
        }
        return best;
    }

    private static Optional<MatrixFormat> ofMediaType(String mediaType) {
        return switch (mediaType) {
            case "application/json" -> Optional.of(JSON);
            case "application/x-numpy" -> Optional.of(NUMPY);
            case "text/csv", "application/x-dataframe" -> Optional.of(CSV);
            case "application/x-parquet" -> Optional.of(PARQUET);
            default -> Optional.empty();
        };
    }

    private static String mediaType(String header) {
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The {@code q} parameter of one media range; 1 when absent, 0 when unreadable. */
    private static double quality(String range) {
        String[] parameters = range.split(";");
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
