package org.isomargin.bybit.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A minimal Bybit V5 client for tests: HMAC-signs exactly the bytes it sends, with plain javax.crypto. */
final class SignedClient {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String RECV_WINDOW = "5000";

    private final String base;
    private final String key;
    private final String secret;
    private final LongSupplier clock;

    SignedClient(String base, String key, String secret, LongSupplier clock) {
        this.base = base;
        this.key = key;
        this.secret = secret;
        this.clock = clock;
    }

    SignedClient withKey(String otherKey, String otherSecret) { return new SignedClient(base, otherKey, otherSecret, clock); }

    Reply get(String path, String query) {
        String ts = Long.toString(clock.getAsLong());
        return send(signed(HttpRequest.newBuilder(uri(path, query)).GET(), ts, query == null ? "" : query));
    }

    Reply post(String path, String body) {
        String ts = Long.toString(clock.getAsLong());
        return send(signed(HttpRequest.newBuilder(uri(path, null))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), ts, body));
    }

    Reply publicGet(String path, String query) { return send(HttpRequest.newBuilder(uri(path, query)).GET()); }

    HttpRequest.Builder signed(HttpRequest.Builder b, String ts, String payload) {
        return b.header("X-BAPI-API-KEY", key).header("X-BAPI-TIMESTAMP", ts).header("X-BAPI-RECV-WINDOW", RECV_WINDOW)
                .header("X-BAPI-SIGN-TYPE", "2").header("X-BAPI-SIGN", hmac(secret, ts + key + RECV_WINDOW + payload));
    }

    URI uri(String path, String query) { return URI.create(base + path + (query == null ? "" : "?" + query)); }

    static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body(), r.body().isEmpty() ? null : MAPPER.readTree(r.body()));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String hmac(String secret, String origin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(origin.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
