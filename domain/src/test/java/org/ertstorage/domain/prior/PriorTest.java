package org.ertstorage.domain.prior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriorTest {

    @Test
    void givenEveryFunction_ofItsArguments_roundTripsInOrder() {
        for (PriorFunction function : PriorFunction.values()) {
            var arguments = new HashMap<String, Double>();
            double next = 1;
            for (String name : function.argumentNames()) {
                arguments.put(name, next++);
            }
            var prior = Prior.of(function, arguments);
            assertEquals(function, prior.function());
            assertEquals(List.copyOf(prior.arguments().keySet()), function.argumentNames());
            assertEquals(Prior.of(function, prior.arguments()), prior);
        }
    }

    @Test
    void givenDiscreteUniform_of_keepsBinsAsInteger() {
        var prior = Prior.of(PriorFunction.ERT_DUNIFORM, Map.of("bins", 5.0, "min", 0.0, "max", 1.0));
        assertEquals(new Prior.ErtDUniform(5, 0.0, 1.0), prior);
    }

    @Test
    void givenFractionalBins_of_throwsInvalidPrior() {
        var e = assertThrows(InvalidPrior.class,
                () -> Prior.of(PriorFunction.ERT_DERF, Map.of("bins", 2.7, "min", 0.0, "max", 1.0, "skewness", 0.0, "width", 1.0)));
        assertTrue(e.getMessage().contains("'bins' must be an integer"), e.getMessage());
    }

    @Test
    void givenMissingArgument_of_throwsInvalidPriorNamingIt() {
        var e = assertThrows(InvalidPrior.class, () -> Prior.of(PriorFunction.UNIFORM, Map.of("min", 0.0)));
        assertEquals("prior function 'uniform' needs argument 'max'", e.getMessage());
    }

    @Test
    void givenExtraArguments_of_ignoresThem() {
        assertInstanceOf(Prior.Uniform.class, Prior.of(PriorFunction.UNIFORM, Map.of("min", 0.0, "max", 1.0, "zzz", 3.0)));
    }

    @Test
    void givenUnambiguousArgumentSet_inferFrom_findsTheFunction() {
        assertEquals(Optional.of(PriorFunction.CONST), PriorFunction.inferFrom(Set.of("value")));
        assertEquals(Optional.of(PriorFunction.TRIG), PriorFunction.inferFrom(Set.of("min", "max", "mode")));
    }

    @Test
    void givenAmbiguousArgumentSet_inferFrom_findsNothing() {
        // uniform and loguniform share {min, max}; the reference silently picked stdnormal here.
        assertEquals(Optional.empty(), PriorFunction.inferFrom(Set.of("min", "max")));
        assertEquals(Optional.empty(), PriorFunction.inferFrom(Set.of("mean", "std")));
    }

    @Test
    void givenWireName_fromWireName_findsFunction() {
        assertEquals(Optional.of(PriorFunction.ERT_TRUNCNORMAL), PriorFunction.fromWireName("ert_truncnormal"));
        assertEquals(Optional.empty(), PriorFunction.fromWireName("gamma"));
    }
}
