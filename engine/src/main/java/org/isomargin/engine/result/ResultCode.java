package org.isomargin.engine.result;

/**
 * Every outcome of a command, with its Bybit retCode/retMsg and its Hyperliquid error string side by side
 * (bybit-v5.md §3, hyperliquid.md §1.5). Hyperliquid strings may hold {@code %s} for the arguments a
 * {@link Result} carries. {@code operatorCode} is the stable snake_case code of the operator API.
 */
public enum ResultCode {
    OK(0, "OK", null, "ok"),

    // --- request / lookup problems ---
    INVALID_PARAMETER(10001, "Request parameter error", "Invalid request: %s", "invalid_parameter"),
    UNKNOWN_SYMBOL(10001, "params error: symbol invalid", "Invalid asset: %s", "unknown_symbol"),
    CATEGORY_MISMATCH(10001, "params error: category does not match the symbol", null, "invalid_parameter"),
    UNKNOWN_ACCOUNT(10003, "API key is invalid.", "Unknown user while updating isolated margin.", "unknown_account"),
    DUPLICATE_MARKET_CHANGE(10001, "market has open positions", null, "market_in_use"),
    POSITION_IDX_MISMATCH(10001, "position idx not match position mode", null, "position_idx_mismatch"),

    // --- margin changes ---
    MARGIN_ZERO(110027, "Margin has not been modified.", "Update to isolated margin cannot be zero.", "margin_zero"),
    NO_POSITION(110033, "You can't set margin without an open position", "Cannot update margin for empty position.", "no_position"),
    CROSS_POSITION(110015, "The position is in cross margin mode.", "Position does not use isolated margin.", "cross_position"),
    PORTFOLIO_MARGIN(110077, "Pm mode cannot support", null, "portfolio_margin"),
    INSUFFICIENT_FOR_ADD(110014, "Insufficient available balance to add additional margin.",
            "Account does not have sufficient margin available for increase.", "insufficient_available"),
    REDUCE_ABOVE_MAX(110078, "Added margin more than max can reduce margin",
            "Position does not have sufficient margin for reduction.", "reduce_above_max"),
    WOULD_LIQUIDATE(110046, "Liquidation will be triggered immediately by this adjustment.",
            "Position does not have sufficient margin for reduction.", "would_liquidate"),
    STRICT_ISOLATED_REMOVAL(110078, "Added margin more than max can reduce margin",
            "Cannot remove isolated margin for this asset. To remove margin, reduce the position.", "strict_isolated"),
    NOT_STRICT_ISOLATED(10001, "Request parameter error", "Asset not strict isolated", "not_strict_isolated"),
    POSITION_STATUS(110005, "position status error", "Position is being liquidated.", "position_status"),

    // --- leverage / modes ---
    LEVERAGE_UNCHANGED(110043, "Set leverage has not been modified.", null, "leverage_unchanged"),
    LEVERAGE_ABOVE_TIER(110013, "Cannot set leverage due to risk limit level.", "Invalid leverage value", "leverage_above_max"),
    LEVERAGE_INVALID(10001, "params error: leverage invalid", "Invalid leverage value", "invalid_leverage"),
    LEVERAGE_INSUFFICIENT(110044, "Available margin is insufficient.",
            "Isolated position does not have sufficient margin available to decrease leverage. To decrease leverage, add margin to the position.",
            "insufficient_available"),
    SWITCH_WITH_POSITION(3400045, "Set margin mode failed", "Cannot switch leverage type with open position.", "open_position"),
    CROSS_NOT_ALLOWED(10001, "Request parameter error", "Cross margin is not allowed for this asset.", "cross_not_allowed"),
    MARGIN_MODE_UNCHANGED(110026, "Cross/isolated margin mode has not been modified.", null, "margin_mode_unchanged"),
    POSITION_MODE_UNCHANGED(110025, "Position mode has not been modified.", null, "position_mode_unchanged"),
    POSITION_MODE_HAS_POSITION(110024, "You have an existing position, so the position mode cannot be switched.", null, "open_position"),
    HEDGE_NOT_SUPPORTED(110029, "Hedge mode is not supported for this symbol.", null, "hedge_not_supported"),
    AUTO_ADD_NOT_ISOLATED(110076, "Only isolated mode can set auto-add-margin", null, "not_isolated"),

