/** Use cases of records: uploads, lookups, listings and their observations. */
package org.ertstorage.application.port.in.record;
