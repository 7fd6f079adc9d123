package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.codec.CommandCodec;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.market.RiskTier;
import org.isomargin.engine.result.ResultCode;
import org.junit.jupiter.api.Test;

/** Regressions found in review: every input reaches the journal intact, and nothing is applied half-way. */
class ReviewRegressionTest {
    static final String USER = "0x14791697260e4c9a71f18484c9f997b308e59325";

    @Test
    void decimalsOfAnyLengthRoundTripThroughTheCodec() {
        BigDecimal huge = new BigDecimal("1" + "0".repeat(700) + ".5");
        Command c = new HlAction(T0, USER, T0, null, null, new HlActionBody.Order(List.of(
                new HlActionBody.OrderRequest(1, true, huge, d("0.01"), false, "Ioc", false, null)), "na"));
        assertEquals(c, CommandCodec.decode(CommandCodec.encode(c)));
        Command dep = new Deposit(T0, 1001, "USDT", new BigDecimal("9".repeat(300)), null);
        assertEquals(dep, CommandCodec.decode(CommandCodec.encode(dep)));
    }

    @Test
    void absurdHyperliquidPricesAreRefusedNotStored() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        deposit(e, account(e, USER), "USDC", "1000");
        mark(e, "ETH", "2000");
        var r = ok(e, new HlAction(T0, USER, T0, null, null, new HlActionBody.Order(List.of(
                new HlActionBody.OrderRequest(1, true, new BigDecimal("1" + "0".repeat(40)), d("0.01"), false, "Ioc", false, null)), "na")));
        assertEquals("Order has invalid price. asset=1", ((org.isomargin.engine.ops.HlOrderStatus) ((List<?>) r.payload()).get(0)).error());
    }

    @Test
    void importAndFillRefuseAmountsFinerThanTheCoinBeforeChangingAnything() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "10000");
        String before = e.stateHash();
        assertEquals(ResultCode.INVALID_PARAMETER, e.apply(new ImportBybitPosition(T0, uid, "BTCUSDT", 0, 1, d("0.01"), d("50000"),
                d("10"), d("0.000000001"), null)).code());
        assertEquals(ResultCode.INVALID_PARAMETER, e.apply(new Fill(T0, uid, "BTCUSDT", 0, 1, d("0.01"), d("50000"), d("0.000000001"))).code());
        assertEquals(before, e.stateHash());
    }

    @Test
    void importSetsTheSymbolLeverage() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "10000");
        ok(e, new ImportBybitPosition(T0, uid, "BTCUSDT", 0, 1, d("0.01"), d("50000"), d("5"), d("10"), null));
        assertEquals(ResultCode.LEVERAGE_UNCHANGED,
                e.apply(new BybitSetLeverage(T0, uid, BybitCategory.LINEAR, "BTCUSDT", d("5"), d("5"))).code());
    }

    @Test
    void replacingAMarketRecomputesItsOpenPositions() {
        Engine e = new Engine();
        BybitMarket m = linear("BTCUSDT", "0.1", "0.001", "0", "0.005", "100");
        ok(e, new PutMarket(T0, m));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "10000");
        ok(e, new ImportBybitPosition(T0, uid, "BTCUSDT", 0, 1, d("1"), d("20000"), d("50"), BigDecimal.ZERO, null));
        assertEquals(0, e.state().account(uid).bybitPositions.get("BTCUSDT")[0].liqPrice.compareTo(d("19700")));
        // MMR 0.5 % → 1 %: liq = E·(1 − 1/50 + 0.01) = 19800, and the index files it there.
        ok(e, new PutMarket(T0, new BybitMarket("BTCUSDT", m.category(), "BTC", "USDT", "USDT", m.tickSize(), m.qtyStep(), m.minOrderQty(),
                m.maxOrderQty(), m.takerFee(), m.makerFee(), List.of(new RiskTier(1, d("2000000"), d("0.01"), d("0.02"), d("100"), d("0"))))));
        assertEquals(0, e.state().account(uid).bybitPositions.get("BTCUSDT")[0].liqPrice.compareTo(d("19800")));
        var ev = Engine.markEvents(ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark("BTCUSDT", d("19750"))))));
        assertEquals(1, ev.size());
    }

    @Test
    void aReplacedAgentKeepsItsNonceSet() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        deposit(e, account(e, USER), "USDC", "1000");
        String agentA = "0x2b5ad5c4795c026514f8317c7a215e218dccd6cf", agentB = "0x6813eb9362372eef6200f3b1dbc3f819671cba69";
        ok(e, new HlAction(T0, USER, T0, null, null, new HlActionBody.ApproveAgent(agentA, "")));
        ok(e, new HlAction(T0, agentA, T0 + 1, null, null, new HlActionBody.Noop()));
        assertTrue(e.state().nonces.containsKey(agentA));
        ok(e, new HlAction(T0, USER, T0 + 2, null, null, new HlActionBody.ApproveAgent(agentB, "")));
        // kept since issue 8 item 6: dropping it let A's old requests be replayed after a re-approval
        assertTrue(e.state().nonces.containsKey(agentA));
        assertEquals(ResultCode.UNKNOWN_SIGNER, e.apply(new HlAction(T0, agentA, T0 + 3, null, null, new HlActionBody.Noop())).code());
    }
}
