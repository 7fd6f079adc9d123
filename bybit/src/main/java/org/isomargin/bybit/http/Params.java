package org.isomargin.bybit.http;

import java.math.BigDecimal;
import org.isomargin.engine.num.Decimals;

/**
 * The flat parameters of one request (JSON body fields or query pairs) with typed getters that name the field
 * when they refuse it. An empty string counts as absent, as Bybit treats it. A handful of fields, so arrays and
 * a linear scan beat a map.
 */
final class Params {
    enum Kind { STRING, NUMBER, TRUE, FALSE, NULL, NESTED }

    /** Largest digit count or scale accepted for any decimal, far above every real amount. */
    private static final int MAX_DIGITS = 40;

    private String[] names = new String[8];
    private String[] texts = new String[8];
    private Kind[] kinds = new Kind[8];
    private int size;

    /** A name given twice is refused, in a body or a query alike: no reading may pick one copy silently. */
    void put(String name, Kind kind, String text) {
        if (find(name) >= 0) throw new BadParam(name, "is duplicated");
        if (size == names.length) grow();
        int i = size++;
        names[i] = name;
        kinds[i] = kind;
        texts[i] = text;
    }

    private void grow() {
        names = java.util.Arrays.copyOf(names, size * 2);
        texts = java.util.Arrays.copyOf(texts, size * 2);
        kinds = java.util.Arrays.copyOf(kinds, size * 2);
    }

    private int find(String name) {
        for (int i = 0; i < size; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    /** Index of a present value, or −1 when absent, JSON null or "". */
    private int present(String name) {
        int i = find(name);
        if (i < 0 || kinds[i] == Kind.NULL || (kinds[i] == Kind.STRING && texts[i].isEmpty())) return -1;
        return i;
    }

    boolean has(String name) { return present(name) >= 0; }

    String string(String name) {
        int i = present(name);
        if (i < 0) return null;
        if (kinds[i] != Kind.STRING) throw new BadParam(name, "must be a string");
        return texts[i];
    }

    String requiredString(String name) {
        String s = string(name);
        if (s == null) throw new BadParam(name, "is required");
        return s;
    }

    /** A decimal sent as a JSON string or number (pybit does not quote every amount). */
    BigDecimal decimal(String name) {
        int i = present(name);
        if (i < 0) return null;
        BigDecimal v = switch (kinds[i]) {
            case STRING -> Decimals.parseOrNull(texts[i]);
            case NUMBER -> number(texts[i]);
            default -> throw new BadParam(name, "must be a decimal number");
        };
        if (v == null || v.precision() > MAX_DIGITS || Math.abs(v.scale()) > MAX_DIGITS)
            throw new BadParam(name, "must be a decimal number");
        return v;
    }

    BigDecimal requiredDecimal(String name) {
        BigDecimal v = decimal(name);
        if (v == null) throw new BadParam(name, "is required");
        return v;
    }

    /** An integer sent as a JSON number or a string of digits; null when absent. */
    Integer integer(String name) {
        int i = present(name);
        if (i < 0) return null;
        if (kinds[i] != Kind.STRING && kinds[i] != Kind.NUMBER) throw new BadParam(name, "must be an integer");
        String t = texts[i];
        if (t.length() > 10) throw new BadParam(name, "must be an integer");
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!(c >= '0' && c <= '9') && !(k == 0 && c == '-' && t.length() > 1)) throw new BadParam(name, "must be an integer");
        }
        long v = Long.parseLong(t);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw new BadParam(name, "must be an integer");
        return (int) v;
    }

    Long longValue(String name) {
        int i = present(name);
        if (i < 0) return null;
        String t = texts[i];
        if ((kinds[i] != Kind.STRING && kinds[i] != Kind.NUMBER) || t.length() > 18 || !t.chars().allMatch(Character::isDigit))
            throw new BadParam(name, "must be a non-negative integer");
        return Long.parseLong(t);
    }

    /** A boolean sent as JSON true/false or the strings "true"/"false"; {@code dflt} when absent. */
    boolean bool(String name, boolean dflt) {
        int i = present(name);
        if (i < 0) return dflt;
        if (kinds[i] == Kind.TRUE) return true;
        if (kinds[i] == Kind.FALSE) return false;
        if (kinds[i] == Kind.STRING && "true".equals(texts[i])) return true;
        if (kinds[i] == Kind.STRING && "false".equals(texts[i])) return false;
        throw new BadParam(name, "must be true or false");
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
