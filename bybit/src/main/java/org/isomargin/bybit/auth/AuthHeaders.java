package org.isomargin.bybit.auth;

/** Header names of Bybit V5 private requests (spec §1.2). X-BAPI-SIGN-TYPE is deliberately absent: it is ignored. */
public final class AuthHeaders {
    public static final String API_KEY = "X-BAPI-API-KEY";
    public static final String TIMESTAMP = "X-BAPI-TIMESTAMP";
    public static final String SIGN = "X-BAPI-SIGN";
    public static final String RECV_WINDOW = "X-BAPI-RECV-WINDOW";

    private AuthHeaders() {
    }
}
