package org.isomargin.engine.ops;

import static org.isomargin.engine.result.ResultCode.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.Agent;
import org.isomargin.engine.account.HlAssetSettings;
import org.isomargin.engine.account.NonceSet;
import org.isomargin.engine.command.Fill;
import org.isomargin.engine.command.HlAction;
import org.isomargin.engine.command.HlActionBody;
import org.isomargin.engine.command.ImportHlPosition;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.LedgerEntry;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.num.Rounding;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.isomargin.engine.rules.hyperliquid.HlIsolatedRules;
import org.isomargin.engine.state.EngineState;

/**
 * Applies Hyperliquid actions (hyperliquid.md §1.3, §3, §5). The envelope is checked in the venue's order —
 * nonce window, signer, expiry, nonce set, vault — and the nonce is consumed once those pass, even when the
 * action itself is then refused: a signed request can never be replayed later (docs/margin-rules.md).
 */
public final class HyperliquidOps {
    static final long TWO_DAYS = 172_800_000L;
    static final long ONE_DAY = HlAction.NONCE_HORIZON_MS;
    static final long NINETY_DAYS = 90L * ONE_DAY;
    static final long AGENT_REMOVAL_PAUSE = 5_000L;
    static final int MAX_NAMED_AGENTS = 3;
    static final int DEFAULT_LEVERAGE = 20;
    static final String ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
    private static final BigDecimal MICRO = new BigDecimal("0.000001");
    /** Integer digits a perp price may have: far above any real price, far below anything that could hurt. */
    static final int MAX_PRICE_DIGITS = 15;

    private final EngineState st;
    private final HlCrossLiquidation crossLiquidation;

    public HyperliquidOps(EngineState st) {
        this.st = st;
        this.crossLiquidation = new HlCrossLiquidation(st);
    }

    // ---------------------------------------------------------------- envelope

    public Result apply(HlAction c) {
        long t = c.timestamp();
        if (c.nonce() <= t - TWO_DAYS) return Result.fail(NONCE_TOO_LOW, c.nonce(), t - TWO_DAYS);
        if (c.nonce() >= t + ONE_DAY) return Result.fail(NONCE_TOO_HIGH, c.nonce(), t + ONE_DAY);
        boolean userSigned = c.body() instanceof HlActionBody.ApproveAgent;
        // An unrecoverable signature (null) or the keyless zero address never names a principal (issue 8 item 5).
        if (c.signer() == null || ZERO_ADDRESS.equals(c.signer())) return Result.fail(UNKNOWN_SIGNER, ZERO_ADDRESS);
        Account principal = st.accountByAddress(c.signer());
        if (userSigned) {
            if (principal == null || !principal.hasDeposited()) return Result.fail(MUST_DEPOSIT, c.signer());
        } else if (principal == null) {
            Agent agent = st.agents.get(c.signer());
            if (agent == null || agent.validUntil() <= t) return Result.fail(UNKNOWN_SIGNER, c.signer());
            principal = st.account(agent.masterUid());
        }
        if (c.expiresAfter() != null && c.expiresAfter() < t) return Result.fail(ACTION_EXPIRED);
        NonceSet ns = st.nonces.get(c.signer());
        if (ns != null && ns.contains(c.nonce())) return Result.fail(NONCE_DUPLICATE, c.nonce());
        if (ns != null && ns.full() && c.nonce() <= ns.smallest()) return Result.fail(NONCE_TOO_LOW, c.nonce(), ns.smallest());
        Account target = principal;
        if (c.vaultAddress() != null && !userSigned) {
            if (ZERO_ADDRESS.equals(c.vaultAddress())) return Result.fail(VAULT_NOT_REGISTERED, c.vaultAddress());
            target = st.accountByAddress(c.vaultAddress());
            if (target == null) return Result.fail(VAULT_NOT_REGISTERED, c.vaultAddress());
            if (target.masterUid != principal.uid) return Result.fail(VAULT_NOT_LEADER, c.signer(), c.vaultAddress());
        }
        st.nonces.computeIfAbsent(c.signer(), k -> new NonceSet()).insert(c.nonce());
        return body(c, target);
    }

