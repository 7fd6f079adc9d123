package org.isomargin.engine.command;

/** Registers a Bybit API key; the caller generated key and secret, so replay stays deterministic. */
public record CreateApiKey(long timestamp, long uid, String apiKey, String secret, String rsaPublicKeyPem,
                           boolean readOnly) implements Command {
}
