package org.ertstorage.application.service.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.transfer.ExperimentSnapshot;
import org.ertstorage.application.port.in.transfer.ExportExperimentUseCase;
import org.ertstorage.application.port.in.transfer.ImportExperimentCommand;
import org.ertstorage.application.port.in.transfer.ImportExperimentUseCase;
import org.ertstorage.application.port.in.transfer.ImportOutcome;
import org.ertstorage.application.port.in.transfer.ReadNumericRecordsUseCase;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.update.ObservationTransformation;
import org.ertstorage.domain.update.TransformationId;
import org.ertstorage.domain.update.Update;
import org.ertstorage.domain.update.UpdateId;

/** Whole experiments out of the store and back into one, for the batch export and import. */
public final class TransferService implements ExportExperimentUseCase, ReadNumericRecordsUseCase, ImportExperimentUseCase {

    private final Transactions transactions;
    private final BlobStore blobs;

    public TransferService(Transactions transactions, BlobStore blobs) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.blobs = Objects.requireNonNull(blobs, "'blobs' must not be null");
    }

    @Override
    public ExperimentSnapshot snapshot(ExperimentId id) {
        return transactions.inTransaction(repositories -> {
            var experiment = repositories.experiments().find(id).orElseThrow(() -> NotFoundException.item("Experiment", id));
            var ensembles = repositories.ensembles().findByExperiment(id);
            var ensembleIds = ensembles.stream().map(Ensemble::id).toList();
            // An update is the experiment's when its reference ensemble is.
            var updates = repositories.updates().touching(ensembleIds).stream()
                    .filter(update -> ensembleIds.contains(update.reference()))
                    .toList();
            var records = repositories.records().ofEnsembles(ensembleIds).values().stream()
                    .flatMap(List::stream)
                    .toList();
            var files = records.stream()
                    .filter(record -> record.info().type() == RecordType.FILE)
                    .flatMap(record -> repositories.files().find(record.id()).stream())
                    .toList();
            return new ExperimentSnapshot(experiment, ensembles, updates,
                    repositories.observations().findByExperiment(id), records, files);
        });
    }

    @Override
    public List<NumericRecord> numericRecords(EnsembleId ensembleId, String name) {
        return transactions.inTransaction(repositories -> repositories.records().numeric(ensembleId, name));
    }

    @Override
    public ImportOutcome importExperiment(ImportExperimentCommand command) {
        // Blob stores are outside the transaction: what this import wrote is deleted when it fails.
        var written = new ArrayList<BlobKey>();
        try {
            return transactions.inTransaction(repositories -> repositories.imports().find(command.key())
                    .map(earlier -> new ImportOutcome(earlier, true))
                    .orElseGet(() -> new ImportOutcome(store(repositories, command, written), false)));
        } catch (RuntimeException e) {
            try {
                blobs.delete(written);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private ExperimentId store(Repositories repositories, ImportExperimentCommand command, List<BlobKey> written) {
        var snapshot = command.snapshot();
        var old = snapshot.experiment();
        var experiment = new Experiment(ExperimentId.random(), old.name(), old.priors(), old.userdata());
        repositories.experiments().add(experiment);
        var ensembles = new HashMap<EnsembleId, EnsembleId>();
        for (var ensemble : snapshot.ensembles()) {
            var copy = new Ensemble(EnsembleId.random(), experiment.id(), ensemble.size(), ensemble.names(),
                    ensemble.activeRealizations(), ensemble.state(), ensemble.userdata());
            repositories.ensembles().add(copy);
            ensembles.put(ensemble.id(), copy.id());
        }
        var files = new HashMap<RecordId, FileRecord>();
        snapshot.files().forEach(file -> files.put(file.record().id(), file));
        var records = new HashMap<RecordId, RecordId>();
        for (var record : snapshot.records()) {
            var info = record.info();
            var claimed = repositories.records().claimInfo(new RecordInfo(mapped(ensembles, info.ensembleId(), "ensemble"),
                    info.name(), info.type(), info.recordClass(), info.prior()));
            var copy = new EnsembleRecord(RecordId.random(), claimed, record.realization(), record.userdata());
            if (info.type() == RecordType.FILE) {
                repositories.files().add(copiedFile(command, mapped(files, record.id(), "file"), copy, written));
            } else {
                repositories.records().addNumeric(new NumericRecord(copy, command.matrices().apply(record.id())));
            }
            records.put(record.id(), copy.id());
            command.stored().accept(copy);
        }
        var observations = new HashMap<ObservationId, ObservationId>();
        for (var observation : snapshot.observations()) {
            var copy = new Observation(ObservationId.random(), experiment.id(), observation.name(), observation.xAxis(),
                    observation.values(), observation.errors(),
                    observation.records().stream().map(id -> mapped(records, id, "record")).toList(), observation.userdata());
            repositories.observations().add(copy);
            observations.put(observation.id(), copy.id());
        }
        for (var update : snapshot.updates()) {
            var transformations = update.transformations().stream()
                    .map(t -> new ObservationTransformation(TransformationId.random(),
                            mapped(observations, t.observationId(), "observation"), t.name(), t.active(), t.scale()))
                    .toList();
            var copy = new Update(UpdateId.random(), update.algorithm(), mapped(ensembles, update.reference(), "ensemble"),
                    Optional.empty(), transformations);
            repositories.updates().add(copy);
            update.result().map(ensembles::get).ifPresent(result -> repositories.updates().linkResult(copy.id(), result));
        }
        repositories.imports().add(command.key(), experiment.id());
        return experiment.id();
    }

    private FileRecord copiedFile(ImportExperimentCommand command, FileRecord file, EnsembleRecord copy, List<BlobKey> written) {
        var blob = BlobKey.random();
        // An uncommitted chunked upload has no content yet; it stays waiting for its blocks.
        if (file.committed()) {
            written.add(blob);
            try (var content = command.fileContents().apply(file.record().id())) {
                blobs.write(blob, content, -1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FileRecord(copy, file.filename(), file.mimetype(), blob, file.committed());
    }

    private static <K, V> V mapped(Map<K, V> ids, K id, String kind) {
        var value = ids.get(id);
        if (value == null) {
            throw new IllegalArgumentException("the experiment to import refers to " + kind + " '" + id + "', which it does not hold");
        }
        return value;
    }
}