    private Result body(HlAction c, Account a) {
        HlActionBody b = c.body();
        long ts = c.timestamp();
        if (b instanceof HlActionBody.UpdateIsolatedMargin u) return updateIsolatedMargin(a, u, ts);
        if (b instanceof HlActionBody.TopUpIsolatedOnlyMargin u) return topUp(a, u, ts);
        if (b instanceof HlActionBody.UpdateLeverage u) return updateLeverage(a, u);
        if (b instanceof HlActionBody.Order o) return order(a, o, ts);
        if (b instanceof HlActionBody.Cancel x) return cancel(x);
        if (b instanceof HlActionBody.ApproveAgent x) return approveAgent(a, x, ts);
        return Result.ok(null); // noop: only the nonce is used
    }

    // ---------------------------------------------------------------- margin actions

    private Result updateIsolatedMargin(Account a, HlActionBody.UpdateIsolatedMargin u, long ts) {
        HyperliquidMarket m = st.hlByAsset.get(u.asset());
        if (m == null) return Result.fail(UNKNOWN_SYMBOL, u.asset());
        if (u.ntli() == 0) return Result.fail(MARGIN_ZERO);
        HlPosition p = a.hlPositions.get(m.symbol());
        if (p == null || !p.isOpen()) return Result.fail(NO_POSITION);
        if (p.cross) return Result.fail(CROSS_POSITION);
        BigDecimal mark = st.markOrEntry(m.symbol(), p.entryPx);
        BigDecimal delta = BigDecimal.valueOf(u.ntli()).multiply(MICRO);
        if (delta.signum() > 0) {
            if (st.available(a, "USDC").compareTo(delta) < 0) return Result.fail(INSUFFICIENT_FOR_ADD);
        } else {
            if (m.marginMode() == HlMarginMode.STRICT_ISOLATED) return Result.fail(STRICT_ISOLATED_REMOVAL);
            BigDecimal after = HlIsolatedRules.equity(p, mark).add(delta);
            if (after.compareTo(HlIsolatedRules.transferFloor(p, mark)) < 0) return Result.fail(REDUCE_ABOVE_MAX);
        }
        moveMargin(a, m, p, delta, ts, LedgerEntry.Type.ISOLATED_MARGIN);
        return Result.ok(null);
    }

    /**
     * topUpIsolatedOnlyMargin: adds what brings the position's equity up to notional/leverage at the mark, for
     * strict-isolated assets only; a position already at or below that leverage is left as it is.
     */
    private Result topUp(Account a, HlActionBody.TopUpIsolatedOnlyMargin u, long ts) {
        HyperliquidMarket m = st.hlByAsset.get(u.asset());
        if (m == null) return Result.fail(UNKNOWN_SYMBOL, u.asset());
        if (m.marginMode() != HlMarginMode.STRICT_ISOLATED) return Result.fail(NOT_STRICT_ISOLATED);
        if (u.leverage() == null || u.leverage().signum() <= 0) return Result.fail(LEVERAGE_INVALID);
        HlPosition p = a.hlPositions.get(m.symbol());
        if (p == null || !p.isOpen()) return Result.fail(NO_POSITION);
        if (p.cross) return Result.fail(CROSS_POSITION);
        BigDecimal mark = st.markOrEntry(m.symbol(), p.entryPx);
        BigDecimal target = HlIsolatedRules.notional(p, mark).divide(u.leverage(), 20, RoundingMode.HALF_UP);
        BigDecimal add = Rounding.requiredUp(target.subtract(HlIsolatedRules.equity(p, mark)), Rounding.USDC_SCALE);
        if (add.signum() <= 0) return Result.ok(null);
        if (st.available(a, "USDC").compareTo(add) < 0) return Result.fail(INSUFFICIENT_FOR_ADD);
        moveMargin(a, m, p, add, ts, LedgerEntry.Type.ISOLATED_MARGIN);
        return Result.ok(null);
    }

    private void moveMargin(Account a, HyperliquidMarket m, HlPosition p, BigDecimal delta, long ts, LedgerEntry.Type type) {
        p.margin = Rounding.usdc(p.margin.add(delta));
        p.updatedTime = ts;
        refresh(m, p);
        a.ledger.add(new LedgerEntry(ts, type, "USDC", m.symbol(), delta));
    }

    /** Recomputes the liquidation price and re-files the position in the liquidation index. */
    public void refresh(HyperliquidMarket m, HlPosition p) {
        p.liquidationPx = p.isOpen() && !p.cross ? HlIsolatedRules.liquidationPrice(m, p) : null;
        st.index.update(p);
    }

