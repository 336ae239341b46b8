package org.ertstorage.adapter.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A real HTTP client for the API under test: sends the token unless told not to. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final URI base;
    private final String token;

    public ApiClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same server, sending {@code token} instead (null: no Token header). */
    public ApiClient withToken(String otherToken) {
        return new ApiClient(base, otherToken);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, Map.of());
    }

    public ApiResponse post(String path, String json) {
        return send("POST", path, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    public ApiResponse put(String path, String json) {
        return send("PUT", path, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    public ApiResponse patch(String path, String json) {
        return send("PATCH", path, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public ApiResponse send(String method, String path, String body, Map<String, String> headers) {
        return exchange(method, path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    /** A request with a body of bytes, for binary formats and bodies that are not valid UTF-8. */
    public ApiResponse sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        return exchange(method, path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    private ApiResponse exchange(String method, String path, HttpRequest.BodyPublisher body, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).method(method, body);
        var allHeaders = new LinkedHashMap<>(headers);
        if (token != null) {
            allHeaders.putIfAbsent("Token", token);
        }
        allHeaders.forEach(builder::header);
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(method + " " + path, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }
}
