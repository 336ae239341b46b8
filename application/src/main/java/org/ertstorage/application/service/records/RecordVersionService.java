package org.ertstorage.application.service.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.record.RecordVersionUseCase;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordType;

/** Versions of record names: a digest of the ids of the name's records. */
public final class RecordVersionService implements RecordVersionUseCase {

    private final Transactions transactions;

    public RecordVersionService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public Optional<String> version(EnsembleId ensembleId, String name) {
        return transactions.inTransaction(repositories -> {
            var records = repositories.records();
            var info = records.info(ensembleId, name);
            if (info.isEmpty() || info.get().type() != RecordType.F64_MATRIX) {
                return Optional.empty();
            }
            var ids = records.ids(ensembleId, name).stream().map(RecordId::value).map(Object::toString).sorted().toList();
            return ids.isEmpty() ? Optional.empty() : Optional.of(digest(String.join(",", ids)));
        });
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
