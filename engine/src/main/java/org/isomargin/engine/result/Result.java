package org.isomargin.engine.result;

/**
 * Outcome of one command: a code, optional message arguments (for the Hyperliquid strings and Bybit field
 * names) and an optional payload (the position, balance or ids the command produced).
 */
public record Result(ResultCode code, Object payload, Object[] args) {

    private static final Object[] NONE = new Object[0];

    public static Result ok(Object payload) { return new Result(ResultCode.OK, payload, NONE); }

    public static Result fail(ResultCode code, Object... args) { return new Result(code, null, args); }

    public boolean ok() { return code.ok(); }

    public String hyperliquidMessage() { return code.hyperliquidMessage(args); }

    /** Bybit retMsg; parameter errors (10001) name what was wrong, e.g. the field or symbol. */
    public String bybitMessage() {
        if (args.length == 0 || code.bybitCode() != 10001) return code.bybitMsg();
        if (code == ResultCode.INVALID_PARAMETER) return "params error: " + args[0];
        return code.bybitMsg() + " (" + args[0] + ")";
    }

    @SuppressWarnings("unchecked")
    public <T> T payloadAs(Class<T> type) { return (T) payload; }
}
