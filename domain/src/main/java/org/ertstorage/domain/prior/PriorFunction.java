package org.ertstorage.domain.prior;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The eleven distribution functions of ERT, with their wire names and arguments in order. */
public enum PriorFunction {
    CONST("const", "value"),
    TRIG("trig", "min", "max", "mode"),
    NORMAL("normal", "mean", "std"),
    LOGNORMAL("lognormal", "mean", "std"),
    ERT_TRUNCNORMAL("ert_truncnormal", "mean", "std", "min", "max"),
    STDNORMAL("stdnormal"),
    UNIFORM("uniform", "min", "max"),
    ERT_DUNIFORM("ert_duniform", "bins", "min", "max"),
    LOGUNIFORM("loguniform", "min", "max"),
    ERT_ERF("ert_erf", "min", "max", "skewness", "width"),
    ERT_DERF("ert_derf", "bins", "min", "max", "skewness", "width");

    /** The one argument that is an integer; every other argument is a float. */
    public static final String BINS = "bins";

    private final String wireName;
    private final List<String> argumentNames;

    PriorFunction(String wireName, String... argumentNames) {
        this.wireName = wireName;
        this.argumentNames = List.of(argumentNames);
    }

    /** The name ERT uses, e.g. {@code ert_truncnormal}. */
    public String wireName() {
        return wireName;
    }

    /** The argument names in the order ERT writes them. */
    public List<String> argumentNames() {
        return argumentNames;
    }

    public static Optional<PriorFunction> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    /**
     * The function a prior without {@code function} must mean: the only one whose argument set
     * is exactly the given keys. Ambiguous sets (e.g. {@code min, max}) mean nothing.
     */
    public static Optional<PriorFunction> inferFrom(Set<String> argumentNames) {
        var matches = Arrays.stream(values())
                .filter(f -> Set.copyOf(f.argumentNames).equals(argumentNames))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
