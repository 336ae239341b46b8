package org.ertstorage.adapter.http.graphql;

import org.ertstorage.domain.record.RecordInfo;

/** A {@code UniqueResponse}: what the records of one name in one ensemble share. */
public record RecordInfoNode(String pk, int ensemblePk, String name, String recordType, String recordClass,
        Integer priorPk, RecordInfo info) {

    static RecordInfoNode from(RecordInfo info) {
        return new RecordInfoNode(Integer.toString(pk(info)), RowKeys.of(info.ensembleId().value()), info.name(),
                info.type().name(), info.recordClass().name(),
                info.prior().map(prior -> RowKeys.of(info.ensembleId().value(), "prior:" + prior)).orElse(null), info);
    }

    static int pk(RecordInfo info) {
        return RowKeys.of(info.ensembleId().value(), info.name());
    }
}
