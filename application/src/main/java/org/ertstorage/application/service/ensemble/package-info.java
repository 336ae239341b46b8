/** Services implementing the ensemble use cases. */
package org.ertstorage.application.service.ensemble;
