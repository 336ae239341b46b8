package org.ertstorage.domain.prior;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A distribution ERT used to sample a parameter. One record per function; arguments are
 * floats except the integer bin count of the discrete functions.
 */
public sealed interface Prior {

    PriorFunction function();

    /** The argument values in the order of {@link PriorFunction#argumentNames()}. */
    List<Double> argumentValues();

    /** Arguments by name, in order; {@code bins} is an integral value. */
    default Map<String, Double> arguments() {
        var names = function().argumentNames();
        var values = argumentValues();
        var arguments = new LinkedHashMap<String, Double>();
        for (int i = 0; i < names.size(); i++) {
            arguments.put(names.get(i), values.get(i));
        }
        return arguments;
    }

    /**
     * The prior of {@code function} with the named arguments; extra names are ignored.
     *
     * @throws InvalidPrior when an argument is missing or {@code bins} is not integral
     */
    static Prior of(PriorFunction function, Map<String, Double> arguments) {
        var values = new ArrayList<Double>();
        for (String name : function.argumentNames()) {
            Double value = arguments.get(name);
            if (value == null) {
                throw new InvalidPrior("prior function '" + function.wireName() + "' needs argument '" + name + "'");
            }
            values.add(value);
        }
        return switch (function) {
            case CONST -> new Const(values.get(0));
            case TRIG -> new Trig(values.get(0), values.get(1), values.get(2));
            case NORMAL -> new Normal(values.get(0), values.get(1));
            case LOGNORMAL -> new LogNormal(values.get(0), values.get(1));
            case ERT_TRUNCNORMAL -> new ErtTruncNormal(values.get(0), values.get(1), values.get(2), values.get(3));
            case STDNORMAL -> new StdNormal();
            case UNIFORM -> new Uniform(values.get(0), values.get(1));
            case ERT_DUNIFORM -> new ErtDUniform(bins(values.get(0)), values.get(1), values.get(2));
            case LOGUNIFORM -> new LogUniform(values.get(0), values.get(1));
            case ERT_ERF -> new ErtErf(values.get(0), values.get(1), values.get(2), values.get(3));
            case ERT_DERF -> new ErtDErf(bins(values.get(0)), values.get(1), values.get(2), values.get(3), values.get(4));
        };
    }

    private static int bins(double value) {
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new InvalidPrior("'bins' must be an integer, got " + value);
        }
        return (int) value;
    }

    /** A constant. */
    record Const(double value) implements Prior {
        public PriorFunction function() { return PriorFunction.CONST; }
        public List<Double> argumentValues() { return List.of(value); }
    }

    /** A triangular distribution. */
    record Trig(double min, double max, double mode) implements Prior {
        public PriorFunction function() { return PriorFunction.TRIG; }
        public List<Double> argumentValues() { return List.of(min, max, mode); }
    }

    /** A normal distribution. */
    record Normal(double mean, double std) implements Prior {
        public PriorFunction function() { return PriorFunction.NORMAL; }
        public List<Double> argumentValues() { return List.of(mean, std); }
    }

    /** A log-normal distribution. */
    record LogNormal(double mean, double std) implements Prior {
        public PriorFunction function() { return PriorFunction.LOGNORMAL; }
        public List<Double> argumentValues() { return List.of(mean, std); }
    }

    /** ERT's truncated normal distribution, clamped to {@code min} and {@code max}. */
    record ErtTruncNormal(double mean, double std, double min, double max) implements Prior {
        public PriorFunction function() { return PriorFunction.ERT_TRUNCNORMAL; }
        public List<Double> argumentValues() { return List.of(mean, std, min, max); }
    }

    /** The standard normal distribution: mean 0, standard deviation 1. */
    record StdNormal() implements Prior {
        public PriorFunction function() { return PriorFunction.STDNORMAL; }
        public List<Double> argumentValues() { return List.of(); }
    }

    /** A uniform distribution. */
    record Uniform(double min, double max) implements Prior {
        public PriorFunction function() { return PriorFunction.UNIFORM; }
        public List<Double> argumentValues() { return List.of(min, max); }
    }

    /** ERT's discrete uniform distribution over {@code bins} bins. */
    record ErtDUniform(int bins, double min, double max) implements Prior {
        public PriorFunction function() { return PriorFunction.ERT_DUNIFORM; }
        public List<Double> argumentValues() { return List.of((double) bins, min, max); }
    }

    /** A log-uniform distribution. */
    record LogUniform(double min, double max) implements Prior {
        public PriorFunction function() { return PriorFunction.LOGUNIFORM; }
        public List<Double> argumentValues() { return List.of(min, max); }
    }

    /** ERT's error-function distribution. */
    record ErtErf(double min, double max, double skewness, double width) implements Prior {
        public PriorFunction function() { return PriorFunction.ERT_ERF; }
        public List<Double> argumentValues() { return List.of(min, max, skewness, width); }
    }

    /** ERT's discrete error-function distribution. */
    record ErtDErf(int bins, double min, double max, double skewness, double width) implements Prior {
        public PriorFunction function() { return PriorFunction.ERT_DERF; }
        public List<Double> argumentValues() { return List.of((double) bins, min, max, skewness, width); }
    }
}
