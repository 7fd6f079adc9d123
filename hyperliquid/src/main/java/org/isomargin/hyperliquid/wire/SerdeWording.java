package org.isomargin.hyperliquid.wire;

import org.isomargin.json.StrictJson;

/**
 * A body the shared StrictJson policy refused, worded as the venue's serde_json words it in axum's 422 body.
 * Both Hyperliquid routes (/exchange and /info) use it, so a bad body reads the same on either.
 */
public final class SerdeWording {
    private SerdeWording() {}

    public static String of(StrictJson.Refused e) {
        String at = " at line " + e.line() + " column " + e.column();
        return switch (e.reason()) {
            case EMPTY -> "EOF while parsing a value at line 1 column 0";
            case DUPLICATE_KEY -> "duplicate field `" + e.key() + "`" + at;
            case TRAILING_DATA -> "trailing characters" + at;
            default -> e.getMessage() + at;
        };
    }

    /** Syntax errors, as opposed to well-formed JSON that breaks the schema (serde tells them apart). */
    public static boolean isSyntax(StrictJson.Refused e) {
        return e.reason() != StrictJson.Refused.Reason.DUPLICATE_KEY;
    }
}
