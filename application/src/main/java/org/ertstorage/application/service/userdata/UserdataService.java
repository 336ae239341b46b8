package org.ertstorage.application.service.userdata;

import java.util.Objects;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.userdata.GetUserdataUseCase;
import org.ertstorage.application.port.in.userdata.MergeUserdataUseCase;
import org.ertstorage.application.port.in.userdata.ReplaceUserdataUseCase;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;

/**
 * The userdata use cases. Userdata stays editable on complete ensembles and their records:
 * clients keep display names and notes there.
 */
public final class UserdataService implements GetUserdataUseCase, ReplaceUserdataUseCase, MergeUserdataUseCase {

    private final Transactions transactions;

    public UserdataService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public Userdata get(UserdataOwner owner) {
        return transactions.inTransaction(repositories -> repositories.userdata().find(owner)
                .orElseThrow(() -> notFound(owner)));
    }

    @Override
    public void replace(UserdataOwner owner, Userdata userdata) {
        transactions.run(repositories -> {
            if (!repositories.userdata().replace(owner, userdata)) {
                throw notFound(owner);
            }
        });
    }

    @Override
    public void merge(UserdataOwner owner, Userdata patch) {
        transactions.run(repositories -> {
            if (!repositories.userdata().merge(owner, patch)) {
                throw notFound(owner);
            }
        });
    }

    private static NotFoundException notFound(UserdataOwner owner) {
        return NotFoundException.item(owner.kind().name().toLowerCase(java.util.Locale.ROOT), owner.id());
    }
}
