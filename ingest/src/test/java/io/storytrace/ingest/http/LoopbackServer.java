package io.storytrace.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on the loopback interface for tests: register handlers by path, read back the
 * requests it saw. It never reaches beyond this machine.
 */
public final class LoopbackServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Seen(String path, Map<String, List<String>> headers) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public LoopbackServer() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor =
                Executors.newCachedThreadPool(
                        Thread.ofPlatform().name("loopback-server-", 0).daemon(true).factory());
        server.setExecutor(executor);
        // every path nothing else serves is a plain 404, robots.txt included
        handle(
                "/",
                exchange ->
                        send(
                                exchange,
                                404,
                                "text/plain",
                                "not found".getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    /** Serves {@code path} (and below it) with {@code handler}. */
    public LoopbackServer handle(String path, HttpHandler handler) {
        server.createContext(
                path,
                exchange -> {
                    seen.add(
                            new Seen(
                                    exchange.getRequestURI().getPath(),
                                    Map.copyOf(exchange.getRequestHeaders())));
                    try (exchange) {
                        handler.handle(exchange);
                    }
                });
        return this;
    }

    /** Serves {@code body} at {@code path} with status 200 and {@code contentType}. */
    public LoopbackServer page(String path, String contentType, String body) {
        return handle(
                path,
                exchange ->
                        send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The address of {@code path} on 127.0.0.1. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** The address of {@code path} under the name "localhost". */
    public URI localhost(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The requests seen so far, in order. */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Sends a whole response. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