    private Result updateLeverage(Account a, HlActionBody.UpdateLeverage u) {
        HyperliquidMarket m = st.hlByAsset.get(u.asset());
        if (m == null) return Result.fail(UNKNOWN_SYMBOL, u.asset());
        if (u.leverage() < 1 || u.leverage() > m.maxLeverage()) return Result.fail(LEVERAGE_INVALID);
        if (u.isCross() && m.marginMode().onlyIsolated()) return Result.fail(CROSS_NOT_ALLOWED);
        HlPosition p = a.hlPositions.get(m.symbol());
        if (p != null && p.isOpen()) {
            if (p.cross != u.isCross()) return Result.fail(SWITCH_WITH_POSITION);
            BigDecimal mark = st.markOrEntry(m.symbol(), p.entryPx);
            BigDecimal notional = HlIsolatedRules.notional(p, mark);
            if (u.leverage() > m.maxLeverageFor(notional)) return Result.fail(LEVERAGE_ABOVE_TIER);
            if (!p.cross && u.leverage() < p.leverage) {
                BigDecimal need = notional.divide(BigDecimal.valueOf(u.leverage()), 20, RoundingMode.HALF_UP);
                if (HlIsolatedRules.equity(p, mark).compareTo(need) < 0) return Result.fail(LEVERAGE_INSUFFICIENT);
            }
            // Changing the leverage of an open position moves no margin (hyperliquid.md §5.6).
            p.leverage = u.leverage();
        }
        a.hlSettings.put(m.symbol(), new HlAssetSettings(u.isCross(), u.leverage()));
        return Result.ok(null);
    }

    static HlAssetSettings settings(Account a, HyperliquidMarket m) {
        HlAssetSettings s = a.hlSettings.get(m.symbol());
        return s != null ? s : new HlAssetSettings(false, Math.min(DEFAULT_LEVERAGE, m.maxLeverage()));
    }

    // ---------------------------------------------------------------- orders

    private Result order(Account a, HlActionBody.Order o, long ts) {
        List<HlOrderStatus> statuses = new ArrayList<>(o.orders().size());
        for (HlActionBody.OrderRequest r : o.orders()) statuses.add(oneOrder(a, r, ts));
        return Result.ok(List.copyOf(statuses));
    }

    private HlOrderStatus oneOrder(Account a, HlActionBody.OrderRequest r, long ts) {
        HyperliquidMarket m = st.hlByAsset.get(r.asset());
        if (m == null) return HlOrderStatus.error(UNKNOWN_SYMBOL.hyperliquidMessage(r.asset()));
        if (r.sz() == null || r.sz().signum() <= 0 || r.sz().stripTrailingZeros().scale() > m.szDecimals())
            return orderError(QTY_INVALID, r.asset());
        if (r.px() == null || r.px().signum() <= 0 || !validPrice(r.px(), m.szDecimals())) return orderError(PRICE_INVALID, r.asset());
        BigDecimal mark = st.mark(m.symbol());
        if (mark == null) return orderError(NO_MARK_PRICE, r.asset());
        int side = r.isBuy() ? 1 : -1;
        boolean marketable = side > 0 ? r.px().compareTo(mark) >= 0 : r.px().compareTo(mark) <= 0;
        if (r.trigger() || "Alo".equals(r.tif())) return orderError(NOT_MARKETABLE, r.asset());
        if (!marketable)
            return "Ioc".equals(r.tif()) ? HlOrderStatus.error(IOC_NOT_FILLED.hyperliquidMessage(r.asset())) : orderError(NOT_MARKETABLE, r.asset());
        BigDecimal sz = r.sz();
        if (r.reduceOnly()) {
            HlPosition p = a.hlPositions.get(m.symbol());
            if (p == null || !p.isOpen() || p.szi.signum() == side) return orderError(REDUCE_ONLY_INCREASE, r.asset());
            sz = sz.min(p.szi.abs());
        }
        long oid = st.hyperliquidId(st.nextOrderId);
        Object done = trade(a, m, side, sz, mark, null, ts, oid, r.cloid());
        if (done instanceof Result fail) return orderError(fail.code(), r.asset());
        Execution e = (Execution) done;
        st.nextOrderId++;
        a.orders.add(new OrderRecord(oid, r.cloid(), m.symbol(), side, "Limit", r.px(), r.sz(), r.tif(), "Filled", e.price(),
                sz, e.fee(), r.reduceOnly(), 0, ts));
        return HlOrderStatus.filled(sz, mark, oid);
    }

