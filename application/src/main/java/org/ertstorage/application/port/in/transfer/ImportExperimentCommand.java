package org.ertstorage.application.port.in.transfer;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordId;

/**
 * An experiment to store anew: the snapshot an export wrote (with the ids of the store it came
 * from) and the content of its records, read when stored.
 *
 * @param key identifies the exported content (its manifest's checksum); a key imported before is not imported again
 * @param matrices the matrix of each numeric record of the snapshot, by its exported id
 * @param fileContents the bytes of each committed file record, by its exported id; the import closes each stream
 * @param stored told each record once it is stored (progress)
 */
public record ImportExperimentCommand(String key, ExperimentSnapshot snapshot, Function<RecordId, Matrix> matrices,
        Function<RecordId, InputStream> fileContents, Consumer<EnsembleRecord> stored) {

    public ImportExperimentCommand {
        Objects.requireNonNull(key, "'key' must not be null");
        if (key.isBlank() || key.length() > 64) {
            throw new IllegalArgumentException("'key' must be 1 to 64 characters");
        }
        Objects.requireNonNull(snapshot, "'snapshot' must not be null");
        Objects.requireNonNull(matrices, "'matrices' must not be null");
        Objects.requireNonNull(fileContents, "'fileContents' must not be null");
        Objects.requireNonNull(stored, "'stored' must not be null");
    }
}
