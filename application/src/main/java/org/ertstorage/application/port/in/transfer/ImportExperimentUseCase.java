package org.ertstorage.application.port.in.transfer;

/**
 * Stores an exported experiment under new ids with the same links, in one transaction: a failure
 * leaves nothing behind (blobs written for it are deleted). Idempotent per import key.
 */
public interface ImportExperimentUseCase {

    ImportOutcome importExperiment(ImportExperimentCommand command);
}
