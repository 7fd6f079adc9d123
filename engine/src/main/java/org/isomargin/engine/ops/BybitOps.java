package org.isomargin.engine.ops;

import static org.isomargin.engine.result.ResultCode.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.account.BybitSymbolSettings;
import org.isomargin.engine.command.BybitAddMargin;
import org.isomargin.engine.command.BybitPlaceOrder;
import org.isomargin.engine.command.BybitSetAutoAddMargin;
import org.isomargin.engine.command.BybitSetLeverage;
import org.isomargin.engine.command.BybitSetMarginMode;
import org.isomargin.engine.command.BybitSwitchIsolated;
import org.isomargin.engine.command.BybitSwitchMode;
import org.isomargin.engine.command.Fill;
import org.isomargin.engine.command.ImportBybitPosition;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.LedgerEntry;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.market.RiskTier;
import org.isomargin.engine.num.Rounding;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.PositionStatus;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.rules.bybit.BybitFigures;
import org.isomargin.engine.rules.bybit.BybitRules;
import org.isomargin.engine.state.EngineState;
import org.isomargin.engine.view.BybitPositionView;

/**
 * Applies the Bybit commands (bybit-v5.md §2, §4, §5, §7). Every method validates first and mutates only after
 * the last check passed, so a refused command leaves the state untouched.
 */
public final class BybitOps {
    /** Leverage new Bybit symbols open with until the account sets one (capped at the market maximum). */
    static final BigDecimal DEFAULT_LEVERAGE = BigDecimal.TEN;
    private static final int MAX_MARGIN_DECIMALS = 4;

    private final EngineState st;
    private final Views views;

    public BybitOps(EngineState st, Views views) {
        this.st = st;
        this.views = views;
    }

    // ---------------------------------------------------------------- lookups

    /** The market if it exists, is a Bybit one and matches the category; otherwise the refusal. */
    private Object market(String symbol, BybitCategory category) {
        Market m = symbol == null ? null : st.markets.get(symbol);
        if (!(m instanceof BybitMarket b)) return fail(UNKNOWN_SYMBOL, symbol);
        if (category != null && b.category() != category) return fail(CATEGORY_MISMATCH);
        return b;
    }

    static BybitSymbolSettings settings(Account a, BybitMarket m) {
        return a.bybitSettings.computeIfAbsent(m.symbol(), k -> new BybitSymbolSettings(DEFAULT_LEVERAGE.min(m.maxLeverage())));
    }

    /** Settings as they would be, without creating them (reads must not change state). */
    static BybitSymbolSettings peekSettings(Account a, BybitMarket m) {
        BybitSymbolSettings s = a.bybitSettings.get(m.symbol());
        return s != null ? s : new BybitSymbolSettings(DEFAULT_LEVERAGE.min(m.maxLeverage()));
    }

    /** Whether the account runs this symbol in hedge mode (positionIdx 1 and 2) rather than one-way (0). */
    public static boolean hedgeMode(Account a, BybitMarket m) {
        return peekSettings(a, m).hedgeMode;
    }

    static boolean effectiveIsolated(Account a, BybitSymbolSettings s) {
        return s.isolated != null ? s.isolated : a.marginMode != BybitMarginMode.REGULAR_MARGIN;
    }

    /** positionIdx 0 in one-way mode, 1 or 2 in hedge mode. */
    static boolean validIdx(BybitSymbolSettings s, int idx) {
        return s.hedgeMode ? (idx == 1 || idx == 2) : idx == 0;
    }

    private BybitPosition slot(Account a, BybitMarket m, int idx, boolean create) {
        BybitPosition[] slots = a.bybitPositions.get(m.symbol());
        if (slots == null) {
            if (!create) return null;
            slots = new BybitPosition[3];
            a.bybitPositions.put(m.symbol(), slots);
        }
        if (slots[idx] == null && create) {
            BybitSymbolSettings s = settings(a, m);
            slots[idx] = new BybitPosition(st.nextPositionId++, a.uid, m.symbol(), idx, s.buyLeverage);
        }
        return slots[idx];
    }

    private static boolean anyOpen(Account a, String symbol) {
        BybitPosition[] slots = a.bybitPositions.get(symbol);
        if (slots == null) return false;
        for (BybitPosition p : slots) if (p != null && p.isOpen()) return true;
        return false;
    }

