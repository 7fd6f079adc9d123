package org.isomargin.engine.ops;

import static org.isomargin.engine.result.ResultCode.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.account.CoinLedger;
import org.isomargin.engine.account.FeeRate;
import org.isomargin.engine.command.CreateAccount;
import org.isomargin.engine.command.CreateApiKey;
import org.isomargin.engine.command.CreateSubAccount;
import org.isomargin.engine.command.Deposit;
import org.isomargin.engine.command.PutMarket;
import org.isomargin.engine.command.SetFeeRate;
import org.isomargin.engine.command.Withdraw;
import org.isomargin.engine.history.LedgerEntry;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.state.EngineState;

/** Operator commands: markets, accounts, keys, deposits, withdrawals and fee overrides. */
public final class AccountOps {
    /** Wallet amounts carry at most 8 decimals (Bybit coins); USDC deposits at most 6. */
    private static final int MAX_AMOUNT_DECIMALS = 8;

    private final EngineState st;

    public AccountOps(EngineState st) { this.st = st; }

    public Result putMarket(PutMarket c) {
        Market m = c.market();
        Market old = st.markets.get(m.symbol());
        if (old != null && inUse(old.symbol())) {
            boolean same = old.venue() == m.venue() && old.settleCoin().equals(m.settleCoin())
                    && (!(old instanceof org.isomargin.engine.market.BybitMarket ob)
                        || (m instanceof org.isomargin.engine.market.BybitMarket nb && ob.category() == nb.category()
                            && ob.baseCoin().equals(nb.baseCoin()) && ob.quoteCoin().equals(nb.quoteCoin())))
                    && (!(old instanceof HyperliquidMarket oh) || (m instanceof HyperliquidMarket nh && oh.assetIndex() == nh.assetIndex()));
            if (!same) return Result.fail(DUPLICATE_MARKET_CHANGE);
        }
        if (m instanceof HyperliquidMarket h) {
            HyperliquidMarket clash = st.hlByAsset.get(h.assetIndex());
            if (clash != null && !clash.symbol().equals(h.symbol())) return Result.fail(INVALID_PARAMETER, "assetIndex already used");
        }
        if (old instanceof HyperliquidMarket oh) st.hlByAsset.remove(oh.assetIndex());
        st.markets.put(m.symbol(), m);
        if (m instanceof HyperliquidMarket h) st.hlByAsset.put(h.assetIndex(), h);
        return Result.ok(m);
    }

    private boolean inUse(String symbol) {
        for (Account a : st.accounts.values()) {
            BybitPosition[] slots = a.bybitPositions.get(symbol);
            if (slots != null) for (BybitPosition p : slots) if (p != null && p.isOpen()) return true;
            HlPosition h = a.hlPositions.get(symbol);
            if (h != null && h.isOpen()) return true;
        }
        return false;
    }

    public Result createAccount(CreateAccount c) {
        // The zero address has no key: an account there could only be driven by forged signatures.
        if (HyperliquidOps.ZERO_ADDRESS.equals(c.address())) return Result.fail(INVALID_PARAMETER, "address must not be the zero address");
        if (c.address() != null && st.uidByAddress.containsKey(c.address())) return Result.fail(ADDRESS_IN_USE, c.address());
        if (c.address() != null && (st.agents.containsKey(c.address()) || st.usedAgentAddresses.contains(c.address())))
            return Result.fail(ADDRESS_IN_USE, c.address());
        long uid = st.nextUid++;
        BybitMarginMode mode = c.marginMode() != null ? c.marginMode() : BybitMarginMode.ISOLATED_MARGIN;
        Account a = new Account(uid, c.address(), 0, false, null, mode);
        st.accounts.put(uid, a);
        if (c.address() != null) st.uidByAddress.put(c.address(), uid);
        return Result.ok(a);
    }

    public Result createSubAccount(CreateSubAccount c) {
        Account master = st.account(c.masterUid());
        if (master == null) return Result.fail(UNKNOWN_ACCOUNT);
        if (master.masterUid != 0) return Result.fail(INVALID_PARAMETER, "a sub-account cannot own sub-accounts");
        String address = derivedAddress(st.nextUid);
        // A derived address must never be the keyless zero address nor collide (checked before anything changes).
        if (HyperliquidOps.ZERO_ADDRESS.equals(address) || st.uidByAddress.containsKey(address)) return Result.fail(ADDRESS_IN_USE, address);
        long uid = st.nextUid++;
        Account a = new Account(uid, address, master.uid, c.vault(), c.name(), master.marginMode);
        st.accounts.put(uid, a);
        st.uidByAddress.put(address, uid);
        return Result.ok(a);
    }

