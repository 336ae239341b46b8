package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged application on the module path, as {@code ./ert-storage} does, to catch what
 * class-path tests cannot: a missing {@code opens}, an unreadable migration folder, an unresolved module.
 */
class PackagedApplicationIT {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private final HttpClient client = HttpClient.newHttpClient();
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void givenPackagedJar_serveOnModulePath_answersAndStoresData() throws Exception {
        var target = Path.of("target");
        assertTrue(Files.exists(target.resolve("ert-storage.jar")), "package the application first (mvn verify does)");
        var javaCommand = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(List.of(javaCommand,
                "--module-path", target.resolve("ert-storage.jar") + java.io.File.pathSeparator + target.resolve("lib"),
                "--add-modules", "ALL-MODULE-PATH",
                "--module", "org.ertstorage.bootstrap/org.ertstorage.bootstrap.Main", "serve", "--port", "0"))
                .redirectErrorStream(true)
                .start();
        int port = awaitPort(process);
        var base = "http://127.0.0.1:" + port;

        var health = client.send(HttpRequest.newBuilder(URI.create(base + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("\"ALL OK!\"", health.body());

        var created = client.send(HttpRequest.newBuilder(URI.create(base + "/experiments"))
                .header("Token", "hunter2").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"packaged\",\"priors\":{\"a\":{\"function\":\"const\",\"value\":1}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        var id = created.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        var read = client.send(HttpRequest.newBuilder(URI.create(base + "/experiments/" + id))
                .header("Token", "hunter2").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"name\":\"packaged\""), read.body());
    }

    private static int awaitPort(Process process) throws Exception {
        var output = new StringBuffer();
        var port = new CompletableFuture<Integer>();
        // One reader for the whole life of the process, so the server never blocks on a full pipe.
        Thread.ofVirtual().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    var matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        port.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.complete(-1);
        });
        int found = port.get(60, TimeUnit.SECONDS);
        assertTrue(found > 0, "the server did not start:\n" + output);
        return found;
    }
}
