// ccxt hyperliquid (sandbox mode, urls.api pointed at Isomargin) against Isomargin: loadMarkets, setLeverage,
// createOrder (market → IOC), addMargin, reduceMargin, fetchPositions, fetchBalance; once with the options that disable
// ccxt's start-up side calls (approveBuilderFee, setReferrer, userAbstraction) and once with ccxt's defaults.
// Expected numbers: test/lib/formulas.mjs (hyperliquid.md §4.3, §5), never the server's own figures.
import { op, hlMarket, assertDec, assertDecClose, assertNum, rejects, PUBLIC_URL } from "./lib/operator.mjs";
import { q } from "./lib/exact.mjs";
import { hlIsolated } from "./lib/formulas.mjs";
import { describe, test, before } from "node:test";
import assert from "node:assert/strict";
import ccxt from "ccxt";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";

const COIN = "CXHL"; // owned by this file: nobody else moves its mark
const ASSET = 10;
const SYMBOL = `${COIN}/USDC:USDC`;
const MKT = hlMarket(ASSET, { szDecimals: 4, takerFee: "0.00045", marginTiers: [{ lowerBound: "0", maxLeverage: 25 }, { lowerBound: "100000000", maxLeverage: 15 }] });
const QUIET = { approvedBuilderFee: true, builderFee: false, refSet: true, enableUnifiedMargin: false }; // CLIENTS.md §2

/** A registered, funded Hyperliquid user and a ccxt client for it (setSandboxMode FIRST, then urls.api: CLIENTS.md §2). */
async function hlUser(options, deposit = "1000") {
  const pk = generatePrivateKey();
  const address = privateKeyToAccount(pk).address; // EIP-55 checksummed, as ccxt sends it
  const { uid } = await op.createAccount({ address });
  await op.deposit(uid, "USDC", deposit);
  const ex = new ccxt.hyperliquid({ walletAddress: address, privateKey: pk, enableRateLimit: false, options });
  ex.setSandboxMode(true);
  ex.urls.api = { public: PUBLIC_URL, private: PUBLIC_URL };
  // record every /exchange call ccxt makes (including the swallowed start-up calls)
  const calls = [];
  const orig = ex.privatePostExchange.bind(ex);
  ex.privatePostExchange = async (req, ...rest) => {
    try {
      const res = await orig(req, ...rest);
      calls.push({ action: req.action, res });
      return res;
    } catch (err) {
      calls.push({ action: req.action, err });
      throw err;
    }
  };
  return { uid, address, ex, calls };
}

/** Expected isolated position: open at `entry` with leverage L moves ceil6(ntl/L) into the position (margin-rules.md). */
const openMargin = (size, entry, lev) => q(size).mul(entry).div(lev).dp(6, "ceil");
const takerFee = (size, px) => q(size).mul(px).mul(MKT.takerFee).dp(6, "ceil");

function checkRawPosition(pos, exp, label) {
  assert.equal(pos.coin, COIN);
  assertDec(pos.szi, exp.szi, `${label} szi`);
  assertDec(pos.entryPx, exp.entry, `${label} entryPx`);
  assert.equal(pos.leverage.type, "isolated");
  assert.equal(pos.leverage.value, exp.leverage);
  assertDec(pos.leverage.rawUsd, exp.rawUsd, `${label} rawUsd`);
  assertDec(pos.positionValue, exp.positionValue, `${label} positionValue`);
  assertDec(pos.unrealizedPnl, exp.unrealizedPnl, `${label} unrealizedPnl`);
  assertDec(pos.marginUsed, exp.marginUsed, `${label} marginUsed`);
  assertDecClose(pos.liquidationPx, exp.liquidationPx, "0.00000001", `${label} liquidationPx`);
  assert.equal(pos.maxLeverage, 25);
}

