/** Whole experiments out of and into the store, for batch export and import. */
package org.ertstorage.application.port.in.transfer;
