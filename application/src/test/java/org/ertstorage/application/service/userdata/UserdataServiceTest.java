package org.ertstorage.application.service.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.ertstorage.application.service.experiment.ExperimentService;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;
import org.junit.jupiter.api.Test;

class UserdataServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final UserdataService userdata = new UserdataService(transactions);
    private final UserdataOwner experiment = new UserdataOwner(UserdataOwner.Kind.EXPERIMENT,
            new ExperimentService(transactions, new InMemoryBlobStore()).create("e", Map.of()).experiment().id().value());

    private static Userdata of(String key, String json) {
        var entries = new LinkedHashMap<String, String>();
        entries.put(key, json);
        return new Userdata(entries);
    }

    @Test
    void givenNewExperiment_get_isEmpty() {
        assertEquals(Userdata.EMPTY, userdata.get(experiment));
    }

    @Test
    void givenStored_replaceThenMerge_combinesTopLevelKeys() {
        userdata.replace(experiment, of("a", "1"));
        userdata.merge(experiment, of("b", "[2]"));
        assertEquals("{\"a\":1,\"b\":[2]}", userdata.get(experiment).toJson());
    }

    @Test
    void givenUnknownOwner_everyOperation_throwsNotFound() {
        var unknown = new UserdataOwner(UserdataOwner.Kind.ENSEMBLE, UUID.randomUUID());
        assertThrows(NotFoundException.class, () -> userdata.get(unknown));
        assertThrows(NotFoundException.class, () -> userdata.replace(unknown, Userdata.EMPTY));
        assertThrows(NotFoundException.class, () -> userdata.merge(unknown, Userdata.EMPTY));
    }
}
