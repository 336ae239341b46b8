package org.ertstorage.application.port.out;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.RecordId;

/**
 * File records kept in memory. The records themselves go where the record fake keeps them, so
 * that lookups, slots and listings see files too.
 */
public final class InMemoryFileRepository implements FileRepository {

    private final InMemoryData data;

    InMemoryFileRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void add(FileRecord file) {
        var record = file.record();
        var info = data.recordInfos.stream()
                .filter(i -> i.ensembleId().equals(record.ensembleId()) && i.name().equals(record.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("record info of '" + record.name() + "' not claimed"));
        var slots = new InMemoryRecordRepository(data).slots(record.ensembleId(), record.name());
        slots.requireFree(record.realization());
        var stored = new EnsembleRecord(record.id(), info, record.realization(), record.userdata());
        data.records.put(record.id(), stored);
        data.files.put(record.id(), new FileRecord(stored, file.filename(), file.mimetype(), file.blob(),
                file.committed()));
    }

    @Override
    public Optional<FileRecord> find(RecordId id) {
        return Optional.ofNullable(data.files.get(id)).filter(file -> data.records.containsKey(id));
    }

    @Override
    public Optional<BlockId> putBlock(RecordId id, int index, BlockId block) {
        // Copy on write: the transaction snapshot copies the outer map only.
        var blocks = new TreeMap<>(data.blocks.getOrDefault(id, Collections.emptySortedMap()));
        var replaced = Optional.ofNullable(blocks.put(index, block));
        data.blocks.put(id, Collections.unmodifiableSortedMap(blocks));
        return replaced;
    }

    @Override
    public List<BlockId> blocks(RecordId id) {
        if (!data.records.containsKey(id)) {
            return List.of();
        }
        return List.copyOf(data.blocks.getOrDefault(id, Collections.emptySortedMap()).values());
    }

    @Override
    public boolean commit(RecordId id) {
        var file = find(id);
        if (file.isEmpty() || file.get().committed()) {
            return false;
        }
        data.files.put(id, file.get().commit());
        data.blocks.remove(id);
        return true;
    }

    @Override
    public List<BlobKey> blobsOfExperiment(ExperimentId id) {
        return data.files.values().stream()
                .filter(file -> data.records.containsKey(file.record().id()))
                .filter(file -> {
                    var ensemble = data.ensembles.get(file.record().ensembleId());
                    return ensemble != null && ensemble.experimentId().equals(id);
                })
                .map(FileRecord::blob)
                .toList();
    }
}
