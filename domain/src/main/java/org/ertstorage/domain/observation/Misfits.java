package org.ertstorage.domain.observation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.RecordTable;

/**
 * Signed squared standardised residuals of responses against an observation (API.md §10):
 * {@code misfit = ((response - value) / error)^2 * sign(response - value)}, per realization and
 * observed point, or per realization the sum of their absolute values.
 */
public final class Misfits {

    private Misfits() {
    }

    /**
     * @param responses each realization's response, a one-row table whose column labels are
     *        matched against the observation's x axis (unlabeled columns are 0, 1, 2, ...)
     * @throws MisfitsUnavailable when a response lacks an observed point or has several rows
     */
    public static RecordTable compute(Observation observation, Map<Integer, RecordTable> responses, boolean summary) {
        Objects.requireNonNull(observation, "'observation' must not be null");
        if (responses.isEmpty()) {
            throw new MisfitsUnavailable("no response record with observations");
        }
        var sorted = new TreeMap<Integer, RecordTable>(Comparator.naturalOrder());
        sorted.putAll(responses);
        int points = observation.size();
        int columns = summary ? 1 : points;
        var values = new double[sorted.size() * columns];
        var rows = new ArrayList<String>(sorted.size());
        int row = 0;
        for (var entry : sorted.entrySet()) {
            double[] response = observedPoints(entry.getValue(), observation, entry.getKey());
            double total = 0;
            for (int i = 0; i < points; i++) {
                double difference = response[i] - observation.values().get(i);
                double standardised = difference / observation.errors().get(i);
                double misfit = standardised * standardised * Math.signum(difference);
                if (summary) {
                    total += Math.abs(misfit);
                } else {
                    values[row * columns + i] = misfit;
                }
            }
            if (summary) {
                values[row] = total;
            }
            rows.add(Integer.toString(entry.getKey()));
            row++;
        }
        var columnLabels = summary ? LabelAxis.strings(List.of("0")) : LabelAxis.strings(observation.xAxis());
        return new RecordTable(columnLabels, new LabelAxis(LabelType.INTEGER, rows), List.of(), values);
    }

    private static double[] observedPoints(RecordTable response, Observation observation, int realization) {
        if (response.rowCount() != 1 || response.cellSize() != 1) {
            throw new MisfitsUnavailable("the response of realization " + realization + " has "
                    + response.rowCount() + " rows, one is needed");
        }
        var labels = response.columns().values();
        var points = new double[observation.size()];
        for (int i = 0; i < points.length; i++) {
            String x = observation.xAxis().get(i);
            int column = labels.indexOf(x);
            if (column < 0) {
                throw new MisfitsUnavailable("observed point '" + x + "' is not among the columns of the response of"
                        + " realization " + realization);
            }
            points[i] = response.values()[column];
        }
        return points;
    }
}
