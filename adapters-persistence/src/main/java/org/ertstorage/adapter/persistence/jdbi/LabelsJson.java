package org.ertstorage.adapter.persistence.jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;

/**
 * The {@code labels} column of {@code f64_matrix}: JSON with a type tag per axis (DATA-MODEL 2.10),
 * {@code {"columns": {"type": "string", "values": [...]}, "index": {"type": "timestamp", "values": [...]}}}.
 */
final class LabelsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelsJson() {
    }

    static String write(Labels labels) {
        var root = JSON.createObjectNode();
        root.set("columns", axis(labels.columns()));
        root.set("index", axis(labels.rows()));
        return root.toString();
    }

    /** The labels of a stored matrix; {@code null} stands for an unlabeled upload. */
    static Optional<Labels> read(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            var root = JSON.readTree(json);
            return Optional.of(new Labels(axis(root.get("columns")), axis(root.get("index"))));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("Stored labels are not valid: " + json, e);
        }
    }

    private static ObjectNode axis(LabelAxis axis) {
        var node = JSON.createObjectNode().put("type", axis.type().name().toLowerCase(Locale.ROOT));
        var values = node.putArray("values");
        axis.values().forEach(values::add);
        return node;
    }

    private static LabelAxis axis(JsonNode node) {
        var type = LabelType.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT));
        var values = StreamSupport.stream(node.get("values").spliterator(), false).map(JsonNode::asText).toList();
        return new LabelAxis(type, values);
    }
}
