/** Services implementing the observation use cases. */
package org.ertstorage.application.service.observation;
