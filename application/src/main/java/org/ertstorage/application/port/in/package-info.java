/** Incoming ports: one interface per use case, grouped by feature. */
package org.ertstorage.application.port.in;
