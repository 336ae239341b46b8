/** Use cases on experiments. */
package org.ertstorage.application.port.in.experiment;
