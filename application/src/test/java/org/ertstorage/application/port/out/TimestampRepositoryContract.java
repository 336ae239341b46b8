package org.ertstorage.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.domain.Timestamps;
import org.junit.jupiter.api.Test;

/** What every {@link TimestampRepository} must do, whatever stores it. */
public abstract class TimestampRepositoryContract extends RepositoryContract {

    protected TimestampRepositoryContract(ContractStore store) {
        super(store);
    }

    @Test
    void givenStoredEntities_of_answersTheirTimesAndLeavesOutUnknownIds() {
        var experiment = storedExperiment();
        var ensemble = storedEnsemble(experiment.id());
        var record = storedRecord(ensemble);
        var unknown = UUID.randomUUID();

        for (var kindAndId : Map.of(Timestamps.Of.EXPERIMENT, experiment.id().value(),
                Timestamps.Of.ENSEMBLE, ensemble.id().value(), Timestamps.Of.RECORD, record.value()).entrySet()) {
            var times = inTransaction(r -> r.timestamps().of(kindAndId.getKey(), List.of(kindAndId.getValue(), unknown)));
            assertEquals(List.of(kindAndId.getValue()), List.copyOf(times.keySet()), kindAndId.getKey().name());
            var stamp = times.get(kindAndId.getValue());
            assertFalse(stamp.updated().isBefore(stamp.created()), stamp::toString);
        }
        assertEquals(Map.of(), inTransaction(r -> r.timestamps().of(Timestamps.Of.RECORD, List.of())));
    }
}
