/** Updates: the edges of the ensemble graph, with per-observation transformations. */
package org.ertstorage.domain.update;
