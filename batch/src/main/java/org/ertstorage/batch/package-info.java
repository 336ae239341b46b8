/** The batch commands: export, import and misfits on the use cases, without the HTTP adapter. */
package org.ertstorage.batch;
