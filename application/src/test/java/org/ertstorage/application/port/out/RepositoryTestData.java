package org.ertstorage.application.port.out;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.prior.Prior;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.update.TransformationSpec;
import org.ertstorage.domain.update.Update;

/** Domain values for the repository contracts, with names unique per call and awkward floats. */
public final class RepositoryTestData {

    /** Doubles a store must return bit for bit (as far as {@link Double#equals} tells). */
    public static final List<Double> AWKWARD_DOUBLES = List.of(Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3);

    private RepositoryTestData() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** An experiment whose priors, in a deliberate non-alphabetical order, carry awkward floats. */
    public static Experiment experiment() {
        var priors = new LinkedHashMap<String, Prior>();
        priors.put("z", new Prior.Const(-0.0));
        priors.put("a", new Prior.Normal(Double.NaN, Double.POSITIVE_INFINITY));
        priors.put("m", new Prior.ErtDUniform(3, Double.NEGATIVE_INFINITY, Double.MIN_VALUE));
        priors.put("s", new Prior.StdNormal());
        priors.put("e", new Prior.ErtDErf(7, 1.0 / 3, Double.MAX_VALUE, -1.5, 2.0));
        return Experiment.create(uniqueName("experiment"), priors);
    }

    /** An ensemble of three realizations, two active in a non-sorted order. */
    public static Ensemble ensemble(ExperimentId experiment) {
        return Ensemble.create(experiment, 3, new DeclaredNames(List.of("b", "a", "b"), List.of("r")), List.of(2, 0),
                userdata("origin", "\"test\""));
    }

    /** An observation whose values and errors hold every awkward double. */
    public static Observation observation(ExperimentId experiment, List<RecordId> records) {
        var xAxis = IntStream.range(0, AWKWARD_DOUBLES.size()).mapToObj(i -> "2024-01-0" + (i + 1)).toList();
        var errors = AWKWARD_DOUBLES.reversed();
        return Observation.create(experiment, uniqueName("observation"), xAxis, AWKWARD_DOUBLES, errors, records);
    }

    /** An update from the reference with one transformation per observation, in the given order. */
    public static Update update(Ensemble reference, Observation... observations) {
        var specs = Arrays.stream(observations).map(o -> new TransformationSpec(o.name(),
                o.values().stream().map(v -> !v.isNaN()).toList(), AWKWARD_DOUBLES.reversed(), o.id())).toList();
        var byId = new LinkedHashMap<ObservationId, Observation>();
        Arrays.stream(observations).forEach(o -> byId.put(o.id(), o));
        return Update.create("es_mda", reference, specs, byId);
    }

    /** Userdata from alternating keys and JSON texts. */
    public static Userdata userdata(String... keysAndJson) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndJson.length; i += 2) {
            entries.put(keysAndJson[i], keysAndJson[i + 1]);
        }
        return new Userdata(entries);
    }
}