    /** The venue suffixes order errors with the asset ("Insufficient margin to place order. asset=4"). */
    private static HlOrderStatus orderError(ResultCode code, int asset) {
        return HlOrderStatus.error(code.hyperliquidMessage() + " asset=" + asset);
    }

    /** Perp prices: at most 5 significant figures (integers always allowed) and 6 − szDecimals decimals. */
    static boolean validPrice(BigDecimal px, int szDecimals) {
        BigDecimal p = px.stripTrailingZeros();
        if (p.precision() - p.scale() > MAX_PRICE_DIGITS) return false;
        if (p.scale() <= 0) return true;
        return p.scale() <= 6 - szDecimals && p.precision() <= 5;
    }

    private Result cancel(HlActionBody.Cancel x) {
        List<HlOrderStatus> statuses = new ArrayList<>();
        for (HlActionBody.CancelRequest r : x.cancels())
            statuses.add(HlOrderStatus.error("Order was never placed, already canceled, or filled. asset=" + r.asset()));
        return Result.ok(List.copyOf(statuses));
    }

    public Result fill(Fill c) {
        Account a = st.account(c.uid());
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        HyperliquidMarket m = (HyperliquidMarket) st.markets.get(c.symbol());
        if (c.side() != 1 && c.side() != -1) return Result.fail(INVALID_PARAMETER, "side");
        if (c.qty() == null || c.qty().signum() <= 0 || c.qty().stripTrailingZeros().scale() > m.szDecimals())
            return Result.fail(QTY_INVALID);
        if (c.price() == null || c.price().signum() <= 0) return Result.fail(PRICE_INVALID);
        if (c.fee() != null && (c.fee().signum() < 0 || c.fee().stripTrailingZeros().scale() > Rounding.USDC_SCALE))
            return Result.fail(INVALID_PARAMETER, "fee");
        Object done = trade(a, m, c.side(), c.qty(), c.price(), c.fee(), c.timestamp(), 0, null);
        if (done instanceof Result r) return r;
        return Result.ok(a.hlPositions.get(m.symbol()));
    }

    /**
     * One fill: close what is opposite (realised PnL and fee settle to the wallet; an isolated position releases
     * its margin in proportion), open the rest at the account's leverage setting, moving notional/leverage into
     * an isolated position. Returns the Execution or the refusal.
     */
    private Object trade(Account a, HyperliquidMarket m, int side, BigDecimal sz, BigDecimal px, BigDecimal feeOverride,
                         long ts, long oid, String cloid) {
        HlPosition p = a.hlPositions.get(m.symbol());
        BigDecimal cur = p == null ? BigDecimal.ZERO : p.szi;
        BigDecimal curAbs = cur.abs();
        int curSide = cur.signum();
        BigDecimal closeSz = curSide != 0 && curSide != side ? sz.min(curAbs) : BigDecimal.ZERO;
        BigDecimal openSz = sz.subtract(closeSz);
        BigDecimal rate = st.takerFee(a, m);
        BigDecimal fee = feeOverride != null ? feeOverride : Rounding.feeUp(sz.multiply(px).multiply(rate), Rounding.USDC_SCALE);
        BigDecimal pnl = closeSz.signum() > 0
                ? Rounding.settlePnl(closeSz.multiply(px.subtract(p.entryPx)).multiply(BigDecimal.valueOf(curSide)), Rounding.USDC_SCALE)
                : BigDecimal.ZERO;
        BigDecimal remaining = curAbs.subtract(closeSz);
        BigDecimal curMargin = p == null ? BigDecimal.ZERO : p.margin;
        BigDecimal keptMargin = remaining.signum() == 0 || curAbs.signum() == 0 ? BigDecimal.ZERO
                : Rounding.scaleDown(curMargin.multiply(remaining).divide(curAbs, 20, RoundingMode.FLOOR), Rounding.USDC_SCALE);
        HlAssetSettings s = settings(a, m);
        boolean fresh = remaining.signum() == 0;
        int lev = fresh ? s.leverage() : p.leverage;
        boolean cross = fresh ? s.cross() : p.cross;
        BigDecimal newAbs = remaining.add(openSz);
        BigDecimal newEntry = openSz.signum() == 0 ? (remaining.signum() == 0 ? BigDecimal.ZERO : p.entryPx)
                : fresh ? px
                : Rounding.entryPrice(curAbs.multiply(p.entryPx).add(openSz.multiply(px)).divide(newAbs, 20, RoundingMode.HALF_UP));
        BigDecimal addMargin = BigDecimal.ZERO;
        if (openSz.signum() > 0) {
            if (lev > m.maxLeverageFor(newAbs.multiply(px))) return Result.fail(RISK_LIMIT_EXCEEDED);
            BigDecimal im = Rounding.requiredUp(openSz.multiply(px).divide(BigDecimal.valueOf(lev), 20, RoundingMode.HALF_UP),
                    Rounding.USDC_SCALE);
            if (!cross) addMargin = im;
            BigDecimal released = cross ? BigDecimal.ZERO : curMargin.subtract(keptMargin);
            BigDecimal after = st.available(a, "USDC").add(released).add(pnl).subtract(fee).subtract(im);
            if (after.signum() < 0) return Result.fail(INSUFFICIENT_FOR_ORDER);
        }
        // --- commit
        if (p == null) {
            p = new HlPosition(st.nextPositionId++, a.uid, m.symbol());
            a.hlPositions.put(m.symbol(), p);
        }
        a.credit("USDC", pnl.subtract(fee));
        var ledger = st.ledger("USDC");
        ledger.externalPnl = ledger.externalPnl.add(pnl);
        ledger.fees = ledger.fees.add(fee);
        p.cumRealisedPnl = p.cumRealisedPnl.add(pnl).subtract(fee);
        if (newAbs.signum() == 0) {
            p.flatten();
        } else {
            if (fresh) p.createdTime = ts;
            p.szi = side == curSide || (fresh && openSz.signum() > 0) ? newAbs.multiply(BigDecimal.valueOf(openSz.signum() > 0 ? side : curSide)) : remaining.multiply(BigDecimal.valueOf(curSide));
            p.entryPx = newEntry;
            p.leverage = lev;
            p.cross = cross;
            p.margin = cross ? BigDecimal.ZERO : Rounding.usdc(keptMargin.add(addMargin));
        }
        p.updatedTime = ts;
        refresh(m, p);
        BigDecimal start = cur;
        Execution e = new Execution(st.hyperliquidId(st.nextExecId++), oid, cloid, m.symbol(), side, sz, px, fee, rate, closeSz, pnl, start, 0,
                Execution.Kind.TRADE, ts);
        a.executions.add(e);
        return e;
    }

