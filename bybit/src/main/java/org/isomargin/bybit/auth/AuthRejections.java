package org.isomargin.bybit.auth;

import org.isomargin.bybit.auth.AuthResult.Rejected;

/** The Bybit auth error codes (spec §3.1) and their observed message texts (spec §1.4, §3.1). */
public final class AuthRejections {
    public static final int TIMESTAMP_OUT_OF_WINDOW = 10002;
    public static final int API_KEY_INVALID = 10003;
    public static final int SIGN_ERROR = 10004;
    public static final int PERMISSION_DENIED = 10005;

    static final Rejected INVALID_API_KEY = new Rejected(API_KEY_INVALID, "API key is invalid.");
    static final Rejected NO_PERMISSION =
            new Rejected(PERMISSION_DENIED, "Permission denied, please check your API key permissions.");

    private AuthRejections() {
    }

    /** Header values are echoed verbatim (empty when absent), as Bybit echoes what it received. */
    static Rejected timestamp(String reqTimestamp, long serverTimeMs, String recvWindow) {
        return new Rejected(TIMESTAMP_OUT_OF_WINDOW,
                "invalid request, please check your server timestamp or recv_window param. req_timestamp["
                        + nullToEmpty(reqTimestamp) + "],server_timestamp[" + serverTimeMs + "],recv_window["
                        + nullToEmpty(recvWindow) + "]");
    }

    /** Shows the string the server signed, so a client can diff it against its own. */
    static Rejected sign(String originString) {
        return new Rejected(SIGN_ERROR, "error sign! origin_string[" + originString + "]");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
