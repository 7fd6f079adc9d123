package org.isomargin.bybit.auth;

import java.util.Objects;

/** Outcome of authenticating one request: the caller's credential, or a Bybit retCode/retMsg to send back. */
public sealed interface AuthResult permits AuthResult.Authenticated, AuthResult.Rejected {

    record Authenticated(ApiCredential credential) implements AuthResult {
        public Authenticated {
            Objects.requireNonNull(credential, "credential");
        }
    }

    /** Sent in the normal envelope with HTTP 200, as Bybit does (spec §1.5, §9.4). */
    record Rejected(int retCode, String retMsg) implements AuthResult {
        public Rejected {
            Objects.requireNonNull(retMsg, "retMsg");
        }
    }

    default boolean isAuthenticated() {
        return this instanceof Authenticated;
    }
}
