package org.ertstorage.application.port.in.record;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ertstorage.domain.record.MatrixHead;

/**
 * A numeric record's content whose head is known and whose values are read while they are
 * stored, so that a body larger than the heap passes through.
 *
 * @param values the head's values as little-endian float64 in C order, exactly as many as the
 *     shape holds, read once; reading fails with an {@code IOException} when the body does not
 *     hold them (it ends early, runs on, or cannot be read)
 * @param fault why reading {@code values} failed because of the body, once it has
 */
public record StreamedMatrix(MatrixHead head, InputStream values, Supplier<Optional<String>> fault) {

    public StreamedMatrix {
        Objects.requireNonNull(head, "'head' must not be null");
        Objects.requireNonNull(values, "'values' must not be null");
        Objects.requireNonNull(fault, "'fault' must not be null");
    }
}
