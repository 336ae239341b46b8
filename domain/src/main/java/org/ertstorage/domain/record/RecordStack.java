package org.ertstorage.domain.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ensemble view: several records' tables stacked into one (API.md 6.5.2). Columns are the
 * union in order of first appearance in storage order, missing cells NaN; rows come record by
 * record in realization order (ensemble-wide first; DEFECTS D-05) and are then sorted stably by
 * row label.
 */
final class RecordStack {

    private record SourceRow(RecordTable table, int row, String label) {
    }

    private RecordStack() {
    }

    static RecordTable stack(List<RecordTable> tables, List<Optional<Integer>> realizations) {
        List<Integer> cellShape = tables.getFirst().cellShape();
        for (RecordTable table : tables) {
            if (!table.cellShape().equals(cellShape)) {
                throw new NotAMatrix("records with cells of shape " + cellShape + " and " + table.cellShape()
                        + " cannot be read together");
            }
        }
        var columnIndex = new LinkedHashMap<String, Integer>();
        tables.forEach(table -> table.columns().values().forEach(label -> columnIndex.putIfAbsent(label, columnIndex.size())));
        LabelType columnType = commonType(tables.stream().map(t -> t.columns().type()).toList());
        LabelType rowType = commonType(tables.stream().map(t -> t.rows().type()).toList());

        var rows = new ArrayList<SourceRow>();
        realizationOrder(realizations).forEach(t -> {
            RecordTable table = tables.get(t);
            for (int row = 0; row < table.rowCount(); row++) {
                rows.add(new SourceRow(table, row, asType(table.rows().values().get(row), table.rows().type(), rowType)));
            }
        });
        rows.sort(labelOrder(rowType)); // List.sort is stable

        int cell = tables.getFirst().cellSize();
        int columnCount = columnIndex.size();
        var values = new double[rows.size() * columnCount * cell];
        Arrays.fill(values, Double.NaN);
        for (int target = 0; target < rows.size(); target++) {
            copyRow(rows.get(target), columnIndex, values, (target * columnCount) * cell, cell);
        }
        var columns = new LabelAxis(columnType, List.copyOf(columnIndex.keySet()));
        var rowLabels = new LabelAxis(rowType, rows.stream().map(SourceRow::label).toList());
        return new RecordTable(columns, rowLabels, cellShape, values);
    }

    private static void copyRow(SourceRow source, Map<String, Integer> columnIndex, double[] values, int rowStart, int cell) {
        RecordTable table = source.table();
        double[] from = table.values();
        List<String> labels = table.columns().values();
        int sourceStart = source.row() * table.columnCount() * cell;
        for (int column = 0; column < labels.size(); column++) {
            int target = rowStart + columnIndex.get(labels.get(column)) * cell;
            System.arraycopy(from, sourceStart + column * cell, values, target, cell);
        }
    }

    /** Record positions ordered by realization index, ensemble-wide records first, ties in storage order. */
    private static List<Integer> realizationOrder(List<Optional<Integer>> realizations) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < realizations.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> realizations.get(i).orElse(Integer.MIN_VALUE)));
        return order;
    }

    private static LabelType commonType(List<LabelType> types) {
        if (types.stream().allMatch(types.getFirst()::equals)) {
            return types.getFirst();
        }
        boolean numeric = types.stream().allMatch(t -> t == LabelType.INTEGER || t == LabelType.FLOAT);
        return numeric ? LabelType.FLOAT : LabelType.STRING;
    }

    /** An integer label in a float axis is written as a float ({@code 1.0}), as pandas would. */
    private static String asType(String label, LabelType from, LabelType to) {
        if (from == LabelType.INTEGER && to == LabelType.FLOAT) {
            // Python's text of an integral float below 1e16, which is where row labels live.
            return Long.parseLong(label) + ".0";
        }
        return label;
    }

    /** A numeric label's value; float labels use Python's spellings {@code inf}, {@code -inf}, {@code nan}. */
    private static double numericLabel(String label) {
        return switch (label) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(label);
        };
    }

    private static Comparator<SourceRow> labelOrder(LabelType type) {
        if (type == LabelType.INTEGER || type == LabelType.FLOAT) {
            return Comparator.comparingDouble(row -> numericLabel(row.label()));
        }
        return Comparator.comparing(SourceRow::label);
    }
}
