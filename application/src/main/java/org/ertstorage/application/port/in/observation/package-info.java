/** Use cases on observations. */
package org.ertstorage.application.port.in.observation;
