package org.isomargin.hyperliquid.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.isomargin.hyperliquid.wire.ExchangeRequest;
import org.isomargin.hyperliquid.wire.ExchangeRequestParser;
import org.isomargin.hyperliquid.wire.ExchangeRequestWriter;
import org.isomargin.hyperliquid.wire.Hex;
import org.isomargin.hyperliquid.wire.L1Action;
import org.isomargin.hyperliquid.wire.TopUpIsolatedOnlyMargin;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.isomargin.hyperliquid.wire.WireFormatException;
import org.web3j.crypto.Sign;

/** Sign → JSON → parse → recover gives the signer back, for random keys, actions, nonces and envelopes. */
class SignRecoverPropertiesTest {

    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    @Property(tries = 60)
    void signThenRecoverGivesTheSigner(@ForAll("keys") BigInteger key, @ForAll("actions") L1Action action,
                                       @ForAll("nonces") long nonce, @ForAll("vaults") String vault,
                                       @ForAll("expiries") Long expiresAfter, @ForAll Network network)
            throws WireFormatException {
        Signer signer = Signer.fromPrivateKey(key);
        ExchangeRequest sent = signer.l1Request(action, nonce, vault, expiresAfter, network);

        ExchangeRequest received = ExchangeRequestParser.parse(ExchangeRequestWriter.toBytes(sent));

        assertEquals(sent, received);
        assertEquals(signer.address(),
                SignatureRecovery.recover(ExchangeDigest.of(received, network), received.signature()));
    }

    @Property(tries = 300)
    void garbageSignaturesNeverThrow(@ForAll("words") BigInteger r, @ForAll("words") BigInteger s,
                                     @ForAll @IntRange(min = 0, max = 255) int v) {
        String address = SignatureRecovery.recover(new byte[32], r, s, v);

        // an unrecoverable signature gives null (issue 8 item 5), otherwise a real address, never the zero address
        assertTrue(address == null || address.matches("0x[0-9a-f]{40}") && !address.equals("0x" + "0".repeat(40)), address);
    }

    @Property(tries = 500)
    void ntliUsesTheSpecIntegerTable(@ForAll long ntli) {
        String hex = Hex.encode(ActionMsgpack.encode(new UpdateIsolatedMargin(0, true, ntli)));

        assertTrue(hex.endsWith("a46e746c69" + specEncoding(ntli)), hex);
    }

    /** The integer table of hyperliquid.md §2.2, written independently of msgpack-java. */
    private static String specEncoding(long v) {
        if (v >= 0 && v <= 127) {
            return String.format("%02x", v);
        } else if (v >= 128 && v <= 0xFF) {
            return "cc" + String.format("%02x", v);
        } else if (v > 0 && v <= 0xFFFF) {
            return "cd" + String.format("%04x", v);
        } else if (v > 0 && v <= 0xFFFF_FFFFL) {
            return "ce" + String.format("%08x", v);
        } else if (v > 0) {
            return "cf" + String.format("%016x", v);
        } else if (v >= -32) {
            return String.format("%02x", v & 0xFF);
        } else if (v >= Byte.MIN_VALUE) {
            return "d0" + String.format("%02x", v & 0xFF);
        } else if (v >= Short.MIN_VALUE) {
            return "d1" + String.format("%04x", v & 0xFFFF);
        } else if (v >= Integer.MIN_VALUE) {
            return "d2" + String.format("%08x", v & 0xFFFF_FFFFL);
        }
        return "d3" + String.format("%016x", v);
    }

    @Provide
    Arbitrary<BigInteger> keys() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, N.subtract(BigInteger.ONE));
    }

    @Provide
    Arbitrary<BigInteger> words() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, N.subtract(BigInteger.ONE), N));
    }

    @Provide
    Arbitrary<L1Action> actions() {
        Arbitrary<Integer> assets = Arbitraries.integers().between(0, 200_000);
        Arbitrary<L1Action> margin = Combinators.combine(assets, Arbitraries.of(true, false), Arbitraries.longs())
                .as(UpdateIsolatedMargin::new);
        Arbitrary<L1Action> topUp = Combinators.combine(assets,
                        Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100))
                                .ofScale(3))
                .as((asset, leverage) -> new TopUpIsolatedOnlyMargin(asset, leverage.toPlainString()));
        Arbitrary<L1Action> leverage = Combinators.combine(assets, Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 100)).as(UpdateLeverage::new);
        return Arbitraries.oneOf(margin, topUp, leverage);
    }

    @Provide
    Arbitrary<Long> nonces() {
        return Arbitraries.longs().between(0, 1L << 53);
    }

    @Provide
    Arbitrary<String> vaults() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(40).map(h -> "0x" + h)
                .injectNull(0.5);
    }

    @Provide
    Arbitrary<Long> expiries() {
        return Arbitraries.longs().between(0, 1L << 53).injectNull(0.5);
    }
}
