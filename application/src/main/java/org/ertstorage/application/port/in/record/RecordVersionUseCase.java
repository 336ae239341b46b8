package org.ertstorage.application.port.in.record;

import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * The version of a name's numeric content in an ensemble, for conditional reads: numeric records
 * never change once stored, so what a read of the name can answer changes only when a record of
 * the name is added (or the ensemble goes). Reads no content.
 */
public interface RecordVersionUseCase {

    /**
     * An opaque text that differs whenever the name's set of records differs; empty when the name
     * has no records or holds files, whose content a chunked upload's commit replaces.
     */
    Optional<String> version(EnsembleId ensembleId, String name);
}
