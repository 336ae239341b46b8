package org.ertstorage.adapter.http;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP/1.1 request written by hand on a socket: headers and the first part of the body now, the
 * rest when the test says, so the request is surely in flight on the server meanwhile (the JDK
 * client may hold back a body it streams).
 */
public final class SlowRequest implements AutoCloseable {

    /** The answer: its status and everything after the header block. */
    public record Answer(int status, String body) {
    }

    private final Socket socket;

    private SlowRequest(Socket socket) {
        this.socket = socket;
    }

    /** Sends the request line, the headers and {@code first}; {@code rest} follows in {@link #finish}. */
    public static SlowRequest begin(URI base, String method, String path, Map<String, String> headers, String first,
            String rest) throws IOException {
        var socket = new Socket(base.getHost(), base.getPort());
        var head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                + "Connection: close\r\nContent-Length: " + (bytes(first).length + bytes(rest).length) + "\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        socket.getOutputStream().write(bytes(head + "\r\n" + first));
        socket.getOutputStream().flush();
        return new SlowRequest(socket);
    }

    public Answer finish(String rest) throws IOException {
        socket.getOutputStream().write(bytes(rest));
        socket.getOutputStream().flush();
        var text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        return new Answer(Integer.parseInt(text.substring(9, 12)), split < 0 ? "" : text.substring(split + 4));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