    private static boolean anyOpen(Account a) {
        for (BybitPosition[] slots : a.bybitPositions.values())
            for (BybitPosition p : slots) if (p != null && p.isOpen()) return true;
        return false;
    }

    private BybitFigures figures(BybitMarket m, Account a, int side, BigDecimal size, BigDecimal entry, BigDecimal lev,
                                 BigDecimal extra) {
        return BybitRules.of(m).figures(m, side, size, entry, lev, extra, st.takerFee(a, m));
    }

    /** Recomputes the derived figures of an open position and re-files it in the liquidation index. */
    void refresh(BybitMarket m, Account a, BybitPosition p) {
        refresh(m, a, p, p.isOpen() ? figures(m, a, p.side, p.size, p.avgPrice, p.leverage, p.extraMargin) : null);
    }

    /** Same, with figures already computed for exactly the position's current state. */
    private void refresh(BybitMarket m, Account a, BybitPosition p, BybitFigures f) {
        if (p.isOpen()) {
            p.riskId = f.tier().id();
            p.riskLimitValue = f.tier().riskLimitValue();
            p.positionIM = f.positionIM();
            p.positionMM = f.positionMM();
            p.bustPrice = f.bustPrice();
            p.liqPrice = f.liqPrice();
        }
        st.index.update(p);
    }

    /** True when the mark sits at or beyond the liquidation price. */
    static boolean crossed(int side, BigDecimal liq, BigDecimal mark) {
        if (liq == null || mark == null) return false;
        return side > 0 ? mark.compareTo(liq) <= 0 : mark.compareTo(liq) >= 0;
    }

    // ---------------------------------------------------------------- add / reduce margin

    public Result addMargin(BybitAddMargin c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        Object mk = market(c.symbol(), c.category());
        if (mk instanceof Result r) return r;
        BybitMarket m = (BybitMarket) mk;
        if (c.margin() == null) return fail(INVALID_PARAMETER, "margin");
        if (c.margin().stripTrailingZeros().scale() > MAX_MARGIN_DECIMALS) return fail(INVALID_PARAMETER, "margin");
        if (a.marginMode == BybitMarginMode.PORTFOLIO_MARGIN) return fail(PORTFOLIO_MARGIN);
        BybitSymbolSettings s = peekSettings(a, m);
        if (!effectiveIsolated(a, s)) return fail(CROSS_POSITION);
        if (!anyOpen(a, m.symbol())) return fail(NO_POSITION);
        if (!validIdx(s, c.positionIdx())) return fail(POSITION_IDX_MISMATCH);
        BybitPosition p = slot(a, m, c.positionIdx(), false);
        if (p == null || !p.isOpen()) return fail(NO_POSITION);
        if (!p.isolated) return fail(CROSS_POSITION);
        if (c.margin().signum() == 0) return fail(MARGIN_ZERO);
        if (p.status != PositionStatus.Normal) return fail(POSITION_STATUS);
        BigDecimal newExtra = p.extraMargin.add(c.margin());
        if (c.margin().signum() > 0 && st.available(a, m.settleCoin()).compareTo(c.margin()) < 0) return fail(INSUFFICIENT_FOR_ADD);
        if (newExtra.signum() < 0) return fail(REDUCE_ABOVE_MAX);
        BybitFigures f = figures(m, a, p.side, p.size, p.avgPrice, p.leverage, newExtra);
        if (c.margin().signum() < 0 && crossed(p.side, f.liqPrice(), st.mark(m.symbol()))) return fail(WOULD_LIQUIDATE);
        p.extraMargin = Rounding.bybitCoin(newExtra);
        p.updatedTime = c.timestamp();
        refresh(m, a, p, f);
        a.ledger.add(new LedgerEntry(c.timestamp(), LedgerEntry.Type.ISOLATED_MARGIN, m.settleCoin(), m.symbol(), c.margin()));
        return Result.ok(views.bybit(a, m, p));
    }

    // ---------------------------------------------------------------- leverage and modes

