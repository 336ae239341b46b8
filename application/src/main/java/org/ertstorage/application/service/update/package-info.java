/** Services implementing the update use cases. */
package org.ertstorage.application.service.update;
