package org.ertstorage.application.port.in.userdata;

import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;

/** Merges a patch into the userdata of an entity (top-level keys replaced); atomic per entity. */
public interface MergeUserdataUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown owner */
    void merge(UserdataOwner owner, Userdata patch);
}