    public Result setLeverage(BybitSetLeverage c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        Object mk = market(c.symbol(), c.category());
        if (mk instanceof Result r) return r;
        BybitMarket m = (BybitMarket) mk;
        BybitSymbolSettings s = peekSettings(a, m);
        Result bad = checkLeverages(m, c.buyLeverage(), c.sellLeverage());
        if (bad != null) return bad;
        if (!s.hedgeMode && c.buyLeverage().compareTo(c.sellLeverage()) != 0)
            return fail(INVALID_PARAMETER, "buyLeverage must equal sellLeverage in one-way mode");
        if (c.buyLeverage().compareTo(s.buyLeverage) == 0 && c.sellLeverage().compareTo(s.sellLeverage) == 0)
            return fail(LEVERAGE_UNCHANGED);
        BigDecimal extraNeeded = BigDecimal.ZERO;
        BybitPosition[] slots = a.bybitPositions.get(m.symbol());
        BybitFigures[] next = new BybitFigures[3];
        if (slots != null) {
            for (BybitPosition p : slots) {
                if (p == null || !p.isOpen()) continue;
                BigDecimal lev = p.side > 0 ? c.buyLeverage() : c.sellLeverage();
                // Only a side whose leverage changes is recomputed; the other keeps its extra margin (item 9).
                if (lev.compareTo(p.leverage) == 0) continue;
                BybitFigures f = figures(m, a, p.side, p.size, p.avgPrice, lev, BigDecimal.ZERO);
                if (lev.compareTo(f.tier().maxLeverage()) > 0) return fail(LEVERAGE_ABOVE_TIER);
                if (p.isolated && crossed(p.side, f.liqPrice(), st.mark(m.symbol()))) return fail(WOULD_LIQUIDATE);
                extraNeeded = extraNeeded.add(f.positionIM().subtract(p.positionIM));
                next[p.positionIdx] = f;
            }
        }
        if (extraNeeded.signum() > 0 && st.available(a, m.settleCoin()).compareTo(extraNeeded) < 0)
            return fail(LEVERAGE_INSUFFICIENT);
        BybitSymbolSettings live = settings(a, m);
        live.buyLeverage = c.buyLeverage();
        live.sellLeverage = c.sellLeverage();
        if (slots != null) {
            for (BybitPosition p : slots) {
                if (p == null) continue;
                p.leverage = p.side < 0 || (p.side == 0 && p.positionIdx == 2) ? c.sellLeverage() : c.buyLeverage();
                if (next[p.positionIdx] == null) continue;
                p.extraMargin = BigDecimal.ZERO; // set-leverage drops the extra margin (bybit-v5.md §2.4)
                p.updatedTime = c.timestamp();
                refresh(m, a, p);
            }
        }
        return Result.ok(null);
    }

    private static Result checkLeverages(BybitMarket m, BigDecimal buy, BigDecimal sell) {
        Result bad = checkLeverage(m, buy, "buyLeverage");
        return bad != null ? bad : checkLeverage(m, sell, "sellLeverage");
    }

    private static Result checkLeverage(BybitMarket m, BigDecimal lev, String field) {
        if (lev == null || lev.stripTrailingZeros().scale() > 2) return fail(LEVERAGE_INVALID, field);
        if (lev.compareTo(BigDecimal.ONE) < 0) return fail(LEVERAGE_INVALID, field);
        if (lev.compareTo(m.maxLeverage()) > 0) return fail(LEVERAGE_ABOVE_TIER);
        return null;
    }

    public Result setMarginMode(BybitSetMarginMode c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        if (c.mode() == null) return fail(INVALID_PARAMETER, "setMarginMode");
        if (c.mode() == a.marginMode) return Result.ok(null);
        if (anyOpen(a)) return fail(SWITCH_WITH_POSITION);
        a.marginMode = c.mode();
        for (BybitSymbolSettings s : a.bybitSettings.values()) s.isolated = null;
        for (BybitPosition[] slots : a.bybitPositions.values())
            for (BybitPosition p : slots) if (p != null) p.isolated = c.mode() != BybitMarginMode.REGULAR_MARGIN;
        return Result.ok(null);
    }

