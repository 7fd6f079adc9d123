package org.isomargin.hyperliquid.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.command.Command;
import org.isomargin.engine.command.CreateAccount;
import org.isomargin.engine.command.CreateSubAccount;
import org.isomargin.engine.command.Deposit;
import org.isomargin.engine.command.MarkPrices;
import org.isomargin.engine.command.PutMarket;
import org.isomargin.engine.gateway.DirectGateway;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.market.MarginTier;
import org.isomargin.engine.result.Result;
import org.isomargin.hyperliquid.signing.Network;

/**
 * A fresh engine behind a DirectGateway with a fixed clock, set up with engine commands only: BTC (asset 0, tiered
 * 40×/20×), ETH (asset 1, 50×) and strict-isolated ANIME (asset 2, 3×), taker 0.045 %, maker 0.015 %.
 */
final class World {

    static final long T0 = 1_700_000_000_000L;
    static final BigDecimal TAKER = new BigDecimal("0.00045");
    static final BigDecimal MAKER = new BigDecimal("0.00015");

    final AtomicLong clock = new AtomicLong(T0);
    final Engine engine = new Engine();
    final DirectGateway gateway = new DirectGateway(engine, clock::get);

    static World standard() {
        World w = new World();
        w.market("BTC", 0, 5, HlMarginMode.NORMAL, List.of(tier("0", 40), tier("150000000", 20)));
        w.market("ETH", 1, 4, HlMarginMode.NORMAL, List.of(tier("0", 50)));
        w.market("ANIME", 2, 0, HlMarginMode.STRICT_ISOLATED, List.of(tier("0", 3)));
        w.marks("BTC", "60000", "ETH", "3000", "ANIME", "2");
        return w;
    }

    HyperliquidDialect dialect() {
        return new HyperliquidDialect(gateway, Network.TESTNET);
    }

    static MarginTier tier(String lowerBound, int maxLeverage) {
        return new MarginTier(new BigDecimal(lowerBound), maxLeverage);
    }

    void market(String coin, int asset, int szDecimals, HlMarginMode mode, List<MarginTier> tiers) {
        ok(new PutMarket(T0, new HyperliquidMarket(coin, asset, szDecimals, mode, TAKER, MAKER, tiers)));
    }

    /** coin, price, coin, price, … */
    void marks(String... coinsAndPrices) {
        List<MarkPrices.Mark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < coinsAndPrices.length; i += 2) {
            marks.add(new MarkPrices.Mark(coinsAndPrices[i], new BigDecimal(coinsAndPrices[i + 1])));
        }
        ok(new MarkPrices(T0, marks));
    }

    /** Creates an account owned by {@code address} and deposits {@code usdc}; returns the uid. */
    long account(String address, String usdc) {
        Account a = ok(new CreateAccount(T0, address, null)).payloadAs(Account.class);
        deposit(a.uid, usdc);
        return a.uid;
    }

    Account subAccount(long masterUid, String name, boolean vault) {
        return ok(new CreateSubAccount(T0, masterUid, name, vault)).payloadAs(Account.class);
    }

    void deposit(long uid, String usdc) {
        ok(new Deposit(T0, uid, "USDC", new BigDecimal(usdc), null));
    }

    Result ok(Command c) {
        Result r = gateway.submit(ts -> c).join();
        if (!r.ok()) {
            throw new AssertionError(c + " → " + r.code() + " " + r.hyperliquidMessage());
        }
        return r;
    }
}
