package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** approveAgent (user-signed) and L1 actions signed by the approved API wallet for its master. */
class AgentTest extends ServerTestBase {

    static final String USER = TestKeys.PY_ADDRESS;
    static final String AGENT = TestKeys.AGENT_ADDRESS;

    @BeforeEach
    void fresh() {
        World world = World.standard();
        world.account(USER, "10000");
        server.use(world.dialect());
    }

    private DialectServer.Reply approve(String chain, String name, long actionNonce, long envelopeNonce) {
        String body = Signed.approveAgent(Signed.USER, chain, AGENT, name, actionNonce);
        return server.post("/exchange", body.replace("\"nonce\":" + actionNonce + ",\"signature\"",
                "\"nonce\":" + envelopeNonce + ",\"signature\""));
    }

    @Test
    void unapprovedAgentIsAnUnknownWallet() {
        assertErr("User or API Wallet " + AGENT + " does not exist.", send(Signed.AGENT, new UpdateLeverage(1, false, 5)));
        assertEquals("{\"role\":\"missing\"}", server.info("{\"type\":\"userRole\",\"user\":\"" + AGENT + "\"}").toString());
    }

    @Test
    void approvedAgentActsForItsMaster() {
        long n = nonce++;
        assertOk(approve("Testnet", "", n, n));
        assertEquals("{\"role\":\"agent\",\"data\":{\"user\":\"" + USER + "\"}}",
                server.info("{\"type\":\"userRole\",\"user\":\"" + AGENT + "\"}").toString());
        assertOk(send(Signed.AGENT, new UpdateLeverage(1, false, 10)));
        send(Signed.AGENT, ExchangeMarginFlowTest.ioc(1, true, "3100", "1", null));
        assertOk(send(Signed.AGENT, new UpdateIsolatedMargin(1, true, 5_000_000)));
        assertEquals("305.0", state(USER).get("assetPositions").get(0).get("position").get("marginUsed").asText());
        // someone else is still unknown
        assertErr("User or API Wallet " + Signed.STRANGER.address() + " does not exist.",
                send(Signed.STRANGER, new UpdateIsolatedMargin(1, true, 5_000_000)));
    }

    @Test
    void nullAgentNameIsTheUnnamedAgent() {
        long n = nonce++;
        // NK sends "agentName":null for an unnamed agent and signs ""
        String body = Signed.approveAgent(Signed.USER, "Testnet", AGENT, "", n).replace("\"agentName\":\"\"", "\"agentName\":null");
        assertOk(server.post("/exchange", body));
        assertOk(send(Signed.AGENT, new UpdateLeverage(1, false, 10)));
    }

    @Test
    void userSignedChecks() {
        assertErr("Nonce mismatch.", approve("Testnet", "", nonce, nonce + 1));
        assertErr("Invalid hyperliquidChain: Mainnet (this server is Testnet).", approve("Mainnet", "", nonce, nonce));
        // an agent cannot approve agents: it is no depositing user
        String byAgent = Signed.approveAgent(Signed.AGENT, "Testnet", Signed.STRANGER.address(), "", nonce);
        assertErr("Must deposit before performing actions. User: " + AGENT, server.post("/exchange", byAgent));
    }

    @Test
    void userSignedActionsIgnoreVaultAndExpiresAfter() {
        long n = nonce++;
        String body = Signed.approveAgent(Signed.USER, "Testnet", AGENT, "bot1", n);
        body = body.substring(0, body.length() - 1) + ",\"vaultAddress\":\"" + TestKeys.VAULT + "\",\"expiresAfter\":1}";
        assertOk(server.post("/exchange", body));
        assertOk(send(Signed.AGENT, new UpdateLeverage(1, false, 10)));
    }
}
