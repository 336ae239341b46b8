/** Priors: the named probability distributions ERT samples parameters from. */
package org.ertstorage.domain.prior;
