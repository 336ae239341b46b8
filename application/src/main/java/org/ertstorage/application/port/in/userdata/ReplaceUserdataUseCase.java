package org.ertstorage.application.port.in.userdata;

import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;

/** Replaces the userdata of an entity; allowed on complete ensembles too. */
public interface ReplaceUserdataUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown owner */
    void replace(UserdataOwner owner, Userdata userdata);
}