    /** Sub-accounts and vaults have no keys; their address is derived from the uid so replay reproduces it. */
    static String derivedAddress(long uid) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("isomargin-sub-account:" + uid).getBytes(StandardCharsets.UTF_8));
            return "0x" + HexFormat.of().formatHex(h, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Result createApiKey(CreateApiKey c) {
        if (st.account(c.uid()) == null) return Result.fail(UNKNOWN_ACCOUNT);
        if (c.apiKey() == null || st.apiKeys.containsKey(c.apiKey())) return Result.fail(INVALID_PARAMETER, "apiKey");
        if ((c.secret() == null) == (c.rsaPublicKeyPem() == null)) return Result.fail(INVALID_PARAMETER, "secret or rsaPublicKey");
        ApiKey k = new ApiKey(c.apiKey(), c.uid(), c.secret(), c.rsaPublicKeyPem(), c.readOnly());
        st.apiKeys.put(k.apiKey(), k);
        return Result.ok(k);
    }

    public Result deposit(Deposit c) {
        Account a = st.account(c.uid());
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        Result bad = checkAmount(c.coin(), c.amount());
        if (bad != null) return bad;
        if (c.txId() != null && a.txIds.contains("d:" + c.txId())) return Result.ok(a.wallet(c.coin()));
        a.credit(c.coin(), c.amount());
        a.deposited.merge(c.coin(), c.amount(), BigDecimal::add);
        if (c.txId() != null) a.txIds.add("d:" + c.txId());
        CoinLedger l = st.ledger(c.coin());
        l.deposits = l.deposits.add(c.amount());
        a.ledger.add(new LedgerEntry(c.timestamp(), LedgerEntry.Type.DEPOSIT, c.coin(), null, c.amount()));
        return Result.ok(a.wallet(c.coin()));
    }

    public Result withdraw(Withdraw c) {
        Account a = st.account(c.uid());
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        Result bad = checkAmount(c.coin(), c.amount());
        if (bad != null) return bad;
        if (c.txId() != null && a.txIds.contains("w:" + c.txId())) return Result.ok(a.wallet(c.coin()));
        if (st.available(a, c.coin()).compareTo(c.amount()) < 0) return Result.fail(INSUFFICIENT_FOR_WITHDRAW);
        a.credit(c.coin(), c.amount().negate());
        a.withdrawn.merge(c.coin(), c.amount(), BigDecimal::add);
        if (c.txId() != null) a.txIds.add("w:" + c.txId());
        CoinLedger l = st.ledger(c.coin());
        l.withdrawals = l.withdrawals.add(c.amount());
        a.ledger.add(new LedgerEntry(c.timestamp(), LedgerEntry.Type.WITHDRAW, c.coin(), null, c.amount().negate()));
        return Result.ok(a.wallet(c.coin()));
    }

    private static Result checkAmount(String coin, BigDecimal amount) {
        if (coin == null || !coin.matches("[A-Z0-9]{2,12}")) return Result.fail(INVALID_PARAMETER, "coin");
        if (amount == null || amount.signum() <= 0) return Result.fail(INVALID_PARAMETER, "amount");
        int max = "USDC".equals(coin) ? 6 : MAX_AMOUNT_DECIMALS;
        if (amount.stripTrailingZeros().scale() > max) return Result.fail(INVALID_PARAMETER, "amount has more than " + max + " decimals");
        if (amount.precision() - amount.scale() > 18) return Result.fail(INVALID_PARAMETER, "amount too large");
        return null;
    }

    public Result setFeeRate(SetFeeRate c) {
        Account a = st.account(c.uid());
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        if (!st.markets.containsKey(c.symbol())) return Result.fail(UNKNOWN_SYMBOL, c.symbol());
        if (c.takerFee() == null || c.makerFee() == null || c.takerFee().abs().compareTo(new BigDecimal("0.1")) > 0
                || c.makerFee().abs().compareTo(new BigDecimal("0.1")) > 0 || c.takerFee().signum() < 0)
            return Result.fail(INVALID_PARAMETER, "fee rate");
        FeeRate r = new FeeRate(c.takerFee(), c.makerFee());
        a.feeRates.put(c.symbol(), r);
        return Result.ok(r);
    }
}
