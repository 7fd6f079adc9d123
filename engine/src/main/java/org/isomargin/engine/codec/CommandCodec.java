package org.isomargin.engine.codec;

import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;

/**
 * Commands as journal payloads: one tag byte, then the fields in declaration order. Tags are part of the
 * on-disk format; append new ones, never renumber.
 */
public final class CommandCodec {
    private CommandCodec() {}

    public static byte[] encode(Command c) {
        WireOut o = new WireOut();
        if (c instanceof PutMarket x) { o.i8(1).i64(x.timestamp()); MarketCodec.write(o, x.market()); }
        else if (c instanceof CreateAccount x) o.i8(2).i64(x.timestamp()).str(x.address()).i8(mode(x.marginMode()));
        else if (c instanceof CreateSubAccount x) o.i8(3).i64(x.timestamp()).i64(x.masterUid()).str(x.name()).bool(x.vault());
        else if (c instanceof CreateApiKey x) o.i8(4).i64(x.timestamp()).i64(x.uid()).str(x.apiKey()).str(x.secret()).str(x.rsaPublicKeyPem()).bool(x.readOnly());
        else if (c instanceof Deposit x) o.i8(5).i64(x.timestamp()).i64(x.uid()).str(x.coin()).dec(x.amount()).str(x.txId());
        else if (c instanceof Withdraw x) o.i8(6).i64(x.timestamp()).i64(x.uid()).str(x.coin()).dec(x.amount()).str(x.txId());
        else if (c instanceof SetFeeRate x) o.i8(7).i64(x.timestamp()).i64(x.uid()).str(x.symbol()).dec(x.takerFee()).dec(x.makerFee());
        else if (c instanceof MarkPrices x) {
            o.i8(8).i64(x.timestamp()).i32(x.prices().size());
            for (MarkPrices.Mark m : x.prices()) o.str(m.symbol()).dec(m.price());
        }
        else if (c instanceof Fill x) o.i8(9).i64(x.timestamp()).i64(x.uid()).str(x.symbol()).i32(x.positionIdx()).i8(x.side()).dec(x.qty()).dec(x.price()).dec(x.fee());
        else if (c instanceof ImportBybitPosition x) o.i8(10).i64(x.timestamp()).i64(x.uid()).str(x.symbol()).i32(x.positionIdx()).i8(x.side()).dec(x.size()).dec(x.avgPrice()).dec(x.leverage()).dec(x.extraMargin()).dec(x.cumRealisedPnl());
        else if (c instanceof ImportHlPosition x) o.i8(11).i64(x.timestamp()).i64(x.uid()).str(x.coin()).dec(x.szi()).dec(x.entryPx()).i32(x.leverage()).bool(x.cross()).dec(x.margin());
        else if (c instanceof BybitAddMargin x) o.i8(12).i64(x.timestamp()).i64(x.uid()).i8(cat(x.category())).str(x.symbol()).i32(x.positionIdx()).dec(x.margin());
        else if (c instanceof BybitSetLeverage x) o.i8(13).i64(x.timestamp()).i64(x.uid()).i8(cat(x.category())).str(x.symbol()).dec(x.buyLeverage()).dec(x.sellLeverage());
        else if (c instanceof BybitSetMarginMode x) o.i8(14).i64(x.timestamp()).i64(x.uid()).i8(mode(x.mode()));
        else if (c instanceof BybitSwitchIsolated x) o.i8(15).i64(x.timestamp()).i64(x.uid()).i8(cat(x.category())).str(x.symbol()).bool(x.isolated()).dec(x.buyLeverage()).dec(x.sellLeverage());
        else if (c instanceof BybitSetAutoAddMargin x) o.i8(16).i64(x.timestamp()).i64(x.uid()).i8(cat(x.category())).str(x.symbol()).i32(x.positionIdx()).bool(x.on());
        else if (c instanceof BybitSwitchMode x) o.i8(17).i64(x.timestamp()).i64(x.uid()).i8(cat(x.category())).str(x.symbol()).str(x.coin()).bool(x.hedge());
        else if (c instanceof BybitPlaceOrder x) o.i8(18).i64(x.timestamp()).i64(x.uid()).i8(cat(x.category())).str(x.symbol()).i8(x.side()).str(x.orderType()).dec(x.qty()).dec(x.price()).str(x.timeInForce()).bool(x.reduceOnly()).i32(x.positionIdx()).str(x.orderLinkId());
        else if (c instanceof HlAction x) { o.i8(19).i64(x.timestamp()).str(x.signer()).i64(x.nonce()).nullableLong(x.expiresAfter()).str(x.vaultAddress()); body(o, x.body()); }
        else if (c instanceof SetInstanceId x) o.i8(20).i64(x.timestamp()).str(x.instanceId());
        else throw new IllegalArgumentException("no codec for " + c.getClass().getName());
        return o.toBytes();
    }

