package org.ertstorage.application.service.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.ertstorage.application.service.experiment.ExperimentService;
import org.ertstorage.application.service.update.UpdateService;
import org.ertstorage.application.port.in.update.CreateUpdateCommand;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.ActiveRealizationOutOfRange;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.EnsembleComplete;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.update.UpdateAlreadyHasResult;
import org.ertstorage.domain.update.UpdateId;
import org.junit.jupiter.api.Test;

class EnsembleServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ExperimentService experiments = new ExperimentService(transactions, new InMemoryBlobStore());
    private final EnsembleService ensembles = new EnsembleService(transactions);
    private final UpdateService updates = new UpdateService(transactions);
    private final ExperimentId experiment = experiments.create("exp", Map.of()).experiment().id();

    private CreateEnsembleCommand command(ExperimentId experimentId, List<Integer> active, Optional<UpdateId> update) {
        return new CreateEnsembleCommand(experimentId, 4, new DeclaredNames(List.of("p"), List.of("r")), active,
                update, Userdata.EMPTY);
    }

    private EnsembleId createEnsemble(Optional<UpdateId> update) {
        return ensembles.create(command(experiment, List.of(), update)).ensemble().id();
    }

    private UpdateId createUpdate(EnsembleId reference) {
        return updates.create(new CreateUpdateCommand("es", Optional.of(reference), List.of())).update().id();
    }

    @Test
    void givenUnknownExperiment_create_throwsNotFound() {
        assertThrows(NotFoundException.class, () -> ensembles.create(command(ExperimentId.random(), List.of(), Optional.empty())));
    }

    @Test
    void givenBadActiveRealizations_create_throwsAndStoresNothing() {
        assertThrows(ActiveRealizationOutOfRange.class,
                () -> ensembles.create(command(experiment, List.of(7), Optional.empty())));
        assertEquals(List.of(), ensembles.ofExperiment(experiment));
    }

    @Test
    void givenUpdate_create_linksParentAndChild() {
        var prior = createEnsemble(Optional.empty());
        var update = createUpdate(prior);
        var posterior = ensembles.create(command(experiment, List.of(), Optional.of(update)));
        assertEquals(Optional.of(prior), posterior.lineage().parent());
        assertEquals(List.of(posterior.ensemble().id()), ensembles.get(prior).lineage().children());
        assertEquals(Optional.of(prior), ensembles.get(posterior.ensemble().id()).lineage().parent());
    }

    @Test
    void givenUpdateWithoutResult_get_leavesItOutOfChildren() {
        var prior = createEnsemble(Optional.empty());
        createUpdate(prior);
        assertEquals(List.of(), ensembles.get(prior).lineage().children());
    }

    @Test
    void givenUsedUpdate_create_throwsConflictAndStoresNothing() {
        var prior = createEnsemble(Optional.empty());
        var update = createUpdate(prior);
        createEnsemble(Optional.of(update));
        assertThrows(UpdateAlreadyHasResult.class, () -> createEnsemble(Optional.of(update)));
        assertEquals(2, ensembles.ofExperiment(experiment).size());
    }

    @Test
    void givenUnknownUpdate_create_throwsNotFoundAndStoresNothing() {
        assertThrows(NotFoundException.class, () -> createEnsemble(Optional.of(UpdateId.random())));
        assertEquals(List.of(), ensembles.ofExperiment(experiment));
    }

    @Test
    void givenEnsemble_complete_marksItCompleteIdempotently() {
        var id = createEnsemble(Optional.empty());
        assertTrue(ensembles.complete(id).ensemble().isComplete());
        assertTrue(ensembles.complete(id).ensemble().isComplete());
        assertThrows(EnsembleComplete.class, () -> ensembles.get(id).ensemble().requireOpen());
    }

    @Test
    void givenUnknownExperiment_ofExperiment_throwsNotFound() {
        assertThrows(NotFoundException.class, () -> ensembles.ofExperiment(ExperimentId.random()));
    }
}
