package org.ertstorage.application.port.in.update;

import org.ertstorage.domain.update.UpdateId;

/** Reads one update. */
public interface GetUpdateUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown id */
    UpdateDetails get(UpdateId id);
}
