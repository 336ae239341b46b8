/** Batched reads of the experiment, ensemble, update and record graph, for clients that walk it (GraphQL). */
package org.ertstorage.application.port.in.browse;
