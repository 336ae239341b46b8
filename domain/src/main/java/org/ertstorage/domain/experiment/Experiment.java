package org.ertstorage.domain.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.prior.Prior;

/**
 * One ERT configuration: a name, the priors its parameters were sampled from, and userdata.
 * Name and priors never change after creation; the name is not unique.
 */
public record Experiment(ExperimentId id, String name, Map<String, Prior> priors, Userdata userdata) {

    public Experiment {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(priors, "'priors' must not be null");
        Objects.requireNonNull(userdata, "'userdata' must not be null");
        priors = Collections.unmodifiableMap(new LinkedHashMap<>(priors));
    }

    /** A new experiment; a missing name becomes the empty string, as names carry no meaning. */
    public static Experiment create(String name, Map<String, Prior> priors) {
        return new Experiment(ExperimentId.random(), name == null ? "" : name, priors, Userdata.EMPTY);
    }
}
