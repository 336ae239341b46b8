package org.ertstorage.adapter.http.graphql;

import java.util.UUID;

/**
 * The reference exposed internal row keys ({@code pk}, {@code experimentPk}, ...). The domain has
 * no such keys, so they are derived from the public identity: stable per entity and equal
 * wherever two fields name the same entity (GRAPHQL.md section 3), positive 31-bit integers.
 */
final class RowKeys {

    private RowKeys() {
    }

    static int of(UUID id) {
        return (int) (id.getMostSignificantBits() >>> 33);
    }

    /** For entities identified by a name inside an ensemble (record infos, priors). */
    static int of(UUID scope, String name) {
        return of(UUID.nameUUIDFromBytes((scope + "/" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