    public Result switchIsolated(BybitSwitchIsolated c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        Object mk = market(c.symbol(), c.category());
        if (mk instanceof Result r) return r;
        BybitMarket m = (BybitMarket) mk;
        Result bad = checkLeverages(m, c.buyLeverage(), c.sellLeverage());
        if (bad != null) return bad;
        if (c.buyLeverage().compareTo(c.sellLeverage()) != 0) return fail(INVALID_PARAMETER, "buyLeverage must equal sellLeverage");
        BybitSymbolSettings s = peekSettings(a, m);
        if (effectiveIsolated(a, s) == c.isolated()) return fail(MARGIN_MODE_UNCHANGED);
        if (anyOpen(a, m.symbol())) return fail(SWITCH_WITH_POSITION);
        BybitSymbolSettings live = settings(a, m);
        live.isolated = c.isolated();
        live.buyLeverage = c.buyLeverage();
        live.sellLeverage = c.sellLeverage();
        BybitPosition[] slots = a.bybitPositions.get(m.symbol());
        if (slots != null) for (BybitPosition p : slots) if (p != null) {
            p.isolated = c.isolated();
            p.leverage = c.buyLeverage();
        }
        return Result.ok(null);
    }

    public Result setAutoAddMargin(BybitSetAutoAddMargin c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        Object mk = market(c.symbol(), c.category());
        if (mk instanceof Result r) return r;
        BybitMarket m = (BybitMarket) mk;
        if (m.inverse()) return fail(INVALID_PARAMETER, "category: set-auto-add-margin supports linear only");
        BybitSymbolSettings s = peekSettings(a, m);
        if (!validIdx(s, c.positionIdx())) return fail(POSITION_IDX_MISMATCH);
        if (!effectiveIsolated(a, s)) return fail(AUTO_ADD_NOT_ISOLATED);
        BybitPosition existing = slot(a, m, c.positionIdx(), false);
        if (existing != null && existing.isOpen() && !existing.isolated) return fail(AUTO_ADD_NOT_ISOLATED);
        BybitPosition p = slot(a, m, c.positionIdx(), true);
        p.autoAddMargin = c.on();
        if (p.isOpen()) p.updatedTime = c.timestamp();
        return Result.ok(null);
    }

    public Result switchMode(BybitSwitchMode c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        if (c.category() != BybitCategory.LINEAR) return fail(HEDGE_NOT_SUPPORTED);
        if (c.symbol() != null) {
            Object mk = market(c.symbol(), c.category());
            if (mk instanceof Result r) return r;
            BybitMarket m = (BybitMarket) mk;
            if (c.hedge() && !"USDT".equals(m.settleCoin())) return fail(HEDGE_NOT_SUPPORTED);
            if (peekSettings(a, m).hedgeMode == c.hedge()) return fail(POSITION_MODE_UNCHANGED);
            if (anyOpen(a, m.symbol())) return fail(POSITION_MODE_HAS_POSITION);
            settings(a, m).hedgeMode = c.hedge();
            return Result.ok(null);
        }
        if (c.coin() == null) return fail(INVALID_PARAMETER, "symbol or coin");
        if (c.hedge() && !"USDT".equals(c.coin())) return fail(HEDGE_NOT_SUPPORTED);
        for (Market mk : st.markets.values()) {
            if (mk instanceof BybitMarket m && m.category() == BybitCategory.LINEAR && c.coin().equals(m.settleCoin())
                    && !anyOpen(a, m.symbol()))
                settings(a, m).hedgeMode = c.hedge();
        }
        return Result.ok(null);
    }

    // ---------------------------------------------------------------- orders and fills

