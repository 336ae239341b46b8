package org.ertstorage.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.ertstorage.adapter.formats.matrix.MatrixFormat;
import org.ertstorage.application.port.in.record.ReadRecordUseCase;
import org.ertstorage.application.port.in.record.RecordData;
import org.ertstorage.application.port.in.transfer.ExportExperimentUseCase;
import org.ertstorage.application.port.in.transfer.ReadNumericRecordsUseCase;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.RecordType;

/**
 * {@code export --experiment ID --to DIR}: writes {@code experiment.json}, one Parquet file per
 * ensemble and numeric record name (realizations as rows, the index column the realization), the
 * bytes of file records under {@code files/}, and {@code manifest.json} with their checksums.
 */
final class ExportCommand {

    static final Set<String> OPTIONS = Set.of("--experiment", "--to");

    private final ExportExperimentUseCase export;
    private final ReadNumericRecordsUseCase numeric;
    private final ReadRecordUseCase read;

    ExportCommand(ExportExperimentUseCase export, ReadNumericRecordsUseCase numeric, ReadRecordUseCase read) {
        this.export = export;
        this.numeric = numeric;
        this.read = read;
    }

    void run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
        var id = new ExperimentId(arguments.requiredUuid("--experiment"));
        var directory = Path.of(arguments.required("--to"));
        var snapshot = export.snapshot(id);
        prepare(directory);
        var manifest = new Manifest(directory);
        var progress = new Progress(err, "export", snapshot.records().size());
        var layouts = new HashMap<RecordId, RecordLayout>();
        var filePaths = new HashMap<RecordId, String>();
        var files = new HashMap<RecordId, FileRecord>();
        snapshot.files().forEach(file -> files.put(file.record().id(), file));
        int ensembleIndex = 0;
        for (var ensemble : snapshot.ensembles()) {
            var folder = "e" + ensembleIndex++;
            var records = snapshot.records().stream().filter(r -> r.ensembleId().equals(ensemble.id())).toList();
            writeNumeric(ensemble, folder, records, manifest, layouts, progress);
            int fileIndex = 0;
            for (var record : records) {
                var file = files.get(record.id());
                if (file != null && file.committed()) {
                    var path = "files/" + folder + "/" + fileIndex++ + "-" + safe(file.filename());
                    long size = manifest.write(path, target -> {
                        try (var content = ((RecordData.Blob) read.read(record.id())).content()) {
                            content.transferTo(target);
                        }
                    });
                    filePaths.put(record.id(), path);
                    progress.recordDone(size);
                } else if (file != null) {
                    progress.recordDone(0);
                }
            }
        }
        manifest.write("experiment.json", target -> target.write(ExportJson.write(snapshot, layouts, filePaths)));
        manifest.finish();
        progress.finish();
        out.println("Exported experiment " + id + " to " + directory + " (" + snapshot.ensembles().size() + " ensembles, "
                + snapshot.records().size() + " records)");
    }

    /** Export writes into a new or empty directory, so that nothing else ends up beside its manifest. */
    private static void prepare(Path directory) throws IOException {
        if (Files.exists(directory)) {
            if (!Files.isDirectory(directory)) {
                throw new BatchFailure("'" + directory + "' is not a directory");
            }
            try (var entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new BatchFailure("'" + directory + "' is not empty; export writes into a new or empty directory");
                }
            }
        }
        Files.createDirectories(directory);
    }

    /** One Parquet file per name (more when its records have different columns), in the ensemble's folder. */
    private void writeNumeric(Ensemble ensemble, String folder, List<EnsembleRecord> records, Manifest manifest,
            Map<RecordId, RecordLayout> layouts, Progress progress) throws IOException {
        var names = new LinkedHashSet<String>();
        records.stream().filter(r -> r.info().type() == RecordType.F64_MATRIX).forEach(r -> names.add(r.name()));
        int nameIndex = 0;
        for (var name : names) {
            var groups = new LinkedHashMap<List<String>, List<NumericRecord>>();
            for (var record : numeric.numericRecords(ensemble.id(), name)) {
                groups.computeIfAbsent(columns(record), c -> new ArrayList<>()).add(record);
            }
            int part = 0;
            for (var group : groups.entrySet()) {
                var file = "records/" + folder + "/" + nameIndex + "-" + safe(name) + (part++ == 0 ? "" : "-" + part) + ".parquet";
                writeGroup(file, group.getKey(), group.getValue(), manifest, layouts);
                group.getValue().forEach(r -> progress.recordDone(8L * r.matrix().values().length));
            }
            nameIndex++;
        }
    }

    private static void writeGroup(String file, List<String> columns, List<NumericRecord> records, Manifest manifest,
            Map<RecordId, RecordLayout> layouts) throws IOException {
        var index = new ArrayList<String>();
        var values = new double[records.stream().mapToInt(r -> r.matrix().values().length).sum()];
        int offset = 0;
        for (var record : records) {
            var matrix = record.matrix();
            int rows = rows(record);
            var realization = record.record().realization();
            IntStream.range(0, rows).forEach(row -> index.add(Integer.toString(realization.orElse(row))));
            var labels = matrix.labels();
            layouts.put(record.record().id(), new RecordLayout(file, index.size() - rows, rows, matrix.shape().dimensions(),
                    labels.map(Labels::rows), labels.map(l -> l.columns().type())));
            System.arraycopy(matrix.values(), 0, values, offset, matrix.values().length);
            offset += matrix.values().length;
        }
        var table = new RecordTable(LabelAxis.strings(columns), new LabelAxis(LabelType.INTEGER, index), List.of(), values);
        manifest.write(file, out -> MatrixFormat.PARQUET.write(table.streamed(), out));
    }

    /** A record as a table: its first axis as rows (one row for a vector), everything else as columns. */
    private static int rows(NumericRecord record) {
        var shape = record.matrix().shape();
        return shape.rank() >= 2 ? shape.dimension(0) : 1;
    }

    private static List<String> columns(NumericRecord record) {
        var labels = record.matrix().labels();
        if (labels.isPresent()) {
            return labels.get().columns().values();
        }
        int rows = rows(record);
        int columns = rows == 0 ? 0 : record.matrix().values().length / rows;
        return IntStream.range(0, columns).mapToObj(Integer::toString).toList();
    }

    /** A file name that is safe on every file system; the real name is in experiment.json. */
    private static String safe(String name) {
        var safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 60 ? safe.substring(0, 60) : safe;
    }
}
