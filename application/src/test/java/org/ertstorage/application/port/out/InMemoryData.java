package org.ertstorage.application.port.out;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.record.BlockId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.update.Update;
import org.ertstorage.domain.update.UpdateId;

/** The state behind the in-memory repositories; insertion order is creation order. */
final class InMemoryData {

    final Map<ExperimentId, Experiment> experiments = new LinkedHashMap<>();
    final Map<EnsembleId, Ensemble> ensembles = new LinkedHashMap<>();
    final Map<ObservationId, Observation> observations = new LinkedHashMap<>();
    final Map<UpdateId, Update> updates = new LinkedHashMap<>();
    final List<RecordInfo> recordInfos = new ArrayList<>();
    final Map<RecordId, EnsembleRecord> records = new LinkedHashMap<>();
    final Map<RecordId, Matrix> matrices = new LinkedHashMap<>();
    /**
     * Every observation-record link in the order it was made; the observations' record lists
     * say which links exist, this log only keeps the order a record's observations read in.
     */
    final List<Link> links = new ArrayList<>();

    record Link(ObservationId observation, RecordId record) {
    }

    /** The file of each file record. */
    final Map<RecordId, FileRecord> files = new LinkedHashMap<>();
    /** The blocks staged for each chunked upload by index; each map is unmodifiable, replaced on change. */
    final Map<RecordId, SortedMap<Integer, BlockId>> blocks = new LinkedHashMap<>();

    /** The import ledger: each imported key and the experiment it became. */
    final Map<String, ExperimentId> imports = new LinkedHashMap<>();

    InMemoryData copy() {
        var copy = new InMemoryData();
        copy.experiments.putAll(experiments);
        copy.ensembles.putAll(ensembles);
        copy.observations.putAll(observations);
        copy.updates.putAll(updates);
        copy.recordInfos.addAll(recordInfos);
        copy.records.putAll(records);
        copy.matrices.putAll(matrices);
        copy.links.addAll(links);
        copy.files.putAll(files);
        copy.blocks.putAll(blocks);
        copy.imports.putAll(imports);
        return copy;
    }

    void restore(InMemoryData snapshot) {
        imports.clear();
        imports.putAll(snapshot.imports);
        experiments.clear();
        experiments.putAll(snapshot.experiments);
        ensembles.clear();
        ensembles.putAll(snapshot.ensembles);
        observations.clear();
        observations.putAll(snapshot.observations);
        updates.clear();
        updates.putAll(snapshot.updates);
        recordInfos.clear();
        recordInfos.addAll(snapshot.recordInfos);
        records.clear();
        records.putAll(snapshot.records);
        matrices.clear();
        matrices.putAll(snapshot.matrices);
        links.clear();
        links.addAll(snapshot.links);
        files.clear();
        files.putAll(snapshot.files);
        blocks.clear();
        blocks.putAll(snapshot.blocks);
    }
}
