package org.ertstorage.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.MatrixHead;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RealizationSet;
import org.ertstorage.domain.record.RecordSlots;
import org.ertstorage.domain.record.StreamedStack;

/** Records, their record infos, numeric content and observation links kept in memory. */
public final class InMemoryRecordRepository implements RecordRepository {

    private final InMemoryData data;

    InMemoryRecordRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Set<RecordId> existing(Collection<RecordId> ids) {
        return ids.stream().filter(data.records::containsKey).collect(Collectors.toSet());
    }

    @Override
    public Optional<RecordInfo> info(EnsembleId ensembleId, String name) {
        return data.recordInfos.stream()
                .filter(i -> i.ensembleId().equals(ensembleId) && i.name().equals(name))
                .findFirst();
    }

    @Override
    public RecordInfo claimInfo(RecordInfo info) {
        var stored = info(info.ensembleId(), info.name());
        if (stored.isPresent()) {
            return stored.get();
        }
        data.recordInfos.add(info);
        return info;
    }

    @Override
    public RecordSlots slots(EnsembleId ensembleId, String name) {
        var records = ofName(ensembleId, name).toList();
        return new RecordSlots(ensembleId, name, records.stream().anyMatch(EnsembleRecord::isEnsembleWide),
                records.stream().flatMap(r -> r.realization().stream()).collect(Collectors.toSet()));
    }

    @Override
    public void addNumeric(NumericRecord numeric) {
        var record = numeric.record();
        var info = info(record.ensembleId(), record.name())
                .orElseThrow(() -> new IllegalStateException("record info of '" + record.name() + "' not claimed"));
        slots(record.ensembleId(), record.name()).requireFree(record.realization());
        data.records.put(record.id(), new EnsembleRecord(record.id(), info, record.realization(), record.userdata()));
        data.matrices.put(record.id(), numeric.matrix());
    }

    /** Read whole: the fake holds every matrix in memory anyway. */
    @Override
    public void addNumeric(EnsembleRecord record, MatrixHead head, InputStream values) {
        byte[] bytes;
        try {
            bytes = values.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var doubles = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(doubles);
        addNumeric(new NumericRecord(record, new Matrix(head.shape(), doubles, head.labels())));
    }

    @Override
    public Optional<EnsembleRecord> find(EnsembleId ensembleId, String name, Optional<Integer> realization) {
        return ofName(ensembleId, name).filter(r -> r.realization().equals(realization)).findFirst();
    }

    @Override
    public Optional<EnsembleRecord> byId(RecordId id) {
        return Optional.ofNullable(data.records.get(id));
    }

    @Override
    public List<EnsembleRecord> ofEnsemble(EnsembleId ensembleId) {
        return data.records.values().stream()
                .filter(r -> r.ensembleId().equals(ensembleId))
                .sorted(LISTING_ORDER)
                .toList();
    }

    @Override
    public List<NumericRecord> numeric(EnsembleId ensembleId, String name) {
        return ofName(ensembleId, name).flatMap(r -> numeric(r.id()).stream()).toList();
    }

    @Override
    public Optional<NumericRecord> numeric(RecordId id) {
        return byId(id).flatMap(r -> Optional.ofNullable(data.matrices.get(id)).map(m -> new NumericRecord(r, m)));
    }

    @Override
    public Stream<StreamedStack.Head> numericHeads(EnsembleId ensembleId, String name,
            Optional<RealizationSet> realizations) {
        return inRealizationOrder(ensembleId, name, realizations).map(n -> new StreamedStack.Head(n.record().id(),
                n.record().realization(), n.matrix().shape(), n.matrix().labels()));
    }

    @Override
    public Stream<StoredValues> numericValues(EnsembleId ensembleId, String name, Optional<RealizationSet> realizations) {
        return inRealizationOrder(ensembleId, name, realizations).map(n -> new StoredValues(n.record().id(), n.matrix().values()));
    }

    private Stream<NumericRecord> inRealizationOrder(EnsembleId ensembleId, String name,
            Optional<RealizationSet> realizations) {
        return numeric(ensembleId, name).stream()
                .filter(n -> RealizationSet.keeps(realizations, n.record().realization()))
                .sorted(Comparator.comparing(n -> n.record().realization().orElse(-1)));
    }

    @Override
    public Set<RecordId> withObservations(Collection<RecordId> ids) {
        var linked = data.observations.values().stream()
                .flatMap(o -> o.records().stream())
                .collect(Collectors.toSet());
        return ids.stream().filter(linked::contains).collect(Collectors.toSet());
    }

    @Override
    public void attachObservations(RecordId id, List<ObservationId> observations) {
        if (!data.records.containsKey(id)) {
            return;
        }
        data.observations.replaceAll((observationId, o) -> withRecords(o,
                o.records().stream().filter(r -> !r.equals(id)).toList()));
        data.links.removeIf(link -> link.record().equals(id));
        new LinkedHashSet<>(observations).stream().filter(data.observations::containsKey).forEach(observationId -> {
            var observation = data.observations.get(observationId);
            data.observations.put(observationId, withRecords(observation,
                    Stream.concat(observation.records().stream(), Stream.of(id)).toList()));
            data.links.add(new InMemoryData.Link(observationId, id));
        });
    }

    @Override
    public List<ObservationId> observations(RecordId id) {
        return data.links.stream()
                .filter(link -> link.record().equals(id))
                .map(InMemoryData.Link::observation)
                .filter(o -> data.observations.containsKey(o) && data.observations.get(o).records().contains(id))
                .distinct()
                .toList();
    }

    /** The records of the name in the order they were stored. */
    private Stream<EnsembleRecord> ofName(EnsembleId ensembleId, String name) {
        return data.records.values().stream().filter(r -> r.ensembleId().equals(ensembleId) && r.name().equals(name));
    }

    private static Observation withRecords(Observation o, List<RecordId> records) {
        return new Observation(o.id(), o.experimentId(), o.name(), o.xAxis(), o.values(), o.errors(), records,
                o.userdata());
    }
}
