package org.ertstorage.adapter.http.graphql;

import java.util.UUID;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.RecordType;

/** A {@code Parameter} or {@code Response}: one record. */
public record RecordNode(UUID id, String pk, String userdata, Integer realizationIndex, int recordInfoPk, Integer filePk,
        Integer f64MatrixPk, String name, EnsembleRecord record) {

    static RecordNode from(EnsembleRecord record) {
        UUID id = record.id().value();
        int pk = RowKeys.of(id);
        boolean file = record.info().type() == RecordType.FILE;
        return new RecordNode(id, Integer.toString(pk), Json.pythonSpacing(record.userdata().toJson()),
                record.realization().orElse(null), RecordInfoNode.pk(record.info()), file ? pk : null, file ? null : pk,
                record.name(), record);
    }
}