function checkCcxtPosition(p, exp, label) {
  assert.equal(p.symbol, SYMBOL);
  assert.equal(p.side, "long");
  assert.equal(p.marginMode, "isolated");
  assert.equal(p.isolated, true);
  assertNum(p.contracts, exp.szi, `${label} contracts`);
  assertNum(p.entryPrice, exp.entry, `${label} entryPrice`);
  assertNum(p.notional, exp.positionValue, `${label} notional`);
  assertNum(p.leverage, exp.leverage, `${label} leverage`);
  assertNum(p.collateral, exp.marginUsed, `${label} collateral (= marginUsed)`);
  assertNum(p.initialMargin, exp.marginUsed.sub(exp.unrealizedPnl), `${label} initialMargin (= marginUsed - uPnL = USDC in the position)`);
  assertNum(p.unrealizedPnl, exp.unrealizedPnl, `${label} unrealizedPnl`);
  assert.ok(Math.abs(p.liquidationPrice - exp.liquidationPx.toNumber()) <= 1e-8, `${label} liquidationPrice ${p.liquidationPrice} vs ${exp.liquidationPx}`);
}

const expected = (margin, mark, leverage = 10) => ({
  szi: "0.5", entry: "3000", leverage, margin,
  ...hlIsolated({ szi: "0.5", entry: "3000", margin, mark, leverage, tiers: MKT.marginTiers }),
});

before(async () => {
  await op.putMarket(COIN, MKT);
  await op.marks({ [COIN]: "3000" });
});