    public static Command decode(byte[] bytes) {
        WireIn in = new WireIn(bytes);
        int tag = in.i8();
        long ts = in.i64();
        Command c = switch (tag) {
            case 1 -> new PutMarket(ts, MarketCodec.read(in));
            case 2 -> new CreateAccount(ts, in.str(), mode(in.i8()));
            case 3 -> new CreateSubAccount(ts, in.i64(), in.str(), in.bool());
            case 4 -> new CreateApiKey(ts, in.i64(), in.str(), in.str(), in.str(), in.bool());
            case 5 -> new Deposit(ts, in.i64(), in.str(), in.dec(), in.str());
            case 6 -> new Withdraw(ts, in.i64(), in.str(), in.dec(), in.str());
            case 7 -> new SetFeeRate(ts, in.i64(), in.str(), in.dec(), in.dec());
            case 8 -> {
                int n = in.i32();
                List<MarkPrices.Mark> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) l.add(new MarkPrices.Mark(in.str(), in.dec()));
                yield new MarkPrices(ts, l);
            }
            case 9 -> new Fill(ts, in.i64(), in.str(), in.i32(), in.i8(), in.dec(), in.dec(), in.dec());
            case 10 -> new ImportBybitPosition(ts, in.i64(), in.str(), in.i32(), in.i8(), in.dec(), in.dec(), in.dec(), in.dec(), in.dec());
            case 11 -> new ImportHlPosition(ts, in.i64(), in.str(), in.dec(), in.dec(), in.i32(), in.bool(), in.dec());
            case 12 -> new BybitAddMargin(ts, in.i64(), cat(in.i8()), in.str(), in.i32(), in.dec());
            case 13 -> new BybitSetLeverage(ts, in.i64(), cat(in.i8()), in.str(), in.dec(), in.dec());
            case 14 -> new BybitSetMarginMode(ts, in.i64(), mode(in.i8()));
            case 15 -> new BybitSwitchIsolated(ts, in.i64(), cat(in.i8()), in.str(), in.bool(), in.dec(), in.dec());
            case 16 -> new BybitSetAutoAddMargin(ts, in.i64(), cat(in.i8()), in.str(), in.i32(), in.bool());
            case 17 -> new BybitSwitchMode(ts, in.i64(), cat(in.i8()), in.str(), in.str(), in.bool());
            case 18 -> new BybitPlaceOrder(ts, in.i64(), cat(in.i8()), in.str(), in.i8(), in.str(), in.dec(), in.dec(), in.str(), in.bool(), in.i32(), in.str());
            case 19 -> new HlAction(ts, in.str(), in.i64(), in.nullableLong(), in.str(), body(in));
            case 20 -> new SetInstanceId(ts, in.str());
            default -> throw new IllegalArgumentException("unknown command tag " + tag);
        };
        if (!in.atEnd()) throw new IllegalArgumentException("trailing bytes after command tag " + tag);
        return c;
    }

    private static void body(WireOut o, HlActionBody b) {
        if (b instanceof HlActionBody.UpdateIsolatedMargin x) o.i8(1).i32(x.asset()).bool(x.isBuy()).i64(x.ntli());
        else if (b instanceof HlActionBody.TopUpIsolatedOnlyMargin x) o.i8(2).i32(x.asset()).dec(x.leverage());
        else if (b instanceof HlActionBody.UpdateLeverage x) o.i8(3).i32(x.asset()).bool(x.isCross()).i32(x.leverage());
        else if (b instanceof HlActionBody.Order x) {
            o.i8(4).str(x.grouping()).i32(x.orders().size());
            for (HlActionBody.OrderRequest r : x.orders())
                o.i32(r.asset()).bool(r.isBuy()).dec(r.px()).dec(r.sz()).bool(r.reduceOnly()).str(r.tif()).bool(r.trigger()).str(r.cloid());
        } else if (b instanceof HlActionBody.Cancel x) {
            o.i8(5).i32(x.cancels().size());
            for (HlActionBody.CancelRequest r : x.cancels()) o.i32(r.asset()).i64(r.oid());
        } else if (b instanceof HlActionBody.Noop) o.i8(6);
        else if (b instanceof HlActionBody.ApproveAgent x) o.i8(7).str(x.agentAddress()).str(x.agentName());
        else throw new IllegalArgumentException("no codec for " + b);
    }

    private static HlActionBody body(WireIn in) {
        int tag = in.i8();
        return switch (tag) {
            case 1 -> new HlActionBody.UpdateIsolatedMargin(in.i32(), in.bool(), in.i64());
            case 2 -> new HlActionBody.TopUpIsolatedOnlyMargin(in.i32(), in.dec());
            case 3 -> new HlActionBody.UpdateLeverage(in.i32(), in.bool(), in.i32());
            case 4 -> {
                String grouping = in.str();
                int n = in.i32();
                List<HlActionBody.OrderRequest> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++)
                    l.add(new HlActionBody.OrderRequest(in.i32(), in.bool(), in.dec(), in.dec(), in.bool(), in.str(), in.bool(), in.str()));
                yield new HlActionBody.Order(l, grouping);
            }
            case 5 -> {
                int n = in.i32();
                List<HlActionBody.CancelRequest> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) l.add(new HlActionBody.CancelRequest(in.i32(), in.i64()));
                yield new HlActionBody.Cancel(l);
            }
            case 6 -> new HlActionBody.Noop();
            case 7 -> new HlActionBody.ApproveAgent(in.str(), in.str());
            default -> throw new IllegalArgumentException("unknown action tag " + tag);
        };
    }

    private static int cat(BybitCategory c) { return PersistedEnums.CATEGORY.codeOrAbsent(c); }

    private static BybitCategory cat(int i) { return PersistedEnums.CATEGORY.decodeOrAbsent(i); }

    private static int mode(BybitMarginMode m) { return PersistedEnums.MARGIN_MODE.codeOrAbsent(m); }

    private static BybitMarginMode mode(int i) { return PersistedEnums.MARGIN_MODE.decodeOrAbsent(i); }
}
