package org.isomargin.hyperliquid.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.isomargin.json.StrictJson;

/**
 * Strict parser for {@code POST /exchange} bodies (hyperliquid.md §1.2): accepts every envelope the PY, RS, NK
 * and ccxt SDKs send, and turns everything else into a {@link WireFormatException}. Thread-safe.
 */
public final class ExchangeRequestParser {

    private ExchangeRequestParser() {
    }

    public static ExchangeRequest parse(String body) throws WireFormatException {
        return parse(body.getBytes(StandardCharsets.UTF_8));
    }

    public static ExchangeRequest parse(byte[] body) throws WireFormatException {
        try {
            return parseTree(readTree(body));
        } catch (IllegalArgumentException e) {
            // the fields are validated one by one above; this only backs up the records' own checks
            throw new WireFormatException(e.getMessage(), false);
        }
    }

    private static ExchangeRequest parseTree(JsonNode tree) throws WireFormatException {
        JsonFields root = JsonFields.of(tree, "", "struct ExchangeRequest");
        ExchangeAction action = ActionParser.parse(root.required("action"), "action");
        long nonce = root.u64Bits("nonce"); // the full u64 range reaches the nonce check, as on the venue
        JsonFields sig = root.object("signature", "struct Signature");
        Signature signature = new Signature(sig.hexInteger("r"), sig.hexInteger("s"), u8(sig, "v"));
        String vaultAddress = root.optionalAddress("vaultAddress");
        Long expiresAfter = root.optionalU64("expiresAfter");
        return new ExchangeRequest(action, nonce, signature, vaultAddress, expiresAfter);
    }

    /** The shared StrictJson policy; each refusal worded as serde_json words it (axum's 422 body). */
    private static JsonNode readTree(byte[] body) throws WireFormatException {
        try {
            return StrictJson.read(body);
        } catch (StrictJson.Refused e) {
            throw new WireFormatException(SerdeWording.of(e), SerdeWording.isSyntax(e));
        }
    }

    /** v is a byte on the wire; whether it is 27/28 (or 0/1) is the recovery's business, not the schema's. */
    private static int u8(JsonFields sig, String field) throws WireFormatException {
        long v = sig.u64(field);
        if (v > 255) {
            throw sig.fieldError(field, "invalid value: integer `" + v + "`, expected u8");
        }
        return (int) v;
    }
}
