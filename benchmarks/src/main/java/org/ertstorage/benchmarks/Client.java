package org.ertstorage.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** HTTP/1.1 requests to the server with its token; any answer but 2xx fails the operation. */
final class Client {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String token;

    Client(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    byte[] send(String method, String path, String contentType, byte[] body, String accept)
            throws IOException, InterruptedException {
        return send(method, path, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body), accept);
    }

    byte[] send(String method, String path, String contentType, HttpRequest.BodyPublisher body, String accept)
            throws IOException, InterruptedException {
        var response = http.send(request(method, path, contentType, body, accept), HttpResponse.BodyHandlers.ofByteArray());
        requireSuccess(method, path, response.statusCode(), response.body());
        return response.body();
    }

    /** A GET whose body is counted as it streams in, never held whole. */
    long download(String path) throws IOException, InterruptedException {
        var response = http.send(request("GET", path, null, HttpRequest.BodyPublishers.noBody(), null),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                requireSuccess("GET", path, response.statusCode(), body.readAllBytes());
            }
            long total = 0;
            var buffer = new byte[1 << 16];
            for (int read; (read = body.read(buffer)) >= 0; ) {
                total += read;
            }
            return total;
        }
    }

    /** The {@code id} of a created entity. */
    String create(String path, String json) throws IOException, InterruptedException {
        var answer = new String(send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), null),
                StandardCharsets.UTF_8);
        var matcher = ID.matcher(answer);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + answer);
        }
        return matcher.group(1);
    }

    private HttpRequest request(String method, String path, String contentType, HttpRequest.BodyPublisher body,
            String accept) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).header("Token", token).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder.build();
    }

    private static void requireSuccess(String method, String path, int status, byte[] body) throws IOException {
        if (status / 100 != 2) {
            var text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            throw new IOException(method + " " + path + " answered " + status + ": " + text);
        }
    }
}
