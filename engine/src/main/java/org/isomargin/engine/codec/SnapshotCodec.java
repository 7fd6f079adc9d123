package org.isomargin.engine.codec;

import java.math.BigDecimal;
import java.util.Map;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.Agent;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.account.BybitSymbolSettings;
import org.isomargin.engine.account.CoinLedger;
import org.isomargin.engine.account.FeeRate;
import org.isomargin.engine.account.HlAssetSettings;
import org.isomargin.engine.account.NonceSet;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.LedgerEntry;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.position.PositionStatus;
import org.isomargin.engine.state.EngineState;

/**
 * The whole engine state in one canonical byte form (sorted maps, exact decimals): it is the snapshot format and
 * the input of {@code stateHash()}. Derived figures are stored too, so a restored engine answers reads unchanged.
 */
public final class SnapshotCodec {
    private static final int MAGIC = 0x49534d53; // "ISMS"
    /**
     * 2 adds each account's used orderLinkIds, the instance id and every agent address ever approved; version 1
     * snapshots (none of them) still load, their agents seeding the used-agent record.
     */
    private static final int VERSION = 2;

    private SnapshotCodec() {}

    public static byte[] write(EngineState st) {
        WireOut o = new WireOut();
        o.i32(MAGIC).i32(VERSION).i64(st.nextUid).i64(st.nextPositionId).i64(st.nextOrderId).i64(st.nextExecId);
        o.i32(st.markets.size());
        for (Market m : st.markets.values()) MarketCodec.write(o, m);
        o.i32(st.marks.size());
        for (Map.Entry<String, BigDecimal> e : st.marks.entrySet()) o.str(e.getKey()).dec(e.getValue());
        o.i32(st.ledgers.size());
        for (Map.Entry<String, CoinLedger> e : st.ledgers.entrySet()) {
            CoinLedger l = e.getValue();
            o.str(e.getKey()).dec(l.deposits).dec(l.withdrawals).dec(l.externalPnl).dec(l.fees).dec(l.insurance);
        }
        o.i32(st.apiKeys.size());
        for (ApiKey k : st.apiKeys.values()) o.str(k.apiKey()).i64(k.uid()).str(k.secret()).str(k.rsaPublicKeyPem()).bool(k.readOnly());
        o.i32(st.agents.size());
        for (Agent a : st.agents.values()) o.str(a.address()).str(a.name()).i64(a.masterUid()).i64(a.validUntil());
        o.i32(st.nonces.size());
        for (Map.Entry<String, NonceSet> e : st.nonces.entrySet()) {
            o.str(e.getKey()).i32(e.getValue().size());
            for (long n : e.getValue().values()) o.i64(n);
        }
        o.i32(st.accounts.size());
        for (Account a : st.accounts.values()) writeAccount(o, a);
        o.str(st.instanceId);
        // appended (issue 8 item 6): every agent address ever approved
        o.i32(st.usedAgentAddresses.size());
        for (String address : st.usedAgentAddresses) o.str(address);
        return o.toBytes();
    }

    private static void writeAccount(WireOut o, Account a) {
        o.i64(a.uid).str(a.address).i64(a.masterUid).bool(a.vault).str(a.name).i8(PersistedEnums.MARGIN_MODE.code(a.marginMode)).i64(a.agentRemovalUntil);
        decMap(o, a.wallets);
        decMap(o, a.deposited);
        decMap(o, a.withdrawn);
        o.i32(a.txIds.size());
        for (String t : a.txIds) o.str(t);
        o.i32(a.feeRates.size());
        for (Map.Entry<String, FeeRate> e : a.feeRates.entrySet()) o.str(e.getKey()).dec(e.getValue().takerFee()).dec(e.getValue().makerFee());
        o.i32(a.bybitSettings.size());
        for (Map.Entry<String, BybitSymbolSettings> e : a.bybitSettings.entrySet()) {
            BybitSymbolSettings s = e.getValue();
            o.str(e.getKey()).bool(s.hedgeMode).dec(s.buyLeverage).dec(s.sellLeverage).i8(s.isolated == null ? -1 : s.isolated ? 1 : 0);
        }
        o.i32(a.hlSettings.size());
        for (Map.Entry<String, HlAssetSettings> e : a.hlSettings.entrySet()) o.str(e.getKey()).bool(e.getValue().cross()).i32(e.getValue().leverage());
        o.i32(a.bybitPositions.size());
        for (Map.Entry<String, BybitPosition[]> e : a.bybitPositions.entrySet()) {
            o.str(e.getKey());
            for (BybitPosition p : e.getValue()) {
                o.bool(p != null);
                if (p != null) writeBybit(o, p);
            }
        }
        o.i32(a.hlPositions.size());
        for (HlPosition p : a.hlPositions.values()) writeHl(o, p);
        o.i32(a.orders.size());
        for (OrderRecord r : a.orders.items())
            o.i64(r.orderId()).str(r.orderLinkId()).str(r.symbol()).i8(r.side()).str(r.orderType()).dec(r.price()).dec(r.qty())
                    .str(r.timeInForce()).str(r.status()).dec(r.avgPrice()).dec(r.cumExecQty()).dec(r.cumExecFee())
                    .bool(r.reduceOnly()).i32(r.positionIdx()).i64(r.createdTime());
        o.i32(a.executions.size());
        for (Execution x : a.executions.items())
            o.i64(x.execId()).i64(x.orderId()).str(x.orderLinkId()).str(x.symbol()).i8(x.side()).dec(x.qty()).dec(x.price())
                    .dec(x.fee()).dec(x.feeRate()).dec(x.closedSize()).dec(x.closedPnl()).dec(x.startPosition()).i32(x.positionIdx())
                    .i8(PersistedEnums.EXECUTION_KIND.code(x.kind())).i64(x.time());
        o.i32(a.ledger.size());
        for (LedgerEntry l : a.ledger.items()) o.i64(l.time()).i8(PersistedEnums.LEDGER_TYPE.code(l.type())).str(l.coin()).str(l.symbol()).dec(l.amount());
        o.i32(a.orderLinkIds.size());
        for (String id : a.orderLinkIds) o.str(id);
    }

