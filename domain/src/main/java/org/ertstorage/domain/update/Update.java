package org.ertstorage.domain.update;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;

/**
 * An algorithm's step from a reference ensemble to a result ensemble, with the transformations it
 * applied to observations. The result is linked once, when the result ensemble is created.
 */
public record Update(
        UpdateId id,
        String algorithm,
        EnsembleId reference,
        Optional<EnsembleId> result,
        List<ObservationTransformation> transformations) {

    public Update {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(algorithm, "'algorithm' must not be null");
        Objects.requireNonNull(reference, "'reference' must not be null");
        Objects.requireNonNull(result, "'result' must not be null");
        transformations = List.copyOf(Objects.requireNonNull(transformations, "'transformations' must not be null"));
    }

    /**
     * A new update from {@code reference}. Each transformation is paired with the observation of
     * its id, which must exist in the reference ensemble's experiment, carry the same name, and
     * have one {@code active} flag and one {@code scale} per point.
     *
     * @param observations the observations the specs name, by id, as far as they exist
     * @throws InvalidTransformation when a transformation does not fit its observation
     */
    public static Update create(String algorithm, Ensemble reference, List<TransformationSpec> specs,
            Map<ObservationId, Observation> observations) {
        var transformations = specs.stream()
                .map(spec -> pair(spec, observations.get(spec.observationId()), reference))
                .toList();
        return new Update(UpdateId.random(), algorithm, reference.id(), Optional.empty(), transformations);
    }

    private static ObservationTransformation pair(TransformationSpec spec, Observation observation, Ensemble reference) {
        if (observation == null || !observation.experimentId().equals(reference.experimentId())) {
            throw new InvalidTransformation("Observation '" + spec.observationId()
                    + "' not found in the experiment of ensemble '" + reference.id() + "'");
        }
        if (!observation.name().equals(spec.name())) {
            throw new InvalidTransformation("Transformation name '" + spec.name()
                    + "' does not match the name '" + observation.name() + "' of observation '" + observation.id() + "'");
        }
        if (spec.active().size() != observation.size() || spec.scale().size() != observation.size()) {
            throw new InvalidTransformation("Transformation of observation '" + observation.name() + "' must have "
                    + observation.size() + " active flags and scales, got " + spec.active().size() + " and "
                    + spec.scale().size());
        }
        return new ObservationTransformation(TransformationId.random(), observation.id(), observation.name(),
                spec.active(), spec.scale());
    }

    /**
     * This update with its result ensemble linked.
     *
     * @throws UpdateAlreadyHasResult when a result is linked already
     */
    public Update withResult(EnsembleId ensemble) {
        if (result.isPresent()) {
            throw new UpdateAlreadyHasResult(id);
        }
        return new Update(id, algorithm, reference, Optional.of(ensemble), transformations);
    }
}
