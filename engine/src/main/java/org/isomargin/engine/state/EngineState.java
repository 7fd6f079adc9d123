package org.isomargin.engine.state;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.Agent;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.account.CoinLedger;
import org.isomargin.engine.account.FeeRate;
import org.isomargin.engine.account.NonceSet;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.position.LiquidationIndex;
import org.isomargin.engine.rules.hyperliquid.HlIsolatedRules;

/** Everything the engine knows. Owned by one thread; sorted maps keep iteration (and the state hash) stable. */
public final class EngineState {
    public static final long FIRST_UID = 1001;

    public final TreeMap<String, Market> markets = new TreeMap<>();
    public final Map<Integer, HyperliquidMarket> hlByAsset = new HashMap<>();
    public final TreeMap<String, BigDecimal> marks = new TreeMap<>();
    public final TreeMap<Long, Account> accounts = new TreeMap<>();
    public final Map<String, Long> uidByAddress = new HashMap<>();
    public final TreeMap<String, ApiKey> apiKeys = new TreeMap<>();
    public final TreeMap<String, Agent> agents = new TreeMap<>();
    public final TreeMap<String, NonceSet> nonces = new TreeMap<>();
    /** Every address ever approved as an agent: reusing one is "Extra agent already used." (hyperliquid.md §2.4). */
    public final java.util.TreeSet<String> usedAgentAddresses = new java.util.TreeSet<>();
    public final TreeMap<String, CoinLedger> ledgers = new TreeMap<>();
    public final LiquidationIndex index = new LiquidationIndex();
    public long nextUid = FIRST_UID;
    public long nextPositionId = 1;
    public long nextOrderId = 1;
    public long nextExecId = 1;
    /** Set once by SetInstanceId; null in journals written before it existed (ids are then the bare counters). */
    public String instanceId;
    private long idPrefix;

    /** Records the instance id and the id prefix derived from it. */
    public void instanceId(String id) {
        instanceId = id;
        idPrefix = id == null ? 0 : InstanceIds.prefix(id);
    }

    /**
     * A Bybit order or execution id for a counter value: the counter alone before an instance id is set, else the
     * instance's 31-bit prefix above the 32-bit counter, so ids of different instances differ (InstanceIds).
     */
    public long bybitId(long counter) { return idPrefix == 0 ? counter : (idPrefix << 32) | counter; }

    /**
     * A Hyperliquid oid or tid: the same scheme with the prefix cut to 21 bits, so every id stays below 2^53 and
     * JavaScript clients read it exactly (the venue's oids are JSON numbers).
     */
    public long hyperliquidId(long counter) {
        if (idPrefix == 0) return counter;
        long prefix = idPrefix & HL_PREFIX_MASK;
        return (prefix == 0 ? 1L : prefix) << 32 | counter;
    }

    private static final long HL_PREFIX_MASK = (1L << 21) - 1;

    public Account account(long uid) { return accounts.get(uid); }

    public Account accountByAddress(String address) {
        Long uid = address == null ? null : uidByAddress.get(address);
        return uid == null ? null : accounts.get(uid);
    }

    public CoinLedger ledger(String coin) { return ledgers.computeIfAbsent(coin, c -> new CoinLedger()); }

    public BigDecimal mark(String symbol) { return marks.get(symbol); }

    public BigDecimal takerFee(Account a, Market m) {
        FeeRate r = a.feeRates.get(m.symbol());
        return r != null ? r.takerFee() : m.takerFee();
    }

    public BigDecimal makerFee(Account a, Market m) {
        FeeRate r = a.feeRates.get(m.symbol());
        return r != null ? r.makerFee() : m.makerFee();
    }

    /**
     * What an account can still commit or withdraw in a coin: the wallet less every Bybit position's positionIM and
     * every Hyperliquid isolated margin in that coin; Hyperliquid cross positions add their unrealised PnL and hold
     * back max(initial margin, 10 % of notional), the venue's transfer rule.
     */
    public BigDecimal available(Account a, String coin) {
        BigDecimal avail = a.wallet(coin);
        for (BybitPosition[] slots : a.bybitPositions.values()) {
            for (BybitPosition p : slots) {
                if (p != null && p.isOpen() && coin.equals(markets.get(p.symbol).settleCoin()))
                    avail = avail.subtract(p.positionIM);
            }
        }
        if (!"USDC".equals(coin) || a.hlPositions.isEmpty()) return avail;
        BigDecimal crossIm = BigDecimal.ZERO, crossNtl = BigDecimal.ZERO, crossUpnl = BigDecimal.ZERO;
        boolean anyCross = false;
        for (HlPosition p : a.hlPositions.values()) {
            if (!p.isOpen()) continue;
            if (!p.cross) {
                avail = avail.subtract(p.margin);
                continue;
            }
            BigDecimal mark = markOrEntry(p.symbol, p.entryPx);
            anyCross = true;
            crossIm = crossIm.add(HlIsolatedRules.initialMargin(p, mark));
            crossNtl = crossNtl.add(HlIsolatedRules.notional(p, mark));
            crossUpnl = crossUpnl.add(HlIsolatedRules.unrealisedPnl(p, mark));
        }
        if (anyCross) avail = avail.add(crossUpnl).subtract(crossIm.max(crossNtl.multiply(new BigDecimal("0.1"))));
        return avail;
    }

    public BigDecimal markOrEntry(String symbol, BigDecimal entry) {
        BigDecimal m = marks.get(symbol);
        return m != null ? m : entry;
    }

    public BybitMarket bybitMarket(String symbol) {
        return markets.get(symbol) instanceof BybitMarket b ? b : null;
    }
}
