package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.isomargin.engine.account.Account;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.Signer;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.L1Action;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Actions on a sub-account through vaultAddress, signed by the master or by the master's agent. */
class VaultTest extends ServerTestBase {

    static final String USER = TestKeys.PY_ADDRESS;
    World world;
    String sub;

    @BeforeEach
    void fresh() {
        world = World.standard();
        long master = world.account(USER, "10000");
        Account subAccount = world.subAccount(master, "desk", false);
        world.deposit(subAccount.uid, "500");
        sub = subAccount.address;
        server.use(world.dialect());
    }

    private DialectServer.Reply viaVault(Signer signer, L1Action action, String vault) {
        return server.post("/exchange", Signed.l1(signer, action, nonce++, vault, null, Network.TESTNET));
    }

    @Test
    void masterActsOnItsSubAccount() {
        assertOk(viaVault(Signed.USER, new UpdateLeverage(1, false, 5), sub));
        viaVault(Signed.USER, ExchangeMarginFlowTest.ioc(1, true, "3100", "0.1", null), sub);
        // ccxt sends the vault without 0x; it hashes to the same 20 bytes
        String noPrefix = Signed.l1(Signed.USER, new UpdateIsolatedMargin(1, true, 10_000_000), nonce++, sub, null,
                Network.TESTNET).replace("\"vaultAddress\":\"0x", "\"vaultAddress\":\"");
        assertOk(server.post("/exchange", noPrefix));
        JsonNode p = state(sub).get("assetPositions").get(0).get("position");
        assertEquals("0.1", p.get("szi").asText());
        assertEquals("70.0", p.get("marginUsed").asText()); // 300/5 + 10
        assertEquals(0, state(USER).get("assetPositions").size());

        assertEquals("{\"role\":\"subAccount\",\"data\":{\"master\":\"" + USER + "\"}}",
                server.info("{\"type\":\"userRole\",\"user\":\"" + sub + "\"}").toString());
        JsonNode subs = server.info("{\"type\":\"subAccounts\",\"user\":\"" + USER + "\"}");
        assertEquals(1, subs.size());
        assertEquals("desk", subs.get(0).get("name").asText());
        assertEquals(sub, subs.get(0).get("subAccountUser").asText());
        assertEquals(USER, subs.get(0).get("master").asText());
        assertEquals("70.0", subs.get(0).get("clearinghouseState").get("assetPositions").get(0).get("position")
                .get("marginUsed").asText());
        assertEquals("{\"balances\":[]}", subs.get(0).get("spotState").toString());
    }

    @Test
    void agentOfTheMasterActsOnTheSubAccount() {
        long n = nonce++;
        assertOk(server.post("/exchange", Signed.approveAgent(Signed.USER, "Testnet", TestKeys.AGENT_ADDRESS, "", n)));
        assertOk(viaVault(Signed.AGENT, new UpdateLeverage(1, false, 7), sub));
    }

    @Test
    void unknownVaultIsNotRegistered() {
        assertErr("Vault not registered: " + TestKeys.VAULT,
                viaVault(Signed.USER, new UpdateLeverage(1, false, 5), TestKeys.VAULT.toUpperCase().replace("0X", "0x")));
    }
}
