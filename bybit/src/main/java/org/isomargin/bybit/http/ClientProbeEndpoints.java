package org.isomargin.bybit.http;

import static io.vertx.core.http.HttpMethod.GET;

import java.util.Map;

/**
 * Endpoints that exist here only because ccxt calls them: /v5/user/query-api before its first trade (to pick the
 * unified-account endpoints) and /v5/asset/coin/query-info while loading markets with credentials.
 */
final class ClientProbeEndpoints {
    private ClientProbeEndpoints() {}

    static void register(Map<String, Route> r) {
        Route.add(r, GET, "/v5/user/query-api", Access.PRIVATE_READ, ClientProbeEndpoints::queryApi);
        Route.add(r, GET, "/v5/asset/coin/query-info", Access.PRIVATE_READ, ClientProbeEndpoints::coinInfo);
    }

    /** The key's own description; uta 1 makes ccxt choose the unified-account endpoints. */
    static void queryApi(Call c) {
        long uid = c.uid();
        String key = c.apiKey();
        boolean readOnly = c.readOnlyKey();
        c.ok(g -> {
            g.writeStartObject();
            g.writeStringField("id", Long.toString(uid));
            g.writeStringField("note", "");
            g.writeStringField("apiKey", key);
            g.writeNumberField("readOnly", readOnly ? 1 : 0);
            g.writeStringField("secret", "");
            g.writeObjectFieldStart("permissions");
            g.writeArrayFieldStart("ContractTrade");
            if (!readOnly) {
                g.writeString("Order");
                g.writeString("Position");
            }
            g.writeEndArray();
            for (String empty : new String[]{"Spot", "Wallet", "Options", "Derivatives", "CopyTrading", "BlockTrade", "Exchange", "NFT", "Affiliate"}) {
                g.writeArrayFieldStart(empty);
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("ips");
            g.writeString("*");
            g.writeEndArray();
            g.writeNumberField("type", 1);
            g.writeNumberField("deadlineDay", -1);
            g.writeStringField("expiredAt", "");
            g.writeStringField("createdAt", "");
            g.writeNumberField("unified", 0);
            g.writeNumberField("uta", 1);
            g.writeNumberField("userID", uid);
            g.writeNumberField("inviterID", 0);
            g.writeStringField("vipLevel", "No VIP");
            g.writeStringField("mktMakerLevel", "0");
            g.writeNumberField("affiliateID", 0);
            g.writeStringField("rsaPublicKey", "");
            g.writeBooleanField("isMaster", true);
            g.writeStringField("parentUid", "0");
            g.writeStringField("kycLevel", "LEVEL_DEFAULT");
            g.writeStringField("kycRegion", "");
            g.writeEndObject();
        });
    }

    /** No deposits or withdrawals through this API: an empty coin list, which ccxt accepts (CLIENTS.md §4.2). */
    static void coinInfo(Call c) {
        c.ok(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("rows");
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
