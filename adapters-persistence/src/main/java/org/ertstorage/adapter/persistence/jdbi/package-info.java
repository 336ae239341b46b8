/** The JDBI repositories behind the application's outgoing ports, bound to one transaction's handle. */
package org.ertstorage.adapter.persistence.jdbi;
