package org.isomargin.hyperliquid.http;

import java.math.BigInteger;
import org.isomargin.hyperliquid.signing.ExchangeDigest;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.SignatureRecovery;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.ExchangeRequest;
import org.isomargin.hyperliquid.wire.ExchangeRequestWriter;
import org.isomargin.hyperliquid.wire.Noop;
import org.isomargin.hyperliquid.wire.Signature;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Envelope checks, with the exact strings of hyperliquid.md §1.5 (the clock is fixed at T0). */
class NonceAndSignatureTest extends ServerTestBase {

    static final long T0 = World.T0;
    static final long TWO_DAYS = 172_800_000L;
    static final long ONE_DAY = 86_400_000L;
    static final UpdateLeverage ACTION = new UpdateLeverage(1, false, 5);

    World world;

    @BeforeEach
    void fresh() {
        world = World.standard();
        world.account(TestKeys.PY_ADDRESS, "100");
        server.use(world.dialect());
    }

    private DialectServer.Reply signed(long n, Long expiresAfter) {
        return server.post("/exchange", Signed.l1(Signed.USER, ACTION, n, null, expiresAfter, Network.TESTNET));
    }

    @Test
    void duplicateNonce() {
        assertOk(signed(T0, null));
        assertErr("Invalid nonce: duplicate nonce " + T0, signed(T0, null));
    }

    @Test
    void nonceWindow() {
        long low = T0 - TWO_DAYS;
        assertErr("Invalid nonce: nonce too low " + low + " < " + low, signed(low, null));
        assertOk(signed(low + 1, null));
        long high = T0 + ONE_DAY;
        assertErr("Invalid nonce: nonce too high " + high + " > " + high, signed(high, null));
        assertOk(signed(high - 1, null));
    }

    /** Issue 8 item 11: a valid u64 above i64 was a 422; the venue parses it and reaches its nonce check. */
    @Test
    void everyU64NonceReachesTheNonceCheck() {
        String u64Max = "18446744073709551615";
        String body = Signed.l1(Signed.USER, ACTION, Long.parseUnsignedLong(u64Max), null, null, Network.TESTNET);
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"nonce\":" + u64Max + ","), body);
        String before = world.engine.stateHash();
        assertErr("Invalid nonce: nonce too high " + u64Max + " > " + (T0 + ONE_DAY), server.post("/exchange", body));
        String twoTo63 = "9223372036854775808";
        assertErr("Invalid nonce: nonce too high " + twoTo63 + " > " + (T0 + ONE_DAY),
                signed(Long.parseUnsignedLong(twoTo63), null));
        org.junit.jupiter.api.Assertions.assertEquals(before, world.engine.stateHash());
        assertOk(signed(T0, null)); // nothing was consumed
        DialectServer.Reply over = server.post("/exchange", body.replace(u64Max, "18446744073709551616"));
        org.junit.jupiter.api.Assertions.assertEquals(422, over.status());
        org.junit.jupiter.api.Assertions.assertEquals(BadRequestTest.PREFIX
                + "nonce: invalid value: integer `18446744073709551616`, expected u64", over.body());
    }

    @Test
    void expiresAfter() {
        assertErr("Action already expired", signed(T0, T0 - 1));
        assertOk(signed(T0 + 1, T0));
    }

    @Test
    void noopOnlyUsesTheNonce() {
        assertOk(server.post("/exchange", Signed.l1(Signed.USER, new Noop(), T0)));
        assertErr("Invalid nonce: duplicate nonce " + T0, signed(T0, null));
    }

    @Test
    void wrongNetworkRecoversAnUnknownWallet() {
        ExchangeRequest mainnet = Signed.USER.l1Request(ACTION, T0, null, null, Network.MAINNET);
        String recovered = SignatureRecovery.recover(ExchangeDigest.of(mainnet, Network.TESTNET), mainnet.signature());
        assertErr("User or API Wallet " + recovered + " does not exist.",
                server.post("/exchange", ExchangeRequestWriter.toJson(mainnet)));
    }

    @Test
    void garbageSignatureIsAnUnknownWallet() {
        ExchangeRequest bad = new ExchangeRequest(ACTION, T0, new Signature(BigInteger.ONE, BigInteger.TWO, 27), null, null);
        String recovered = SignatureRecovery.recover(ExchangeDigest.of(bad, Network.TESTNET), bad.signature());
        assertErr("User or API Wallet " + recovered + " does not exist.",
                server.post("/exchange", ExchangeRequestWriter.toJson(bad)));
        ExchangeRequest outOfRange = new ExchangeRequest(ACTION, T0, new Signature(BigInteger.ZERO, BigInteger.ONE, 27), null, null);
        assertErr("User or API Wallet 0x0000000000000000000000000000000000000000 does not exist.",
                server.post("/exchange", ExchangeRequestWriter.toJson(outOfRange)));
    }
}
