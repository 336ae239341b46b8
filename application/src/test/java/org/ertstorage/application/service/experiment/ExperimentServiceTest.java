package org.ertstorage.application.service.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
import org.ertstorage.application.port.in.experiment.ExperimentDetails;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.ertstorage.application.service.ensemble.EnsembleService;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.prior.Prior;
import org.junit.jupiter.api.Test;

class ExperimentServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ExperimentService experiments = new ExperimentService(transactions, new InMemoryBlobStore());
    private final EnsembleService ensembles = new EnsembleService(transactions);

    private ExperimentId createWithEnsemble() {
        var id = experiments.create("exp", Map.of("a", new Prior.Const(1.0))).experiment().id();
        ensembles.create(new CreateEnsembleCommand(id, 1, new DeclaredNames(List.of(), List.of()), List.of(),
                Optional.empty(), Userdata.EMPTY));
        return id;
    }

    @Test
    void givenExperiments_list_showsThemInCreationOrderWithTheirEnsembles() {
        var first = createWithEnsemble();
        var second = experiments.create("other", Map.of()).experiment().id();
        var listed = experiments.list();
        assertEquals(List.of(first, second), listed.stream().map(d -> d.experiment().id()).toList());
        assertEquals(1, listed.get(0).ensembleIds().size());
        assertEquals(List.of(), listed.get(1).ensembleIds());
    }

    @Test
    void givenExperiment_delete_removesItAndItsEnsembles() {
        var id = createWithEnsemble();
        var ensembleId = experiments.get(id).ensembleIds().get(0);
        experiments.delete(id);
        assertThrows(NotFoundException.class, () -> experiments.get(id));
        assertThrows(NotFoundException.class, () -> ensembles.get(ensembleId));
    }

    @Test
    void givenUnknownExperiment_delete_throwsNotFound() {
        assertThrows(NotFoundException.class, () -> experiments.delete(ExperimentId.random()));
    }

    @Test
    void givenPriors_get_returnsThem() {
        ExperimentDetails details = experiments.get(createWithEnsemble());
        assertEquals(Map.of("a", new Prior.Const(1.0)), details.experiment().priors());
    }
}
