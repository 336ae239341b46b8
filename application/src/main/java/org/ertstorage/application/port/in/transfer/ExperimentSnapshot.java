package org.ertstorage.application.port.in.transfer;

import java.util.List;
import java.util.Objects;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.update.Update;

/**
 * An experiment with everything under it, as one consistent read sees it: its ensembles, the
 * updates between them, its observations, and the records of every ensemble (numeric ones by id;
 * their content is read per name) with the file records' files. Ids are those of the store read.
 */
public record ExperimentSnapshot(Experiment experiment, List<Ensemble> ensembles, List<Update> updates,
        List<Observation> observations, List<EnsembleRecord> records, List<FileRecord> files) {

    public ExperimentSnapshot {
        Objects.requireNonNull(experiment, "'experiment' must not be null");
        ensembles = List.copyOf(Objects.requireNonNull(ensembles, "'ensembles' must not be null"));
        updates = List.copyOf(Objects.requireNonNull(updates, "'updates' must not be null"));
        observations = List.copyOf(Objects.requireNonNull(observations, "'observations' must not be null"));
        records = List.copyOf(Objects.requireNonNull(records, "'records' must not be null"));
        files = List.copyOf(Objects.requireNonNull(files, "'files' must not be null"));
    }
}
