package org.ertstorage.domain.record;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.experiment.ExperimentId;
import org.junit.jupiter.api.Test;

class FileRecordTest {

    private final Ensemble ensemble = Ensemble.create(ExperimentId.random(), 3,
            new DeclaredNames(List.of("COEFFS"), List.of("FOPR")), List.of(), Userdata.EMPTY);
    private final RecordInfo info = RecordInfo.of(ensemble, "log", RecordType.FILE, Optional.empty());

    @Test
    void givenPartWithType_upload_isCommittedWithNameAndType() {
        var file = FileRecord.upload(info, Optional.of(2), "run.log", Optional.of("text/plain"), BlobKey.random());
        assertTrue(file.committed());
        assertEquals("run.log", file.filename());
        assertEquals("text/plain", file.mimetype());
        assertEquals(Optional.of(2), file.record().realization());
    }

    @Test
    void givenPartWithoutType_upload_isOctetStream() {
        assertEquals("application/octet-stream", FileRecord.upload(info, Optional.empty(), "a", Optional.empty(), BlobKey.random()).mimetype());
    }

    @Test
    void givenNoNameOrType_createChunked_isNamedAfterTheRecordAndOctetStream() {
        var file = FileRecord.createChunked(info, Optional.empty(), Optional.empty(), Optional.empty());
        assertFalse(file.committed());
        assertEquals("log", file.filename());
        assertEquals("application/octet-stream", file.mimetype());
    }

    @Test
    void givenNameAndType_createChunked_keepsThem() {
        var file = FileRecord.createChunked(info, Optional.empty(), Optional.of("big.bin"), Optional.of("image/png"));
        assertEquals("big.bin", file.filename());
        assertEquals("image/png", file.mimetype());
    }

    @Test
    void twoChunkedFiles_haveDifferentBlobs() {
        assertNotEquals(FileRecord.createChunked(info, Optional.empty(), Optional.empty(), Optional.empty()).blob(),
                FileRecord.createChunked(info, Optional.empty(), Optional.empty(), Optional.empty()).blob());
    }

    @Test
    void givenUncommittedFile_commit_isCommittedOnce() {
        var file = FileRecord.createChunked(info, Optional.empty(), Optional.empty(), Optional.empty());
        var committed = file.commit();
        assertTrue(committed.committed());
        assertEquals(file.blob(), committed.blob());
        var e = assertThrows(BlobAlreadyCommitted.class, committed::commit);
        assertEquals("Blob record 'log' is committed already", e.getMessage());
        assertEquals(DomainRuleViolation.Category.CONFLICT, e.category());
        assertThrows(BlobAlreadyCommitted.class, committed::requireUncommitted);
        assertDoesNotThrow(file::requireUncommitted);
    }

    @Test
    void givenNumericRecord_requireBlob_throwsConflict() {
        var numeric = EnsembleRecord.create(RecordInfo.of(ensemble, "COEFFS", RecordType.F64_MATRIX, Optional.empty()),
                Optional.empty());
        var e = assertThrows(RecordNotABlob.class, () -> FileRecord.requireBlob(numeric));
        assertEquals("Record 'COEFFS' is not a blob record", e.getMessage());
        assertEquals(DomainRuleViolation.Category.CONFLICT, e.category());
        assertDoesNotThrow(() -> FileRecord.requireBlob(EnsembleRecord.create(info, Optional.empty())));
    }

    @Test
    void givenNumericRecord_fileRecord_isRefused() {
        var numeric = EnsembleRecord.create(RecordInfo.of(ensemble, "x", RecordType.F64_MATRIX, Optional.empty()),
                Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> new FileRecord(numeric, "a", "b", BlobKey.random(), true));
    }

    @Test
    void blobKeysAndBlockIds_areBounded() {
        assertThrows(IllegalArgumentException.class, () -> new BlobKey(""));
        assertThrows(IllegalArgumentException.class, () -> new BlockId("x".repeat(65)));
        assertNotEquals(BlockId.random(), BlockId.random());
    }
}
