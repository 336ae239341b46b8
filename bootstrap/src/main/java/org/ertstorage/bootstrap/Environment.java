package org.ertstorage.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment as settings see it: each variable {@code X} may instead name a file in
 * {@code X_FILE} (Docker and Kubernetes secrets), and the file wins when both are set.
 */
final class Environment {

    private final Map<String, String> variables;

    Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The value of {@code name}, read from the file named by {@code name_FILE} when that is set. */
    Optional<String> get(String name) {
        var file = variables.get(name + "_FILE");
        if (file != null && !file.isEmpty()) {
            return Optional.of(read(name, Path.of(file)));
        }
        return Optional.ofNullable(variables.get(name));
    }

    /** Like {@link #get}, treating an empty value as unset. */
    Optional<String> nonEmpty(String name) {
        return get(name).filter(value -> !value.isEmpty());
    }

    private static String read(String name, Path file) {
        try {
            // Secret files usually end with a newline the secret does not contain.
            return Files.readString(file).stripTrailing();
        } catch (IOException e) {
            // A settings error: Main reports it in one line instead of a stack trace.
            throw new IllegalArgumentException("Cannot read " + name + "_FILE '" + file + "': " + e.getMessage(), e);
        }
    }
}