    public Result placeOrder(BybitPlaceOrder c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        Object mk = market(c.symbol(), c.category());
        if (mk instanceof Result r) return r;
        BybitMarket m = (BybitMarket) mk;
        if (c.side() != 1 && c.side() != -1) return fail(INVALID_PARAMETER, "side");
        boolean market = "Market".equals(c.orderType());
        if (!market && !"Limit".equals(c.orderType())) return fail(INVALID_PARAMETER, "orderType");
        Result q = checkQty(m, c.qty());
        if (q != null) return q;
        boolean linked = c.orderLinkId() != null && !c.orderLinkId().isEmpty();
        if (linked && a.orderLinkIds.contains(c.orderLinkId())) return fail(ORDER_LINK_ID_DUPLICATE);
        BigDecimal mark = st.mark(m.symbol());
        if (mark == null) return fail(NO_MARK_PRICE);
        if (!market) {
            if (c.price() == null || c.price().signum() <= 0 || c.price().remainder(m.tickSize()).signum() != 0)
                return fail(PRICE_INVALID);
            boolean marketable = c.side() > 0 ? c.price().compareTo(mark) >= 0 : c.price().compareTo(mark) <= 0;
            if (!marketable || "PostOnly".equals(c.timeInForce())) return fail(NOT_MARKETABLE);
        }
        BybitSymbolSettings s = peekSettings(a, m);
        if (!validIdx(s, c.positionIdx())) return fail(POSITION_IDX_MISMATCH);
        BigDecimal qty = c.qty();
        if (c.reduceOnly()) {
            BybitPosition p = slot(a, m, c.positionIdx(), false);
            if (p == null || !p.isOpen() || p.side == c.side()) return fail(REDUCE_ONLY_INCREASE);
            // The venue shrinks an oversized reduce-only order to the position: the order's qty becomes that size, so
            // qty, cumExecQty and "Filled" agree (docs/margin-rules.md "Orders").
            qty = qty.min(p.size);
        }
        long orderId = st.bybitId(st.nextOrderId);
        Object done = trade(a, m, c.positionIdx(), c.side(), qty, mark, null, c.timestamp(), orderId, c.orderLinkId());
        if (done instanceof Result r) return r;
        Execution e = (Execution) done;
        st.nextOrderId++;
        OrderRecord o = new OrderRecord(orderId, c.orderLinkId(), m.symbol(), c.side(), c.orderType(), market ? null : c.price(),
                qty, market ? "IOC" : (c.timeInForce() == null ? "GTC" : c.timeInForce()), "Filled", e.price(), qty,
                e.fee(), c.reduceOnly(), c.positionIdx(), c.timestamp());
        a.orders.add(o);
        if (linked) a.orderLinkIds.add(c.orderLinkId());
        return Result.ok(o);
    }

    /** True when an amount carries more decimals than a Bybit coin amount may (8). */
    private static boolean coinScale(BigDecimal v) {
        return v.stripTrailingZeros().scale() > Rounding.BYBIT_COIN_SCALE;
    }

    private static Result checkQty(BybitMarket m, BigDecimal qty) {
        if (qty == null || qty.signum() <= 0 || qty.remainder(m.qtyStep()).signum() != 0
                || qty.compareTo(m.minOrderQty()) < 0 || qty.compareTo(m.maxOrderQty()) > 0)
            return fail(QTY_INVALID);
        return null;
    }

    public Result fill(Fill c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        BybitMarket m = (BybitMarket) st.markets.get(c.symbol());
        if (c.side() != 1 && c.side() != -1) return fail(INVALID_PARAMETER, "side");
        if (c.qty() == null || c.qty().signum() <= 0 || c.qty().remainder(m.qtyStep()).signum() != 0) return fail(QTY_INVALID);
        if (c.price() == null || c.price().signum() <= 0) return fail(PRICE_INVALID);
        if (c.fee() != null && (c.fee().signum() < 0 || coinScale(c.fee()))) return fail(INVALID_PARAMETER, "fee");
        BybitSymbolSettings s = peekSettings(a, m);
        if (!validIdx(s, c.positionIdx())) return fail(POSITION_IDX_MISMATCH);
        Object done = trade(a, m, c.positionIdx(), c.side(), c.qty(), c.price(), c.fee(), c.timestamp(), 0, null);
        if (done instanceof Result r) return r;
        return Result.ok(views.bybit(a, m, slot(a, m, c.positionIdx(), false)));
    }

