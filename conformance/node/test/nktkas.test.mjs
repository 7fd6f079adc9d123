// @nktkas/hyperliquid 0.32.2 (isTestnet:true, apiUrl → Isomargin, viem local accounts) against Isomargin:
// updateLeverage, IOC orders, updateIsolatedMargin add/remove (with the removal floor at its exact boundary),
// topUpIsolatedOnlyMargin on the strict-isolated ANIME, clearinghouseState figures, an approved agent, a sub-account through
// vaultAddress, and the nonce / expiresAfter / unknown-signer error strings.
// Expected numbers: test/lib/formulas.mjs (hyperliquid.md §4.3, §5.2–§5.5), never the server's own figures.
import { op, hlMarket, assertDec, assertDecClose, rejects, PUBLIC_URL } from "./lib/operator.mjs";
import { q } from "./lib/exact.mjs";
import { hlIsolated } from "./lib/formulas.mjs";
import { describe, test, before } from "node:test";
import assert from "node:assert/strict";
import { HttpTransport, InfoClient, ExchangeClient } from "@nktkas/hyperliquid";
import { ApiRequestError } from "@nktkas/hyperliquid/api/exchange";
import { SymbolConverter } from "@nktkas/hyperliquid/utils";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";

// Markets owned by this file (nobody else moves their marks). ANIME is the default strict-isolated asset 3 (max 3x).
const NKA = { coin: "NKA", asset: 20, def: hlMarket(20, { szDecimals: 3, marginTiers: [{ lowerBound: "0", maxLeverage: 20 }, { lowerBound: "50000", maxLeverage: 10 }] }) };
// NKB has a low second tier so that its liquidation price falls in tier 2 (mmr 5 %, deduction 500 × (0.05 − 0.025) = 12.5)
const NKB = { coin: "NKB", asset: 21, def: hlMarket(21, { szDecimals: 2, marginTiers: [{ lowerBound: "0", maxLeverage: 20 }, { lowerBound: "500", maxLeverage: 10 }] }) };
const ANIME = { coin: "ANIME", asset: 3, def: { marginTiers: [{ lowerBound: "0", maxLeverage: 3 }], takerFee: "0.00045" } };
const TAKER = "0.00045";

const transport = new HttpTransport({ isTestnet: true, apiUrl: PUBLIC_URL, timeout: 10_000 });
const info = new InfoClient({ transport });
const OK = { status: "ok", response: { type: "default" } };

/** A registered (operator POST /admin/accounts {address}) and funded user. */
async function hlUser(deposit = "1000") {
  const wallet = privateKeyToAccount(generatePrivateKey());
  const { uid, address } = await op.createAccount({ address: wallet.address });
  assert.equal(address, wallet.address.toLowerCase());
  await op.deposit(uid, "USDC", deposit);
  return { uid, wallet, ex: new ExchangeClient({ transport, wallet }) };
}

const openMargin = (size, px, lev) => q(size).abs().mul(px).div(lev).dp(6, "ceil");
const fee = (size, px) => q(size).abs().mul(px).mul(TAKER).dp(6, "ceil");

/**
 * Check a whole clearinghouseState against an independent model: wallet (USDC, includes what positions hold) and the
 * isolated positions {m, szi, entry, margin, mark, leverage}.
 */
