package org.ertstorage.batch.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment as settings see it: each variable {@code X} may instead name a file in
 * {@code X_FILE} (Docker and Kubernetes secrets), and the file wins when both are set.
 */
public final class Environment {

    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The value of {@code name}, read from the file named by {@code name_FILE} when that is set. */
    public Optional<String> get(String name) {
        var file = variables.get(name + "_FILE");
        if (file != null && !file.isEmpty()) {
            return Optional.of(read(name, Path.of(file)));
        }
        return Optional.ofNullable(variables.get(name));
    }

    /** Like {@link #get}, treating an empty value as unset. */
    public Optional<String> nonEmpty(String name) {
        return get(name).filter(value -> !value.isEmpty());
    }

    /** A yes/no setting: true, 1, yes, on or false, 0, no, off, in any case. */
    public Optional<Boolean> flag(String name) {
        return nonEmpty(name).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
        });
    }

    /** A whole number from 0 to {@code max}. */
    public Optional<Long> number(String name, long max) {
        return nonEmpty(name).map(value -> {
            try {
                long number = Long.parseLong(value.strip());
                if (number < 0 || number > max) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number up to " + max + ", got '" + value + "'", e);
            }
        });
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
