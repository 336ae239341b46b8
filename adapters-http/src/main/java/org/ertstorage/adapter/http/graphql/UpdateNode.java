package org.ertstorage.adapter.http.graphql;

import java.util.UUID;
import org.ertstorage.domain.update.Update;

/** An {@code Update}: an algorithm's step from a reference ensemble to a result. */
public record UpdateNode(UUID id, String pk, String algorithm, Integer ensembleReferencePk, Integer ensembleResultPk,
        Update update) {

    static UpdateNode from(Update update) {
        UUID id = update.id().value();
        return new UpdateNode(id, Integer.toString(RowKeys.of(id)), update.algorithm(),
                RowKeys.of(update.reference().value()), update.result().map(result -> RowKeys.of(result.value())).orElse(null),
                update);
    }
}
