/** The database and blob store of the server and the batch commands, and the settings that locate them. */
package org.ertstorage.batch.storage;