function checkState(st, wallet, positions, label) {
  let cross = q(wallet), sumUsed = q(0), sumNtl = q(0), sumRaw = q(0);
  const byCoin = Object.fromEntries(st.assetPositions.map((a) => [a.position.coin, a]));
  assert.deepEqual(Object.keys(byCoin).sort(), positions.map((p) => p.m.coin).sort(), `${label}: open positions`);
  for (const p of positions) {
    const e = hlIsolated({ szi: p.szi, entry: p.entry, margin: p.margin, mark: p.mark, leverage: p.leverage, tiers: p.m.def.marginTiers });
    const a = byCoin[p.m.coin];
    const l = `${label} ${p.m.coin}`;
    assert.equal(a.type, "oneWay");
    const pos = a.position;
    assertDec(pos.szi, p.szi, `${l} szi`);
    assertDec(pos.entryPx, p.entry, `${l} entryPx`);
    assert.deepEqual({ type: pos.leverage.type, value: pos.leverage.value }, { type: "isolated", value: p.leverage }, `${l} leverage`);
    assertDec(pos.leverage.rawUsd, e.rawUsd, `${l} rawUsd (= isolated USDC - szi x entryPx)`);
    assertDec(pos.positionValue, e.positionValue, `${l} positionValue (= |szi| x mark)`);
    assertDec(pos.unrealizedPnl, e.unrealizedPnl, `${l} unrealizedPnl`);
    assertDec(pos.marginUsed, e.marginUsed, `${l} marginUsed (= rawUsd + szi x mark)`);
    assert.notEqual(e.liquidationPx, null);
    assertDecClose(pos.liquidationPx, e.liquidationPx, "0.00000001", `${l} liquidationPx (§5.5 closed form)`);
    assert.equal(pos.maxLeverage, Math.max(...p.m.def.marginTiers.map((t) => t.maxLeverage)));
    for (const k of ["allTime", "sinceOpen", "sinceChange"]) assert.equal(typeof pos.cumFunding[k], "string");
    cross = cross.sub(p.margin);
    sumUsed = sumUsed.add(e.marginUsed);
    sumNtl = sumNtl.add(e.positionValue);
    sumRaw = sumRaw.add(e.rawUsd);
  }
  assertDec(st.withdrawable, cross, `${label} withdrawable (no cross positions: the cross account value)`);
  assertDec(st.crossMarginSummary.accountValue, cross, `${label} crossMarginSummary.accountValue`);
  assertDec(st.crossMarginSummary.totalRawUsd, cross, `${label} crossMarginSummary.totalRawUsd`);
  assertDec(st.crossMarginSummary.totalNtlPos, "0", `${label} crossMarginSummary.totalNtlPos`);
  assertDec(st.crossMarginSummary.totalMarginUsed, "0", `${label} crossMarginSummary.totalMarginUsed`);
  assertDec(st.crossMaintenanceMarginUsed, "0", `${label} crossMaintenanceMarginUsed`);
  assertDec(st.marginSummary.accountValue, cross.add(sumUsed), `${label} marginSummary.accountValue`);
  assertDec(st.marginSummary.totalMarginUsed, sumUsed, `${label} marginSummary.totalMarginUsed`);
  assertDec(st.marginSummary.totalNtlPos, sumNtl, `${label} marginSummary.totalNtlPos`);
  assertDec(st.marginSummary.totalRawUsd, cross.add(sumRaw), `${label} marginSummary.totalRawUsd`);
  assert.equal(typeof st.time, "number");
}

async function expectApiError(fn, message, label) {
  const err = await rejects(fn, label);
  assert.ok(err instanceof ApiRequestError, `${label}: expected ApiRequestError, got ${err?.constructor?.name}: ${err?.message}`);
  assert.equal(err.message, message, label);
  return err;
}

before(async () => {
  await op.putMarket(NKA.coin, NKA.def);
  await op.putMarket(NKB.coin, NKB.def);
  await op.marks({ NKA: "100", NKB: "100", ANIME: "0.02" });
});

test("info.meta and SymbolConverter resolve the assets (asset id = universe index)", async () => {
  const meta = await info.meta();
  assert.equal(meta.universe[NKA.asset].name, "NKA");
  assert.equal(meta.universe[NKA.asset].szDecimals, 3);
  assert.equal(meta.universe[ANIME.asset].name, "ANIME");
  assert.equal(meta.universe[ANIME.asset].marginMode, "strictIsolated");
  const conv = await SymbolConverter.create({ transport });
  assert.equal(conv.getAssetId("NKA"), NKA.asset);
  assert.equal(conv.getAssetId("NKB"), NKB.asset);
  assert.equal(conv.getAssetId("ANIME"), ANIME.asset);
  assert.equal(conv.getSzDecimals("NKB"), 2);
});

