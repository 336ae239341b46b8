package org.ertstorage.application.port.in.record;

import java.util.List;
import java.util.Map;
import org.ertstorage.domain.ensemble.EnsembleId;

/** Listings of an ensemble's records; each throws NotFoundException (item) for an unknown ensemble. */
public interface ListRecordsUseCase {

    /** One record per name: the ensemble-wide one if any, else that of the lowest realization. */
    Map<String, RecordDetails> ofEnsemble(EnsembleId ensembleId);

    /** As {@link #ofEnsemble}, for the names of class response. */
    Map<String, RecordDetails> responses(EnsembleId ensembleId);

    /** Every declared parameter name, in declaration order, whether or not a record exists. */
    List<ParameterLabels> parameters(EnsembleId ensembleId);

    /**
     * The column labels of the first record of the name, {@code []} when it is unlabeled or a file.
     *
     * @throws org.ertstorage.application.port.in.NotFoundException (record) when no record has the name
     */
    List<String> labels(EnsembleId ensembleId, String name);
}
