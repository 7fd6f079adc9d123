package org.isomargin.engine.account;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.isomargin.engine.history.Bounded;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.LedgerEntry;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;

/**
 * One account: wallets per coin (walletBalance includes the margin its positions hold or reserve), settings per
 * symbol, positions, and bounded histories. Sorted maps keep snapshots and the state hash deterministic.
 */
public final class Account {
    public static final int HISTORY_LIMIT = 500;

    public final long uid;
    public final String address;
    /** 0 for a master account; otherwise the master (or vault leader) uid. */
    public final long masterUid;
    public final boolean vault;
    public final String name;
    public BybitMarginMode marginMode;

    public final TreeMap<String, BigDecimal> wallets = new TreeMap<>();
    public final TreeMap<String, BigDecimal> deposited = new TreeMap<>();
    public final TreeMap<String, BigDecimal> withdrawn = new TreeMap<>();
    public final Set<String> txIds = new TreeSet<>();
    /** Every Bybit orderLinkId this account has used: the venue keeps them unique forever (110072). */
    public final Set<String> orderLinkIds = new TreeSet<>();
    public final TreeMap<String, FeeRate> feeRates = new TreeMap<>();
    public final TreeMap<String, BybitSymbolSettings> bybitSettings = new TreeMap<>();
    public final TreeMap<String, HlAssetSettings> hlSettings = new TreeMap<>();
    /** symbol → slots by positionIdx 0, 1, 2 (null until used). */
    public final TreeMap<String, BybitPosition[]> bybitPositions = new TreeMap<>();
    public final TreeMap<String, HlPosition> hlPositions = new TreeMap<>();
    public long agentRemovalUntil;

    public final Bounded<OrderRecord> orders = new Bounded<>(HISTORY_LIMIT);
    public final Bounded<Execution> executions = new Bounded<>(HISTORY_LIMIT);
    public final Bounded<LedgerEntry> ledger = new Bounded<>(HISTORY_LIMIT);

    public Account(long uid, String address, long masterUid, boolean vault, String name, BybitMarginMode marginMode) {
        this.uid = uid;
        this.address = address;
        this.masterUid = masterUid;
        this.vault = vault;
        this.name = name;
        this.marginMode = marginMode;
    }

    public BigDecimal wallet(String coin) { return wallets.getOrDefault(coin, BigDecimal.ZERO); }

    public void credit(String coin, BigDecimal delta) { wallets.merge(coin, delta, BigDecimal::add); }

    public boolean hasDeposited() { return !deposited.isEmpty(); }
}