    // --- orders / fills ---
    INSUFFICIENT_FOR_ORDER(110007, "Available balance is insufficient", "Insufficient margin to place order.", "insufficient_available"),
    QTY_INVALID(10001, "Qty invalid", "Order has invalid size.", "invalid_qty"),
    PRICE_INVALID(10001, "params error: price invalid", "Order has invalid price.", "invalid_price"),
    RISK_LIMIT_EXCEEDED(110090, "Order placement failed as your position may exceed the max limit allowed at the current risk limit.",
            "Order would exceed the maximum position size for the asset.", "risk_limit_exceeded"),
    CROSS_NOT_SUPPORTED(10001, "Isomargin margins isolated positions only: cross (REGULAR_MARGIN) positions cannot be opened, switch to ISOLATED_MARGIN",
            null, "cross_not_supported"),
    ORDER_LINK_ID_DUPLICATE(110072, "OrderLinkedID is duplicate", "Duplicate client order id.", "order_link_id_duplicate"),
    REDUCE_ONLY_INCREASE(110017, "Reduce-only rule not satisfied", "Reduce only order would increase position.", "reduce_only"),
    NOT_MARKETABLE(10001, "Isomargin has no order book: only Market orders and Limit orders priced through the mark price are accepted",
            "Isomargin has no order book: only orders priced through the mark price can fill", "not_marketable"),
    IOC_NOT_FILLED(0, "OK", "Order could not immediately match against any resting orders. asset=%s", "ioc_cancelled"),
    NO_MARK_PRICE(10001, "no mark price for symbol", "No mark price for asset.", "no_mark_price"),

    // --- wallets ---
    INSUFFICIENT_FOR_WITHDRAW(110007, "Available balance is insufficient", "Insufficient balance for withdrawal.", "insufficient_available"),
    COIN_MISMATCH(10001, "params error: coin", null, "invalid_coin"),

    // --- Hyperliquid principals, nonces, signatures ---
    UNKNOWN_SIGNER(10003, "API key is invalid.", "User or API Wallet %s does not exist.", "unknown_signer"),
    MUST_DEPOSIT(10003, "API key is invalid.", "Must deposit before performing actions. User: %s", "must_deposit"),
    ACTION_EXPIRED(10002, "request expired", "Action already expired", "expired"),
    NONCE_DUPLICATE(10014, "Invalid duplicate request.", "Invalid nonce: duplicate nonce %s", "nonce_duplicate"),
    NONCE_TOO_LOW(10002, "request expired", "Invalid nonce: nonce too low %s < %s", "nonce_too_low"),
    NONCE_TOO_HIGH(10002, "request expired", "Invalid nonce: nonce too high %s > %s", "nonce_too_high"),
    VAULT_NOT_REGISTERED(10001, "Request parameter error", "Vault not registered: %s", "vault_not_registered"),
    VAULT_NOT_LEADER(10005, "Permission denied, please check your API key permissions.",
            "User or API Wallet %s is not the leader or master of %s.", "not_vault_leader"),
    AGENT_EXPIRED(10001, "Request parameter error", "Agent valid_until already expired.", "agent_expired"),
    AGENT_ALREADY_USED(10001, "Request parameter error", "Extra agent already used.", "agent_used"),
    AGENT_LIMIT(10001, "Request parameter error", "Too many extra agents for cumulative volume traded. Current limit is 3", "agent_limit"),
    AGENT_PENDING_REMOVAL(10001, "Request parameter error", "User has pending agent removal", "agent_pending_removal"),
    INSTANCE_ID_SET(10001, "instance id already set", null, "instance_id_set"),
    ADDRESS_IN_USE(10001, "Request parameter error", "Address already registered: %s", "address_in_use");

    private final int bybitCode;
    private final String bybitMsg;
    private final String hyperliquidMsg;
    private final String operatorCode;

    ResultCode(int bybitCode, String bybitMsg, String hyperliquidMsg, String operatorCode) {
        this.bybitCode = bybitCode;
        this.bybitMsg = bybitMsg;
        this.hyperliquidMsg = hyperliquidMsg;
        this.operatorCode = operatorCode;
    }

    public int bybitCode() { return bybitCode; }

    public String bybitMsg() { return bybitMsg; }

    /** Hyperliquid text with its placeholders filled; a generic text when the code has no Hyperliquid form. */
    public String hyperliquidMessage(Object... args) {
        String t = hyperliquidMsg != null ? hyperliquidMsg : bybitMsg;
        return args.length == 0 || !t.contains("%s") ? t : String.format(java.util.Locale.ROOT, t, args);
    }

    public String operatorCode() { return operatorCode; }

    public boolean ok() { return this == OK; }
}
