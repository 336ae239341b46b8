package org.ertstorage.application.service.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.StreamedMatrix;
import org.ertstorage.application.port.in.record.UploadMatrixCommand;
import org.ertstorage.application.port.in.record.UploadMatrixUseCase;
import org.ertstorage.application.port.in.record.UploadRealizationsCommand;
import org.ertstorage.application.port.in.record.UploadRealizationsUseCase;
import org.ertstorage.application.port.out.RecordRepository;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.MatrixHead;
import org.ertstorage.domain.record.MatrixRequired;
import org.ertstorage.domain.record.NotAMatrix;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RealizationRows;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordSlots;
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
            records.slots(ensemble.id(), command.name(), command.realization()).requireFree(command.realization());
            var info = RecordInfo.of(ensemble, command.name(), RecordType.F64_MATRIX, command.prior());
            if (command.prior().isPresent()) {
                var experiment = repositories.experiments().find(ensemble.experimentId())
                        .orElseThrow(() -> NotFoundException.item("Experiment", ensemble.experimentId()));
                if (!experiment.priors().containsKey(command.prior().get())) {
                    throw NotFoundException.item("Prior", command.prior().get());
                }
            }
            var content = UploadedContent.open(command);
            NumericRecord.recordOf(info, command.realization(), content.head());
            records.info(ensemble.id(), command.name()).ifPresent(existing -> existing.admit(info));
            var stored = records.claimInfo(info);
            stored.admit(info);
            var record = NumericRecord.recordOf(stored, command.realization(), content.head());
            content.store(records, record);
            return record;
        });
    }

    /**
     * The rows are checked and stored in batches as the body yields them, so a large upload holds
     * at most one batch in memory; the transaction keeps it all or nothing.
     */
    @Override
    public List<EnsembleRecord> upload(UploadRealizationsCommand command) {
        return transactions.inTransaction(repositories -> {
            var ensemble = repositories.ensembles().find(command.ensembleId())
                    .orElseThrow(() -> NotFoundException.item("Ensemble", command.ensembleId()));
            ensemble.requireOpen();
            var rows = command.content().rows();
            var batches = new RowBatches(repositories.records(), ensemble, command.name());
            var sequence = new RealizationRows.Sequence();
            while (rows.hasNext()) {
                batches.add(sequence.next(rows.next()));
            }
            return batches.finish();
        });
    }

    /** One record's content: decoded whole, or a head whose values stream into the store. */
    private sealed interface UploadedContent {

        MatrixHead head();

        void store(RecordRepository records, EnsembleRecord record);

        /** Reads the whole body, or only its head when the format streams. */
        static UploadedContent open(UploadMatrixCommand command) {
            try {
                var streamed = command.content().streamed();
                return streamed.isPresent() ? new Streamed(streamed.get(), command)
                        : new Whole(command.content().decode());
            } catch (NotAMatrix e) {
                throw new MatrixRequired(command.name(), command.realization());
            }
        }
    }

    private record Whole(Matrix matrix) implements UploadedContent {

        @Override
        public MatrixHead head() {
            return matrix.head();
        }

        @Override
        public void store(RecordRepository records, EnsembleRecord record) {
            records.addNumeric(new NumericRecord(record, matrix));
        }
    }

    /** A body found at fault while its values were stored is an upload that is no matrix, as when decoded whole. */
    private record Streamed(StreamedMatrix content, UploadMatrixCommand command) implements UploadedContent {

        @Override
        public MatrixHead head() {
            return content.head();
        }

        @Override
        public void store(RecordRepository records, EnsembleRecord record) {
            try {
                records.addNumeric(record, content.head(), content.values());
            } catch (RuntimeException e) {
                if (content.fault().get().isPresent()) {
                    throw new MatrixRequired(command.name(), command.realization());
                }
                throw e;
            }
        }
    }

    /**
     * A bulk upload's rows gathered into batches of at most {@value #BATCH_ROWS} rows or
     * {@value #BATCH_VALUES} values, each checked (realizations in the ensemble, slots free; the
     * name's info before the first) and stored as it fills.
     */
    private static final class RowBatches {

        private static final int BATCH_ROWS = 256;
        private static final long BATCH_VALUES = 1 << 18;

        private final RecordRepository records;
        private final Ensemble ensemble;
        private final RecordInfo info;
        private final RecordSlots slots;
        private final List<RealizationRows.Row> batch = new ArrayList<>();
        private final List<EnsembleRecord> stored = new ArrayList<>();
        private Optional<RecordInfo> claimed = Optional.empty();
        private long batchValues;

        RowBatches(RecordRepository records, Ensemble ensemble, String name) {
            this.records = records;
            this.ensemble = ensemble;
            this.info = RecordInfo.of(ensemble, name, RecordType.F64_MATRIX, Optional.empty());
            this.slots = records.slots(ensemble.id(), name);
        }

        void add(RealizationRows.Row row) {
            batch.add(row);
            batchValues += row.matrix().values().length;
            if (batch.size() >= BATCH_ROWS || batchValues >= BATCH_VALUES) {
                flush();
            }
        }

        /** @return every stored record, in row order */
        List<EnsembleRecord> finish() {
            flush();
            if (stored.isEmpty()) {
                throw new NotAMatrix("a bulk upload needs at least one row");
            }
            return stored;
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(row -> ensemble.requireAllowedRealization(row.realization()));
            batch.forEach(row -> slots.requireFree(Optional.of(row.realization())));
            if (claimed.isEmpty()) {
                records.info(ensemble.id(), info.name()).ifPresent(existing -> existing.admit(info));
                var claim = records.claimInfo(info);
                claim.admit(info);
                claimed = Optional.of(claim);
            }
            var numerics = batch.stream()
                    .map(row -> NumericRecord.create(claimed.get(), Optional.of(row.realization()), row.matrix()))
                    .toList();
            records.addNumerics(numerics);
            numerics.forEach(numeric -> stored.add(numeric.record()));
            batch.clear();
            batchValues = 0;
        }
    }
}
