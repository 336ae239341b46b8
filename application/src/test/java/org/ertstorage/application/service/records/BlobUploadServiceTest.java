package org.ertstorage.application.service.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
import org.ertstorage.application.port.in.record.BlobContent;
import org.ertstorage.application.port.in.record.RecordAddress;
import org.ertstorage.application.port.in.record.RecordData;
import org.ertstorage.application.port.in.record.RecordSelection;
import org.ertstorage.application.port.in.record.UploadMatrixCommand;
import org.ertstorage.application.port.in.record.UploadedFile;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.ertstorage.application.service.ensemble.EnsembleService;
import org.ertstorage.application.service.experiment.ExperimentService;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.EnsembleComplete;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.RealizationNotAllowed;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.BlobAlreadyCommitted;
import org.ertstorage.domain.record.BlobUnderNumericName;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordAlreadyExists;
import org.ertstorage.domain.record.RecordNotABlob;
import org.ertstorage.domain.record.RecordTypeMismatch;
import org.ertstorage.domain.record.Shape;
import org.junit.jupiter.api.Test;

class BlobUploadServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final ExperimentService experiments = new ExperimentService(transactions, blobs);
    private final EnsembleService ensembles = new EnsembleService(transactions);
    private final BlobUploadService service = new BlobUploadService(transactions, blobs);
    private final RecordReadService reads = new RecordReadService(transactions, blobs);
    private final ExperimentId experiment = experiments.create("e", Map.of()).experiment().id();
    private final EnsembleId ensemble = ensemble();

    private EnsembleId ensemble() {
        return ensembles.create(new CreateEnsembleCommand(experiment, 3, new DeclaredNames(List.of("COEFFS"), List.of()),
                List.of(), Optional.empty(), Userdata.EMPTY)).ensemble().id();
    }

    private RecordAddress at(String name) {
        return new RecordAddress(ensemble, name, Optional.empty());
    }

    private RecordAddress at(String name, int realization) {
        return new RecordAddress(ensemble, name, Optional.of(realization));
    }

    private static Supplier<UploadedFile> file(String filename, Optional<String> mimetype, String text) {
        return () -> new UploadedFile(filename, mimetype, content(text));
    }

    private static BlobContent content(String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        return new BlobContent(new ByteArrayInputStream(bytes), bytes.length);
    }

    /** Content that must not be read, because a check fails first. */
    private static final Supplier<UploadedFile> UNREAD = () -> {
        throw new AssertionError("content opened before the checks");
    };

    private static RecordData.Blob blob(RecordData data) {
        return assertInstanceOf(RecordData.Blob.class, data);
    }

    private static String text(RecordData.Blob blob) {
        try (var in = blob.content()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String name, Optional<Integer> realization) {
        return text(blob(reads.read(ensemble, name, realization, Optional.empty(), RecordSelection.ALL)));
    }

    private void uploadMatrix(String name, Optional<Integer> realization) {
        new RecordUploadService(transactions).upload(new UploadMatrixCommand(ensemble, name, realization, Optional.empty(),
                () -> Matrix.unlabeled(Shape.of(1, 2), new double[] {1, 2})));
    }

    @Test
    void givenFile_upload_readsBackWithNameAndType() {
        var record = service.upload(at("log"), file("run.log", Optional.of("text/plain"), "hello"));
        var data = blob(reads.read(ensemble, "log", Optional.empty(), Optional.empty(), RecordSelection.ALL));
        assertEquals("run.log", data.filename());
        assertEquals("text/plain", data.mimetype());
        assertEquals("hello", text(data));
        assertEquals("hello", text(blob(reads.read(record.id()))));
    }

    @Test
    void givenPartWithoutType_upload_storesOctetStream() {
        service.upload(at("log"), file("a.bin", Optional.empty(), "x"));
        assertEquals("application/octet-stream",
                blob(reads.read(ensemble, "log", Optional.empty(), Optional.empty(), RecordSelection.ALL)).mimetype());
    }

    @Test
    void givenUnknownEnsemble_upload_throwsNotFoundBeforeReadingTheContent() {
        var e = assertThrows(NotFoundException.class,
                () -> service.upload(new RecordAddress(EnsembleId.random(), "log", Optional.empty()), UNREAD));
        assertEquals(NotFoundException.Subject.ITEM, e.subject());
    }

    @Test
    void givenTakenSlot_upload_throwsConflictBeforeReadingTheContent() {
        service.upload(at("log"), file("a", Optional.empty(), "x"));
        assertThrows(RecordAlreadyExists.class, () -> service.upload(at("log"), UNREAD));
        assertEquals(1, blobs.size());
    }

    @Test
    void givenParameterName_upload_throwsConflict() {
        assertThrows(BlobUnderNumericName.class, () -> service.upload(at("COEFFS"), UNREAD));
        assertThrows(BlobUnderNumericName.class, () -> service.create(at("COEFFS"), Optional.empty(), Optional.empty()));
    }

    @Test
    void givenInactiveRealization_upload_throwsOutOfRange() {
        assertThrows(RealizationNotAllowed.class, () -> service.upload(at("log", 7), UNREAD));
        assertThrows(RealizationNotAllowed.class, () -> service.create(at("log", 7), Optional.empty(), Optional.empty()));
    }

    @Test
    void givenNumericRecordsOfTheName_upload_throwsTypeMismatch() {
        uploadMatrix("values", Optional.of(0));
        assertThrows(RecordTypeMismatch.class, () -> service.upload(at("values", 1), UNREAD));
    }

    @Test
    void givenForwardModelFile_read_needsItsRealization() {
        service.upload(at("log", 1), file("a", Optional.empty(), "one"));
        assertEquals("one", read("log", Optional.of(1)));
        assertThrows(NotFoundException.class,
                () -> reads.read(ensemble, "log", Optional.empty(), Optional.empty(), RecordSelection.ALL));
        assertThrows(NotFoundException.class,
                () -> reads.read(ensemble, "log", Optional.of(2), Optional.empty(), RecordSelection.ALL));
    }

    @Test
    void givenEnsembleWideFile_readWithAnyRealization_returnsIt() {
        service.upload(at("log"), file("a", Optional.empty(), "all"));
        assertEquals("all", read("log", Optional.of(2)));
    }

    @Test
    void givenBlocksOutOfOrder_commit_joinsThemByIndex() {
        service.create(at("big"), Optional.empty(), Optional.empty());
        service.stage(at("big"), 1, content("b"));
        service.stage(at("big"), 0, content("a"));
        service.stage(at("big"), 2, content("c"));
        service.commit(at("big"));
        assertEquals("abc", read("big", Optional.empty()));
    }

    @Test
    void givenIndexStagedTwice_commit_keepsTheLastBlock() {
        service.create(at("big", 0), Optional.empty(), Optional.empty());
        service.stage(at("big", 0), 0, content("old"));
        service.stage(at("big", 0), 0, content("new"));
        service.stage(at("big", 0), 1, content("!"));
        service.commit(at("big", 0));
        assertEquals("new!", read("big", Optional.of(0)));
    }

    @Test
    void givenUncommittedBlob_read_isEmptyWithTheDefaults() {
        service.create(at("big"), Optional.empty(), Optional.empty());
        service.stage(at("big"), 0, content("a"));
        var data = blob(reads.read(ensemble, "big", Optional.empty(), Optional.empty(), RecordSelection.ALL));
        assertEquals("big", data.filename());
        assertEquals("application/octet-stream", data.mimetype());
        assertEquals("", text(data));
    }

    @Test
    void givenNameAndType_create_keepsThemForDownloads() {
        service.create(at("big"), Optional.of("big.png"), Optional.of("image/png"));
        service.commit(at("big"));
        var data = blob(reads.read(ensemble, "big", Optional.empty(), Optional.empty(), RecordSelection.ALL));
        assertEquals("big.png", data.filename());
        assertEquals("image/png", data.mimetype());
        assertEquals("", text(data));
    }

    @Test
    void givenCommittedBlob_stageOrCommit_throwsConflict() {
        service.create(at("big"), Optional.empty(), Optional.empty());
        service.commit(at("big"));
        assertThrows(BlobAlreadyCommitted.class, () -> service.stage(at("big"), 0, content("x")));
        assertThrows(BlobAlreadyCommitted.class, () -> service.commit(at("big")));
        service.upload(at("log"), file("a", Optional.empty(), "x"));
        assertThrows(BlobAlreadyCommitted.class, () -> service.stage(at("log"), 0, content("x")),
                "single-shot files count as committed");
    }

    @Test
    void givenNumericRecord_stageOrCommit_throwsConflict() {
        uploadMatrix("values", Optional.empty());
        assertThrows(RecordNotABlob.class, () -> service.stage(at("values"), 0, content("x")));
        assertThrows(RecordNotABlob.class, () -> service.commit(at("values")));
    }

    @Test
    void givenNoRecord_stageOrCommit_throwsRecordNotFound() {
        var e = assertThrows(NotFoundException.class, () -> service.stage(at("nothing"), 0, content("x")));
        assertEquals(NotFoundException.Subject.RECORD, e.subject());
        assertThrows(NotFoundException.class, () -> service.commit(at("nothing")));
        assertThrows(NotFoundException.class, () -> service.stage(at("big"), 0, content("x")));
    }

    @Test
    void givenForwardModelBlob_stageWithoutRealization_throwsRecordNotFound() {
        service.create(at("big", 1), Optional.empty(), Optional.empty());
        assertThrows(NotFoundException.class, () -> service.stage(at("big"), 0, content("x")));
    }

    @Test
    void givenCompleteEnsemble_createStageOrCommit_throwsConflict() {
        service.create(at("big"), Optional.empty(), Optional.empty());
        ensembles.complete(ensemble);
        assertThrows(EnsembleComplete.class, () -> service.create(at("other"), Optional.empty(), Optional.empty()));
        assertThrows(EnsembleComplete.class, () -> service.upload(at("other"), UNREAD));
        assertThrows(EnsembleComplete.class, () -> service.stage(at("big"), 0, content("x")));
        assertThrows(EnsembleComplete.class, () -> service.commit(at("big")));
    }

    @Test
    void givenFiles_deleteExperiment_deletesTheirBlobs() {
        service.upload(at("log"), file("a", Optional.empty(), "x"));
        service.create(at("big"), Optional.empty(), Optional.empty());
        service.stage(at("big"), 0, content("a"));
        assertEquals(2, blobs.size());
        experiments.delete(experiment);
        assertEquals(0, blobs.size());
    }

    @Test
    void givenFileOfAnotherExperiment_deleteExperiment_keepsIt() {
        service.upload(at("log"), file("a", Optional.empty(), "x"));
        var other = experiments.create("other", Map.of()).experiment().id();
        experiments.delete(other);
        assertEquals("x", read("log", Optional.empty()));
        assertEquals(1, blobs.size());
    }

    @Test
    void givenBinaryContent_upload_isByteExact() {
        var bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        service.upload(at("bin"), () -> new UploadedFile("b", Optional.empty(),
                new BlobContent(new ByteArrayInputStream(bytes), -1)));
        try (var in = blob(reads.read(ensemble, "bin", Optional.empty(), Optional.empty(), RecordSelection.ALL)).content()) {
            assertArrayEquals(bytes, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
