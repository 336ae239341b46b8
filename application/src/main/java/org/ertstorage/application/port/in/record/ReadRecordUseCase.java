package org.ertstorage.application.port.in.record;

import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.StreamedTable;

/** Reads of record content. Misses throw NotFoundException: by name "Record not found", by id "Item not found". */
public interface ReadRecordUseCase {

    /**
     * The record of the name for a realization, the ensemble-wide one, or all forward-model
     * numeric records stacked; a realization of an ensemble-wide matrix is its row. A realization
     * with no record of its own while others exist is not found (unlike the original, DEFECTS D-05).
     *
     * @param label keeps only that column of labeled records
     */
    RecordData read(EnsembleId ensembleId, String name, Optional<Integer> realization, Optional<String> label);

    RecordData read(RecordId id);

    /** Every forward-model response record of the name, stacked by realization. */
    StreamedTable responseData(EnsembleId ensembleId, String name);
}
