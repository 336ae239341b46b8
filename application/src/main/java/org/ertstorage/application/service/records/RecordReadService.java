package org.ertstorage.application.service.records;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.ReadRecordUseCase;
import org.ertstorage.application.port.in.record.RecordData;
import org.ertstorage.application.port.in.record.RecordSelection;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.RecordRepository;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RealizationSet;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordRowNotFound;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.record.StreamedStack;
import org.ertstorage.domain.record.StreamedTable;

/** Reads of record content, in the original's order of candidates (API.md 6.5.1). */
public final class RecordReadService implements ReadRecordUseCase {

    private final Transactions transactions;
    private final BlobStore blobs;

    public RecordReadService(Transactions transactions, BlobStore blobs) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.blobs = Objects.requireNonNull(blobs, "'blobs' must not be null");
    }

    @Override
    public RecordData read(EnsembleId ensembleId, String name, Optional<Integer> realization, Optional<String> label,
            RecordSelection selection) {
        return transactions.reading(repositories -> {
            var records = repositories.records();
            var exactNumeric = records.numeric(ensembleId, name, realization);
            var exact = exactNumeric.isPresent() ? Optional.<EnsembleRecord>empty() : records.find(ensembleId, name, realization);
            if (exact.isPresent() && isFile(exact.get())) {
                return blob(repositories, exact.get().id());
            }
            if (exactNumeric.isPresent()) {
                var table = RecordTable.of(List.of(part(exactNumeric.get())), label);
                if (realization.isEmpty()) {
                    // An ensemble-wide record's rows are its realizations.
                    table = selection.realizations().map(table::rowsAt).orElse(table).columnsIn(selection.labels());
                }
                return new RecordData.Numeric(table.streamed());
            }
            if (realization.isEmpty()) {
                var stack = plan(records, ensembleId, name, label, selection, head -> true);
                if (stack.isPresent()) {
                    return new RecordData.Numeric(streamed(ensembleId, name, selection, stack.get()));
                }
            }
            var all = records.numeric(ensembleId, name);
            if (all.isEmpty()) {
                // An ensemble-wide file answers for every realization; a forward-model file only for its own.
                var ensembleWideFile = realization.flatMap(index -> records.find(ensembleId, name, Optional.empty()))
                        .filter(RecordReadService::isFile)
                        .orElseThrow(RecordReadService::recordNotFound);
                return blob(repositories, ensembleWideFile.id());
            }
            if (realization.isPresent()) {
                // Only an ensemble-wide matrix has a row for a realization without its own record.
                var ensembleWide = all.stream().filter(n -> n.record().isEnsembleWide()).findFirst()
                        .orElseThrow(RecordReadService::recordNotFound);
                try {
                    return new RecordData.Numeric(RecordTable.row(ensembleWide.matrix(), realization.get(), label).streamed());
                } catch (RecordRowNotFound e) {
                    throw recordNotFound();
                }
            }
            return new RecordData.Numeric(inMemory(all.stream(), label, selection).streamed());
        });
    }

    @Override
    public RecordData read(RecordId id) {
        return transactions.reading(repositories -> {
            var record = repositories.records().byId(id).orElseThrow(() -> NotFoundException.item("Record", id));
            if (isFile(record)) {
                return blob(repositories, id);
            }
            var numeric = repositories.records().numeric(id).orElseThrow(() -> NotFoundException.item("Record", id));
            return new RecordData.Numeric(RecordTable.of(List.of(part(numeric)), Optional.empty()).streamed());
        });
    }

    @Override
    public StreamedTable responseData(EnsembleId ensembleId, String name, RecordSelection selection) {
        return transactions.reading(repositories -> {
            repositories.ensembles().find(ensembleId).orElseThrow(() -> NotFoundException.item("Ensemble", ensembleId));
            boolean response = repositories.records().info(ensembleId, name)
                    .filter(info -> info.recordClass() == RecordClass.RESPONSE)
                    .isPresent();
            var stack = response
                    ? plan(repositories.records(), ensembleId, name, Optional.empty(), selection,
                            head -> head.realization().isPresent())
                    : Optional.<StreamedStack>empty();
            if (stack.isPresent()) {
                return streamed(ensembleId, name, selection, stack.get());
            }
            var responses = repositories.records().numeric(ensembleId, name).stream()
                    .filter(n -> !n.record().isEnsembleWide())
                    .filter(n -> n.record().info().recordClass() == RecordClass.RESPONSE);
            return inMemory(responses, Optional.empty(), selection).streamed();
        });
    }

    /** The records of the selection stacked in memory, for the mixes a plan declines; none is not found. */
    private static RecordTable inMemory(Stream<NumericRecord> records, Optional<String> label, RecordSelection selection) {
        var parts = records.filter(n -> RealizationSet.keeps(selection.realizations(), n.record().realization()))
                .map(RecordReadService::part)
                .toList();
        if (parts.isEmpty()) {
            throw recordNotFound();
        }
        return RecordTable.of(parts, label).columnsIn(selection.labels());
    }

    /** The plan of a streamed stack of the name's records that {@code kept} lets through, when their mix allows one. */
    private static Optional<StreamedStack> plan(RecordRepository records, EnsembleId ensembleId, String name,
            Optional<String> label, RecordSelection selection, Predicate<StreamedStack.Head> kept) {
        try (var heads = records.numericHeads(ensembleId, name, selection.realizations())) {
            return StreamedStack.plan(heads.filter(kept).iterator(), label, selection.labels());
        }
    }

    /**
     * The planned stack, its values read when it is written, in a transaction of their own: the
     * planning one has ended by then. Records stored meanwhile are not part of it (the plan names
     * those it counted); a planned record gone meanwhile fails the read.
     */
    private StreamedTable streamed(EnsembleId ensembleId, String name, RecordSelection selection, StreamedStack stack) {
        return new StreamedTable(stack.layout(), block -> transactions.run(repositories -> {
            int written = 0;
            try (var stored = repositories.records().numericValues(ensembleId, name, selection.realizations())) {
                for (var it = stored.iterator(); it.hasNext();) {
                    var values = it.next();
                    if (stack.includes(values.id())) {
                        block.accept(stack.rows(values.values()));
                        written++;
                    }
                }
            }
            if (written != stack.recordCount()) {
                throw new IllegalStateException("Records of '" + name + "' in ensemble " + ensembleId
                        + " were deleted while they were read");
            }
        }));
    }

    /** The file's bytes, streamed after the transaction; nothing before a chunked upload is committed. */
    private RecordData blob(Repositories repositories, RecordId id) {
        var file = repositories.files().find(id).orElseThrow(RecordReadService::recordNotFound);
        var content = file.committed() ? blobs.open(file.blob()) : InputStream.nullInputStream();
        return new RecordData.Blob(file.filename(), file.mimetype(), content);
    }

    private static boolean isFile(EnsembleRecord record) {
        return record.info().type() == RecordType.FILE;
    }

    private static RecordTable.Part part(NumericRecord numeric) {
        return new RecordTable.Part(numeric.matrix(), numeric.record().realization());
    }

    private static NotFoundException recordNotFound() {
        return new NotFoundException(NotFoundException.Subject.RECORD, "Record not found");
    }
}
