package org.isomargin.bybit.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

final class AuthAssertions {
    private AuthAssertions() {
    }

    static ApiCredential assertAuthenticated(AuthResult r) {
        return assertInstanceOf(AuthResult.Authenticated.class, r, () -> "rejected: " + r).credential();
    }

    static AuthResult.Rejected assertRejected(int retCode, AuthResult r) {
        AuthResult.Rejected rej = assertInstanceOf(AuthResult.Rejected.class, r, "expected rejection");
        assertEquals(retCode, rej.retCode(), () -> "retMsg: " + rej.retMsg());
        return rej;
    }
}
