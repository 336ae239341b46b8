package org.ertstorage.application.port.out;

import static org.ertstorage.application.port.out.RepositoryTestData.userdata;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;
import org.ertstorage.domain.record.RecordId;
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
}
