/** Use cases on ensembles. */
package org.ertstorage.application.port.in.ensemble;