    public Result importPosition(ImportHlPosition c) {
        Account a = st.account(c.uid());
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        HyperliquidMarket m = (HyperliquidMarket) st.markets.get(c.coin());
        if (c.szi() == null || c.szi().signum() == 0 || c.szi().stripTrailingZeros().scale() > m.szDecimals())
            return Result.fail(QTY_INVALID);
        if (c.entryPx() == null || c.entryPx().signum() <= 0) return Result.fail(PRICE_INVALID);
        if (c.leverage() < 1 || c.leverage() > m.maxLeverage()) return Result.fail(LEVERAGE_INVALID);
        if (c.cross() && m.marginMode().onlyIsolated()) return Result.fail(CROSS_NOT_ALLOWED);
        BigDecimal margin = c.cross() || c.margin() == null ? BigDecimal.ZERO : c.margin();
        if (margin.signum() < 0 || margin.stripTrailingZeros().scale() > Rounding.USDC_SCALE)
            return Result.fail(INVALID_PARAMETER, "margin");
        HlPosition existing = a.hlPositions.get(m.symbol());
        if (existing != null && existing.isOpen()) return Result.fail(INVALID_PARAMETER, "position already open");
        if (st.available(a, "USDC").compareTo(margin) < 0) return Result.fail(INSUFFICIENT_FOR_ORDER);
        HlPosition p = existing != null ? existing : new HlPosition(st.nextPositionId++, a.uid, m.symbol());
        a.hlPositions.put(m.symbol(), p);
        p.szi = c.szi();
        p.entryPx = c.entryPx();
        p.leverage = c.leverage();
        p.cross = c.cross();
        p.margin = Rounding.usdc(margin);
        p.createdTime = c.timestamp();
        p.updatedTime = c.timestamp();
        a.hlSettings.put(m.symbol(), new HlAssetSettings(c.cross(), c.leverage()));
        refresh(m, p);
        return Result.ok(p);
    }

    // ---------------------------------------------------------------- agents

