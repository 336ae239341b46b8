/** Ensembles: one evaluation of N realizations, their active realizations and lifecycle. */
package org.ertstorage.domain.ensemble;
