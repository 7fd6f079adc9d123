package org.isomargin.bybit.http;

import java.math.BigDecimal;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.num.Decimals;

/** Checks shared by several endpoints; each refusal names its field (bybit-v5.md §2.1). */
final class Fields {
    /** Bybit accepts at most 4 decimals in an add/reduce-margin amount (bybit-v5.md §2.1). */
    static final int MARGIN_DECIMALS = 4;
    private static final int MAX_SYMBOL_LENGTH = 40;

    private Fields() {}

    /** category for position, order and margin endpoints: linear or inverse only. */
    static BybitCategory derivativeCategory(Params p) {
        BybitCategory c = BybitCategory.fromWire(p.requiredString("category"));
        if (c == null) throw new BadParam("category", "must be linear or inverse");
        return c;
    }

    /** category for list endpoints, which also answer spot and option (always with empty lists here). */
    static String anyCategory(Params p, boolean required) {
        String c = required ? p.requiredString("category") : p.string("category");
        if (c == null) return null;
        return switch (c) {
            case "linear", "inverse", "spot", "option" -> c;
            default -> throw new BadParam("category", "must be one of spot, linear, inverse, option");
        };
    }

    static String symbol(Params p, boolean required) {
        String s = required ? p.requiredString("symbol") : p.string("symbol");
        if (s != null) checkUpper("symbol", s);
        return s;
    }

    /** Coins and symbols are uppercase only; a lowercase name is refused rather than folded. */
    static String checkUpper(String field, String s) {
        if (s.length() > MAX_SYMBOL_LENGTH) throw new BadParam(field, "is too long");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') throw new BadParam(field, "must be uppercase");
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '-') throw new BadParam(field, "is invalid");
        }
        return s;
    }

    /** positionIdx: 0 one-way, 1 hedge buy, 2 hedge sell; 0 when absent. */
    static int positionIdx(Params p) {
        Integer i = p.integer("positionIdx");
        if (i == null) return 0;
        if (i < 0 || i > 2) throw new BadParam("positionIdx", "must be 0, 1 or 2");
        return i;
    }

    static BigDecimal margin(Params p) {
        BigDecimal m = p.requiredDecimal("margin");
        if (Decimals.decimals(m) > MARGIN_DECIMALS) throw new BadParam("margin", "must have at most 4 decimal places");
        return m;
    }

    /** A required positive decimal such as qty or leverage. */
    static BigDecimal positive(Params p, String field) {
        BigDecimal v = p.requiredDecimal(field);
        if (v.signum() <= 0) throw new BadParam(field, "must be greater than 0");
        return v;
    }

    static int limit(Params p, int dflt, int max) {
        Integer l = p.integer("limit");
        if (l == null) return dflt;
        if (l < 1 || l > max) throw new BadParam("limit", "must be between 1 and " + max);
        return l;
    }

    /** Our cursors are row offsets printed as digits; anything else was not issued by us. */
    static int cursor(Params p) {
        String c = p.string("cursor");
        if (c == null) return 0;
        if (c.length() > 9 || !c.chars().allMatch(Character::isDigit)) throw new BadParam("cursor", "is invalid");
        return Integer.parseInt(c);
    }

    /** An integer flag restricted to a closed set of values (tradeMode, autoAddMargin, mode). */
    static int oneOf(Params p, String field, int... allowed) {
        Integer v = p.integer(field);
        if (v == null) throw new BadParam(field, "is required");
        for (int a : allowed) if (a == v) return v;
        throw new BadParam(field, "must be one of " + java.util.Arrays.toString(allowed));
    }
}
