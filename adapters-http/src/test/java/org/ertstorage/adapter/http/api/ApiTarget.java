package org.ertstorage.adapter.http.api;

import java.net.URI;
import java.util.function.Supplier;

/**
 * A server the contract suites run against: its address, asked for only when a test runs (the
 * server starts then), and the token it was started with.
 */
public record ApiTarget(Supplier<URI> baseUri, String token) {
}
