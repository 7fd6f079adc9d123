package org.isomargin.engine;

import static org.isomargin.engine.result.ResultCode.*;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.CoinLedger;
import org.isomargin.engine.codec.SnapshotCodec;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.ops.AccountOps;
import org.isomargin.engine.ops.BybitOps;
import org.isomargin.engine.ops.HyperliquidOps;
import org.isomargin.engine.ops.MarkEvent;
import org.isomargin.engine.ops.MarkPriceOps;
import org.isomargin.engine.ops.Views;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.state.EngineState;
import org.isomargin.engine.state.InstanceIds;

/**
 * The deterministic isolated-margin engine: {@code apply(command) → result}. No I/O, no clock, no threads; one
 * owner thread calls it. A refused command changes nothing (Hyperliquid actions aside, which still use their
 * nonce once the signer and nonce checks pass).
 */
public final class Engine {
    private final EngineState st;
    private final Views views;
    private final AccountOps accounts;
    private final BybitOps bybit;
    private final HyperliquidOps hyperliquid;
    private final MarkPriceOps marks;

    public Engine() { this(new EngineState()); }

    private Engine(EngineState st) {
        this.st = st;
        this.views = new Views(st);
        this.accounts = new AccountOps(st);
        this.bybit = new BybitOps(st, views);
        this.hyperliquid = new HyperliquidOps(st);
        this.marks = new MarkPriceOps(st, bybit, hyperliquid);
    }

    public Result apply(Command c) {
        if (c instanceof BybitAddMargin x) return bybit.addMargin(x);
        if (c instanceof HlAction x) return hyperliquid.apply(x);
        if (c instanceof MarkPrices x) return marks.apply(x);
        if (c instanceof BybitPlaceOrder x) return bybit.placeOrder(x);
        if (c instanceof Fill x) return fill(x);
        if (c instanceof Deposit x) return accounts.deposit(x);
        if (c instanceof Withdraw x) return accounts.withdraw(x);
        if (c instanceof BybitSetLeverage x) return bybit.setLeverage(x);
        if (c instanceof BybitSetAutoAddMargin x) return bybit.setAutoAddMargin(x);
        if (c instanceof BybitSetMarginMode x) return bybit.setMarginMode(x);
        if (c instanceof BybitSwitchIsolated x) return bybit.switchIsolated(x);
        if (c instanceof BybitSwitchMode x) return bybit.switchMode(x);
        if (c instanceof ImportBybitPosition x) return importBybit(x);
        if (c instanceof ImportHlPosition x) return importHl(x);
        if (c instanceof SetFeeRate x) return setFeeRate(x);
        if (c instanceof CreateAccount x) return accounts.createAccount(x);
        if (c instanceof CreateSubAccount x) return accounts.createSubAccount(x);
        if (c instanceof CreateApiKey x) return accounts.createApiKey(x);
        if (c instanceof PutMarket x) return putMarket(x);
        if (c instanceof SetInstanceId x) return setInstanceId(x);
        throw new IllegalArgumentException("unknown command " + c.getClass().getName());
    }

    private Result fill(Fill c) {
        Market m = st.markets.get(c.symbol());
        if (m == null) return Result.fail(UNKNOWN_SYMBOL, c.symbol());
        return m instanceof BybitMarket ? bybit.fill(c) : hyperliquid.fill(c);
    }

    private Result importBybit(ImportBybitPosition c) {
        if (!(st.markets.get(c.symbol()) instanceof BybitMarket)) return Result.fail(UNKNOWN_SYMBOL, c.symbol());
        return bybit.importPosition(c);
    }

    private Result importHl(ImportHlPosition c) {
        if (!(st.markets.get(c.coin()) instanceof HyperliquidMarket)) return Result.fail(UNKNOWN_SYMBOL, c.coin());
        return hyperliquid.importPosition(c);
    }

    /** A replaced market (tiers, tick, fees) changes the figures of its open positions: recompute and re-file them. */
    private Result putMarket(PutMarket c) {
        Result r = accounts.putMarket(c);
        if (!r.ok()) return r;
        Market m = c.market();
        for (Account a : st.accounts.values()) {
            if (m instanceof BybitMarket b) {
                BybitPosition[] slots = a.bybitPositions.get(b.symbol());
                if (slots != null) for (BybitPosition p : slots) if (p != null && p.isOpen()) bybit.refreshPosition(b, a, p);
            } else {
                HlPosition p = a.hlPositions.get(m.symbol());
                if (p != null && p.isOpen()) hyperliquid.refresh((HyperliquidMarket) m, p);
            }
        }
        return r;
    }

    /** Names the instance once; a malformed id, or any second attempt, is refused and changes nothing. */
    private Result setInstanceId(SetInstanceId c) {
        if (st.instanceId != null) return Result.fail(INSTANCE_ID_SET);
        if (!InstanceIds.valid(c.instanceId())) return Result.fail(INVALID_PARAMETER, "instanceId");
        st.instanceId(c.instanceId());
        return Result.ok(c.instanceId());
    }

    /** A new fee rate changes the fee-to-close held by open positions, so their figures are recomputed. */
    private Result setFeeRate(SetFeeRate c) {
        Result r = accounts.setFeeRate(c);
        if (!r.ok()) return r;
        Account a = st.account(c.uid());
        if (st.markets.get(c.symbol()) instanceof BybitMarket m) {
            BybitPosition[] slots = a.bybitPositions.get(m.symbol());
            if (slots != null) for (BybitPosition p : slots) if (p != null) bybit.refreshPosition(m, a, p);
        }
        return r;
    }

    /**
     * Whether applying {@code c} with result {@code r} changed the state, so it must be journaled: every accepted
     * command, and a refused Hyperliquid action that had already used its nonce (replay protection). Any other
     * refusal changed nothing.
     */
    public static boolean changedState(Command c, Result r) {
        return r.ok() || (c instanceof HlAction && HyperliquidOps.changedState(r));
    }

    // ---------------------------------------------------------------- reads (engine thread only)

    public EngineState state() { return st; }

    public Views views() { return views; }

    public BybitOps bybit() { return bybit; }

    /** SHA-256 over the canonical snapshot encoding: equal hashes mean equal states. */
    public String stateHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] snapshot() { return SnapshotCodec.write(st); }

    public static Engine restore(byte[] snapshot) {
        Engine e = new Engine(SnapshotCodec.read(snapshot));
        e.reindex();
        return e;
    }

    private void reindex() {
        for (Account a : st.accounts.values()) {
            for (BybitPosition[] slots : a.bybitPositions.values())
                for (BybitPosition p : slots) if (p != null) st.index.update(p);
            for (HlPosition p : a.hlPositions.values()) st.index.update(p);
        }
    }

    /**
     * Money conservation per coin: Σ wallets + fees + insurance = deposits − withdrawals + external PnL.
     * Returns the coins where it fails (empty when money is conserved).
     */
    public List<String> conservationViolations() {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, CoinLedger> e : st.ledgers.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Account a : st.accounts.values()) sum = sum.add(a.wallet(e.getKey()));
            if (sum.compareTo(e.getValue().expectedWallets()) != 0)
                bad.add(e.getKey() + ": wallets " + sum + " != " + e.getValue().expectedWallets());
        }
        return bad;
    }

    /** Exposed for tests and operators: what the last mark update did is in its Result payload. */
    @SuppressWarnings("unchecked")
    public static List<MarkEvent> markEvents(Result r) { return (List<MarkEvent>) r.payload(); }
}
