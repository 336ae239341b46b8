package org.ertstorage.application.port.out;

import static org.ertstorage.application.port.out.RepositoryTestData.userdata;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner.Kind;
import org.ertstorage.domain.UserdataOwner;
import org.ertstorage.domain.experiment.ExperimentId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link UserdataRepository} must do, for every kind of owner, whatever stores it. */
public abstract class UserdataRepositoryContract extends RepositoryContract {

    /** Values a store must give back as the same JSON text, escapes and number spellings included. */
    private static final Userdata AWKWARD = userdata(
            "z", "{\"nested\":[1,2.50,-0.0,1e-320,{\"q\":\"\\\"}\"}]}",
            "with \"quotes\", commas: and \\ \n", "\"é ⚙ \\u00e9 \\\\ \\\" ,}]\"",
            "a", "null",
            "", "true",
            "number", "-12.500E+3");

    protected UserdataRepositoryContract(ContractStore store) {
        super(store);
    }

    /** A stored entity of the kind, in an experiment of its own. */
    private UserdataOwner storedOwner(Kind kind) {
        return ownerIn(kind, storedExperiment().id());
    }

    private UserdataOwner ownerIn(Kind kind, ExperimentId experiment) {
        UUID id = switch (kind) {
            case EXPERIMENT -> experiment.value();
            case ENSEMBLE -> storedEnsemble(experiment).id().value();
            case OBSERVATION -> storedObservation(experiment, List.of()).id().value();
            case RECORD -> storedRecord(storedEnsemble(experiment)).value();
        };
        return new UserdataOwner(kind, id);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenReplacedUserdata_find_returnsEveryValueAsTheSameTextInKeyOrder(Kind kind) {
        var owner = storedOwner(kind);

        assertEquals(true, inTransaction(r -> r.userdata().replace(owner, AWKWARD)));

        assertStoredInOrder(AWKWARD, owner);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenStoredUserdata_merge_replacesTopLevelKeysAndKeepsTheOthers(Kind kind) {
        var owner = storedOwner(kind);
        run(r -> r.userdata().replace(owner, userdata("keep", "1", "nested", "{\"a\":1,\"b\":2}", "gone", "3")));

        assertEquals(true, inTransaction(r -> r.userdata().merge(owner, userdata("nested", "{\"c\":3}", "gone", "null", "new", "[]"))));

        assertEquals(Optional.of(userdata("keep", "1", "nested", "{\"c\":3}", "gone", "null", "new", "[]")),
                inTransaction(r -> r.userdata().find(owner)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenStoredUserdata_merge_keepsPythonDictUpdateOrderAndEveryValuesText(Kind kind) {
        var owner = storedOwner(kind);
        run(r -> r.userdata().replace(owner, userdata("b", "1.0", "é ⚙ \u00e9", "{\"x\": [1, 2.50]}", "a", "-0.0",
                "tab\tand \"quote\" \\", "\"s\"")));

        run(r -> r.userdata().merge(owner, userdata("new \n key", "1e-320", "a", "{\"nested\":{\"q\":1.0}}",
                "ü", "\"\\u00fc\"")));

        assertStoredInOrder(userdata("b", "1.0", "é ⚙ \u00e9", "{\"x\": [1, 2.50]}", "a", "{\"nested\":{\"q\":1.0}}",
                "tab\tand \"quote\" \\", "\"s\"", "new \n key", "1e-320", "ü", "\"\\u00fc\""), owner);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenStoredUserdata_mergeOfAnEmptyPatch_changesNothing(Kind kind) {
        var owner = storedOwner(kind);
        run(r -> r.userdata().replace(owner, AWKWARD));

        assertEquals(true, inTransaction(r -> r.userdata().merge(owner, Userdata.EMPTY)));

        assertStoredInOrder(AWKWARD, owner);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenEmptyUserdata_merge_storesThePatchInItsOrder(Kind kind) {
        var owner = storedOwner(kind);
        run(r -> r.userdata().replace(owner, Userdata.EMPTY));

        run(r -> r.userdata().merge(owner, AWKWARD));

        assertStoredInOrder(AWKWARD, owner);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenStoredUserdata_mergeReplacingEveryKey_keepsTheStoredOrderWithTheNewValues(Kind kind) {
        var owner = storedOwner(kind);
        run(r -> r.userdata().replace(owner, userdata("x", "1", "y", "2", "z", "3")));

        run(r -> r.userdata().merge(owner, userdata("z", "30.0", "x", "[10]", "y", "null")));

        assertStoredInOrder(userdata("x", "[10]", "y", "null", "z", "30.0"), owner);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenUnknownOwner_findReplaceAndMerge_reportAbsence(Kind kind) {
        var owner = new UserdataOwner(kind, UUID.randomUUID());

        assertEquals(Optional.empty(), inTransaction(r -> r.userdata().find(owner)));
        assertEquals(false, inTransaction(r -> r.userdata().replace(owner, AWKWARD)));
        assertEquals(false, inTransaction(r -> r.userdata().merge(owner, AWKWARD)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenConcurrentMergesOfDistinctKeys_merge_losesNoKey(Kind kind) {
        var owner = storedOwner(kind);
        int merges = 8;

        var running = IntStream.range(0, merges).mapToObj(i -> CompletableFuture.runAsync(() ->
                run(r -> r.userdata().merge(owner, userdata("key" + i, String.valueOf(i)))))).toList();
        running.forEach(CompletableFuture::join);

        var found = inTransaction(r -> r.userdata().find(owner)).orElseThrow();
        IntStream.range(0, merges).forEach(i -> assertEquals(String.valueOf(i), found.entries().get("key" + i)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenFailingWork_replaceAndMerge_leaveTheUserdataAsItWas(Kind kind) {
        var owner = storedOwner(kind);
        run(r -> r.userdata().replace(owner, userdata("before", "1")));

        runAndFail(r -> {
            r.userdata().replace(owner, AWKWARD);
            r.userdata().merge(owner, userdata("after", "2"));
        });

        assertEquals(Optional.of(userdata("before", "1")), inTransaction(r -> r.userdata().find(owner)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenDeletedExperiment_find_isEmpty(Kind kind) {
        var experiment = storedExperiment().id();
        var owner = ownerIn(kind, experiment);

        run(r -> r.experiments().delete(experiment));

        assertEquals(Optional.empty(), inTransaction(r -> r.userdata().find(owner)));
    }

    /** Equal maps are not enough: clients see the keys in the stored order. */
    private void assertStoredInOrder(Userdata expected, UserdataOwner owner) {
        var found = inTransaction(r -> r.userdata().find(owner)).orElseThrow();
        assertEquals(expected, found);
        assertEquals(List.copyOf(expected.entries().keySet()), List.copyOf(found.entries().keySet()));
    }
}
