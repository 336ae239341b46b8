package org.ertstorage.application.port.out;

import java.util.Optional;
import org.ertstorage.domain.experiment.ExperimentId;

/** The import ledger in memory; an entry whose experiment was deleted is gone, as the database's cascade does. */
final class InMemoryImportLedger implements ImportLedger {

    private final InMemoryData data;

    InMemoryImportLedger(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Optional<ExperimentId> find(String key) {
        return Optional.ofNullable(data.imports.get(key)).filter(data.experiments::containsKey);
    }

    @Override
    public void add(String key, ExperimentId experiment) {
        if (find(key).isPresent()) {
            throw new IllegalStateException("import key '" + key + "' is in the ledger already");
        }
        data.imports.put(key, experiment);
    }
}
