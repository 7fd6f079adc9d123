package org.isomargin.engine.codec;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The on-disk code of every constant of one persisted enum, written out rather than taken from {@code ordinal()},
 * so reordering or inserting a constant can never change what an old journal or snapshot means. Built eagerly:
 * a constant added without a code fails the codec class at load, in every test, not one day on replay.
 */
final class EnumCodes<E extends Enum<E>> {
    private final Class<E> type;
    private final EnumMap<E, Integer> codes;
    private final Map<Integer, E> byCode = new HashMap<>();

    private EnumCodes(Class<E> type, EnumMap<E, Integer> codes) {
        this.type = type;
        this.codes = codes;
        for (Map.Entry<E, Integer> e : codes.entrySet()) {
            if (byCode.put(e.getValue(), e.getKey()) != null)
                throw new IllegalStateException(type.getSimpleName() + ": code " + e.getValue() + " given twice");
        }
        for (E constant : type.getEnumConstants()) {
            if (!codes.containsKey(constant))
                throw new IllegalStateException(type.getSimpleName() + "." + constant + " has no persisted code");
        }
    }

    /** Every constant of {@code type} must have a code, and no code may be given twice. */
    static <E extends Enum<E>> EnumCodes<E> of(Class<E> type, Map<E, Integer> codes) {
        return new EnumCodes<>(type, new EnumMap<>(codes));
    }

    int code(E constant) { return codes.get(constant); }

    /** Null is written as -1 by the fields that may be absent. */
    int codeOrAbsent(E constant) { return constant == null ? -1 : code(constant); }

    E decode(int code) {
        E e = byCode.get(code);
        if (e == null) throw new IllegalArgumentException("corrupt record: unknown " + type.getSimpleName() + " code " + code);
        return e;
    }

    E decodeOrAbsent(int code) { return code == -1 ? null : decode(code); }
}
