package org.ertstorage.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.Lineage;
import org.ertstorage.domain.update.UpdateId;
import org.junit.jupiter.api.Test;

/** What every {@link UpdateRepository} must do, whatever stores it. */
public abstract class UpdateRepositoryContract extends RepositoryContract {

    protected UpdateRepositoryContract(ContractStore store) {
        super(store);
    }

    @Test
    void givenAddedUpdate_find_returnsTransformationsInOrderWithExactScales() {
        var experiment = storedExperiment().id();
        var reference = storedEnsemble(experiment);
        var first = storedObservation(experiment, List.of());
        var second = storedObservation(experiment, List.of());
        var update = RepositoryTestData.update(reference, second, first);
        run(r -> r.updates().add(update));

        var found = inTransaction(r -> r.updates().find(update.id())).orElseThrow();

        assertEquals(update, found);
        assertEquals(List.of(second.id(), first.id()), found.transformations().stream().map(t -> t.observationId()).toList());
        assertEquals(RepositoryTestData.AWKWARD_DOUBLES.reversed(), found.transformations().get(0).scale());
    }

    @Test
    void givenUnknownId_find_isEmpty() {
        assertEquals(Optional.empty(), inTransaction(r -> r.updates().find(UpdateId.random())));
    }

    @Test
    void givenLinkedResult_findByResult_returnsTheUpdateWithItsResult() {
        var experiment = storedExperiment().id();
        var update = RepositoryTestData.update(storedEnsemble(experiment));
        var result = storedEnsemble(experiment);
        run(r -> r.updates().add(update));

        assertEquals(true, inTransaction(r -> r.updates().linkResult(update.id(), result.id())));

        assertEquals(Optional.of(update.withResult(result.id())), inTransaction(r -> r.updates().findByResult(result.id())));
        assertEquals(Optional.of(update.withResult(result.id())), inTransaction(r -> r.updates().find(update.id())));
    }

    @Test
    void givenEnsembleWithoutParent_findByResult_isEmpty() {
        var ensemble = storedEnsemble(storedExperiment().id());

        assertEquals(Optional.empty(), inTransaction(r -> r.updates().findByResult(ensemble.id())));
    }

    @Test
    void givenUpdateWithResult_linkResult_returnsFalseAndKeepsTheFirst() {
        var experiment = storedExperiment().id();
        var update = RepositoryTestData.update(storedEnsemble(experiment));
        var first = storedEnsemble(experiment);
        var second = storedEnsemble(experiment);
        run(r -> r.updates().add(update));
        run(r -> r.updates().linkResult(update.id(), first.id()));

        assertEquals(false, inTransaction(r -> r.updates().linkResult(update.id(), second.id())));

        assertEquals(Optional.of(first.id()), inTransaction(r -> r.updates().find(update.id())).orElseThrow().result());
    }

    @Test
    void givenUnknownUpdate_linkResult_returnsFalse() {
        var ensemble = storedEnsemble(storedExperiment().id());

        assertEquals(false, inTransaction(r -> r.updates().linkResult(UpdateId.random(), ensemble.id())));
    }

    @Test
    void givenTwoRacingLinks_linkResult_letsExactlyOneWin() throws Exception {
        var experiment = storedExperiment().id();
        var update = RepositoryTestData.update(storedEnsemble(experiment));
        var candidates = List.of(storedEnsemble(experiment).id(), storedEnsemble(experiment).id());
        run(r -> r.updates().add(update));
        var start = new CountDownLatch(1);

        List<Boolean> outcomes;
        try (var threads = Executors.newFixedThreadPool(candidates.size())) {
            var links = candidates.stream().map(candidate -> CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return inTransaction(r -> r.updates().linkResult(update.id(), candidate));
            }, threads)).toList();
            start.countDown();
            outcomes = links.stream().map(CompletableFuture::join).toList();
        }

        assertEquals(1, outcomes.stream().filter(won -> won).count());
        var winner = candidates.get(outcomes.indexOf(true));
        assertEquals(Optional.of(winner), inTransaction(r -> r.updates().find(update.id())).orElseThrow().result());
    }

    @Test
    void givenUpdateGraph_lineages_giveParentsAndChildrenInCreationOrder() {
        var experiment = storedExperiment().id();
        var root = storedEnsemble(experiment);
        var firstChild = storedEnsemble(experiment);
        var secondChild = storedEnsemble(experiment);
        var loner = storedEnsemble(experiment);
        var unknown = EnsembleId.random();
        var toSecond = RepositoryTestData.update(root);
        var toFirst = RepositoryTestData.update(root);
        var pending = RepositoryTestData.update(root);
        run(r -> {
            // Updates are added in the opposite order of their results, so children follow the results.
            r.updates().add(toSecond.withResult(secondChild.id()));
            r.updates().add(toFirst.withResult(firstChild.id()));
            r.updates().add(pending);
        });

        var lineages = inTransaction(r -> r.updates().lineages(List.of(root.id(), firstChild.id(), loner.id(), unknown)));

        assertEquals(Map.of(
                root.id(), new Lineage(Optional.empty(), List.of(firstChild.id(), secondChild.id())),
                firstChild.id(), new Lineage(Optional.of(root.id()), List.of()),
                loner.id(), Lineage.NONE,
                unknown, Lineage.NONE), lineages);
    }

    @Test
    void givenNoEnsembles_lineages_isEmpty() {
        assertEquals(Map.of(), inTransaction(r -> r.updates().lineages(List.of())));
    }

    @Test
    void givenFailingWork_addAndLink_storeNothing() {
        var experiment = storedExperiment().id();
        var update = RepositoryTestData.update(storedEnsemble(experiment));
        var linked = RepositoryTestData.update(storedEnsemble(experiment));
        var result = storedEnsemble(experiment);
        run(r -> r.updates().add(linked));

        runAndFail(r -> {
            r.updates().add(update);
            r.updates().linkResult(linked.id(), result.id());
        });

        assertEquals(Optional.empty(), inTransaction(r -> r.updates().find(update.id())));
        assertEquals(Optional.of(linked), inTransaction(r -> r.updates().find(linked.id())));
    }

    @Test
    void givenDeletedExperiment_find_isEmptyForUpdatesOfItsEnsembles() {
        var experiment = storedExperiment().id();
        var observation = storedObservation(experiment, List.of());
        var update = RepositoryTestData.update(storedEnsemble(experiment), observation);
        run(r -> r.updates().add(update));

        run(r -> r.experiments().delete(experiment));

        assertEquals(Optional.empty(), inTransaction(r -> r.updates().find(update.id())));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenUpdatesAroundAnEnsemble_touching_listsThoseWithItAsReferenceOrResult() {
        var experiment = storedExperiment().id();
        var reference = storedEnsemble(experiment);
        var ensemble = storedEnsemble(experiment);
        var observation = storedObservation(experiment, List.of());
        var parent = RepositoryTestData.update(reference, observation);
        var child = RepositoryTestData.update(ensemble);
        var unrelated = RepositoryTestData.update(reference);
        run(r -> {
            r.updates().add(parent);
            r.updates().linkResult(parent.id(), ensemble.id());
            r.updates().add(child);
            r.updates().add(unrelated);
        });

        assertEquals(List.of(parent.withResult(ensemble.id()), child),
                inTransaction(r -> r.updates().touching(List.of(ensemble.id()))));
        assertEquals(List.of(), inTransaction(r -> r.updates().touching(List.of())));
    }
}
