package org.ertstorage.domain.ensemble;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The record names an ensemble declares as parameters (inputs) and responses (outputs). The two
 * lists are disjoint; duplicates inside one list are kept as given.
 */
public record DeclaredNames(List<String> parameterNames, List<String> responseNames) {

    public DeclaredNames {
        parameterNames = List.copyOf(Objects.requireNonNull(parameterNames, "'parameterNames' must not be null"));
        responseNames = List.copyOf(Objects.requireNonNull(responseNames, "'responseNames' must not be null"));
        var common = new HashSet<>(parameterNames);
        common.retainAll(responseNames);
        if (!common.isEmpty()) {
            throw new ParameterResponseOverlap(common);
        }
    }

    public boolean isParameter(String name) {
        return parameterNames.contains(name);
    }

    public boolean isResponse(String name) {
        return responseNames.contains(name);
    }
}
