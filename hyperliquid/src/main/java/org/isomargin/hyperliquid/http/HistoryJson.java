package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.LedgerEntry;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.state.EngineState;

/**
 * userFills / userFillsByTime (newest first) and userNonFundingLedgerUpdates (oldest first), from the account's
 * bounded histories; only Hyperliquid markets and USDC movements are shown. Nothing here is an on-chain
 * transaction, so every {@code hash} is the zero hash.
 */
final class HistoryJson {

    static final String ZERO_HASH = "0x" + "0".repeat(64);

    private HistoryJson() {
    }

    static byte[] userFills(Engine engine, InfoRequest r) {
        EngineState st = engine.state();
        Account a = st.accountByAddress(r.user());
        return JsonBytes.of(g -> {
            g.writeStartArray();
            if (a != null) {
                for (Execution e : a.executions.newestFirst()) {
                    if (st.markets.get(e.symbol()) instanceof HyperliquidMarket && r.inWindow(e.time())) {
                        fill(g, e, a.address);
                    }
                }
            }
            g.writeEndArray();
        });
    }

    /** Every fill is a taker fill at the mark ({@code crossed:true}); fees are paid in USDC. */
    private static void fill(JsonGenerator g, Execution e, String user) throws IOException {
        g.writeStartObject();
        g.writeStringField("coin", e.symbol());
        g.writeStringField("px", HlDecimal.of(e.price()));
        g.writeStringField("sz", HlDecimal.of(e.qty()));
        g.writeStringField("side", e.side() > 0 ? "B" : "A");
        g.writeNumberField("time", e.time());
        g.writeStringField("startPosition", HlDecimal.of(e.startPosition()));
        g.writeStringField("dir", FillDirection.of(e.startPosition(), e.side(), e.qty()));
        g.writeStringField("closedPnl", HlDecimal.usdc(e.closedPnl()));
        g.writeStringField("hash", ZERO_HASH);
        g.writeNumberField("oid", e.orderId());
        g.writeBooleanField("crossed", true);
        g.writeStringField("fee", HlDecimal.usdc(e.fee()));
        g.writeNumberField("tid", e.execId());
        g.writeStringField("feeToken", "USDC");
        if (e.kind() == Execution.Kind.LIQUIDATION) {
            g.writeObjectFieldStart("liquidation");
            g.writeStringField("liquidatedUser", user);
            g.writeStringField("markPx", HlDecimal.of(e.price()));
            g.writeStringField("method", "market");
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static byte[] ledgerUpdates(Engine engine, InfoRequest r) {
        EngineState st = engine.state();
        Account a = st.accountByAddress(r.user());
        return JsonBytes.of(g -> {
            g.writeStartArray();
            if (a != null) {
                for (LedgerEntry e : a.ledger.items()) {
                    boolean hl = e.symbol() == null || st.markets.get(e.symbol()) instanceof HyperliquidMarket;
                    if ("USDC".equals(e.coin()) && hl && r.inWindow(e.time())) {
                        g.writeStartObject();
                        g.writeNumberField("time", e.time());
                        g.writeStringField("hash", ZERO_HASH);
                        g.writeFieldName("delta");
                        delta(g, e);
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndArray();
        });
    }

    /**
     * deposit {@code {usdc}}, withdraw {@code {usdc, nonce, fee}} (usdc positive, as the venue shows it);
     * Isomargin's own: {@code isolatedMargin {coin, usdc}} with usdc &gt; 0 into the position and &lt; 0 back to
     * cross, and {@code liquidation {coin, usdc, leverageType}} with the signed loss.
     */
    private static void delta(JsonGenerator g, LedgerEntry e) throws IOException {
        g.writeStartObject();
        switch (e.type()) {
            case DEPOSIT:
                g.writeStringField("type", "deposit");
                g.writeStringField("usdc", HlDecimal.usdc(e.amount()));
                break;
            case WITHDRAW:
                g.writeStringField("type", "withdraw");
                g.writeStringField("usdc", HlDecimal.usdc(e.amount().abs()));
                g.writeNumberField("nonce", 0);
                g.writeStringField("fee", "0.0");
                break;
            case LIQUIDATION:
                g.writeStringField("type", "liquidation");
                g.writeStringField("coin", e.symbol());
                g.writeStringField("usdc", HlDecimal.usdc(e.amount()));
                g.writeStringField("leverageType", "Isolated");
                break;
            default: // ISOLATED_MARGIN, AUTO_ADD_MARGIN
                g.writeStringField("type", "isolatedMargin");
                g.writeStringField("coin", e.symbol());
                g.writeStringField("usdc", HlDecimal.usdc(e.amount()));
                break;
        }
        g.writeEndObject();
    }
}
