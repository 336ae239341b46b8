package org.ertstorage.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The words after a batch command: {@code --name value} or {@code --name=value} options, flags, and positionals. */
final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positionals = new ArrayList<>();

    /**
     * @param valued the options that take a value
     * @param flagNames the options that take none
     * @throws UsageError for an unknown option or one without its value
     */
    Arguments(List<String> words, Set<String> valued, Set<String> flagNames) {
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            if (!word.startsWith("--")) {
                positionals.add(word);
                continue;
            }
            int equals = word.indexOf('=');
            var name = equals < 0 ? word : word.substring(0, equals);
            if (flagNames.contains(name) && equals < 0) {
                flags.add(name);
            } else if (!valued.contains(name)) {
                throw new UsageError("unknown option '" + word + "'");
            } else if (equals >= 0) {
                options.put(name, word.substring(equals + 1));
            } else if (i + 1 < words.size()) {
                options.put(name, words.get(++i));
            } else {
                throw new UsageError("option " + name + " needs a value");
            }
        }
    }

    String required(String name) {
        var value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageError("option " + name + " is required");
        }
        return value;
    }

    UUID requiredUuid(String name) {
        var text = required(name);
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageError(name + " must be a UUID, got '" + text + "'");
        }
    }

    Optional<Integer> optionalInteger(String name) {
        return Optional.ofNullable(options.get(name)).map(text -> {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new UsageError(name + " must be a whole number, got '" + text + "'");
            }
        });
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The one positional argument the command takes. */
    String single(String what) {
        if (positionals.size() != 1) {
            throw new UsageError("expected one " + what + ", got " + positionals.size() + " arguments");
        }
        return positionals.getFirst();
    }

    /** Refuses positionals where the command takes none. */
    Arguments withoutPositionals() {
        if (!positionals.isEmpty()) {
            throw new UsageError("unexpected argument '" + positionals.getFirst() + "'");
        }
        return this;
    }
}