describe("@nktkas/hyperliquid master wallet", () => {
  let u;
  // the model of the master account, updated step by step
  let wallet = q("1000");
  const nka = { m: NKA, szi: "-10", entry: "100", margin: q(0), mark: "100", leverage: 5 };
  const anime = { m: ANIME, szi: "3000", entry: "0.02", margin: q(0), mark: "0.02", leverage: 3 };
  const positions = () => [nka, ...(anime.margin.sign() ? [anime] : [])];
  const state = async (label) => checkState(await info.clearinghouseState({ user: u.wallet.address }), wallet, positions(), label);

  before(async () => { u = await hlUser("1000"); });

  test("updateLeverage (isolated 5x) and an IOC sell open a short at the mark; clearinghouseState figures", async () => {
    assert.deepEqual(await u.ex.updateLeverage({ asset: NKA.asset, isCross: false, leverage: 5 }), OK);
    // "99.0" / "10.000": NK strips trailing zeros before signing; the server must hash the canonical form (CLIENTS.md §5.6)
    const r = await u.ex.order({ orders: [{ a: NKA.asset, b: false, p: "99.0", s: "10.000", r: false, t: { limit: { tif: "Ioc" } } }], grouping: "na" });
    assert.equal(r.status, "ok");
    assert.equal(r.response.type, "order");
    const [st] = r.response.data.statuses;
    assert.ok(st.filled, JSON.stringify(st));
    assertDec(st.filled.totalSz, "10", "totalSz");
    assertDec(st.filled.avgPx, "100", "avgPx (fills at the mark)");
    assert.equal(typeof st.filled.oid, "number");
    nka.margin = openMargin("10", "100", 5); // 200
    wallet = wallet.sub(fee("10", "100")); // 0.45
    await state("after open");
  });

  test("updateIsolatedMargin add 25, then remove 25 down to the floor exactly; one micro-USDC more is refused", async () => {
    assert.deepEqual(await u.ex.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: 25_000_000 }), OK);
    nka.margin = nka.margin.add("25");
    await state("after add 25");
    assert.deepEqual(await u.ex.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: -25_000_000 }), OK);
    nka.margin = nka.margin.sub("25");
    // equity 200 = floor max(1000/5, 0.1 x 1000) = 200: the comparison is >= (margin-rules.md)
    assert.ok(hlIsolated({ ...nka, tiers: NKA.def.marginTiers }).transferFloor.eq("200"));
    await expectApiError(() => u.ex.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: -1 }),
      "Position does not have sufficient margin for reduction.", "remove 1 micro-USDC below the floor");
    await state("after remove 25 and a refusal");
  });

  test("unrealised profit is removable down to max(ntl/L, 10 % ntl) at the mark", async () => {
    await op.marks({ NKA: "95" });
    nka.mark = "95";
    const e = hlIsolated({ ...nka, tiers: NKA.def.marginTiers });
    const removable = e.marginUsed.sub(e.transferFloor); // 250 - 190 = 60
    assert.ok(removable.eq("60"));
    assert.deepEqual(await u.ex.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: -60_000_000 }), OK);
    nka.margin = nka.margin.sub(removable);
    await expectApiError(() => u.ex.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: -1 }),
      "Position does not have sufficient margin for reduction.", "remove beyond the floor");
    await expectApiError(() => u.ex.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: 0 }),
      "Update to isolated margin cannot be zero.", "ntli 0");
    await expectApiError(() => u.ex.updateIsolatedMargin({ asset: NKB.asset, isBuy: true, ntli: 1_000_000 }),
      "Cannot update margin for empty position.", "no position");
    await state("after removing profit");
  });

  test("topUpIsolatedOnlyMargin on ANIME (strict isolated) reaches the target leverage; removal is refused", async () => {
    assert.deepEqual(await u.ex.updateLeverage({ asset: ANIME.asset, isCross: false, leverage: 3 }), OK);
    const r = await u.ex.order({ orders: [{ a: ANIME.asset, b: true, p: "0.021", s: "3000", r: false, t: { limit: { tif: "Ioc" } } }], grouping: "na" });
    assertDec(r.response.data.statuses[0].filled.avgPx, "0.02", "ANIME fill price");
    anime.margin = openMargin("3000", "0.02", 3); // 20
    wallet = wallet.sub(fee("3000", "0.02"));
    await state("after ANIME open");

    assert.deepEqual(await u.ex.topUpIsolatedOnlyMargin({ asset: ANIME.asset, leverage: "1.5" }), OK);
    // adds max(0, ntl/leverage - equity) = 60/1.5 - 20 = 20, rounded up to the micro-USDC (hyperliquid.md §5.4)
    const e = hlIsolated({ ...anime, tiers: ANIME.def.marginTiers });
    anime.margin = anime.margin.add(e.positionValue.div("1.5").sub(e.marginUsed).max(0).dp(6, "ceil"));
    assert.ok(anime.margin.eq("40"));
    await state("after topUp 1.5");
    // already at 1.5x: a target of 2x adds nothing and still succeeds
    assert.deepEqual(await u.ex.topUpIsolatedOnlyMargin({ asset: ANIME.asset, leverage: "2" }), OK);
    await expectApiError(() => u.ex.updateIsolatedMargin({ asset: ANIME.asset, isBuy: true, ntli: -1_000_000 }),
      "Cannot remove isolated margin for this asset. To remove margin, reduce the position.", "strict-isolated removal");
    await expectApiError(() => u.ex.topUpIsolatedOnlyMargin({ asset: NKA.asset, leverage: "2" }), "Asset not strict isolated", "topUp on a normal asset");
    await state("after topUp refusals");
  });

  test("duplicate nonce and expired action are refused with the venue's strings and change nothing", async () => {
    const n = Date.now() + 3_600_000; // inside (T - 2d, T + 1d), and never produced by the SDK's own nonce manager in this run
    const fixed = new ExchangeClient({ transport, wallet: u.wallet, nonceManager: () => n });
    assert.deepEqual(await fixed.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: 1_000_000 }), OK);
    nka.margin = nka.margin.add("1");
    await expectApiError(() => fixed.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: 1_000_000 }),
      `Invalid nonce: duplicate nonce ${n}`, "duplicate nonce");
    await expectApiError(() => u.ex.updateIsolatedMargin({ asset: NKA.asset, isBuy: false, ntli: 1_000_000 }, { expiresAfter: Date.now() - 1_000 }),
      "Action already expired", "expiresAfter in the past");
    await state("after nonce/expiry refusals");
  });

  test("an unregistered signer gets `User or API Wallet 0x… does not exist.`", async () => {
    const stranger = privateKeyToAccount(generatePrivateKey());
    const ex = new ExchangeClient({ transport, wallet: stranger });
    await expectApiError(() => ex.updateLeverage({ asset: NKA.asset, isCross: false, leverage: 3 }),
      `User or API Wallet ${stranger.address.toLowerCase()} does not exist.`, "unknown signer");
  });
});

