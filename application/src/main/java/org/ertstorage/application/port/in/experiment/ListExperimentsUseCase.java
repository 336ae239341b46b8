package org.ertstorage.application.port.in.experiment;

import java.util.List;

/** Lists every experiment in creation order. */
public interface ListExperimentsUseCase {

    List<ExperimentDetails> list();
}
