package org.lms.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A local stand-in for Sentry's ingestion API: accepts envelopes at
 * {@code POST /api/<project>/envelope/} (gzip'd or not) and keeps their text for assertions.
 */
public final class SentryReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<String> envelopes = new CopyOnWriteArrayList<>();

    private SentryReceiver(HttpServer server) {
        this.server = server;
    }

    static SentryReceiver start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        SentryReceiver receiver = new SentryReceiver(server);
        server.createContext("/api/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            receiver.envelopes.add(decode(body, encoding));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    private static String decode(byte[] body, String encoding) throws IOException {
        if (encoding != null && encoding.contains("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    public List<String> envelopes() {
        return List.copyOf(envelopes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
