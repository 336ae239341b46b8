/** Observations: named groups of measured values with errors at positions on an x axis. */
package org.ertstorage.domain.observation;
