package org.ertstorage.application.service.records;

import java.util.Objects;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.UploadMatrixCommand;
import org.ertstorage.application.port.in.record.UploadMatrixUseCase;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.MatrixRequired;
import org.ertstorage.domain.record.NotAMatrix;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;

/** Uploads of records, each in one transaction, checked in the original server's order. */
public final class RecordUploadService implements UploadMatrixUseCase {

    private final Transactions transactions;

    public RecordUploadService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public EnsembleRecord upload(UploadMatrixCommand command) {
        return transactions.inTransaction(repositories -> {
            var ensemble = repositories.ensembles().find(command.ensembleId())
                    .orElseThrow(() -> NotFoundException.item("Ensemble", command.ensembleId()));
            ensemble.requireOpen();
            command.realization().ifPresent(ensemble::requireAllowedRealization);
            var records = repositories.records();
            records.slots(ensemble.id(), command.name()).requireFree(command.realization());
            var info = RecordInfo.of(ensemble, command.name(), RecordType.F64_MATRIX, command.prior());
            if (command.prior().isPresent()) {
                var experiment = repositories.experiments().find(ensemble.experimentId())
                        .orElseThrow(() -> NotFoundException.item("Experiment", ensemble.experimentId()));
                if (!experiment.priors().containsKey(command.prior().get())) {
                    throw NotFoundException.item("Prior", command.prior().get());
                }
            }
            var matrix = decode(command);
            NumericRecord.create(info, command.realization(), matrix);
            records.info(ensemble.id(), command.name()).ifPresent(existing -> existing.admit(info));
            var stored = records.claimInfo(info);
            stored.admit(info);
            var numeric = NumericRecord.create(stored, command.realization(), matrix);
            records.addNumeric(numeric);
            return numeric.record();
        });
    }

    private static Matrix decode(UploadMatrixCommand command) {
        try {
            return command.content().decode();
        } catch (NotAMatrix e) {
            throw new MatrixRequired(command.name(), command.realization());
        }
    }
}
