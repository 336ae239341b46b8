package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The packaged application started as its own process on the module path, as {@code ./ert-storage
 * serve} starts it, on a free port and with the given environment.
 */
final class PackagedApplication implements AutoCloseable {

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final StringBuffer output;
    private final int port;

    private PackagedApplication(Process process, StringBuffer output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    static PackagedApplication start(Map<String, String> environment) throws Exception {
        var target = Path.of("target");
        assertTrue(Files.exists(target.resolve("ert-storage.jar")), "package the application first (mvn verify does)");
        return launch(List.of(JAVA,
                "--module-path", target.resolve("ert-storage.jar") + File.pathSeparator + target.resolve("lib"),
                "--add-modules", "ALL-MODULE-PATH",
                "--module", "org.ertstorage.bootstrap/org.ertstorage.bootstrap.Main", "serve", "--port", "0"), environment);
    }

    /**
     * The application from the test's own class path (no packaging needed, so surefire tests can
     * use it) in a JVM of its own with the given options, such as a small {@code -Xmx}.
     */
    static PackagedApplication startOnClassPath(List<String> jvmOptions, Map<String, String> environment) throws Exception {
        var command = new ArrayList<String>();
        command.add(JAVA);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0"));
        return launch(command, environment);
    }

    private static PackagedApplication launch(List<String> command, Map<String, String> environment) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        var process = builder.start();
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
        return new PackagedApplication(process, output, found);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Process process() {
        return process;
    }

    /** Everything the process wrote so far, standard output and error together. */
    String output() {
        return output.toString();
    }

    /** Sends SIGTERM (on Linux) and waits for the process to end. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
