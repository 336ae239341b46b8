package org.ertstorage.application.port.out;

import java.util.Optional;
import org.ertstorage.domain.experiment.ExperimentId;

/** Which import keys have been imported, and as which experiment; an entry goes when its experiment is deleted. */
public interface ImportLedger {

    Optional<ExperimentId> find(String key);

    /** Records the key; adding a key twice (two racing imports) fails the transaction. */
    void add(String key, ExperimentId experiment);
}
