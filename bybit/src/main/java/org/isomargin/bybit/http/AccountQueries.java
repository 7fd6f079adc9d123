package org.isomargin.bybit.http;

import static org.isomargin.engine.result.ResultCode.UNKNOWN_ACCOUNT;
import static org.isomargin.engine.result.ResultCode.UNKNOWN_SYMBOL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.state.EngineState;
import org.isomargin.engine.view.BybitPositionView;

/** Account reads, run on the engine thread; each returns immutable records. */
final class AccountQueries {
    /** One fee line of /v5/account/fee-rate, account overrides applied. */
    record FeeLine(String symbol, BigDecimal taker, BigDecimal maker) {
    }

    private AccountQueries() {}

    /** Requested coins in the order asked, or every coin the account holds or settles a position in. */
    static Result wallet(Engine e, long uid, List<String> coins) {
        EngineState st = e.state();
        Account a = st.account(uid);
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        List<String> wanted = coins;
        if (wanted.isEmpty()) {
            TreeSet<String> all = new TreeSet<>(a.wallets.keySet());
            for (String symbol : a.bybitPositions.keySet()) {
                BybitMarket m = st.bybitMarket(symbol);
                if (m != null) all.add(m.settleCoin());
            }
            wanted = List.copyOf(all);
        }
        List<CoinBalance> out = new ArrayList<>(wanted.size());
        for (String coin : wanted) out.add(balance(e, a, coin));
        return Result.ok(List.copyOf(out));
    }

    private static CoinBalance balance(Engine e, Account a, String coin) {
        EngineState st = e.state();
        BigDecimal im = BigDecimal.ZERO, mm = BigDecimal.ZERO, upl = BigDecimal.ZERO, cum = BigDecimal.ZERO;
        for (Map.Entry<String, BybitPosition[]> en : a.bybitPositions.entrySet()) {
            BybitMarket m = st.bybitMarket(en.getKey());
            if (m == null || !coin.equals(m.settleCoin())) continue;
            for (BybitPosition p : en.getValue()) {
                if (p == null) continue;
                BybitPositionView v = e.views().bybit(a, m, p);
                cum = cum.add(v.cumRealisedPnl());
                if (!p.isOpen()) continue;
                im = im.add(v.positionIM());
                mm = mm.add(v.positionMM());
                upl = upl.add(v.unrealisedPnl());
            }
        }
        return new CoinBalance(coin, a.wallet(coin), st.available(a, coin), im, mm, upl, cum);
    }

    /** Fee rates of one category's markets (or one symbol), with the account's overrides. */
    static Result fees(Engine e, long uid, String category, String symbol) {
        EngineState st = e.state();
        Account a = st.account(uid);
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        List<FeeLine> out = new ArrayList<>();
        if (symbol != null) {
            BybitMarket m = st.bybitMarket(symbol);
            if (m == null || !m.category().wire().equals(category)) return Result.fail(UNKNOWN_SYMBOL, symbol);
            out.add(new FeeLine(symbol, st.takerFee(a, m), st.makerFee(a, m)));
            return Result.ok(List.copyOf(out));
        }
        for (Market mk : st.markets.values())
            if (mk instanceof BybitMarket m && m.category().wire().equals(category))
                out.add(new FeeLine(m.symbol(), st.takerFee(a, m), st.makerFee(a, m)));
        return Result.ok(List.copyOf(out));
    }

    static Result marginMode(Engine e, long uid) {
        Account a = e.state().account(uid);
        return a == null ? Result.fail(UNKNOWN_ACCOUNT) : Result.ok(a.marginMode);
    }
}
