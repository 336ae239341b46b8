package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * What every record of one name in one ensemble shares: type, class and prior. The first upload
 * of a name fixes them; later uploads must agree.
 *
 * @param prior the name of the experiment's prior the parameter was sampled from
 */
public record RecordInfo(EnsembleId ensembleId, String name, RecordType type, RecordClass recordClass,
        Optional<String> prior) {

    public RecordInfo {
        Objects.requireNonNull(ensembleId, "'ensembleId' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(type, "'type' must not be null");
        Objects.requireNonNull(recordClass, "'recordClass' must not be null");
        Objects.requireNonNull(prior, "'prior' must not be null");
    }

    /**
     * The structure an upload of {@code type} under {@code name} gives the name in the ensemble.
     * Blobs are always class {@code other} and may not take a declared parameter or response name.
     *
     * @throws BlobUnderNumericName for a file under a declared parameter or response name
     * @throws PriorOnNonParameter for a prior on anything but a parameter
     */
    public static RecordInfo of(Ensemble ensemble, String name, RecordType type, Optional<String> prior) {
        var declared = RecordClass.of(ensemble.names(), name);
        if (type == RecordType.FILE && declared.mustBeNumeric()) {
            throw new BlobUnderNumericName(name, declared, ensemble.id());
        }
        var recordClass = type == RecordType.FILE ? RecordClass.OTHER : declared;
        if (prior.isPresent() && recordClass != RecordClass.PARAMETER) {
            throw new PriorOnNonParameter();
        }
        return new RecordInfo(ensemble.id(), name, type, recordClass, prior);
    }

    /**
     * Checks that a new record agrees with the structure this name already has: class first,
     * then type, as ERT reports them. A later prior never changes the first one.
     */
    public void admit(RecordInfo upload) {
        if (upload.recordClass != recordClass) {
            throw new RecordClassMismatch(upload.recordClass, recordClass);
        }
        if (upload.type != type) {
            throw new RecordTypeMismatch(upload.type, type);
        }
    }
}
