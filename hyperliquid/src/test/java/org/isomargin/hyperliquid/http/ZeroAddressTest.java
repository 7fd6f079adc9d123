package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.isomargin.engine.command.CreateAccount;
import org.isomargin.engine.result.Result;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.Address;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 5, from outside: {@code {"r":"0x0","s":"0x0","v":27}} used to recover to the zero address, which an
 * operator could register, so a garbage signature drove that account. Now the zero account cannot exist and an
 * unrecoverable signature is refused before the engine.
 */
class ZeroAddressTest extends ServerTestBase {
    static final String UNKNOWN_ZERO = "User or API Wallet " + Address.ZERO + " does not exist.";
    World world;

    @BeforeEach
    void fresh() {
        world = World.standard();
        world.account(TestKeys.PY_ADDRESS, "10000");
        server.use(world.dialect());
    }

    @Test
    void zeroAddressAccountCannotBeCreated() {
        Result r = world.gateway.submit(ts -> new CreateAccount(ts, Address.ZERO, null)).join();
        assertFalse(r.ok());
    }

    @Test
    void garbageSignedNoopAndApproveAgentAreRefused() {
        String sig = "\"signature\":{\"r\":\"0x0\",\"s\":\"0x0\",\"v\":27}";
        assertErr(UNKNOWN_ZERO, server.post("/exchange",
                "{\"action\":{\"type\":\"noop\"},\"nonce\":" + nonce + "," + sig + "}"));
        String approve = "{\"action\":{\"type\":\"approveAgent\",\"hyperliquidChain\":\"Testnet\",\"signatureChainId\":\"0x66eee\","
                + "\"agentAddress\":\"" + TestKeys.AGENT_ADDRESS + "\",\"agentName\":\"\",\"nonce\":" + nonce + "},\"nonce\":" + nonce
                + "," + sig + "}";
        assertErr(UNKNOWN_ZERO, server.post("/exchange", approve));
        // no agent was installed: the agent is still unknown
        assertEquals("{\"role\":\"missing\"}",
                server.info("{\"type\":\"userRole\",\"user\":\"" + TestKeys.AGENT_ADDRESS + "\"}").toString());
        // s out of range and a bad v are refused the same way
        assertErr(UNKNOWN_ZERO, server.post("/exchange", "{\"action\":{\"type\":\"noop\"},\"nonce\":" + nonce
                + ",\"signature\":{\"r\":\"0x1\",\"s\":\"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\",\"v\":27}}"));
        assertErr(UNKNOWN_ZERO, server.post("/exchange", "{\"action\":{\"type\":\"noop\"},\"nonce\":" + nonce
                + ",\"signature\":{\"r\":\"0x1\",\"s\":\"0x1\",\"v\":30}}"));
    }
}
