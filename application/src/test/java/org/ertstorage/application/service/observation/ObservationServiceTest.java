package org.ertstorage.application.service.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
import org.ertstorage.application.port.in.observation.CreateObservationCommand;
import org.ertstorage.application.port.in.update.CreateUpdateCommand;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.ertstorage.application.service.ensemble.EnsembleService;
import org.ertstorage.application.service.experiment.ExperimentService;
import org.ertstorage.application.service.update.UpdateService;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.ObservationNameTaken;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.update.TransformationSpec;
import org.ertstorage.domain.update.UpdateId;
import org.junit.jupiter.api.Test;

class ObservationServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ExperimentService experiments = new ExperimentService(transactions, new InMemoryBlobStore());
    private final EnsembleService ensembles = new EnsembleService(transactions);
    private final UpdateService updates = new UpdateService(transactions);
    private final ObservationService observations = new ObservationService(transactions);
    private final ExperimentId experiment = experiments.create("exp", Map.of()).experiment().id();

    private CreateObservationCommand command(String name, List<RecordId> records) {
        return new CreateObservationCommand(experiment, name, List.of("0", "1"), List.of(1.0, 2.0), List.of(0.1, 0.2), records);
    }

    private EnsembleId ensemble(Optional<UpdateId> update) {
        return ensembles.create(new CreateEnsembleCommand(experiment, 2, new DeclaredNames(List.of(), List.of()),
                List.of(), update, Userdata.EMPTY)).ensemble().id();
    }

    @Test
    void givenTakenName_create_throwsConflict() {
        observations.create(command("OBS", List.of()));
        assertThrows(ObservationNameTaken.class, () -> observations.create(command("OBS", List.of())));
        assertEquals(1, observations.ofExperiment(experiment).size());
    }

    @Test
    void givenUnknownRecord_create_throwsNotFound() {
        assertThrows(NotFoundException.class, () -> observations.create(command("OBS", List.of(RecordId.random()))));
    }

    @Test
    void givenKnownRecord_create_linksIt() {
        var record = RecordId.random();
        transactions.addRecord(ensemble(Optional.empty()), record);
        assertEquals(List.of(record), observations.create(command("OBS", List.of(record))).records());
    }

    @Test
    void givenEnsembleFromUpdate_ofEnsemble_attachesTheUpdatesTransformations() {
        var transformed = observations.create(command("A", List.of()));
        var plain = observations.create(command("B", List.of()));
        var prior = ensemble(Optional.empty());
        var update = updates.create(new CreateUpdateCommand("es", Optional.of(prior), List.of(
                new TransformationSpec("A", List.of(true, false), List.of(1.0, 2.0), transformed.id())))).update();
        var posterior = ensemble(Optional.of(update.id()));

        var seen = observations.ofEnsemble(posterior);
        assertEquals(List.of(transformed.id(), plain.id()), seen.stream().map(d -> d.observation().id()).toList());
        assertEquals(List.of(1.0, 2.0), seen.get(0).transformation().orElseThrow().scale());
        assertEquals(Optional.empty(), seen.get(1).transformation());
        assertEquals(Optional.empty(), observations.ofEnsemble(prior).get(0).transformation());
    }

    @Test
    void givenUnknownIds_lookups_throwNotFound() {
        assertThrows(NotFoundException.class, () -> observations.ofEnsemble(EnsembleId.random()));
        assertThrows(NotFoundException.class, () -> observations.ofExperiment(ExperimentId.random()));
        assertThrows(NotFoundException.class,
                () -> observations.get(org.ertstorage.domain.observation.ObservationId.random()));
    }
}
