package org.ertstorage.domain.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.prior.Prior;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    @Test
    void givenNoName_create_usesEmptyName() {
        assertEquals("", Experiment.create(null, java.util.Map.of()).name());
    }

    @Test
    void givenPriors_create_keepsTheirOrderAndStartsWithEmptyUserdata() {
        var priors = new LinkedHashMap<String, Prior>();
        priors.put("b", new Prior.StdNormal());
        priors.put("a", new Prior.Const(1.0));
        var experiment = Experiment.create("poly", priors);
        assertEquals(List.of("b", "a"), List.copyOf(experiment.priors().keySet()));
        assertEquals(Userdata.EMPTY, experiment.userdata());
    }
}
