package org.ertstorage.application.service.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
import org.ertstorage.application.port.in.update.CreateUpdateCommand;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.ertstorage.application.service.ensemble.EnsembleService;
import org.ertstorage.application.service.experiment.ExperimentService;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.update.UpdateId;
import org.junit.jupiter.api.Test;

class UpdateServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final UpdateService updates = new UpdateService(transactions);

    @Test
    void givenNoReference_create_throwsNotFound() {
        assertThrows(NotFoundException.class, () -> updates.create(new CreateUpdateCommand("es", Optional.empty(), List.of())));
    }

    @Test
    void givenUnknownReference_create_throwsNotFound() {
        assertThrows(NotFoundException.class,
                () -> updates.create(new CreateUpdateCommand("es", Optional.of(EnsembleId.random()), List.of())));
    }

    @Test
    void givenReference_createAndGet_reportTheReferencesExperiment() {
        var experiment = new ExperimentService(transactions, new InMemoryBlobStore()).create("e", Map.of()).experiment().id();
        var reference = new EnsembleService(transactions).create(new CreateEnsembleCommand(experiment, 1,
                new DeclaredNames(List.of(), List.of()), List.of(), Optional.empty(), Userdata.EMPTY)).ensemble().id();
        var created = updates.create(new CreateUpdateCommand("es", Optional.of(reference), List.of()));
        assertEquals(experiment, created.experimentId());
        assertEquals(created, updates.get(created.update().id()));
    }

    @Test
    void givenUnknownId_get_throwsNotFound() {
        assertThrows(NotFoundException.class, () -> updates.get(UpdateId.random()));
    }
}
