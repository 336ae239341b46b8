package org.ertstorage.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.RecordAlreadyExists;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;
import org.junit.jupiter.api.Test;

/** What every {@link FileRepository} must do; subclasses choose the store. */
public abstract class FileRepositoryContract extends RepositoryContract {

    protected FileRepositoryContract(ContractStore store) {
        super(store);
    }

    private static RecordInfo fileInfo(Ensemble ensemble, String name) {
        return new RecordInfo(ensemble.id(), name, RecordType.FILE, RecordClass.OTHER, Optional.empty());
    }

    /** A file record stored the way the use cases store one: claim the name's info, then add. */
    private FileRecord storedFile(Ensemble ensemble, String name, Optional<Integer> realization, boolean committed) {
        return inTransaction(repositories -> {
            var info = repositories.records().claimInfo(fileInfo(ensemble, name));
            var file = committed
                    ? FileRecord.upload(info, realization, "name of " + name + ".txt", Optional.of("text/plain"),
                            BlobKey.random())
                    : FileRecord.createChunked(info, realization, Optional.empty(), Optional.empty());
            repositories.files().add(file);
            return file;
        });
    }

    private FileRecord storedFile(Ensemble ensemble, boolean committed) {
        return storedFile(ensemble, RepositoryTestData.uniqueName("file"), Optional.empty(), committed);
    }

    private Optional<FileRecord> find(RecordId id) {
        return inTransaction(repositories -> repositories.files().find(id));
    }

    private boolean commit(RecordId id) {
        return inTransaction(repositories -> repositories.files().commit(id));
    }

    private List<BlockId> blocks(RecordId id) {
        return inTransaction(repositories -> repositories.files().blocks(id));
    }

    private Optional<BlockId> putBlock(RecordId id, int index, BlockId block) {
        return inTransaction(repositories -> repositories.files().putBlock(id, index, block));
    }

    @Test
    void givenCommittedFile_find_returnsItAsStored() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var file = storedFile(ensemble, "log", Optional.of(2), true);
        assertEquals(Optional.of(file), find(file.record().id()));
    }

    @Test
    void givenUncommittedFile_find_returnsItUncommitted() {
        var file = storedFile(storedEnsemble(storedExperiment().id()), false);
        var found = find(file.record().id()).orElseThrow();
        assertFalse(found.committed());
        assertEquals(file, found);
    }

    @Test
    void givenFile_recordLookups_seeItAsAFileRecord() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var file = storedFile(ensemble, "fm", Optional.of(1), true);
        var record = inTransaction(repositories -> repositories.records().find(ensemble.id(), "fm", Optional.of(1)));
        assertEquals(Optional.of(file.record()), record);
        assertEquals(RecordType.FILE, record.orElseThrow().info().type());
        var slots = inTransaction(repositories -> repositories.records().slots(ensemble.id(), "fm"));
        assertEquals(Set.of(1), slots.realizations());
    }

    @Test
    void givenUnknownOrNumericRecord_find_isEmpty() {
        var ensemble = storedEnsemble(storedExperiment().id());
        assertEquals(Optional.empty(), find(RecordId.random()));
        assertEquals(Optional.empty(), find(storedRecord(ensemble)));
    }

    @Test
    void givenTakenSlot_add_throwsRecordAlreadyExists() {
        var ensemble = storedEnsemble(storedExperiment().id());
        storedFile(ensemble, "twice", Optional.of(0), true);
        assertThrows(RecordAlreadyExists.class, () -> storedFile(ensemble, "twice", Optional.of(0), false));
        var other = storedFile(ensemble, "twice", Optional.of(1), false);
        assertEquals(Optional.of(other), find(other.record().id()));
    }

    @Test
    void givenFailingWork_add_leavesNothing() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var file = FileRecord.createChunked(new RecordInfo(ensemble.id(), "gone", RecordType.FILE, RecordClass.OTHER,
                Optional.empty()), Optional.empty(), Optional.empty(), Optional.empty());
        runAndFail(repositories -> {
            repositories.records().claimInfo(file.record().info());
            repositories.files().add(file);
        });
        assertEquals(Optional.empty(), find(file.record().id()));
    }

    @Test
    void givenBlocksOutOfOrder_blocks_listsThemByIndex() {
        var id = storedFile(storedEnsemble(storedExperiment().id()), false).record().id();
        var two = BlockId.random();
        var zero = BlockId.random();
        var one = BlockId.random();
        putBlock(id, 2, two);
        putBlock(id, 0, zero);
        putBlock(id, 1, one);
        assertEquals(List.of(zero, one, two), blocks(id));
    }

    @Test
    void givenIndexStagedTwice_putBlock_replacesAndReturnsTheEarlierBlock() {
        var id = storedFile(storedEnsemble(storedExperiment().id()), false).record().id();
        var first = BlockId.random();
        var second = BlockId.random();
        assertEquals(Optional.empty(), putBlock(id, 5, first));
        assertEquals(Optional.of(first), putBlock(id, 5, second));
        assertEquals(List.of(second), blocks(id));
    }

    @Test
    void givenUncommittedFile_commit_succeedsOnceAndForgetsTheBlocks() {
        var id = storedFile(storedEnsemble(storedExperiment().id()), false).record().id();
        putBlock(id, 0, BlockId.random());
        assertTrue(commit(id));
        assertTrue(find(id).orElseThrow().committed());
        assertEquals(List.of(), blocks(id));
        assertFalse(commit(id));
    }

    @Test
    void givenUnknownRecord_commit_isFalse() {
        assertFalse(commit(RecordId.random()));
    }

    @Test
    void givenFilesOfTwoExperiments_blobsOfExperiment_listsOnlyItsOwn() {
        var experiment = storedExperiment();
        var mine = List.of(storedFile(storedEnsemble(experiment.id()), true).blob(),
                storedFile(storedEnsemble(experiment.id()), false).blob());
        var others = storedFile(storedEnsemble(storedExperiment().id()), true).blob();
        var listed = inTransaction(repositories -> repositories.files().blobsOfExperiment(experiment.id()));
        assertEquals(Set.copyOf(mine), Set.copyOf(listed));
        assertEquals(2, listed.size());
        assertFalse(listed.contains(others));
    }

    @Test
    void givenDeletedExperiment_findAndBlocks_areEmpty() {
        var experiment = storedExperiment();
        var file = storedFile(storedEnsemble(experiment.id()), false);
        var id = file.record().id();
        putBlock(id, 0, BlockId.random());
        run(repositories -> repositories.experiments().delete(experiment.id()));
        assertEquals(Optional.empty(), find(id));
        assertEquals(List.of(), blocks(id));
        assertEquals(List.of(), inTransaction(repositories -> repositories.files().blobsOfExperiment(experiment.id())));
    }

    @Test
    void givenStoredFile_record_keepsItsUserdata() {
        var file = storedFile(storedEnsemble(storedExperiment().id()), true);
        EnsembleRecord record = find(file.record().id()).orElseThrow().record();
        assertEquals(file.record().userdata(), record.userdata());
    }
}