    /**
     * One fill against a position slot: close what is opposite, open the rest. Returns the Execution, or the
     * refusal (margin check on the opening part, risk limit, a hedge slot asked to flip).
     */
    private Object trade(Account a, BybitMarket m, int idx, int side, BigDecimal qty, BigDecimal price, BigDecimal feeOverride,
                         long ts, long orderId, String linkId) {
        BybitRules rules = BybitRules.of(m);
        BybitSymbolSettings s = peekSettings(a, m);
        BybitPosition p = slot(a, m, idx, false);
        int curSide = p == null ? 0 : p.side;
        BigDecimal curSize = p == null ? BigDecimal.ZERO : p.size;
        if (s.hedgeMode && curSide == 0 && side != (idx == 1 ? 1 : -1))
            return fail(REDUCE_ONLY_INCREASE);
        BigDecimal closeQty = curSide != 0 && curSide != side ? qty.min(curSize) : BigDecimal.ZERO;
        BigDecimal openQty = qty.subtract(closeQty);
        if (s.hedgeMode && openQty.signum() > 0 && curSide != 0 && curSide != side) return fail(QTY_INVALID);
        // Cross positions would need account-level margining and liquidation, which the engine does not have:
        // rather than open a position nothing can liquidate, opening in cross is refused (docs/margin-rules.md).
        if (openQty.signum() > 0 && !effectiveIsolated(a, s)) return fail(CROSS_NOT_SUPPORTED);
        BigDecimal rate = st.takerFee(a, m);
        BigDecimal fee = feeOverride != null ? feeOverride : rules.fee(qty, price, rate);
        BigDecimal pnl = closeQty.signum() > 0 ? rules.closedPnl(curSide, closeQty, p.avgPrice, price) : BigDecimal.ZERO;
        BigDecimal remaining = curSize.subtract(closeQty);
        int newSide;
        BigDecimal newSize, newEntry, newExtra, newLev;
        if (openQty.signum() > 0 && remaining.signum() == 0) {
            newSide = side;
            newSize = openQty;
            newEntry = price;
            newExtra = BigDecimal.ZERO;
            newLev = s.leverageFor(side);
        } else if (openQty.signum() > 0) {
            newSide = side;
            newSize = curSize.add(openQty);
            newEntry = rules.averageEntry(curSize, p.avgPrice, openQty, price);
            newExtra = p.extraMargin;
            newLev = p.leverage;
        } else {
            newSide = remaining.signum() == 0 ? 0 : curSide;
            newSize = remaining;
            newEntry = remaining.signum() == 0 ? BigDecimal.ZERO : p.avgPrice;
            newExtra = remaining.signum() == 0 ? BigDecimal.ZERO
                    : Rounding.scaleDown(p.extraMargin.multiply(remaining).divide(curSize, 20, RoundingMode.FLOOR),
                    Rounding.BYBIT_COIN_SCALE);
            newLev = p.leverage;
        }
        BybitFigures f = null;
        if (newSize.signum() > 0) {
            if (openQty.signum() > 0) {
                RiskTier t = rules.tierOrNull(m, newSize, newEntry);
                if (t == null || newLev.compareTo(t.maxLeverage()) > 0) return fail(RISK_LIMIT_EXCEEDED);
            }
            f = figures(m, a, newSide, newSize, newEntry, newLev, newExtra);
        }
        BigDecimal oldIm = p != null && p.isOpen() ? p.positionIM : BigDecimal.ZERO;
        BigDecimal newIm = f == null ? BigDecimal.ZERO : f.positionIM();
        if (openQty.signum() > 0) {
            BigDecimal availAfter = st.available(a, m.settleCoin()).add(oldIm).subtract(newIm).add(pnl).subtract(fee);
            if (availAfter.signum() < 0) return fail(INSUFFICIENT_FOR_ORDER);
        }
        // --- commit
        if (p == null) p = slot(a, m, idx, true);
        BigDecimal start = curSide < 0 ? curSize.negate() : curSize;
        a.credit(m.settleCoin(), pnl.subtract(fee));
        st.ledger(m.settleCoin()).externalPnl = st.ledger(m.settleCoin()).externalPnl.add(pnl);
        st.ledger(m.settleCoin()).fees = st.ledger(m.settleCoin()).fees.add(fee);
        boolean wasOpen = p.isOpen();
        if (!wasOpen || remaining.signum() == 0) p.curRealisedPnl = BigDecimal.ZERO;
        p.cumRealisedPnl = p.cumRealisedPnl.add(pnl).subtract(fee);
        p.curRealisedPnl = p.curRealisedPnl.add(pnl).subtract(fee);
        if (newSize.signum() == 0) {
            p.flatten();
        } else {
            if (!wasOpen || newSide != curSide) {
                p.createdTime = p.createdTime == 0 ? ts : p.createdTime;
                p.status = PositionStatus.Normal;
                p.isolated = effectiveIsolated(a, s);
            }
            p.side = newSide;
            p.size = newSize;
            p.avgPrice = newEntry;
            p.extraMargin = Rounding.bybitCoin(newExtra);
            p.leverage = newLev;
        }
        p.updatedTime = ts;
        refresh(m, a, p);
        Execution e = new Execution(st.bybitId(st.nextExecId++), orderId, linkId, m.symbol(), side, qty, price, fee, rate, closeQty, pnl,
                start, idx, Execution.Kind.TRADE, ts);
        a.executions.add(e);
        return e;
    }

