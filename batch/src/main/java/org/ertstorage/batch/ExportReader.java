package org.ertstorage.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ertstorage.adapter.formats.JsonDialect;
import org.ertstorage.application.port.in.transfer.ExperimentSnapshot;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.ActiveRealizations;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.EnsembleState;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.prior.Prior;
import org.ertstorage.domain.prior.PriorFunction;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.update.ObservationTransformation;
import org.ertstorage.domain.update.TransformationId;
import org.ertstorage.domain.update.Update;
import org.ertstorage.domain.update.UpdateId;

/** Reads {@code experiment.json} (see {@link ExportJson}) back into the domain, with the exported ids. */
final class ExportReader {

    /** What {@code experiment.json} holds: the snapshot, where each numeric record's values are, and each file's path. */
    record Contents(ExperimentSnapshot snapshot, Map<RecordId, RecordLayout> layouts, Map<RecordId, String> filePaths) {
    }

    private ExportReader() {
    }

    /** @throws BatchFailure naming what is wrong */
    static Contents read(byte[] json) {
        JsonNode root;
        try {
            root = JsonDialect.parse(json);
        } catch (JsonProcessingException e) {
            throw new BatchFailure("experiment.json is not JSON: " + e.getOriginalMessage());
        }
        if (!ExportJson.FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != ExportJson.VERSION) {
            throw new BatchFailure("experiment.json is not an " + ExportJson.FORMAT + " version " + ExportJson.VERSION + " file");
        }
        try {
            return contents(root);
        } catch (BatchFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BatchFailure("experiment.json is not a valid export: " + e.getMessage(), e);
        }
    }

    private static Contents contents(JsonNode root) {
        var experiment = experiment(root.path("experiment"));
        var ensembles = list(root.path("ensembles"), node -> ensemble(node, experiment.id()));
        var updates = list(root.path("updates"), ExportReader::update);
        var observations = list(root.path("observations"), node -> observation(node, experiment.id()));
        var records = new ArrayList<EnsembleRecord>();
        var files = new ArrayList<FileRecord>();
        var layouts = new HashMap<RecordId, RecordLayout>();
        var filePaths = new HashMap<RecordId, String>();
        for (var node : root.path("records")) {
            var record = record(node);
            records.add(record);
            if (node.hasNonNull("content")) {
                layouts.put(record.id(), layout(node.path("content")));
            }
            var file = node.path("file");
            if (file.isObject()) {
                boolean committed = file.path("committed").asBoolean(true);
                files.add(new FileRecord(record, text(file, "filename"), text(file, "mimetype"), BlobKey.random(), committed));
                if (committed) {
                    filePaths.put(record.id(), text(file, "path"));
                }
            }
        }
        return new Contents(new ExperimentSnapshot(experiment, ensembles, updates, observations, records, files),
                layouts, filePaths);
    }

    private static Experiment experiment(JsonNode node) {
        var priors = new LinkedHashMap<String, Prior>();
        node.path("priors").properties().forEach(entry -> {
            var function = PriorFunction.fromWireName(entry.getValue().path("function").asText())
                    .orElseThrow(() -> new BatchFailure("experiment.json: prior '" + entry.getKey() + "' has an unknown function"));
            var arguments = new LinkedHashMap<String, Double>();
            entry.getValue().properties().forEach(argument -> {
                if (!argument.getKey().equals("function")) {
                    arguments.put(argument.getKey(), argument.getValue().asDouble());
                }
            });
            priors.put(entry.getKey(), Prior.of(function, arguments));
        });
        return new Experiment(new ExperimentId(ExportJson.uuid(node, "id")), text(node, "name"), priors, userdata(node));
    }

    private static Ensemble ensemble(JsonNode node, ExperimentId experiment) {
        return new Ensemble(new EnsembleId(ExportJson.uuid(node, "id")), experiment, node.path("size").asInt(),
                new DeclaredNames(strings(node.path("parameter_names")), strings(node.path("response_names"))),
                new ActiveRealizations(list(node.path("active_realizations"), JsonNode::asInt)),
                EnsembleState.valueOf(text(node, "state")), userdata(node));
    }

    private static Update update(JsonNode node) {
        var transformations = list(node.path("transformations"), t -> new ObservationTransformation(TransformationId.random(),
                new ObservationId(ExportJson.uuid(t, "observation_id")), text(t, "name"),
                list(t.path("active"), JsonNode::asBoolean), list(t.path("scale"), JsonNode::asDouble)));
        var result = node.hasNonNull("ensemble_result_id")
                ? Optional.of(new EnsembleId(ExportJson.uuid(node, "ensemble_result_id"))) : Optional.<EnsembleId>empty();
        return new Update(new UpdateId(ExportJson.uuid(node, "id")), text(node, "algorithm"),
                new EnsembleId(ExportJson.uuid(node, "ensemble_reference_id")), result, transformations);
    }

    private static Observation observation(JsonNode node, ExperimentId experiment) {
        return new Observation(new ObservationId(ExportJson.uuid(node, "id")), experiment, text(node, "name"),
                strings(node.path("x_axis")), list(node.path("values"), JsonNode::asDouble),
                list(node.path("errors"), JsonNode::asDouble),
                list(node.path("records"), id -> new RecordId(java.util.UUID.fromString(id.asText()))), userdata(node));
    }

    private static EnsembleRecord record(JsonNode node) {
        var realization = node.hasNonNull("realization_index")
                ? Optional.of(node.path("realization_index").asInt()) : Optional.<Integer>empty();
        var prior = node.hasNonNull("prior") ? Optional.of(node.path("prior").asText()) : Optional.<String>empty();
        var info = new RecordInfo(new EnsembleId(ExportJson.uuid(node, "ensemble_id")), text(node, "name"),
                RecordType.valueOf(text(node, "type")), RecordClass.valueOf(text(node, "class")), prior);
        return new EnsembleRecord(new RecordId(ExportJson.uuid(node, "id")), info, realization, userdata(node));
    }

    private static RecordLayout layout(JsonNode node) {
        var rowLabels = node.path("row_labels").isObject()
                ? Optional.of(new LabelAxis(LabelType.valueOf(text(node.path("row_labels"), "type")),
                        strings(node.path("row_labels").path("values"))))
                : Optional.<LabelAxis>empty();
        var columnType = node.hasNonNull("column_label_type")
                ? Optional.of(LabelType.valueOf(text(node, "column_label_type"))) : Optional.<LabelType>empty();
        return new RecordLayout(text(node, "parquet"), node.path("first_row").asInt(), node.path("rows").asInt(),
                list(node.path("shape"), JsonNode::asInt), rowLabels, columnType);
    }

    private static Userdata userdata(JsonNode owner) {
        var entries = new LinkedHashMap<String, String>();
        owner.path("userdata").properties().forEach(entry -> entries.put(entry.getKey(), JsonDialect.normalize(entry.getValue())));
        return new Userdata(entries);
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BatchFailure("experiment.json: '" + field + "' is missing or not text");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        var list = new ArrayList<T>();
        array.forEach(node -> list.add(element.apply(node)));
        return list;
    }
}
