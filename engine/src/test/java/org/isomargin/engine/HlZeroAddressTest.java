package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import org.isomargin.engine.command.CreateAccount;
import org.isomargin.engine.command.HlAction;
import org.isomargin.engine.command.HlActionBody;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.junit.jupiter.api.Test;

/** Issue 8 item 5: the keyless zero address is never an account, signer or vault; an unrecoverable signer acts for no one. */
class HlZeroAddressTest {
    static final String ZERO = "0x0000000000000000000000000000000000000000";
    static final String USER = "0x14791697260e4c9a71f18484c9f997b308e59325";

    @Test
    void zeroAddressAccountIsRefusedAndChangesNothing() {
        Engine e = new Engine();
        String before = e.stateHash();
        Result r = e.apply(new CreateAccount(T0, ZERO, null));
        assertFalse(r.ok());
        assertEquals(ResultCode.INVALID_PARAMETER, r.code());
        assertEquals(before, e.stateHash());
    }

    @Test
    void unrecoverableOrZeroSignerIsAnUnknownWalletAndConsumesNothing() {
        Engine e = new Engine();
        ok(e, new org.isomargin.engine.command.PutMarket(T0, hl("BTC", 0, 5, HlMarginMode.NORMAL, 40)));
        deposit(e, account(e, USER), "USDC", "100");
        String before = e.stateHash();
        for (String signer : new String[] {null, ZERO}) {
            Result noop = e.apply(new HlAction(T0, signer, T0, null, null, new HlActionBody.Noop()));
            assertEquals(ResultCode.UNKNOWN_SIGNER, noop.code());
            assertEquals("User or API Wallet " + ZERO + " does not exist.", noop.hyperliquidMessage());
            Result approve = e.apply(new HlAction(T0, signer, T0, null, null,
                    new HlActionBody.ApproveAgent("0x2b5ad5c4795c026514f8317c7a215e218dccd6cf", "")));
            assertEquals(ResultCode.UNKNOWN_SIGNER, approve.code());
        }
        assertEquals(before, e.stateHash());
    }

    @Test
    void zeroVaultAddressIsNotRegistered() {
        Engine e = new Engine();
        ok(e, new org.isomargin.engine.command.PutMarket(T0, hl("BTC", 0, 5, HlMarginMode.NORMAL, 40)));
        deposit(e, account(e, USER), "USDC", "100");
        Result r = e.apply(new HlAction(T0, USER, T0, null, ZERO, new HlActionBody.Noop()));
        assertEquals(ResultCode.VAULT_NOT_REGISTERED, r.code());
    }
}
