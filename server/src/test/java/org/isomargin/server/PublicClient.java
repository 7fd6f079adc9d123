package org.isomargin.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.Signer;
import org.isomargin.hyperliquid.wire.ExchangeRequestWriter;
import org.isomargin.hyperliquid.wire.L1Action;

/** Signed requests to the public port, built the way the venues' SDKs build them. */
final class PublicClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    PublicClient(int port) { this.base = "http://127.0.0.1:" + port; }

    /** Bybit V5 POST, HMAC-SHA256 over timestamp + key + recvWindow + body. */
    JsonNode bybitPost(String path, String key, String secret, String body) {
        String ts = Long.toString(System.currentTimeMillis());
        String sign = hmac(secret, ts + key + "5000" + body);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-BAPI-API-KEY", key).header("X-BAPI-TIMESTAMP", ts)
                .header("X-BAPI-RECV-WINDOW", "5000").header("X-BAPI-SIGN", sign).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Hyperliquid /exchange with an L1 action signed for the testnet phantom agent. */
    JsonNode exchange(Signer signer, L1Action action, long nonce, String vault) {
        byte[] body = ExchangeRequestWriter.toBytes(signer.l1Request(action, nonce, vault, null, Network.TESTNET));
        return send(HttpRequest.newBuilder(URI.create(base + "/exchange")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private JsonNode send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            return OperatorClient.JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
