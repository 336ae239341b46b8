package org.ertstorage.application.port.out;

import java.util.Map;
import static org.ertstorage.application.port.out.RecordTestData.AWKWARD_VALUES;
import static org.ertstorage.application.port.out.RecordTestData.labeled;
import static org.ertstorage.application.port.out.RecordTestData.matrix;
import static org.ertstorage.application.port.out.RecordTestData.numeric;
import static org.ertstorage.application.port.out.RecordTestData.numericInfo;
import static org.ertstorage.application.port.out.RepositoryTestData.userdata;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordAlreadyExists;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RealizationSet;
import org.ertstorage.domain.record.RecordSlots;
import org.ertstorage.domain.record.StreamedStack;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.record.Shape;
import org.junit.jupiter.api.Test;

/** What every {@link RecordRepository} must do, whatever stores it. */
public abstract class RecordRepositoryContract extends RepositoryContract {

    protected RecordRepositoryContract(ContractStore store) {
        super(store);
    }

    @Test
    void givenKnownAndUnknownIds_existing_returnsTheKnownOnes() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var first = storedRecord(ensemble);
        var second = storedRecord(ensemble);

        var existing = inTransaction(r -> r.records().existing(List.of(first, RecordId.random(), second, first)));

        assertEquals(Set.of(first, second), existing);
    }

    @Test
    void givenNoIds_existing_isEmpty() {
        assertEquals(Set.of(), inTransaction(r -> r.records().existing(List.of())));
    }

    @Test
    void givenNewRecord_userdata_isEmptyAndMergeable() {
        var record = storedRecord(storedEnsemble(storedExperiment().id()));
        var owner = new UserdataOwner(UserdataOwner.Kind.RECORD, record.value());

        assertEquals(Optional.of(Userdata.EMPTY), inTransaction(r -> r.userdata().find(owner)));
        assertEquals(true, inTransaction(r -> r.userdata().merge(owner, userdata("label", "\"a\""))));
        assertEquals(Optional.of(userdata("label", "\"a\"")), inTransaction(r -> r.userdata().find(owner)));
    }

    @Test
    void givenFailingWork_userdataOfRecord_staysAsItWas() {
        var record = storedRecord(storedEnsemble(storedExperiment().id()));
        var owner = new UserdataOwner(UserdataOwner.Kind.RECORD, record.value());

        runAndFail(r -> r.userdata().replace(owner, userdata("label", "\"b\"")));

        assertEquals(Optional.of(Userdata.EMPTY), inTransaction(r -> r.userdata().find(owner)));
    }

    @Test
    void givenDeletedExperiment_existing_omitsTheRecordsOfItsEnsembles() {
        var deleted = storedExperiment().id();
        var kept = storedRecord(storedEnsemble(storedExperiment().id()));
        var gone = storedRecord(storedEnsemble(deleted));

        run(r -> r.experiments().delete(deleted));

        assertEquals(Set.of(kept), inTransaction(r -> r.records().existing(List.of(kept, gone))));
    }

    @Test
    void givenNewName_claimInfo_storesTheInfoWithItsPrior() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = new RecordInfo(ensemble.id(), "a", RecordType.F64_MATRIX, RecordClass.PARAMETER, Optional.of("m"));

        assertEquals(info, inTransaction(r -> r.records().claimInfo(info)));

        assertEquals(Optional.of(info), inTransaction(r -> r.records().info(ensemble.id(), "a")));
    }

    @Test
    void givenTakenName_claimInfo_returnsTheStoredInfoUnchanged() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var first = numericInfo(ensemble);
        run(r -> r.records().claimInfo(first));
        var second = new RecordInfo(ensemble.id(), first.name(), RecordType.FILE, RecordClass.OTHER, Optional.empty());

        assertEquals(first, inTransaction(r -> r.records().claimInfo(second)));

        assertEquals(Optional.of(first), inTransaction(r -> r.records().info(ensemble.id(), first.name())));
    }

    @Test
    void givenNameTakenInAnotherEnsemble_claimInfo_storesANewInfo() {
        var experiment = storedExperiment().id();
        var taken = numericInfo(storedEnsemble(experiment));
        run(r -> r.records().claimInfo(taken));
        var other = storedEnsemble(experiment);
        var info = new RecordInfo(other.id(), taken.name(), RecordType.FILE, RecordClass.OTHER, Optional.empty());

        assertEquals(info, inTransaction(r -> r.records().claimInfo(info)));
    }

    @Test
    void givenRecordsOfAName_numericOfSlotAndNumericIds_readExactlyThoseAsked() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var forwardModel = numericInfo(ensemble);
        var ensembleWide = numericInfo(ensemble);
        var zero = numeric(forwardModel, Optional.of(0), matrix(6, 7));
        var one = numeric(forwardModel, Optional.of(1), matrix(1, 2));
        var wide = numeric(ensembleWide, Optional.empty(), matrix(3, 4, 5));
        storedNumeric(zero, one, wide);

        assertNumericEquals(one, inTransaction(r -> r.records().numeric(ensemble.id(), forwardModel.name(), Optional.of(1)))
                .orElseThrow());
        assertNumericEquals(wide, inTransaction(r -> r.records().numeric(ensemble.id(), ensembleWide.name(), Optional.empty()))
                .orElseThrow());
        assertEquals(Optional.empty(), inTransaction(r -> r.records().numeric(ensemble.id(), forwardModel.name(), Optional.of(2))));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().numeric(ensemble.id(), forwardModel.name(), Optional.empty())));
        assertEquals(Set.of(zero.record().id(), one.record().id()),
                Set.copyOf(inTransaction(r -> r.records().numericIds(ensemble.id(), forwardModel.name()))));
        assertEquals(List.of(), inTransaction(r -> r.records().numericIds(ensemble.id(), "nothing")));
    }

    @Test
    void givenUnknownName_infoAndFindAndNumeric_areEmpty() {
        var ensemble = storedEnsemble(storedExperiment().id());

        assertEquals(Optional.empty(), inTransaction(r -> r.records().info(ensemble.id(), "nothing")));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().find(ensemble.id(), "nothing", Optional.empty())));
        assertEquals(List.of(), inTransaction(r -> r.records().numeric(ensemble.id(), "nothing")));
        assertEquals(RecordSlots.empty(ensemble.id(), "nothing"), inTransaction(r -> r.records().slots(ensemble.id(), "nothing")));
    }

    @Test
    void givenAwkwardValues_addNumeric_readsThemBackBitForBit() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var added = numeric(numericInfo(ensemble), Optional.of(0),
                Matrix.unlabeled(Shape.of(3, 4), AWKWARD_VALUES.clone()));

        stored(added);

        assertNumericEquals(added, inTransaction(r -> r.records().numeric(added.record().id())).orElseThrow());
    }

    @Test
    void givenStreamedValues_addNumeric_readsThemBackBitForBit() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var added = numeric(numericInfo(ensemble), Optional.of(0), new Matrix(Shape.of(2, 6),
                AWKWARD_VALUES.clone(), labeled(LabelType.STRING, List.of("a", "b", "c", "d", "e", "f"), LabelType.INTEGER,
                        List.of("3", "4")).labels()));

        run(r -> {
            r.records().claimInfo(added.record().info());
            r.records().addNumeric(added.record(), added.matrix().head(), new ByteArrayInputStream(packed(added.matrix())));
        });

        assertNumericEquals(added, inTransaction(r -> r.records().numeric(added.record().id())).orElseThrow());
    }

    @Test
    void givenValuesFailingMidway_addNumeric_failsLeavingNothingAndTheStoreUsable() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var added = numeric(numericInfo(ensemble), Optional.of(0), matrix(1.5, 64, 64));
        var half = Arrays.copyOf(packed(added.matrix()), 64 * 64 * Double.BYTES / 2);
        var failing = new SequenceInputStream(new ByteArrayInputStream(half), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the body ended early");
            }
        });

        assertThrows(RuntimeException.class, () -> run(r -> {
            r.records().claimInfo(added.record().info());
            r.records().addNumeric(added.record(), added.matrix().head(), failing);
        }));

        assertEquals(Optional.empty(), inTransaction(r -> r.records().byId(added.record().id())));
        stored(added);
        assertNumericEquals(added, inTransaction(r -> r.records().numeric(added.record().id())).orElseThrow());
    }

    private static byte[] packed(Matrix matrix) {
        var bytes = ByteBuffer.allocate(matrix.values().length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(matrix.values());
        return bytes.array();
    }

    @Test
    void givenMatricesOfEveryRank_addNumeric_keepsTheirShapes() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = numericInfo(ensemble);
        var matrices = List.of(matrix(1, 5), matrix(-3, 2, 3), matrix(0.5, 2, 3, 4), matrix(0, 0), matrix(0, 0, 3),
                matrix(9, 1, 1, 1, 2));
        var added = IntStream.range(0, matrices.size())
                .mapToObj(i -> numeric(info, Optional.of(i), matrices.get(i))).toList();

        storedNumeric(added.toArray(NumericRecord[]::new));

        var read = inTransaction(r -> r.records().numeric(ensemble.id(), info.name()));
        assertEquals(added.size(), read.size());
        IntStream.range(0, added.size()).forEach(i -> assertNumericEquals(added.get(i), read.get(i)));
    }

    /** Stored out of order; heads and values come in realization order, without other names' records. */
    @Test
    void givenRecordsStoredOutOfOrder_numericHeadsAndValues_comeInRealizationOrder() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = numericInfo(ensemble);
        var dates = labeled(LabelType.STRING, List.of("a", "b", "c"), LabelType.TIMESTAMP, List.of("2021-01-01T00:00:00"));
        var added = List.of(numeric(info, Optional.of(7), matrix(7, 1, 3)), numeric(info, Optional.of(2), dates),
                numeric(info, Optional.of(0), matrix(-1, 2, 3)), numeric(info, Optional.of(11), matrix(11, 3)));
        storedNumeric(added.toArray(NumericRecord[]::new));
        storedNumeric(numeric(numericInfo(ensemble, "OTHER"), Optional.of(0), matrix(0, 3)));
        var expected = List.of(added.get(2), added.get(1), added.get(0), added.get(3));

        var heads = inTransaction(r -> {
            try (var stream = r.records().numericHeads(ensemble.id(), info.name(), Optional.empty())) {
                return stream.toList();
            }
        });
        var values = inTransaction(r -> {
            try (var stream = r.records().numericValues(ensemble.id(), info.name(), Optional.empty())) {
                return stream.toList();
            }
        });

        assertEquals(expected.stream().map(n -> new StreamedStack.Head(n.record().id(), n.record().realization(),
                n.matrix().shape(), n.matrix().labels())).toList(), heads);
        assertEquals(expected.stream().map(n -> n.record().id()).toList(), values.stream().map(RecordRepository.StoredValues::id).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).matrix().values(), values.get(i).values());
        }
    }

    @Test
    void givenRealizationSet_numericHeadsAndValues_keepOnlyItsRecords() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = numericInfo(ensemble);
        storedNumeric(IntStream.range(0, 12).mapToObj(i -> numeric(info, Optional.of(i), matrix(i, 2))).toArray(NumericRecord[]::new));
        var set = RealizationSet.parse("10-11,3,0,5-6");

        var heads = inTransaction(r -> {
            try (var stream = r.records().numericHeads(ensemble.id(), info.name(), Optional.of(set))) {
                return stream.map(h -> h.realization().orElseThrow()).toList();
            }
        });
        var values = inTransaction(r -> {
            try (var stream = r.records().numericValues(ensemble.id(), info.name(), Optional.of(set))) {
                return stream.map(v -> v.values()[0]).toList();
            }
        });

        assertEquals(List.of(0, 3, 5, 6, 10, 11), heads);
        assertEquals(List.of(0.0, 3.0, 5.0, 6.0, 10.0, 11.0), values);
    }

    @Test
    void givenLabelsOfEveryType_addNumeric_keepsLabelsAndTheirTypes() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = numericInfo(ensemble);
        var dates = labeled(LabelType.INTEGER, List.of("1", "2", "3"),
                LabelType.TIMESTAMP, List.of("2021-01-01T00:00:00", "2021-01-02T12:30:00"));
        var text = labeled(LabelType.STRING, List.of("a", "b \"quoted\"", "ü,é"), LabelType.FLOAT, List.of("1.5"));
        var added = List.of(numeric(info, Optional.of(0), dates), numeric(info, Optional.of(1), text));

        storedNumeric(added.toArray(NumericRecord[]::new));

        for (var record : added) {
            assertNumericEquals(record, inTransaction(r -> r.records().numeric(record.record().id())).orElseThrow());
        }
    }

    @Test
    void givenTakenRealization_addNumeric_throwsRecordAlreadyExists() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = numericInfo(ensemble);
        var first = numeric(info, Optional.of(2), matrix(1, 2));
        stored(first);

        assertThrows(RecordAlreadyExists.class, () -> stored(numeric(info, Optional.of(2), matrix(5, 2))));

        assertNumericEquals(first, inTransaction(r -> r.records().numeric(ensemble.id(), info.name())).getFirst());
        assertEquals(1, inTransaction(r -> r.records().numeric(ensemble.id(), info.name())).size());
    }

    @Test
    void givenEnsembleWideRecord_addNumericEnsembleWide_throwsRecordAlreadyExists() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = numericInfo(ensemble);
        stored(numeric(info, Optional.empty(), matrix(1, 2, 2)));

        assertThrows(RecordAlreadyExists.class, () -> stored(numeric(info, Optional.empty(), matrix(5, 2, 2))));
        assertThrows(RecordAlreadyExists.class, () -> stored(numeric(info, Optional.of(0), matrix(5, 2))));

        assertEquals(1, inTransaction(r -> r.records().numeric(ensemble.id(), info.name())).size());
    }

    @Test
    void givenForwardModelRecords_addNumericEnsembleWide_throwsRecordAlreadyExists() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = numericInfo(ensemble);
        stored(numeric(info, Optional.of(0), matrix(1, 2)));

        assertThrows(RecordAlreadyExists.class, () -> stored(numeric(info, Optional.empty(), matrix(5, 2, 2))));

        assertEquals(new RecordSlots(ensemble.id(), info.name(), false, Set.of(0)),
                slotsOf(info));
    }

    @Test
    void givenRecordsOfAName_slots_tellWhichAreTakenAndWhetherAnUploadsPlaceIs() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var forwardModel = numericInfo(ensemble);
        var ensembleWide = numericInfo(ensemble);
        storedNumeric(numeric(forwardModel, Optional.of(2), matrix(1, 1)), numeric(forwardModel, Optional.of(0), matrix(1, 1)),
                numeric(ensembleWide, Optional.empty(), matrix(1, 1, 1)));

        assertEquals(new RecordSlots(ensemble.id(), forwardModel.name(), false, Set.of(0, 2)),
                slotsOf(forwardModel));
        assertEquals(new RecordSlots(ensemble.id(), ensembleWide.name(), true, Set.of()),
                slotsOf(ensembleWide));
        assertFree(forwardModel, Optional.of(1));
        assertThrows(RecordAlreadyExists.class, () -> assertFree(forwardModel, Optional.of(2)));
        assertThrows(RecordAlreadyExists.class, () -> assertFree(forwardModel, Optional.empty()));
        assertThrows(RecordAlreadyExists.class, () -> assertFree(ensembleWide, Optional.of(0)));
        assertThrows(RecordAlreadyExists.class, () -> assertFree(ensembleWide, Optional.empty()));
        assertFree(numericInfo(ensemble), Optional.empty());
    }

    /** Runs the check of an upload to the realization on the slots it reads. */
    private void assertFree(RecordInfo info, Optional<Integer> realization) {
        run(r -> r.records().slots(info.ensembleId(), info.name(), realization).requireFree(realization));
    }

    /**
     * Ensemble-wide and forward-model records of one name never both stay (DATA-MODEL 6.6), even
     * when the second upload checks its slots while the first, checked already, has yet to store
     * its record (on PostgreSQL the second's check then waits for the first's lock, and what that
     * check reads may predate the first's record).
     */
    @Test
    void givenEnsembleWideUploadBetweenCheckAndStore_forwardModelUploadOfTheName_onlyOneStays() throws Exception {
        assertOnlyOneStays(Optional.empty(), Optional.of(1));
    }

    @Test
    void givenForwardModelUploadBetweenCheckAndStore_ensembleWideUploadOfTheName_onlyOneStays() throws Exception {
        assertOnlyOneStays(Optional.of(1), Optional.empty());
    }

    private void assertOnlyOneStays(Optional<Integer> first, Optional<Integer> second) throws Exception {
        var info = numericInfo(storedEnsemble(storedExperiment().id()));
        run(r -> r.records().claimInfo(info));
        var checked = new CountDownLatch(1);
        boolean firstStored;
        boolean secondStored;
        try (var executor = Executors.newSingleThreadExecutor()) {
            var firstUpload = executor.submit(() -> upload(info, first, () -> {
                checked.countDown();
                sleep(500);
            }));
            assertTrue(checked.await(60, TimeUnit.SECONDS));
            secondStored = upload(info, second, () -> { });
            firstStored = firstUpload.get(60, TimeUnit.SECONDS);
        }

        assertTrue(firstStored != secondStored, "first stored " + firstStored + ", second stored " + secondStored);
        var stored = firstStored ? first : second;
        assertEquals(new RecordSlots(info.ensembleId(), info.name(), stored.isEmpty(), Set.copyOf(stored.stream().toList())),
                slotsOf(info));
    }

    /** @return whether the record was stored, false when its place was taken */
    private boolean upload(RecordInfo info, Optional<Integer> realization, Runnable betweenCheckAndStore) {
        var upload = numeric(info, realization, realization.isPresent() ? matrix(1, 2) : matrix(1, 2, 2));
        try {
            run(r -> {
                r.records().slots(info.ensembleId(), info.name(), realization).requireFree(realization);
                betweenCheckAndStore.run();
                r.records().addNumeric(upload);
            });
            return true;
        } catch (RecordAlreadyExists e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenRecordsOfAName_find_returnsExactlyTheSlotAsked() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var forwardModel = numericInfo(ensemble);
        var ensembleWide = numericInfo(ensemble);
        var one = numeric(forwardModel, Optional.of(1), matrix(1, 1));
        var wide = numeric(ensembleWide, Optional.empty(), matrix(1, 1, 1));
        storedNumeric(numeric(forwardModel, Optional.of(0), matrix(1, 1)), one, wide);

        assertEquals(Optional.of(one.record()), inTransaction(r -> r.records().find(ensemble.id(), forwardModel.name(), Optional.of(1))));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().find(ensemble.id(), forwardModel.name(), Optional.of(2))));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().find(ensemble.id(), forwardModel.name(), Optional.empty())));
        assertEquals(Optional.of(wide.record()), inTransaction(r -> r.records().find(ensemble.id(), ensembleWide.name(), Optional.empty())));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().find(ensemble.id(), ensembleWide.name(), Optional.of(0))));
    }

    @Test
    void givenStoredRecord_byId_returnsItWithItsInfoAndUserdata() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = new RecordInfo(ensemble.id(), "b", RecordType.F64_MATRIX, RecordClass.PARAMETER, Optional.of("z"));
        var record = new EnsembleRecord(RecordId.random(), info, Optional.of(3), userdata("k", "[1,{\"a\":null}]"));
        stored(new NumericRecord(record, matrix(1, 2)));

        assertEquals(Optional.of(record), inTransaction(r -> r.records().byId(record.id())));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().byId(RecordId.random())));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().numeric(RecordId.random())));
    }

    @Test
    void givenRecordsOfSeveralNames_ofEnsemble_listsEnsembleWideFirstThenByNameAndRealization() {
        var experiment = storedExperiment().id();
        var ensemble = storedEnsemble(experiment);
        var b = numeric(numericInfo(ensemble, "b"), Optional.of(1), matrix(1, 1));
        var a2 = numeric(numericInfo(ensemble, "a"), Optional.of(2), matrix(1, 1));
        var z = numeric(numericInfo(ensemble, "z"), Optional.empty(), matrix(1, 1, 1));
        var a10 = numeric(numericInfo(ensemble, "a"), Optional.of(10), matrix(1, 1));
        var c = numeric(numericInfo(ensemble, "C"), Optional.empty(), matrix(1, 1, 1));
        var a0 = numeric(numericInfo(ensemble, "a"), Optional.of(0), matrix(1, 1));
        storedNumeric(b, a2, z, a10, c, a0);
        stored(numeric(numericInfo(storedEnsemble(experiment), "a"), Optional.of(1), matrix(1, 1)));

        var listed = inTransaction(r -> r.records().ofEnsemble(ensemble.id()));

        assertEquals(List.of(c.record(), z.record(), a0.record(), a2.record(), a10.record(), b.record()), listed);
    }

    @Test
    void givenForwardModelRecords_numericOfName_readsThemInStorageOrder() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var info = numericInfo(ensemble);
        var added = List.of(numeric(info, Optional.of(2), matrix(20, 3)), numeric(info, Optional.of(0), matrix(0, 3)),
                numeric(info, Optional.of(1), matrix(10, 3)));
        storedNumeric(added.toArray(NumericRecord[]::new));
        stored(numeric(numericInfo(ensemble), Optional.of(0), matrix(99, 3)));

        var read = inTransaction(r -> r.records().numeric(ensemble.id(), info.name()));

        assertEquals(added.stream().map(NumericRecord::record).toList(), read.stream().map(NumericRecord::record).toList());
        IntStream.range(0, added.size()).forEach(i -> assertNumericEquals(added.get(i), read.get(i)));
    }

    @Test
    void givenFailingWork_claimInfoAndAddNumeric_leaveNothingBehind() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var record = numeric(numericInfo(ensemble), Optional.of(0), matrix(1, 2));

        runAndFail(r -> {
            r.records().claimInfo(record.record().info());
            r.records().addNumeric(record);
        });

        assertEquals(Optional.empty(), inTransaction(r -> r.records().info(ensemble.id(), record.record().name())));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().byId(record.record().id())));
        assertEquals(List.of(), inTransaction(r -> r.records().ofEnsemble(ensemble.id())));
    }

    @Test
    void givenObservations_attachObservations_linksThemInTheGivenOrder() {
        var experiment = storedExperiment().id();
        var record = stored(numeric(numericInfo(storedEnsemble(experiment)), Optional.of(0), matrix(1, 2)));
        var first = storedObservation(experiment, List.of()).id();
        var second = storedObservation(experiment, List.of()).id();

        run(r -> r.records().attachObservations(record, List.of(second, first)));

        assertEquals(List.of(second, first), inTransaction(r -> r.records().observations(record)));
        assertEquals(List.of(record), inTransaction(r -> r.observations().find(first)).orElseThrow().records());
        assertEquals(Set.of(record), inTransaction(r -> r.records().withObservations(List.of(record))));
    }

    @Test
    void givenAttachedObservations_attachObservations_replacesThem() {
        var experiment = storedExperiment().id();
        var ensemble = storedEnsemble(experiment);
        var other = storedRecord(ensemble);
        var record = stored(numeric(numericInfo(ensemble), Optional.of(0), matrix(1, 2)));
        var kept = storedObservation(experiment, List.of(other)).id();
        var dropped = storedObservation(experiment, List.of()).id();
        run(r -> r.records().attachObservations(record, List.of(dropped, kept)));
        var added = storedObservation(experiment, List.of()).id();

        run(r -> r.records().attachObservations(record, List.of(added, kept)));

        assertEquals(List.of(added, kept), inTransaction(r -> r.records().observations(record)));
        assertEquals(List.of(), inTransaction(r -> r.observations().find(dropped)).orElseThrow().records());
        assertEquals(List.of(other, record), inTransaction(r -> r.observations().find(kept)).orElseThrow().records());
    }

    @Test
    void givenAttachedObservations_attachingNone_unlinksThemAll() {
        var experiment = storedExperiment().id();
        var record = stored(numeric(numericInfo(storedEnsemble(experiment)), Optional.of(0), matrix(1, 2)));
        run(r -> r.records().attachObservations(record, List.of(storedObservation(experiment, List.of()).id())));

        run(r -> r.records().attachObservations(record, List.of()));

        assertEquals(List.of(), inTransaction(r -> r.records().observations(record)));
        assertEquals(Set.of(), inTransaction(r -> r.records().withObservations(List.of(record))));
    }

    @Test
    void givenRecordsLinkedEitherWay_withObservations_returnsOnlyTheLinkedOnes() {
        var experiment = storedExperiment().id();
        var ensemble = storedEnsemble(experiment);
        var linkedByObservation = storedRecord(ensemble);
        var attached = stored(numeric(numericInfo(ensemble), Optional.of(0), matrix(1, 2)));
        var unlinked = stored(numeric(numericInfo(ensemble), Optional.of(0), matrix(1, 2)));
        var observation = storedObservation(experiment, List.of(linkedByObservation)).id();
        run(r -> r.records().attachObservations(attached, List.of(observation)));

        assertEquals(Set.of(linkedByObservation, attached), inTransaction(r -> r.records().withObservations(
                List.of(linkedByObservation, attached, unlinked, RecordId.random()))));
        assertEquals(List.of(observation), inTransaction(r -> r.records().observations(linkedByObservation)));
        assertEquals(List.of(), inTransaction(r -> r.records().observations(unlinked)));
        assertEquals(Set.of(), inTransaction(r -> r.records().withObservations(List.of())));
    }

    @Test
    void givenSomeObservedRecords_numericWithObservations_returnsOnlyThoseInStorageOrder() {
        var experiment = storedExperiment().id();
        var ensemble = storedEnsemble(experiment);
        var info = numericInfo(ensemble);
        var observed = List.of(numeric(info, Optional.of(3), matrix(3, 2)), numeric(info, Optional.of(1), matrix(1, 2)));
        storedNumeric(observed.getFirst(), numeric(info, Optional.of(2), matrix(2, 2)), observed.getLast());
        var observation = storedObservation(experiment, observed.stream().map(n -> n.record().id()).toList()).id();

        var read = inTransaction(r -> r.records().numericWithObservations(ensemble.id(), info.name()));

        assertEquals(observed.stream().map(NumericRecord::record).toList(), read.stream().map(NumericRecord::record).toList());
        assertTrue(inTransaction(r -> r.observations().find(observation)).isPresent());
    }

    @Test
    void givenDeletedExperiment_recordsInfosContentAndLinks_areGone() {
        var deleted = storedExperiment().id();
        var ensemble = storedEnsemble(deleted);
        var info = numericInfo(ensemble);
        var record = stored(numeric(info, Optional.of(0), matrix(1, 2)));
        var ownObservation = storedObservation(deleted, List.of(record)).id();
        var kept = storedExperiment().id();
        var keptRecord = stored(numeric(numericInfo(storedEnsemble(kept)), Optional.empty(), matrix(1, 1, 2)));
        var foreignObservation = storedObservation(kept, List.of(keptRecord)).id();
        run(r -> r.records().attachObservations(record, List.of(foreignObservation, ownObservation)));

        run(r -> r.experiments().delete(deleted));

        assertEquals(Optional.empty(), inTransaction(r -> r.records().info(ensemble.id(), info.name())));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().byId(record)));
        assertEquals(Optional.empty(), inTransaction(r -> r.records().numeric(record)));
        assertEquals(List.of(), inTransaction(r -> r.records().ofEnsemble(ensemble.id())));
        assertEquals(List.of(), inTransaction(r -> r.records().numeric(ensemble.id(), info.name())));
        assertEquals(List.of(), inTransaction(r -> r.records().observations(record)));
        assertEquals(List.of(keptRecord), inTransaction(r -> r.observations().find(foreignObservation)).orElseThrow().records());
        assertEquals(Set.of(keptRecord), inTransaction(r -> r.records().existing(List.of(keptRecord, record))));
    }

    @Test
    void givenConcurrentFirstUploadsOfAName_claimInfoAndAddNumeric_allSucceed() throws Exception {
        var ensemble = storedEnsemble(storedExperiment().id());
        var name = RepositoryTestData.uniqueName("concurrent");
        int uploads = 8;
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<RecordInfo>>();
        for (int realization = 0; realization < uploads; realization++) {
            var upload = numeric(new RecordInfo(ensemble.id(), name, RecordType.F64_MATRIX,
                    realization % 2 == 0 ? RecordClass.OTHER : RecordClass.RESPONSE, Optional.empty()),
                    Optional.of(realization), matrix(realization, 4));
            tasks.add(() -> {
                start.await();
                return inTransaction(r -> {
                    var info = r.records().claimInfo(upload.record().info());
                    r.records().addNumeric(new NumericRecord(new EnsembleRecord(upload.record().id(), info,
                            upload.record().realization(), Userdata.EMPTY), upload.matrix()));
                    return info;
                });
            });
        }
        var infos = new ArrayList<RecordInfo>();
        try (var executor = Executors.newFixedThreadPool(uploads)) {
            var futures = tasks.stream().map(executor::submit).toList();
            start.countDown();
            for (Future<RecordInfo> future : futures) {
                infos.add(future.get(60, TimeUnit.SECONDS));
            }
        }

        var winner = inTransaction(r -> r.records().info(ensemble.id(), name)).orElseThrow();
        assertEquals(List.of(winner), infos.stream().distinct().toList());
        assertEquals(new RecordSlots(ensemble.id(), name, false, Set.copyOf(IntStream.range(0, uploads).boxed().toList())),
                inTransaction(r -> r.records().slots(ensemble.id(), name)));
    }

    private RecordId stored(NumericRecord record) {
        storedNumeric(record);
        return record.record().id();
    }

    private RecordSlots slotsOf(RecordInfo info) {
        return inTransaction(r -> r.records().slots(info.ensembleId(), info.name()));
    }

    private static void assertNumericEquals(NumericRecord expected, NumericRecord actual) {
        assertEquals(expected.record(), actual.record());
        assertMatrixEquals(expected.matrix(), actual.matrix());
    }

    /** Equal shapes and labels, and values equal bit for bit (NaN payloads and -0.0 included). */
    private static void assertMatrixEquals(Matrix expected, Matrix actual) {
        assertEquals(expected.shape(), actual.shape());
        assertEquals(expected.labels(), actual.labels());
        assertArrayEquals(Arrays.stream(expected.values()).mapToLong(Double::doubleToRawLongBits).toArray(),
                Arrays.stream(actual.values()).mapToLong(Double::doubleToRawLongBits).toArray());
    }

    @Test
    void givenRecordsOfTwoEnsembles_ofEnsembles_listsEachInListingOrder() {
        var experiment = storedExperiment().id();
        var ensemble = storedEnsemble(experiment);
        var other = storedEnsemble(experiment);
        var empty = storedEnsemble(experiment);
        var b = numeric(numericInfo(ensemble, "b"), Optional.of(1), matrix(1, 1));
        var a = numeric(numericInfo(ensemble, "a"), Optional.of(0), matrix(1, 1));
        var o = numeric(numericInfo(other, "o"), Optional.empty(), matrix(1, 1, 1));
        storedNumeric(b, a, o);

        var listed = inTransaction(r -> r.records().ofEnsembles(List.of(ensemble.id(), other.id(), empty.id())));

        assertEquals(Map.of(ensemble.id(), List.of(a.record(), b.record()), other.id(), List.of(o.record()),
                empty.id(), List.of()), listed);
    }
}
