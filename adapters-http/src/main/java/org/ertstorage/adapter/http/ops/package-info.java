/** What operators and orchestrators see of the server: health probes, request ids and the access log. */
package org.ertstorage.adapter.http.ops;
