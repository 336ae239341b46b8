package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.application.port.in.experiment.ExperimentDetails;
import org.ertstorage.domain.ensemble.EnsembleId;

/** An experiment as the API shows it. */
public record ExperimentOut(
        String name,
        UUID id,
        List<UUID> ensembleIds,
        Map<String, Map<String, Object>> priors,
        @JsonRawValue String userdata) {

    public static ExperimentOut from(ExperimentDetails details) {
        var experiment = details.experiment();
        var priors = new LinkedHashMap<String, Map<String, Object>>();
        experiment.priors().forEach((name, prior) -> priors.put(name, PriorOut.from(prior)));
        return new ExperimentOut(experiment.name(), experiment.id().value(),
                details.ensembleIds().stream().map(EnsembleId::value).toList(), priors,
                experiment.userdata().toJson());
    }
}
