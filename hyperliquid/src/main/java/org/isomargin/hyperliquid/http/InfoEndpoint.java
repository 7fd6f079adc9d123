package org.isomargin.hyperliquid.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.isomargin.engine.Engine;
import org.isomargin.engine.gateway.EngineGateway;

/**
 * {@code POST /info}: unsigned reads. Fixed answers are written at once; the rest are rendered to bytes inside one
 * engine read, so nothing mutable leaves the engine thread.
 */
final class InfoEndpoint {

    private static final byte[] NULL_LIST = ascii("[null]");
    private static final byte[] EMPTY_LIST = ascii("[]");
    /** ccxt treats anything but "unifiedAccount" as the classic perp account (CLIENTS.md §4.3). */
    private static final byte[] ABSTRACTION = ascii("\"disabled\"");
    private static final byte[] ZERO = ascii("0");

    private final EngineGateway gateway;

    InfoEndpoint(EngineGateway gateway) {
        this.gateway = gateway;
    }

    void handle(HttpServerRequest req, byte[] body) {
        InfoRequest r;
        try {
            r = InfoRequest.parse(body);
        } catch (InfoRequest.Invalid e) {
            Replies.text(req, 422, e.getMessage());
            return;
        }
        byte[] fixed = fixedAnswer(r.type());
        if (fixed != null) {
            Replies.json(req, fixed);
            return;
        }
        long now = gateway.now();
        Function<Engine, byte[]> query = query(r, now);
        Context context = Vertx.currentContext();
        gateway.read(query).whenComplete((json, failure) -> Replies.later(req, context, failure, () -> json));
    }

    /** Answers that do not depend on engine state; null for the others. */
    private static byte[] fixedAnswer(String type) {
        switch (type) {
            case "spotMeta":
                return SpotJson.SPOT_META;
            case "spotMetaAndAssetCtxs":
                return SpotJson.SPOT_META_AND_CTXS;
            case "spotClearinghouseState":
                return SpotJson.EMPTY_SPOT_STATE;
            case "perpDexs":
                return NULL_LIST; // only the main dex: ccxt asks metaAndAssetCtxs once per further entry
            case "openOrders":
            case "frontendOpenOrders":
                return EMPTY_LIST; // orders never rest: they fill at once or are refused
            case "userAbstraction":
                return ABSTRACTION;
            case "maxBuilderFee":
                return ZERO;
            default:
                return null;
        }
    }

    private static Function<Engine, byte[]> query(InfoRequest r, long now) {
        String user = r.user();
        switch (r.type()) {
            case "meta":
                return MarketJson::meta;
            case "metaAndAssetCtxs":
                return MarketJson::metaAndAssetCtxs;
            case "allMids":
                return MarketJson::allMids;
            case "clearinghouseState":
                return e -> AccountJson.clearinghouseState(e, user, now);
            case "userRole":
                return e -> AccountJson.userRole(e, user);
            case "subAccounts":
                return e -> AccountJson.subAccounts(e, user, now);
            case "userFees":
                return e -> FeesJson.userFees(e, user);
            case "userFills":
            case "userFillsByTime":
                return e -> HistoryJson.userFills(e, r);
            case "userNonFundingLedgerUpdates":
                return e -> HistoryJson.ledgerUpdates(e, r);
            default:
                throw new IllegalStateException("info type without a query: " + r.type()); // InfoRequest.TYPES drift
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