    private static void writeBybit(WireOut o, BybitPosition p) {
        o.i64(p.id).i64(p.uid).str(p.symbol).i32(p.positionIdx).i8(p.side).dec(p.size).dec(p.avgPrice).dec(p.leverage)
                .bool(p.isolated).dec(p.extraMargin).bool(p.autoAddMargin).i8(PersistedEnums.POSITION_STATUS.code(p.status)).dec(p.curRealisedPnl)
                .dec(p.cumRealisedPnl).i64(p.createdTime).i64(p.updatedTime).i32(p.riskId).dec(p.riskLimitValue)
                .dec(p.positionIM).dec(p.positionMM).dec(p.bustPrice).dec(p.liqPrice);
    }

    private static void writeHl(WireOut o, HlPosition p) {
        o.i64(p.id).i64(p.uid).str(p.symbol).dec(p.szi).dec(p.entryPx).i32(p.leverage).bool(p.cross).dec(p.margin)
                .dec(p.liquidationPx).dec(p.cumRealisedPnl).i64(p.createdTime).i64(p.updatedTime);
    }

    private static void decMap(WireOut o, Map<String, BigDecimal> m) {
        o.i32(m.size());
        for (Map.Entry<String, BigDecimal> e : m.entrySet()) o.str(e.getKey()).dec(e.getValue());
    }

    private static void decMap(WireIn in, Map<String, BigDecimal> m) {
        int n = in.i32();
        for (int i = 0; i < n; i++) m.put(in.str(), in.dec());
    }

    public static EngineState read(byte[] bytes) {
        WireIn in = new WireIn(bytes);
        if (in.i32() != MAGIC) throw new IllegalArgumentException("not an Isomargin snapshot");
        int version = in.i32();
        if (version != VERSION && version != 1) throw new IllegalArgumentException("unsupported snapshot version " + version);
        EngineState st = new EngineState();
        st.nextUid = in.i64();
        st.nextPositionId = in.i64();
        st.nextOrderId = in.i64();
        st.nextExecId = in.i64();
        int n = in.i32();
        for (int i = 0; i < n; i++) {
            Market m = MarketCodec.read(in);
            st.markets.put(m.symbol(), m);
            if (m instanceof HyperliquidMarket h) st.hlByAsset.put(h.assetIndex(), h);
        }
        decMap(in, st.marks);
        n = in.i32();
        for (int i = 0; i < n; i++) {
            CoinLedger l = st.ledger(in.str());
            l.deposits = in.dec(); l.withdrawals = in.dec(); l.externalPnl = in.dec(); l.fees = in.dec(); l.insurance = in.dec();
        }
        n = in.i32();
        for (int i = 0; i < n; i++) {
            ApiKey k = new ApiKey(in.str(), in.i64(), in.str(), in.str(), in.bool());
            st.apiKeys.put(k.apiKey(), k);
        }
        n = in.i32();
        for (int i = 0; i < n; i++) {
            Agent a = new Agent(in.str(), in.str(), in.i64(), in.i64());
            st.agents.put(a.address(), a);
        }
        n = in.i32();
        for (int i = 0; i < n; i++) {
            NonceSet s = new NonceSet();
            String signer = in.str();
            int k = in.i32();
            for (int j = 0; j < k; j++) s.insert(in.i64());
            st.nonces.put(signer, s);
        }
        n = in.i32();
        for (int i = 0; i < n; i++) {
            Account a = readAccount(in, version);
            st.accounts.put(a.uid, a);
            if (a.address != null) st.uidByAddress.put(a.address, a.uid);
        }
        if (version >= 2) {
            st.instanceId(in.str());
            n = in.i32();
            for (int i = 0; i < n; i++) st.usedAgentAddresses.add(in.str());
        }
        // A version 1 snapshot has no used-agent record: the agents it holds are its minimum.
        st.usedAgentAddresses.addAll(st.agents.keySet());
        if (!in.atEnd()) throw new IllegalArgumentException("trailing bytes in snapshot");
        return st;
    }

