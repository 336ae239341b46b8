/** The persistence adapter's entry: open a database, migrate its schema, get its transactions. */
package org.ertstorage.adapter.persistence;