describe("ccxt hyperliquid, quiet options (no builder fee / referrer / userAbstraction calls)", () => {
  let u;
  before(async () => { u = await hlUser(QUIET); });

  test("loadMarkets: asset id = universe index, szDecimals → amount precision, max leverage", async () => {
    const markets = await u.ex.loadMarkets();
    const m = markets[SYMBOL];
    assert.ok(m, `${SYMBOL} missing from ${Object.keys(markets).join(", ")}`);
    assert.equal(m.baseId, String(ASSET));
    assert.equal(m.swap, true);
    assert.equal(m.settle, "USDC");
    assert.equal(m.precision.amount, 0.0001);
    assert.equal(m.limits.leverage.max, 25);
    assert.equal(m.active, true);
    assert.equal(markets["ETH/USDC:USDC"].baseId, "1");
    assert.equal(markets["ANIME/USDC:USDC"].baseId, "3");
    assert.equal(markets["ANIME/USDC:USDC"].info.marginMode, "strictIsolated");
    assert.deepEqual(u.calls.map((c) => c.action.type), [], "quiet options: no /exchange call during loadMarkets");
  });

  test("setLeverage 10 isolated, createOrder market buy 0.5 fills at the mark", async () => {
    const lev = await u.ex.setLeverage(10, SYMBOL, { marginMode: "isolated" });
    assert.equal(lev.status, "ok");
    const o = await u.ex.createOrder(SYMBOL, "market", "buy", 0.5, 3000);
    assert.equal(o.filled, 0.5);
    assert.equal(o.average, 3000);
    assert.equal(o.remaining, 0);
    assert.match(o.id, /^\d+$/);
    const order = u.calls.at(-1).action;
    assert.equal(order.type, "order");
    assert.deepEqual(order.builder, { b: "0x6530512a6c89c7cfcebc3ba7fcd9ada5f30827a6", f: 0 }, "approvedBuilderFee:true + builderFee:false attaches f=0");
  });

  test("fetchPositions after the open: every figure of hyperliquid.md §4.3", async () => {
    const exp = expected(openMargin("0.5", "3000", 10), "3000");
    assert.ok(exp.margin.eq("150"));
    const [p, ...more] = await u.ex.fetchPositions();
    assert.equal(more.length, 0);
    checkCcxtPosition(p, exp, "open");
    checkRawPosition(p.info.position, exp, "open");
  });

  test("addMargin 20 and reduceMargin 30 at mark 3100; removal below max(ntl/L, 10 % ntl) is refused", async () => {
    await op.marks({ [COIN]: "3100" });
    const a = await u.ex.addMargin(SYMBOL, 20);
    assert.equal(a.code, "ok");
    assert.equal(a.marginMode, "isolated");
    const r = await u.ex.reduceMargin(SYMBOL, 30);
    assert.equal(r.code, "ok");
    assert.deepEqual(u.calls.slice(-2).map((c) => c.action.ntli), [20_000_000, -30_000_000]);

    // margin 150 + 20 - 30 = 140; equity = 140 + 50 uPnL = 190; floor = max(1550/10, 155) = 155 → at most 35 more
    const exp = expected(q("140"), "3100");
    assert.ok(exp.marginUsed.eq("190") && exp.transferFloor.eq("155"));
    const err = await rejects(() => u.ex.reduceMargin(SYMBOL, 35.0001), "reduce below the floor");
    assert.ok(err instanceof ccxt.ExchangeError, `${err?.constructor?.name}: ${err?.message}`);
    assert.ok(err.message.includes("Position does not have sufficient margin for reduction."), err.message);

    const [p] = await u.ex.fetchPositions([SYMBOL]);
    checkCcxtPosition(p, exp, "after add/reduce");
    checkRawPosition(p.info.position, exp, "after add/reduce");
  });

  test("fetchBalance / clearinghouseState summary: withdrawable, accountValue, totals", async () => {
    const exp = expected(q("140"), "3100");
    const wallet = q("1000").sub(takerFee("0.5", "3000"));
    const cross = wallet.sub(exp.margin); // wallet holds the isolated USDC too (margin-rules.md "Money model")
    const b = await u.ex.fetchBalance();
    const st = b.info;
    assertDec(st.withdrawable, cross, "withdrawable");
    assertDec(st.crossMarginSummary.accountValue, cross, "crossMarginSummary.accountValue");
    assertDec(st.crossMarginSummary.totalNtlPos, "0", "crossMarginSummary.totalNtlPos");
    assertDec(st.marginSummary.accountValue, cross.add(exp.marginUsed), "marginSummary.accountValue");
    assertDec(st.marginSummary.totalNtlPos, exp.positionValue, "marginSummary.totalNtlPos");
    assertDec(st.marginSummary.totalMarginUsed, exp.marginUsed, "marginSummary.totalMarginUsed");
    assertDec(st.marginSummary.totalRawUsd, cross.add(exp.rawUsd), "marginSummary.totalRawUsd");
    assertNum(b.USDC.free, cross, "ccxt USDC.free");
    assertNum(b.USDC.total, cross.add(exp.marginUsed), "ccxt USDC.total");
  });
});

describe("ccxt hyperliquid, a sub-account through vaultAddress (ccxt sends it without 0x)", () => {
  let u, sub;
  before(async () => {
    await op.marks({ [COIN]: "3100" });
    u = await hlUser(QUIET, "500");
    sub = await op.subAccount(u.uid, {});
    await op.deposit(sub.uid, "USDC", "400");
    await u.ex.loadMarkets();
  });

  test("setLeverage, createOrder and addMargin with {vaultAddress} act on the sub-account only", async () => {
    const v = { vaultAddress: sub.address };
    assert.equal((await u.ex.setLeverage(5, SYMBOL, { marginMode: "isolated", ...v })).status, "ok");
    const o = await u.ex.createOrder(SYMBOL, "market", "buy", 0.5, 3100, v);
    assert.equal(o.filled, 0.5);
    assert.equal((await u.ex.addMargin(SYMBOL, 7.25, v)).code, "ok");
    const sent = u.calls.at(-1);
    assert.equal(sent.action.ntli, 7_250_000);
    const margin = openMargin("0.5", "3100", 5).add("7.25"); // 310 + 7.25
    const exp = { szi: "0.5", entry: "3100", leverage: 5, ...hlIsolated({ szi: "0.5", entry: "3100", margin, mark: "3100", leverage: 5, tiers: MKT.marginTiers }) };
    const [p, ...more] = await u.ex.fetchPositions(undefined, { user: sub.address });
    assert.equal(more.length, 0);
    checkCcxtPosition(p, exp, "sub-account");
    checkRawPosition(p.info.position, exp, "sub-account");
    assert.deepEqual(await u.ex.fetchPositions(), [], "the master has no position");
    const b = await u.ex.fetchBalance();
    assertNum(b.USDC.total, "500", "master balance untouched");
  });
});