describe("@nktkas/hyperliquid agent wallet and sub-account", () => {
  let u, agent, sub;
  let wallet = q("1000");
  before(async () => { u = await hlUser("1000"); });

  test("approveAgent, then the agent signs updateLeverage, an IOC buy and updateIsolatedMargin for its master (tiered liquidationPx)", async () => {
    agent = privateKeyToAccount(generatePrivateKey());
    assert.deepEqual(await u.ex.approveAgent({ agentAddress: agent.address, agentName: "bot1" }), OK);
    const ax = new ExchangeClient({ transport, wallet: agent });
    assert.deepEqual(await ax.updateLeverage({ asset: NKB.asset, isCross: false, leverage: 5 }), OK);
    const r = await ax.order({ orders: [{ a: NKB.asset, b: true, p: "101", s: "10", r: false, t: { limit: { tif: "Ioc" } } }], grouping: "na" });
    assertDec(r.response.data.statuses[0].filled.totalSz, "10", "agent order size");
    assert.deepEqual(await ax.updateIsolatedMargin({ asset: NKB.asset, isBuy: true, ntli: 1_000_000 }), OK);
    wallet = wallet.sub(fee("10", "100"));
    const nkb = { m: NKB, szi: "10", entry: "100", margin: openMargin("10", "100", 5).add("1"), mark: "100", leverage: 5 };
    // tier 2 is where the liquidation price lands: (rawUsd + 12.5) / (10 x 0.05 - 10) = (-799 + 12.5) / -9.5
    const e = hlIsolated({ ...nkb, tiers: NKB.def.marginTiers });
    assert.ok(e.liquidationPx.eq(q("-786.5").div("-9.5")));
    checkState(await info.clearinghouseState({ user: u.wallet.address }), wallet, [nkb], "master after agent actions");
    // the agent has no account of its own
    const agentState = await info.clearinghouseState({ user: agent.address });
    assert.deepEqual(agentState.assetPositions, []);
  });

  test("an unnamed agent (agentName null on the wire) can sign too", async () => {
    const agent2 = privateKeyToAccount(generatePrivateKey());
    assert.deepEqual(await u.ex.approveAgent({ agentAddress: agent2.address }), OK);
    const ax = new ExchangeClient({ transport, wallet: agent2 });
    assert.deepEqual(await ax.updateIsolatedMargin({ asset: NKB.asset, isBuy: true, ntli: 500_000 }), OK);
    const nkb = { m: NKB, szi: "10", entry: "100", margin: openMargin("10", "100", 5).add("1.5"), mark: "100", leverage: 5 };
    checkState(await info.clearinghouseState({ user: u.wallet.address }), wallet, [nkb], "master after unnamed agent");
  });

  test("a sub-account acted on through vaultAddress; the master's own state is untouched", async () => {
    sub = await op.subAccount(u.uid, {});
    assert.equal(typeof sub.uid, "number");
    assert.match(sub.address, /^0x[0-9a-f]{40}$/);
    await op.deposit(sub.uid, "USDC", "300");
    const before = await info.clearinghouseState({ user: u.wallet.address });
    const opts = { vaultAddress: sub.address };
    assert.deepEqual(await u.ex.updateLeverage({ asset: NKB.asset, isCross: false, leverage: 10 }, opts), OK);
    const r = await u.ex.order({ orders: [{ a: NKB.asset, b: false, p: "99", s: "2.5", r: false, t: { limit: { tif: "Ioc" } } }], grouping: "na" }, opts);
    assertDec(r.response.data.statuses[0].filled.totalSz, "2.5", "sub order size");
    assert.deepEqual(await u.ex.updateIsolatedMargin({ asset: NKB.asset, isBuy: false, ntli: 2_000_000 }, opts), OK);
    // vaultAddress + a future expiresAfter: both are part of the signed hash (hyperliquid.md §2.1)
    assert.deepEqual(await u.ex.updateIsolatedMargin({ asset: NKB.asset, isBuy: false, ntli: 500_000 }, { ...opts, expiresAfter: Date.now() + 60_000 }), OK);
    const pos = { m: NKB, szi: "-2.5", entry: "100", margin: openMargin("2.5", "100", 10).add("2.5"), mark: "100", leverage: 10 };
    checkState(await info.clearinghouseState({ user: sub.address }), q("300").sub(fee("2.5", "100")), [pos], "sub-account");
    await expectApiError(() => u.ex.updateIsolatedMargin({ asset: NKB.asset, isBuy: false, ntli: 1_000_000_000 }, opts),
      "Account does not have sufficient margin available for increase.", "sub-account add beyond withdrawable");
    const after = await info.clearinghouseState({ user: u.wallet.address });
    const { time: t1, ...b } = before;
    const { time: t2, ...a } = after;
    assert.deepEqual(a, b, "master state unchanged by vault actions");
  });
});
