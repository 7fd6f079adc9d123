package org.isomargin.bybit.auth;

import java.util.Optional;

/** Looks up a registered key; the server backs it by engine state, tests by a map. Must be thread-safe. */
@FunctionalInterface
public interface ApiKeyDirectory {
    Optional<ApiCredential> find(String apiKey);
}