describe("ccxt hyperliquid without sandbox mode (mainnet source \"a\") against a testnet-configured server", () => {
  test("the signature recovers a different address: `User or API Wallet 0x… does not exist.` (ccxt InvalidOrder)", async () => {
    const u = await hlUser(QUIET);
    u.ex.setSandboxMode(false);
    u.ex.urls.api = { public: PUBLIC_URL, private: PUBLIC_URL };
    await u.ex.loadMarkets();
    const err = await rejects(() => u.ex.addMargin(SYMBOL, 1), "source a on a testnet server");
    assert.ok(err instanceof ccxt.InvalidOrder, `${err?.constructor?.name}: ${err?.message}`);
    const m = /User or API Wallet (0x[0-9a-f]{40}) does not exist\./.exec(err.message);
    assert.ok(m, err.message);
    assert.notEqual(m[1], u.address.toLowerCase(), "recovered address is not the wallet's");
  });
});

describe("ccxt hyperliquid, default options (approveBuilderFee + setReferrer + userAbstraction at start-up)", () => {
  let u;
  before(async () => {
    await op.marks({ [COIN]: "3100" });
    u = await hlUser({});
  });

  test("loadMarkets: the side calls succeed and do not break market loading", async () => {
    const markets = await u.ex.loadMarkets();
    assert.ok(markets[SYMBOL]);
    const byType = Object.fromEntries(u.calls.map((c) => [c.action.type, c]));
    assert.ok(byType.approveBuilderFee, "approveBuilderFee was sent");
    assert.ok(byType.setReferrer, "setReferrer was sent");
    assert.equal(byType.approveBuilderFee.err, undefined, `approveBuilderFee failed: ${byType.approveBuilderFee.err?.message}`);
    assert.deepEqual(byType.approveBuilderFee.res, { status: "ok", response: { type: "default" } });
    assert.equal(byType.setReferrer.err, undefined, `setReferrer failed: ${byType.setReferrer.err?.message}`);
    assert.deepEqual(byType.setReferrer.res, { status: "ok", response: { type: "default" } });
    assert.equal(u.ex.options.approvedBuilderFee, true);
  });

  test("an order carrying the builder {b, f:10} opens the position; add/reduce margin work", async () => {
    await u.ex.setLeverage(10, SYMBOL, { marginMode: "isolated" });
    const o = await u.ex.createOrder(SYMBOL, "market", "buy", 0.5, 3100);
    assert.equal(o.filled, 0.5);
    assert.equal(o.average, 3100);
    const order = u.calls.at(-1).action;
    assert.deepEqual(order.builder, { b: "0x6530512a6c89c7cfcebc3ba7fcd9ada5f30827a6", f: 10 });
    assert.equal((await u.ex.addMargin(SYMBOL, 12.5)).code, "ok");
    assert.equal((await u.ex.reduceMargin(SYMBOL, 2.5)).code, "ok");
    const margin = openMargin("0.5", "3100", 10).add("10"); // 155 + 12.5 - 2.5
    const exp = { szi: "0.5", entry: "3100", leverage: 10, ...hlIsolated({ szi: "0.5", entry: "3100", margin, mark: "3100", leverage: 10, tiers: MKT.marginTiers }) };
    const [p] = await u.ex.fetchPositions([SYMBOL]);
    checkCcxtPosition(p, exp, "defaults");
    checkRawPosition(p.info.position, exp, "defaults");
  });
});