    private static Account readAccount(WireIn in, int version) {
        Account a = new Account(in.i64(), in.str(), in.i64(), in.bool(), in.str(), PersistedEnums.MARGIN_MODE.decode(in.i8()));
        a.agentRemovalUntil = in.i64();
        decMap(in, a.wallets);
        decMap(in, a.deposited);
        decMap(in, a.withdrawn);
        int n = in.i32();
        for (int i = 0; i < n; i++) a.txIds.add(in.str());
        n = in.i32();
        for (int i = 0; i < n; i++) a.feeRates.put(in.str(), new FeeRate(in.dec(), in.dec()));
        n = in.i32();
        for (int i = 0; i < n; i++) {
            String symbol = in.str();
            BybitSymbolSettings s = new BybitSymbolSettings(BigDecimal.ONE);
            s.hedgeMode = in.bool();
            s.buyLeverage = in.dec();
            s.sellLeverage = in.dec();
            int iso = in.i8();
            s.isolated = iso < 0 ? null : iso == 1;
            a.bybitSettings.put(symbol, s);
        }
        n = in.i32();
        for (int i = 0; i < n; i++) a.hlSettings.put(in.str(), new HlAssetSettings(in.bool(), in.i32()));
        n = in.i32();
        for (int i = 0; i < n; i++) {
            String symbol = in.str();
            BybitPosition[] slots = new BybitPosition[3];
            for (int j = 0; j < 3; j++) if (in.bool()) slots[j] = readBybit(in);
            a.bybitPositions.put(symbol, slots);
        }
        n = in.i32();
        for (int i = 0; i < n; i++) {
            HlPosition p = readHl(in);
            a.hlPositions.put(p.symbol, p);
        }
        n = in.i32();
        for (int i = 0; i < n; i++)
            a.orders.add(new OrderRecord(in.i64(), in.str(), in.str(), in.i8(), in.str(), in.dec(), in.dec(), in.str(), in.str(),
                    in.dec(), in.dec(), in.dec(), in.bool(), in.i32(), in.i64()));
        n = in.i32();
        for (int i = 0; i < n; i++)
            a.executions.add(new Execution(in.i64(), in.i64(), in.str(), in.str(), in.i8(), in.dec(), in.dec(), in.dec(), in.dec(),
                    in.dec(), in.dec(), in.dec(), in.i32(), PersistedEnums.EXECUTION_KIND.decode(in.i8()), in.i64()));
        n = in.i32();
        for (int i = 0; i < n; i++)
            a.ledger.add(new LedgerEntry(in.i64(), PersistedEnums.LEDGER_TYPE.decode(in.i8()), in.str(), in.str(), in.dec()));
        if (version >= 2) {
            n = in.i32();
            for (int i = 0; i < n; i++) a.orderLinkIds.add(in.str());
        }
        return a;
    }

    private static BybitPosition readBybit(WireIn in) {
        long id = in.i64(), uid = in.i64();
        String symbol = in.str();
        int idx = in.i32();
        int side = in.i8();
        BigDecimal size = in.dec(), avg = in.dec(), lev = in.dec();
        BybitPosition p = new BybitPosition(id, uid, symbol, idx, lev);
        p.side = side;
        p.size = size;
        p.avgPrice = avg;
        p.isolated = in.bool();
        p.extraMargin = in.dec();
        p.autoAddMargin = in.bool();
        p.status = PersistedEnums.POSITION_STATUS.decode(in.i8());
        p.curRealisedPnl = in.dec();
        p.cumRealisedPnl = in.dec();
        p.createdTime = in.i64();
        p.updatedTime = in.i64();
        p.riskId = in.i32();
        p.riskLimitValue = in.dec();
        p.positionIM = in.dec();
        p.positionMM = in.dec();
        p.bustPrice = in.dec();
        p.liqPrice = in.dec();
        return p;
    }

    private static HlPosition readHl(WireIn in) {
        HlPosition p = new HlPosition(in.i64(), in.i64(), in.str());
        p.szi = in.dec();
        p.entryPx = in.dec();
        p.leverage = in.i32();
        p.cross = in.bool();
        p.margin = in.dec();
        p.liquidationPx = in.dec();
        p.cumRealisedPnl = in.dec();
        p.createdTime = in.i64();
        p.updatedTime = in.i64();
        return p;
    }
}