    public Result importPosition(ImportBybitPosition c) {
        Account a = st.account(c.uid());
        if (a == null) return fail(UNKNOWN_ACCOUNT);
        BybitMarket m = (BybitMarket) st.markets.get(c.symbol());
        BybitSymbolSettings s = peekSettings(a, m);
        if (!validIdx(s, c.positionIdx())) return fail(POSITION_IDX_MISMATCH);
        if (c.side() != 1 && c.side() != -1) return fail(INVALID_PARAMETER, "side");
        if (s.hedgeMode && c.side() != (c.positionIdx() == 1 ? 1 : -1)) return fail(POSITION_IDX_MISMATCH);
        if (!effectiveIsolated(a, s)) return fail(CROSS_NOT_SUPPORTED);
        if (c.size() == null || c.size().signum() <= 0 || c.size().remainder(m.qtyStep()).signum() != 0) return fail(QTY_INVALID);
        if (c.avgPrice() == null || c.avgPrice().signum() <= 0) return fail(PRICE_INVALID);
        Result bad = checkLeverage(m, c.leverage(), "leverage");
        if (bad != null) return bad;
        if (c.extraMargin() == null || c.extraMargin().signum() < 0 || coinScale(c.extraMargin()))
            return fail(INVALID_PARAMETER, "extraMargin");
        if (c.cumRealisedPnl() != null && coinScale(c.cumRealisedPnl())) return fail(INVALID_PARAMETER, "cumRealisedPnl");
        BybitPosition existing = slot(a, m, c.positionIdx(), false);
        if (existing != null && existing.isOpen()) return fail(INVALID_PARAMETER, "position already open");
        BybitRules rules = BybitRules.of(m);
        RiskTier t = rules.tierOrNull(m, c.size(), c.avgPrice());
        if (t == null || c.leverage().compareTo(t.maxLeverage()) > 0) return fail(RISK_LIMIT_EXCEEDED);
        BybitFigures f = figures(m, a, c.side(), c.size(), c.avgPrice(), c.leverage(), c.extraMargin());
        if (st.available(a, m.settleCoin()).compareTo(f.positionIM()) < 0) return fail(INSUFFICIENT_FOR_ORDER);
        BybitPosition p = slot(a, m, c.positionIdx(), true);
        BybitSymbolSettings live = settings(a, m);
        if (c.side() > 0 || !live.hedgeMode) live.buyLeverage = c.leverage();
        if (c.side() < 0 || !live.hedgeMode) live.sellLeverage = c.leverage();
        p.side = c.side();
        p.size = c.size();
        p.avgPrice = c.avgPrice();
        p.leverage = c.leverage();
        p.extraMargin = Rounding.bybitCoin(c.extraMargin());
        p.isolated = effectiveIsolated(a, s);
        p.status = PositionStatus.Normal;
        if (c.cumRealisedPnl() != null) p.cumRealisedPnl = c.cumRealisedPnl();
        p.createdTime = c.timestamp();
        p.updatedTime = c.timestamp();
        refresh(m, a, p);
        return Result.ok(views.bybit(a, m, p));
    }

    // ---------------------------------------------------------------- mark-price triggers

