package org.isomargin.hyperliquid.http;

import java.math.BigDecimal;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.state.EngineState;

/**
 * userFees in the venue's shape (ccxt reads userCrossRate / userAddRate). Fees are per market in the engine; the
 * first Hyperliquid market (lowest asset id) stands for the schedule, with the user's override for it if any.
 */
final class FeesJson {

    private FeesJson() {
    }

    static byte[] userFees(Engine engine, String user) {
        EngineState st = engine.state();
        HyperliquidMarket m = PerpUniverse.of(st).first();
        Account a = st.accountByAddress(user);
        BigDecimal taker = m == null ? BigDecimal.ZERO : m.takerFee();
        BigDecimal maker = m == null ? BigDecimal.ZERO : m.makerFee();
        BigDecimal userTaker = m == null || a == null ? taker : st.takerFee(a, m);
        BigDecimal userMaker = m == null || a == null ? maker : st.makerFee(a, m);
        return JsonBytes.of(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("dailyUserVlm");
            g.writeEndArray();
            g.writeObjectFieldStart("feeSchedule");
            g.writeStringField("cross", HlDecimal.of(taker));
            g.writeStringField("add", HlDecimal.of(maker));
            g.writeStringField("spotCross", HlDecimal.of(taker));
            g.writeStringField("spotAdd", HlDecimal.of(maker));
            g.writeObjectFieldStart("tiers");
            g.writeArrayFieldStart("vip");
            g.writeEndArray();
            g.writeArrayFieldStart("mm");
            g.writeEndArray();
            g.writeEndObject();
            g.writeStringField("referralDiscount", "0.0");
            g.writeEndObject();
            g.writeStringField("userCrossRate", HlDecimal.of(userTaker));
            g.writeStringField("userAddRate", HlDecimal.of(userMaker));
            g.writeStringField("userSpotCrossRate", HlDecimal.of(userTaker));
            g.writeStringField("userSpotAddRate", HlDecimal.of(userMaker));
            g.writeStringField("activeReferralDiscount", "0.0");
            g.writeNullField("trial");
            g.writeStringField("feeTrialReward", "0.0");
            g.writeNullField("nextTrialAvailableTimestamp");
            g.writeEndObject();
        });
    }
}
