package org.ertstorage.application.service.records;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.UploadMatrixCommand;
import org.ertstorage.application.port.in.record.UploadMatrixUseCase;
import org.ertstorage.application.port.in.record.UploadRealizationsCommand;
import org.ertstorage.application.port.in.record.UploadRealizationsUseCase;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.MatrixRequired;
import org.ertstorage.domain.record.NotAMatrix;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RealizationRows;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;

/** Uploads of records, each in one transaction, checked in the original server's order. */
public final class RecordUploadService implements UploadMatrixUseCase, UploadRealizationsUseCase {

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

    @Override
    public List<EnsembleRecord> upload(UploadRealizationsCommand command) {
        return transactions.inTransaction(repositories -> {
            var ensemble = repositories.ensembles().find(command.ensembleId())
                    .orElseThrow(() -> NotFoundException.item("Ensemble", command.ensembleId()));
            ensemble.requireOpen();
            var rows = RealizationRows.of(command.content().decode());
            rows.realizations().forEach(ensemble::requireAllowedRealization);
            var records = repositories.records();
            var slots = records.slots(ensemble.id(), command.name());
            rows.realizations().forEach(realization -> slots.requireFree(Optional.of(realization)));
            var info = RecordInfo.of(ensemble, command.name(), RecordType.F64_MATRIX, Optional.empty());
            records.info(ensemble.id(), command.name()).ifPresent(existing -> existing.admit(info));
            var stored = records.claimInfo(info);
            stored.admit(info);
            var numerics = rows.rows().stream()
                    .map(row -> NumericRecord.create(stored, Optional.of(row.realization()), row.matrix()))
                    .toList();
            records.addNumerics(numerics);
            return numerics.stream().map(NumericRecord::record).toList();
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
