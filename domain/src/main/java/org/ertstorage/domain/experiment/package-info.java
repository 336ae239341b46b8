/** Experiments: one ERT configuration with its priors and observations. */
package org.ertstorage.domain.experiment;
