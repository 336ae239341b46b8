/** Outgoing ports: the repositories, transactions and blob store the use cases need. */
package org.ertstorage.application.port.out;
