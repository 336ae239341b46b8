package org.ertstorage.adapter.persistence;

import static org.ertstorage.application.port.out.RepositoryTestData.userdata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.ertstorage.application.port.in.UnstorableValueException;
import org.ertstorage.application.port.out.UserdataRepositoryContract;
import org.ertstorage.domain.UserdataOwner;
import org.junit.jupiter.api.Test;

/** The userdata contract against PostgreSQL, whose merge runs inside the UPDATE. */
class PostgresUserdataRepositoryContractIT extends UserdataRepositoryContract {

    PostgresUserdataRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }

    /** PostgreSQL's JSON functions cannot take {@code \u0000} apart: the merge is refused, never half done. */
    @Test
    void givenNulEscapeInThePatch_merge_isRefusedAndChangesNothing() {
        var owner = new UserdataOwner(UserdataOwner.Kind.EXPERIMENT, storedExperiment().id().value());
        run(r -> r.userdata().replace(owner, userdata("before", "1")));

        assertThrows(UnstorableValueException.class,
                () -> run(r -> r.userdata().merge(owner, userdata("after", "\"a\\u0000b\""))));

        assertEquals(Optional.of(userdata("before", "1")), inTransaction(r -> r.userdata().find(owner)));
    }
}
