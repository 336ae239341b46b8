package org.ertstorage.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.adapter.formats.JsonDialect;
import org.ertstorage.application.port.in.transfer.ExperimentSnapshot;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.prior.Prior;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.update.Update;

/**
 * {@code experiment.json} of an export: the experiment (name, userdata, priors), its ensembles,
 * updates with their transformations, observations, and every record with its userdata and where
 * its content is. Ids are those of the exporting store; they only tie the parts together.
 */
final class ExportJson {

    static final String FORMAT = "ert-storage-export";
    static final int VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExportJson() {
    }

    /**
     * @param layouts where each numeric record's values are
     * @param filePaths where each committed file record's bytes are, relative to the export
     */
    static byte[] write(ExperimentSnapshot snapshot, Map<RecordId, RecordLayout> layouts, Map<RecordId, String> filePaths) {
        var root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        var experiment = snapshot.experiment();
        var experimentNode = root.putObject("experiment");
        experimentNode.put("id", experiment.id().toString());
        experimentNode.put("name", experiment.name());
        experimentNode.set("userdata", userdata(experiment.userdata()));
        var priors = experimentNode.putObject("priors");
        experiment.priors().forEach((name, prior) -> priors.set(name, prior(prior)));
        var parents = new LinkedHashMap<String, String>();
        snapshot.updates().forEach(u -> u.result().ifPresent(result -> parents.put(result.toString(), u.id().toString())));
        var ensembles = root.putArray("ensembles");
        snapshot.ensembles().forEach(e -> ensembles.add(ensemble(e, parents.get(e.id().toString()))));
        var updates = root.putArray("updates");
        snapshot.updates().forEach(u -> updates.add(update(u)));
        var observations = root.putArray("observations");
        snapshot.observations().forEach(o -> observations.add(observation(o)));
        var files = new LinkedHashMap<RecordId, FileRecord>();
        snapshot.files().forEach(f -> files.put(f.record().id(), f));
        var records = root.putArray("records");
        for (var record : snapshot.records()) {
            var node = record(record);
            var layout = layouts.get(record.id());
            if (layout != null) {
                node.set("content", layout(layout));
            }
            var file = files.get(record.id());
            if (file != null) {
                node.set("file", file(file, filePaths.get(record.id())));
            }
            records.add(node);
        }
        return JsonDialect.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode prior(Prior prior) {
        var node = NODES.objectNode();
        node.put("function", prior.function().wireName());
        prior.arguments().forEach(node::put);
        return node;
    }

    private static ObjectNode ensemble(Ensemble ensemble, String parentUpdate) {
        var node = NODES.objectNode();
        node.put("id", ensemble.id().toString());
        node.put("size", ensemble.size());
        strings(node.putArray("parameter_names"), ensemble.names().parameterNames());
        strings(node.putArray("response_names"), ensemble.names().responseNames());
        var active = node.putArray("active_realizations");
        ensemble.activeRealizations().indices().forEach(active::add);
        node.put("state", ensemble.state().name());
        node.put("parent_update", parentUpdate);
        node.set("userdata", userdata(ensemble.userdata()));
        return node;
    }

    private static ObjectNode update(Update update) {
        var node = NODES.objectNode();
        node.put("id", update.id().toString());
        node.put("algorithm", update.algorithm());
        node.put("ensemble_reference_id", update.reference().toString());
        node.put("ensemble_result_id", update.result().map(Object::toString).orElse(null));
        var transformations = node.putArray("transformations");
        for (var t : update.transformations()) {
            var transformation = transformations.addObject();
            transformation.put("observation_id", t.observationId().toString());
            transformation.put("name", t.name());
            var active = transformation.putArray("active");
            t.active().forEach(active::add);
            var scale = transformation.putArray("scale");
            t.scale().forEach(scale::add);
        }
        return node;
    }

    private static ObjectNode observation(Observation observation) {
        var node = NODES.objectNode();
        node.put("id", observation.id().toString());
        node.put("name", observation.name());
        strings(node.putArray("x_axis"), observation.xAxis());
        var values = node.putArray("values");
        observation.values().forEach(values::add);
        var errors = node.putArray("errors");
        observation.errors().forEach(errors::add);
        strings(node.putArray("records"), observation.records().stream().map(Object::toString).toList());
        node.set("userdata", userdata(observation.userdata()));
        return node;
    }

    private static ObjectNode record(EnsembleRecord record) {
        var node = NODES.objectNode();
        node.put("id", record.id().toString());
        node.put("ensemble_id", record.ensembleId().toString());
        node.put("name", record.name());
        if (record.realization().isPresent()) {
            node.put("realization_index", record.realization().get());
        } else {
            node.putNull("realization_index");
        }
        node.put("type", record.info().type().name());
        node.put("class", record.info().recordClass().name());
        node.put("prior", record.info().prior().orElse(null));
        node.set("userdata", userdata(record.userdata()));
        return node;
    }

    private static ObjectNode layout(RecordLayout layout) {
        var node = NODES.objectNode();
        node.put("parquet", layout.file());
        node.put("first_row", layout.firstRow());
        node.put("rows", layout.rows());
        var shape = node.putArray("shape");
        layout.shape().forEach(shape::add);
        node.set("row_labels", layout.rowLabels().map(ExportJson::axis).orElse(null));
        node.put("column_label_type", layout.columnLabelType().map(Enum::name).orElse(null));
        return node;
    }

    private static ObjectNode axis(LabelAxis axis) {
        var node = NODES.objectNode();
        node.put("type", axis.type().name());
        strings(node.putArray("values"), axis.values());
        return node;
    }

    private static ObjectNode file(FileRecord file, String path) {
        var node = NODES.objectNode();
        node.put("filename", file.filename());
        node.put("mimetype", file.mimetype());
        node.put("committed", file.committed());
        node.put("path", path);
        return node;
    }

    private static ObjectNode userdata(Userdata userdata) {
        var node = NODES.objectNode();
        userdata.entries().forEach((key, json) -> node.set(key, parse(json)));
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return JsonDialect.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored userdata is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static UUID uuid(JsonNode node, String field) {
        var text = node.path(field).asText(null);
        if (text == null) {
            throw new BatchFailure("experiment.json: '" + field + "' is missing");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BatchFailure("experiment.json: '" + field + "' is not a UUID: '" + text + "'");
        }
    }
}
