package org.isomargin.hyperliquid.signing;

import static org.isomargin.hyperliquid.signing.SignatureAssert.assertSignature;
import static org.isomargin.hyperliquid.signing.SignatureAssert.signature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.isomargin.hyperliquid.wire.ApproveAgent;
import org.isomargin.hyperliquid.wire.ExchangeRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three approveAgent vectors of hyperliquid.md §2.5 (master = PY key, agent = key 0x…02). */
class ApproveAgentVectorsTest {

    private static final Signer MASTER = Signer.fromPrivateKey(TestKeys.PY_KEY);

    @ParameterizedTest(name = "{0} agentName=\"{1}\"")
    @CsvSource(emptyValue = "", value = {
        "Testnet, '', 0x3e0e4cf7a5dd61cbfb5fc727f7e7b74406b3c02ec75001f24a5036d350745d44, 0x355fd4ee78d926c9090367a01d568ffa8a6802e8ff54c54a5e2dcdc850488dce, 27",
        "Mainnet, '', 0xf0e59f1eba1408721534f64cc894b6bcb8573ccdf89f6729624ac07da4b8817f, 0x4787427b7f93f1452bb330847f0722327e4dae94b5042665b3a775cb933bdd08, 27",
        "Testnet, bot1, 0xbf62a547ed62714d6fc2dccde12d698cbd1a94134dc98c1c29fc22476ad2d1f8, 0x56e395d5bf9ec620a2b89b4a2270cb208f81ee27d0f59ccd067169f9c4904218, 28",
    })
    void approveAgent(String chain, String name, String r, String s, int v) {
        // checksummed agent address on purpose: EIP-712 encodes the 20 bytes, case cannot matter
        ApproveAgent action = new ApproveAgent(chain, "0x66eee", "0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF",
                name, TestKeys.NONCE);

        assertSignature(r, s, v, MASTER.signUserAction(action));
        assertEquals(TestKeys.PY_ADDRESS,
                SignatureRecovery.recover(ApproveAgentDigest.digest(action), signature(r, s, v)));
    }

    @Test
    void missingAgentNameSignsAsEmpty() {
        ApproveAgent omitted = new ApproveAgent("Testnet", "0x66eee", TestKeys.AGENT_ADDRESS, null, TestKeys.NONCE);

        assertEquals("", omitted.agentName());
        assertSignature("0x3e0e4cf7a5dd61cbfb5fc727f7e7b74406b3c02ec75001f24a5036d350745d44",
                "0x355fd4ee78d926c9090367a01d568ffa8a6802e8ff54c54a5e2dcdc850488dce", 27,
                MASTER.signUserAction(omitted));
    }

    @Test
    void chainIdComesFromSignatureChainIdAndEnvelopeIgnoresNetwork() {
        ApproveAgent action = new ApproveAgent("Testnet", "0x66eee", TestKeys.AGENT_ADDRESS, "", TestKeys.NONCE);
        ExchangeRequest request = MASTER.userRequest(action);

        assertEquals(BigInteger.valueOf(421_614), action.chainId());
        assertEquals(TestKeys.NONCE, request.nonce());
        assertEquals(TestKeys.PY_ADDRESS,
                SignatureRecovery.recover(ExchangeDigest.of(request, Network.MAINNET), request.signature()));
        assertEquals(TestKeys.PY_ADDRESS,
                SignatureRecovery.recover(ExchangeDigest.of(request, Network.TESTNET), request.signature()));
    }
}
