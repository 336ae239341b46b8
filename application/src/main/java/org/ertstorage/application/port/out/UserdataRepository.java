package org.ertstorage.application.port.out;

import java.util.Optional;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;

/** Reads and writes the userdata of any entity that has it. */
public interface UserdataRepository {

    Optional<Userdata> find(UserdataOwner owner);

    /** @return false when the owner does not exist */
    boolean replace(UserdataOwner owner, Userdata userdata);

    /**
     * Merges the patch's top-level keys into the stored object inside the store, so that
     * concurrent merges on one entity lose no key.
     *
     * @return false when the owner does not exist
     */
    boolean merge(UserdataOwner owner, Userdata patch);
}
