package org.ertstorage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ertstorage.adapter.formats.matrix.MatrixFormat;
import org.ertstorage.application.port.in.transfer.ImportExperimentCommand;
import org.ertstorage.application.port.in.transfer.ImportExperimentUseCase;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.record.Shape;

/**
 * {@code import DIR}: checks every checksum of the manifest first, then stores the experiment
 * under new ids in one transaction. A directory imported before is reported, not imported again.
 */
final class ImportCommand {

    private final ImportExperimentUseCase imports;

    ImportCommand(ImportExperimentUseCase imports) {
        this.imports = imports;
    }

    void run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
        var directory = Path.of(arguments.single("directory"));
        if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
            throw new BatchFailure("'" + directory + "' is not a readable directory");
        }
        var verified = Manifest.verify(directory);
        var contents = ExportReader.read(Files.readAllBytes(covered(directory, verified, "experiment.json")));
        var matrices = new Matrices(directory, verified, contents.layouts());
        var snapshot = contents.snapshot();
        var progress = new Progress(err, "import", snapshot.records().size());
        var fileBytes = new long[1];
        var outcome = imports.importExperiment(new ImportExperimentCommand(verified.key(), snapshot, matrices::of,
                id -> {
                    var file = covered(directory, verified, contents.filePaths().get(id));
                    fileBytes[0] = size(file);
                    return open(file);
                },
                record -> progress.recordDone(record.info().type() == RecordType.F64_MATRIX ? matrices.lastBytes()
                        : taken(fileBytes))));
        if (outcome.alreadyImported()) {
            out.println("already imported: '" + directory + "' is experiment " + outcome.experimentId());
        } else {
            progress.finish();
            out.println("Imported '" + directory + "' as experiment " + outcome.experimentId() + " ("
                    + snapshot.ensembles().size() + " ensembles, " + snapshot.records().size() + " records)");
        }
    }

    /** A file of the export that the manifest vouches for; anything else is refused. */
    private static Path covered(Path directory, Manifest.Verified verified, String relative) {
        if (relative == null || !verified.paths().contains(relative)) {
            throw new BatchFailure("experiment.json refers to '" + relative + "', which " + Manifest.FILE + " does not list");
        }
        return directory.resolve(relative);
    }

    /** The size of the file stored last, once: an uncommitted file stores none. */
    private static long taken(long[] fileBytes) {
        long bytes = fileBytes[0];
        fileBytes[0] = 0;
        return bytes;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrices of the numeric records, cut from their Parquet files; the last file read stays decoded. */
    private static final class Matrices {

        private final Path directory;
        private final Manifest.Verified verified;
        private final Map<RecordId, RecordLayout> layouts;
        private final Map<String, Matrix> lastFile = new HashMap<>(1);
        private long lastBytes;

        Matrices(Path directory, Manifest.Verified verified, Map<RecordId, RecordLayout> layouts) {
            this.directory = directory;
            this.verified = verified;
            this.layouts = layouts;
        }

        Matrix of(RecordId id) {
            var layout = layouts.get(id);
            if (layout == null) {
                throw new BatchFailure("experiment.json: numeric record '" + id + "' has no content");
            }
            var table = lastFile.get(layout.file());
            if (table == null) {
                lastFile.clear();
                table = read(layout.file());
                lastFile.put(layout.file(), table);
            }
            int columns = table.shape().dimension(1);
            int from = layout.firstRow() * columns;
            int to = from + layout.rows() * columns;
            var shape = new Shape(layout.shape());
            if (layout.firstRow() < 0 || to > table.values().length || to - from != shape.size()) {
                throw new BatchFailure("'" + layout.file() + "' does not hold rows " + layout.firstRow() + " to "
                        + (layout.firstRow() + layout.rows()) + " of shape " + layout.shape());
            }
            var columnNames = table.labels().orElseThrow().columns().values();
            var labels = layout.columnLabelType().map(type -> new Labels(new LabelAxis(type, columnNames),
                    layout.rowLabels().orElseThrow(() -> new BatchFailure("experiment.json: record '" + id + "' has column labels but no row labels"))));
            lastBytes = 8L * (to - from);
            return new Matrix(shape, Arrays.copyOfRange(table.values(), from, to), labels);
        }

        long lastBytes() {
            return lastBytes;
        }

        private Matrix read(String file) {
            try {
                return MatrixFormat.PARQUET.read(Files.readAllBytes(covered(directory, verified, file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new BatchFailure("'" + file + "' is not a readable Parquet file: " + e.getMessage(), e);
            }
        }
    }
}
