package org.ertstorage.application.port.in.transfer;

import java.util.List;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.NumericRecord;

/** The stored numeric records of one name in an ensemble, each with its matrix as uploaded (shape and labels). */
public interface ReadNumericRecordsUseCase {

    /** In storage order, read in one query; empty for an unknown name. */
    List<NumericRecord> numericRecords(EnsembleId ensembleId, String name);
}
