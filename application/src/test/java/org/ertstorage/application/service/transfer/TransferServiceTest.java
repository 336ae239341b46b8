package org.ertstorage.application.service.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.transfer.ExperimentSnapshot;
import org.ertstorage.application.port.in.transfer.ImportExperimentCommand;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.ertstorage.application.port.out.RecordTestData;
import org.ertstorage.application.port.out.RepositoryTestData;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;
import org.junit.jupiter.api.Test;

class TransferServiceTest {

    private static final byte[] LOG = "a log\n".getBytes(StandardCharsets.UTF_8);

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final TransferService service = new TransferService(transactions, blobs);
    private final ExperimentId experiment = storedExperiment();

    /** An ensemble with a file record "log" and a response "r" observed, and an update from it. */
    private ExperimentId storedExperiment() {
        return transactions.inTransaction(repositories -> {
            var experiment = RepositoryTestData.experiment();
            repositories.experiments().add(experiment);
            var ensemble = RepositoryTestData.ensemble(experiment.id());
            repositories.ensembles().add(ensemble);
            var fileInfo = repositories.records().claimInfo(new RecordInfo(ensemble.id(), "log", RecordType.FILE,
                    RecordClass.OTHER, Optional.empty()));
            var blob = BlobKey.random();
            blobs.write(blob, new ByteArrayInputStream(LOG), LOG.length);
            repositories.files().add(FileRecord.upload(fileInfo, Optional.of(0), "run.log", Optional.of("text/plain"), blob));
            var numeric = RecordTestData.numeric(repositories.records().claimInfo(RecordTestData.numericInfo(ensemble, "r")),
                    Optional.of(2), RecordTestData.matrix(1.5, 1, 3));
            repositories.records().addNumeric(numeric);
            var observation = RepositoryTestData.observation(experiment.id(), List.of(numeric.record().id()));
            repositories.observations().add(observation);
            repositories.updates().add(RepositoryTestData.update(ensemble, observation));
            return experiment.id();
        });
    }

    private Function<RecordId, Matrix> storedMatrices(ExperimentSnapshot snapshot) {
        return id -> snapshot.records().stream().filter(r -> r.id().equals(id)).findFirst()
                .flatMap(r -> service.numericRecords(r.ensembleId(), r.name()).stream()
                        .filter(n -> n.record().id().equals(id)).findFirst())
                .orElseThrow().matrix();
    }

    private ImportExperimentCommand command(String key, ExperimentSnapshot snapshot, Function<RecordId, Matrix> matrices) {
        return new ImportExperimentCommand(key, snapshot, matrices, id -> snapshot.files().stream()
                .filter(f -> f.record().id().equals(id)).findFirst().map(f -> blobs.open(f.blob())).orElseThrow(), r -> { });
    }

    @Test
    void givenUnknownExperiment_snapshot_throwsNotFound() {
        assertThrows(NotFoundException.class, () -> service.snapshot(ExperimentId.random()));
    }

    @Test
    void givenSnapshot_import_storesACopyUnderNewIdsWithTheSameLinks() throws IOException {
        var original = service.snapshot(experiment);

        var outcome = service.importExperiment(command("key-1", original, storedMatrices(original)));

        assertFalse(outcome.alreadyImported());
        assertNotEquals(experiment, outcome.experimentId());
        var copy = service.snapshot(outcome.experimentId());
        assertEquals(original.experiment().name(), copy.experiment().name());
        assertEquals(original.experiment().priors(), copy.experiment().priors());
        var ensemble = copy.ensembles().getFirst();
        assertNotEquals(original.ensembles().getFirst().id(), ensemble.id());
        assertEquals(original.ensembles().getFirst().activeRealizations(), ensemble.activeRealizations());
        assertEquals(original.ensembles().getFirst().userdata(), ensemble.userdata());
        var response = service.numericRecords(ensemble.id(), "r").getFirst();
        assertArrayEquals(RecordTestData.matrix(1.5, 1, 3).values(), response.matrix().values());
        assertEquals(Optional.of(2), response.record().realization());
        assertEquals(List.of(response.record().id()), copy.observations().getFirst().records());
        var update = copy.updates().getFirst();
        assertEquals(ensemble.id(), update.reference());
        assertEquals(copy.observations().getFirst().id(), update.transformations().getFirst().observationId());
        var file = copy.files().getFirst();
        assertEquals("run.log", file.filename());
        assertEquals(Optional.of(0), file.record().realization());
        try (var content = blobs.open(file.blob())) {
            assertArrayEquals(LOG, content.readAllBytes());
        }
    }

    @Test
    void givenImportedKey_importAgain_answersTheFirstExperimentAndStoresNothing() {
        var original = service.snapshot(experiment);
        var first = service.importExperiment(command("key-2", original, storedMatrices(original)));
        int blobCount = blobs.size();

        var again = service.importExperiment(command("key-2", original, storedMatrices(original)));

        assertTrue(again.alreadyImported());
        assertEquals(first.experimentId(), again.experimentId());
        assertEquals(2, transactions.inTransaction(r -> r.experiments().findAll()).size());
        assertEquals(blobCount, blobs.size());
    }

    @Test
    void givenContentThatFailsMidway_import_leavesNoExperimentNorBlobBehind() {
        var original = service.snapshot(experiment);
        int blobCount = blobs.size();
        var failure = new UncheckedIOException(new IOException("unreadable Parquet"));
        var stored = new ArrayList<RecordId>();
        var command = new ImportExperimentCommand("key-3", original, id -> {
            throw failure;
        }, id -> blobs.open(original.files().getFirst().blob()), record -> stored.add(record.id()));

        var thrown = assertThrows(UncheckedIOException.class, () -> service.importExperiment(command));

        assertSame(failure, thrown);
        assertEquals(1, stored.size(), "the file record came first and was stored before the failure");
        assertEquals(List.of(experiment), transactions.inTransaction(r -> r.experiments().findAll()).stream()
                .map(e -> e.id()).toList());
        assertEquals(blobCount, blobs.size());
        assertFalse(service.importExperiment(command("key-3", original, storedMatrices(original))).alreadyImported());
    }
}
