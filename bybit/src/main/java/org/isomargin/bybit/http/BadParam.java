package org.isomargin.bybit.http;

/**
 * A request parameter the dialect refuses (retCode 10001); the message starts with the field name. Stackless:
 * it is control flow on a hot path, not a bug report.
 */
final class BadParam extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadParam(String field, String problem) {
        super(field + " " + problem, null, false, false);
    }
}
