package org.ertstorage.application.port.in.userdata;

import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;

/** Reads the userdata of an entity. */
public interface GetUserdataUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown owner */
    Userdata get(UserdataOwner owner);
}
