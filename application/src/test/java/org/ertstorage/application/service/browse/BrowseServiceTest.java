package org.ertstorage.application.service.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
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
import org.ertstorage.domain.update.UpdateId;
import org.junit.jupiter.api.Test;

class BrowseServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final BrowseService browse = new BrowseService(transactions);
    private final ExperimentService experiments = new ExperimentService(transactions, new InMemoryBlobStore());
    private final EnsembleService ensembles = new EnsembleService(transactions);
    private final UpdateService updates = new UpdateService(transactions);

    private EnsembleId ensemble(ExperimentId experiment, Optional<UpdateId> update) {
        return ensembles.create(new CreateEnsembleCommand(experiment, 1, new DeclaredNames(List.of(), List.of()), List.of(),
                update, Userdata.EMPTY)).ensemble().id();
    }

    @Test
    void givenKnownAndUnknownIds_experimentsAndEnsembles_answerOnlyTheKnownWithTheirEnsembles() {
        var experiment = experiments.create("e", Map.of()).experiment().id();
        var ensemble = ensemble(experiment, Optional.empty());

        var found = browse.experiments(List.of(experiment, ExperimentId.random()));
        assertEquals(List.of(experiment), List.copyOf(found.keySet()));
        assertEquals(List.of(ensemble), found.get(experiment).ensembleIds());
        assertEquals(List.of(ensemble), List.copyOf(browse.ensembles(List.of(ensemble, EnsembleId.random())).keySet()));
    }

    @Test
    void givenUpdatesWithAndWithoutResult_updates_answerParentAndEveryChild() {
        var experiment = experiments.create("e", Map.of()).experiment().id();
        var reference = ensemble(experiment, Optional.empty());
        var linked = updates.create(new CreateUpdateCommand("es", Optional.of(reference), List.of())).update().id();
        var open = updates.create(new CreateUpdateCommand("es", Optional.of(reference), List.of())).update().id();
        var result = ensemble(experiment, Optional.of(linked));

        var found = browse.updates(List.of(reference, result));

        assertEquals(List.of(linked, open), found.get(reference).children().stream().map(u -> u.id()).toList());
        assertEquals(Optional.empty(), found.get(reference).parent());
        assertEquals(Optional.of(linked), found.get(result).parent().map(u -> u.id()));
        assertEquals(List.of(), found.get(result).children());
    }

    @Test
    void givenEnsembleWithoutRecords_records_mapsItToAnEmptyList() {
        var ensemble = ensemble(experiments.create("e", Map.of()).experiment().id(), Optional.empty());
        assertEquals(Map.of(ensemble, List.of()), browse.records(List.of(ensemble)));
    }
}
