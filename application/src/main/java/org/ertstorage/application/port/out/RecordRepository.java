package org.ertstorage.application.port.out;

import java.io.InputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.MatrixHead;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RealizationSet;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordSlots;
import org.ertstorage.domain.record.StreamedStack;

/** Stores records: the per-name record info, the records, their numeric content and observation links. */
public interface RecordRepository {

    /** The order of {@link #ofEnsemble}: ensemble-wide records first, then by name and realization. */
    Comparator<EnsembleRecord> LISTING_ORDER = Comparator.comparing((EnsembleRecord r) -> !r.isEnsembleWide())
            .thenComparing(EnsembleRecord::name)
            .thenComparing(r -> r.realization().orElse(-1));

    /** Those of the given ids that name a record. */
    Set<RecordId> existing(Collection<RecordId> ids);

    Optional<RecordInfo> info(EnsembleId ensembleId, String name);

    /**
     * Stores {@code info} unless its name already has one in the ensemble, and returns the stored
     * one. Concurrent first uploads of a name all succeed: the losers get the winner's info.
     */
    RecordInfo claimInfo(RecordInfo info);

    /** Which slots (ensemble-wide, realizations) of the name hold records. */
    RecordSlots slots(EnsembleId ensembleId, String name);

    /**
     * Which slots of the name hold records, at least among those a record of {@code realization}
     * (empty: ensemble-wide) would collide with: the ensemble-wide one and the realization's own,
     * or every slot for an ensemble-wide record. What an upload checks before it stores the
     * record, read without the other realizations' slots; an adapter may also prepare the
     * upload's insert here.
     */
    default RecordSlots slots(EnsembleId ensembleId, String name, Optional<Integer> realization) {
        return slots(ensembleId, name);
    }

    /**
     * Stores a numeric record and its content.
     *
     * @throws org.ertstorage.domain.record.RecordAlreadyExists when its slot was taken meanwhile
     */
    void addNumeric(NumericRecord record);

    /**
     * Stores a numeric record whose values stream in: {@code values} holds the head's values as
     * little-endian float64 in C order, exactly as many as its shape, and is read once, while they
     * are stored. A failure to read it fails the call, and the caller's transaction rolls back.
     *
     * @throws org.ertstorage.domain.record.RecordAlreadyExists when its slot was taken meanwhile
     */
    void addNumeric(EnsembleRecord record, MatrixHead head, InputStream values);

    /**
     * Stores numeric records of one name, as a bulk upload brings them; an adapter may batch them.
     *
     * @throws org.ertstorage.domain.record.RecordAlreadyExists when a slot was taken meanwhile
     */
    default void addNumerics(List<NumericRecord> records) {
        records.forEach(this::addNumeric);
    }

    /** The record of exactly this slot ({@code realization} empty: the ensemble-wide one). */
    Optional<EnsembleRecord> find(EnsembleId ensembleId, String name, Optional<Integer> realization);

    Optional<EnsembleRecord> byId(RecordId id);

    /** Every record of the ensemble, ensemble-wide ones first, then by name and realization. */
    List<EnsembleRecord> ofEnsemble(EnsembleId ensembleId);

    /** Every numeric record of the name with its content, in storage order, read in one query. */
    List<NumericRecord> numeric(EnsembleId ensembleId, String name);

    Optional<NumericRecord> numeric(RecordId id);

    /**
     * The numeric record of exactly this slot with its content, as {@link #find} and then
     * {@link #numeric(RecordId)} would give it; empty when the slot is free or holds a file.
     */
    default Optional<NumericRecord> numeric(EnsembleId ensembleId, String name, Optional<Integer> realization) {
        return find(ensembleId, name, realization).flatMap(record -> numeric(record.id()));
    }

    /** The ids of every numeric record of the name in the ensemble (none for a file name), in no particular order. */
    default List<RecordId> numericIds(EnsembleId ensembleId, String name) {
        return ofEnsemble(ensembleId).stream()
                .filter(r -> r.name().equals(name) && r.info().type() == RecordType.F64_MATRIX)
                .map(EnsembleRecord::id)
                .toList();
    }

    /** A stored numeric record's values, without anything else. */
    record StoredValues(RecordId id, double[] values) {
    }

    /**
     * The heads (all but the values) of the name's numeric records, in realization order with the
     * ensemble-wide record first, read as they are consumed; the caller closes the stream.
     *
     * @param realizations when present, only the forward-model records of these realizations
     */
    Stream<StreamedStack.Head> numericHeads(EnsembleId ensembleId, String name, Optional<RealizationSet> realizations);

    /**
     * The values of the name's numeric records in the order of {@link #numericHeads}, from one
     * query read through a database cursor, so only the record being consumed is in memory; the
     * caller closes the stream.
     */
    Stream<StoredValues> numericValues(EnsembleId ensembleId, String name, Optional<RealizationSet> realizations);

    /** Which of the given records have at least one observation attached. */
    Set<RecordId> withObservations(Collection<RecordId> ids);

    /** Replaces the observations attached to the record. */
    void attachObservations(RecordId id, List<ObservationId> observations);

    /** The observations attached to the record, in the order they were attached. */
    List<ObservationId> observations(RecordId id);

    /** The numeric records (with content) that have observations attached, among those of the name. */
    default List<NumericRecord> numericWithObservations(EnsembleId ensembleId, String name) {
        var records = numeric(ensembleId, name);
        var observed = withObservations(records.stream().map(r -> r.record().id()).toList());
        return records.stream().filter(r -> observed.contains(r.record().id())).toList();
    }

    /** {@link #ofEnsemble} for many ensembles at once; every given id is a key ({@code []} when it has none). */
    default Map<EnsembleId, List<EnsembleRecord>> ofEnsembles(Collection<EnsembleId> ensembleIds) {
        var records = new LinkedHashMap<EnsembleId, List<EnsembleRecord>>();
        ensembleIds.forEach(id -> records.put(id, ofEnsemble(id)));
        return records;
    }
}
