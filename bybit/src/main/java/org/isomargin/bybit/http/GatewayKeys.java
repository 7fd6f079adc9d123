package org.isomargin.bybit.http;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.isomargin.bybit.auth.ApiCredential;
import org.isomargin.bybit.auth.ApiKeyDirectory;
import org.isomargin.bybit.auth.RsaKeys;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.gateway.EngineGateway;

/**
 * The authenticator's key directory, backed by the gateway's thread-safe key copy. Credentials are cached per
 * engine key object, so an RSA PEM is parsed once and a re-registered key is picked up at once.
 */
final class GatewayKeys implements ApiKeyDirectory {
    private record Cached(ApiKey source, ApiCredential credential) {
    }

    private final EngineGateway gateway;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    GatewayKeys(EngineGateway gateway) { this.gateway = gateway; }

    @Override
    public Optional<ApiCredential> find(String apiKey) {
        ApiKey k = gateway.apiKey(apiKey);
        if (k == null) {
            cache.remove(apiKey);
            return Optional.empty();
        }
        Cached c = cache.get(apiKey);
        if (c == null || c.source() != k) {
            ApiCredential cred = credential(k);
            if (cred == null) return Optional.empty();
            c = new Cached(k, cred);
            cache.put(apiKey, c);
        }
        return Optional.of(c.credential());
    }

    /** Null for a key whose stored PEM no longer parses: it authenticates nothing (10003). */
    private static ApiCredential credential(ApiKey k) {
        if (!k.rsa()) return ApiCredential.hmac(k.apiKey(), k.uid(), k.secret(), k.readOnly());
        try {
            return ApiCredential.rsa(k.apiKey(), k.uid(), RsaKeys.parsePublicKeyPem(k.rsaPublicKeyPem()), k.readOnly());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
