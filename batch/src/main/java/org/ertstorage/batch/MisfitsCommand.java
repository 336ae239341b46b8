package org.ertstorage.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.ertstorage.adapter.formats.matrix.MatrixFormat;
import org.ertstorage.application.port.in.ensemble.GetEnsembleUseCase;
import org.ertstorage.application.port.in.record.ComputeMisfitsUseCase;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * {@code misfits --ensemble ID --response NAME [--realization N] [--summary]}: the misfits of
 * API.md §10 from the application's use case, written as the CSV {@code GET /compute/misfits} answers.
 */
final class MisfitsCommand {

    static final Set<String> OPTIONS = Set.of("--ensemble", "--response", "--realization");
    static final Set<String> FLAGS = Set.of("--summary");

    private final GetEnsembleUseCase ensembles;
    private final ComputeMisfitsUseCase misfits;

    MisfitsCommand(GetEnsembleUseCase ensembles, ComputeMisfitsUseCase misfits) {
        this.ensembles = ensembles;
        this.misfits = misfits;
    }

    void run(Arguments arguments, OutputStream out) throws IOException {
        var ensembleId = new EnsembleId(arguments.requiredUuid("--ensemble"));
        var response = arguments.required("--response");
        var realization = arguments.optionalInteger("--realization");
        boolean summary = arguments.flag("--summary");
        // An unknown ensemble is named as such, not reported as a response without observations.
        ensembles.get(ensembleId);
        MatrixFormat.CSV.write(misfits.misfits(ensembleId, response, realization, summary).streamed(), out);
        out.flush();
    }
}