    /**
     * The mark crossed this position's liquidation price: auto-add margin while allowed (bybit-v5.md §7: the
     * initial margin each time, from the available balance, never below 1× leverage), else liquidate at the
     * bankruptcy price, consuming the whole position margin.
     */
    void onMarkCrossed(BybitMarket m, BybitPosition p, BigDecimal mark, long ts, List<MarkEvent> events) {
        Account a = st.account(p.uid);
        BybitRules rules = BybitRules.of(m);
        while (p.autoAddMargin && crossed(p.side, p.liqPrice, mark)) {
            BigDecimal im0 = rules.initialMargin(p.size, p.avgPrice, p.leverage);
            BigDecimal value = Rounding.scaleDown(rules.positionValue(p.size, p.avgPrice), Rounding.BYBIT_COIN_SCALE);
            BigDecimal room = value.subtract(im0).subtract(p.extraMargin);
            BigDecimal amount = im0.min(st.available(a, m.settleCoin())).min(room);
            if (amount.signum() <= 0) break;
            p.extraMargin = Rounding.bybitCoin(p.extraMargin.add(amount));
            p.updatedTime = ts;
            refresh(m, a, p);
            a.ledger.add(new LedgerEntry(ts, LedgerEntry.Type.AUTO_ADD_MARGIN, m.settleCoin(), m.symbol(), amount));
            events.add(new MarkEvent(MarkEvent.Kind.AUTO_ADD_MARGIN, p.uid, m.symbol(), p.positionIdx, amount, p.liqPrice));
        }
        if (crossed(p.side, p.liqPrice, mark)) liquidate(m, a, p, mark, ts, events);
    }

    /**
     * Closes the position at its bankruptcy price; the account loses exactly positionIM. A position whose margin
     * covers its whole value (a 1× linear long, a 1× inverse short, or one topped up that far) has no positive,
     * finite bankruptcy price but still a liquidation price from its maintenance margin: it is closed at the
     * mark instead, where its loss (at most its value) is below the margin it loses (docs/margin-rules.md).
     */
    private void liquidate(BybitMarket m, Account a, BybitPosition p, BigDecimal mark, long ts, List<MarkEvent> events) {
        BybitRules rules = BybitRules.of(m);
        BigDecimal margin = p.positionIM;
        BigDecimal bust = p.bustPrice != null ? p.bustPrice : mark;
        BigDecimal rate = st.takerFee(a, m);
        BigDecimal gross = rules.closedPnl(p.side, p.size, p.avgPrice, bust);
        BigDecimal closeFee = rules.fee(p.size, bust, rate);
        var ledger = st.ledger(m.settleCoin());
        a.credit(m.settleCoin(), margin.negate());
        ledger.externalPnl = ledger.externalPnl.add(gross);
        ledger.fees = ledger.fees.add(closeFee);
        // The insurance fund keeps (or pays) whatever the margin and the bankruptcy-price close differ by.
        ledger.insurance = ledger.insurance.add(gross.add(margin).subtract(closeFee));
        BigDecimal start = p.side < 0 ? p.size.negate() : p.size;
        a.executions.add(new Execution(st.bybitId(st.nextExecId++), 0, null, m.symbol(), -p.side, p.size, bust, closeFee, rate, p.size,
                gross, start, p.positionIdx, Execution.Kind.LIQUIDATION, ts));
        a.ledger.add(new LedgerEntry(ts, LedgerEntry.Type.LIQUIDATION, m.settleCoin(), m.symbol(), margin.negate()));
        p.cumRealisedPnl = p.cumRealisedPnl.subtract(margin);
        p.curRealisedPnl = p.curRealisedPnl.subtract(margin);
        p.flatten();
        p.status = PositionStatus.Liq;
        p.updatedTime = ts;
        st.index.remove(p);
        events.add(new MarkEvent(MarkEvent.Kind.LIQUIDATION, p.uid, m.symbol(), p.positionIdx, margin, bust));
    }

    private static Result fail(org.isomargin.engine.result.ResultCode code, Object... args) {
        return Result.fail(code, args);
    }

    /** Recomputes figures after an outside change (fee rate). */
    public void refreshPosition(BybitMarket m, Account a, BybitPosition p) { refresh(m, a, p); }

    /** Read-only view for queries. */
    public BybitPositionView view(Account a, BybitMarket m, int idx) {
        BybitPosition p = slot(a, m, idx, false);
        return p == null ? views.emptyBybit(a, m, idx) : views.bybit(a, m, p);
    }
}
