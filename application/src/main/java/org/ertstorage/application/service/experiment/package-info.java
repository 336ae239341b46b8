/** Services implementing the experiment use cases. */
package org.ertstorage.application.service.experiment;