    private Result approveAgent(Account master, HlActionBody.ApproveAgent x, long ts) {
        String name = x.agentName() == null ? "" : x.agentName();
        long validUntil = ts + NINETY_DAYS;
        int cut = name.indexOf(" valid_until ");
        if (cut >= 0) {
            try {
                validUntil = Long.parseLong(name.substring(cut + " valid_until ".length()).trim());
            } catch (NumberFormatException e) {
                return Result.fail(INVALID_PARAMETER, "agentName");
            }
            name = name.substring(0, cut);
        }
        if (ts < master.agentRemovalUntil) return Result.fail(AGENT_PENDING_REMOVAL);
        Agent current = agentNamed(master.uid, name);
        if (ZERO_ADDRESS.equals(x.agentAddress())) {
            if (current != null) forget(current);
            master.agentRemovalUntil = ts + AGENT_REMOVAL_PAUSE;
            return Result.ok(null);
        }
        if (validUntil <= ts) return Result.fail(AGENT_EXPIRED);
        if (st.agents.containsKey(x.agentAddress()) || st.uidByAddress.containsKey(x.agentAddress())
                || st.usedAgentAddresses.contains(x.agentAddress()))
            return Result.fail(AGENT_ALREADY_USED);
        if (!name.isEmpty() && current == null && namedAgents(master.uid) >= MAX_NAMED_AGENTS) return Result.fail(AGENT_LIMIT);
        if (current != null) forget(current);
        st.agents.put(x.agentAddress(), new Agent(x.agentAddress(), name, master.uid, validUntil));
        st.usedAgentAddresses.add(x.agentAddress());
        return Result.ok(null);
    }

    /**
     * A removed or replaced agent keeps its nonce set: dropping it let the agent's old signed requests be applied a
     * second time once the address was approved again (issue 8 item 6). Its address is never approvable again.
     */
    private void forget(Agent agent) {
        st.agents.remove(agent.address());
    }

    private Agent agentNamed(long masterUid, String name) {
        for (Agent a : st.agents.values()) if (a.masterUid() == masterUid && a.name().equals(name)) return a;
        return null;
    }

    private int namedAgents(long masterUid) {
        int n = 0;
        for (Agent a : st.agents.values()) if (a.masterUid() == masterUid && !a.name().isEmpty()) n++;
        return n;
    }

    // ---------------------------------------------------------------- mark-price triggers

    /**
     * The mark reached this isolated position's liquidation price: if equity is below maintenance margin, it is
     * closed at the mark with the taker fee; the user loses at most the position's margin, the insurance fund
     * takes any shortfall (docs/margin-rules.md).
     */
    void onMarkCrossed(HyperliquidMarket m, HlPosition p, BigDecimal mark, long ts, List<MarkEvent> events) {
        if (!HlIsolatedRules.belowMaintenance(m, p, mark)) return;
        Account a = st.account(p.uid);
        BigDecimal rate = st.takerFee(a, m);
        BigDecimal gross = Rounding.settlePnl(HlIsolatedRules.unrealisedPnl(p, mark), Rounding.USDC_SCALE);
        BigDecimal fee = Rounding.feeUp(p.szi.abs().multiply(mark).multiply(rate), Rounding.USDC_SCALE);
        BigDecimal userDelta = gross.subtract(fee).max(p.margin.negate());
        var ledger = st.ledger("USDC");
        a.credit("USDC", userDelta);
        ledger.insurance = ledger.insurance.add(gross.subtract(fee).subtract(userDelta));
        BigDecimal lost = p.margin;
        HlLiquidationClose.book(st, a, p, mark, gross, fee, rate, userDelta, ts);
        events.add(new MarkEvent(MarkEvent.Kind.LIQUIDATION, p.uid, m.symbol(), 0, lost, mark));
    }

    /** Cross margin (issue 8 item 7): see {@link HlCrossLiquidation}. */
    void liquidateCrossAccounts(List<String> coins, long ts, List<MarkEvent> events) { crossLiquidation.run(coins, ts, events); }

    /** Refusals raised before the nonce is recorded: such an action left the state exactly as it was. */
    private static final java.util.Set<ResultCode> BEFORE_NONCE = java.util.EnumSet.of(NONCE_TOO_LOW, NONCE_TOO_HIGH,
            MUST_DEPOSIT, UNKNOWN_SIGNER, ACTION_EXPIRED, NONCE_DUPLICATE, VAULT_NOT_REGISTERED, VAULT_NOT_LEADER);

    /** Whether an action with this result changed state (its nonce at least), so it must be journaled. */
    public static boolean changedState(Result r) {
        return r.ok() || !BEFORE_NONCE.contains(r.code());
    }
}
