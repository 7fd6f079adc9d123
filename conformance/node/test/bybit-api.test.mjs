// bybit-api (npm, RestClientV5) against Isomargin: market order, add/reduce margin, position list, leverage,
// auto-add-margin, wallet balance, error codes, an RSA key, and Bybit's documented add-margin example end to end.
// Expected numbers come from test/lib/formulas.mjs (bybit-v5.md §5), never from the server.
import { op, bybitAccount, bybitLinearMarket, assertDec, PUBLIC_URL } from "./lib/operator.mjs";
import { q } from "./lib/exact.mjs";
import { bybitLinear, bybitInverse, bybitFee } from "./lib/formulas.mjs";
import { describe, test, before } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { RestClientV5 } from "bybit-api";

const client = (key, secret) => new RestClientV5({ key, secret, baseUrl: PUBLIC_URL });

/** retCode 0 and the standard envelope (bybit-v5.md §1.5). */
function ok(res, what) {
  assert.equal(res.retCode, 0, `${what}: retCode ${res.retCode} ${res.retMsg}`);
  assert.equal(typeof res.retMsg, "string");
  assert.deepEqual(res.retExtInfo, {});
  assert.equal(typeof res.time, "number");
  return res.result;
}
function fails(res, code, what) {
  assert.equal(res.retCode, code, `${what}: expected retCode ${code}, got ${res.retCode} ${res.retMsg}`);
  assert.deepEqual(res.result, {}, `${what}: result must be {} on error`);
  assert.equal(typeof res.retMsg, "string");
}
/** The position-dependent fields every add-margin / position-list row must match. */
function checkPosition(row, exp, label, keys = ["positionIM", "bustPrice", "liqPrice", "positionValue"]) {
  for (const k of keys) assertDec(row[k], exp[k], `${label} ${k}`);
  if (exp.positionMM !== undefined) assertDec(row.positionMM, exp.positionMM, `${label} positionMM`);
  if (exp.unrealisedPnl !== undefined) assertDec(row.unrealisedPnl, exp.unrealisedPnl, `${label} unrealisedPnl`);
}
/** A /v5/position/list row: bustPrice and tradeMode are deprecated there, "always \"\"" and "always 0" (bybit-v5.md §4.1). */
function checkListRow(row, exp, label) {
  checkPosition(row, exp, label, ["positionIM", "liqPrice", "positionValue"]);
  assert.equal(row.bustPrice, "", `${label} bustPrice (deprecated in the list)`);
  assert.equal(row.tradeMode, 0, `${label} tradeMode (deprecated, always 0)`);
}

// ------------------------------------------------------------------------------------------------ HMAC, linear long
describe("bybit-api HMAC key: linear long BAPIUSDT", () => {
  const SYM = "BAPIUSDT";
  const MKT = bybitLinearMarket("BAPI"); // tick 0.10, qty step 0.001, taker 0.00055, tier 1: MMR 0.5 %, ded 0
  const base = { side: "Buy", size: "0.1", entry: "60000", leverage: "10", fee: MKT.takerFee, mmr: "0.005", ded: "0", tick: MKT.tickSize };
  const DEPOSIT = "10000";
  let acct, c;

  before(async () => {
    await op.putMarket(SYM, MKT);
    await op.marks({ [SYM]: "60000" });
    acct = await bybitAccount({ USDT: DEPOSIT });
    c = client(acct.apiKey, acct.apiSecret);
  });

  test("submitOrder Market fills at the mark with the taker fee (getPositionInfo, getWalletBalance)", async () => {
    const r = ok(await c.submitOrder({ category: "linear", symbol: SYM, side: "Buy", orderType: "Market", qty: "0.1", positionIdx: 0 }), "submitOrder");
    assert.equal(typeof r.orderId, "string");
    assert.ok(r.orderId.length > 0);
    assert.equal(r.orderLinkId, "");

    const list = ok(await c.getPositionInfo({ category: "linear", symbol: SYM }), "getPositionInfo");
    assert.equal(list.category, "linear");
    assert.equal(list.list.length, 1);
    const p = list.list[0];
    assert.equal(p.symbol, SYM);
    assert.equal(p.side, "Buy");
    assert.equal(p.positionIdx, 0);
    assert.equal(p.riskId, 1);
    assertDec(p.size, "0.1", "size");
    assertDec(p.avgPrice, "60000", "avgPrice");
    assertDec(p.leverage, "10", "leverage (a new symbol opens at 10x)");
    assertDec(p.markPrice, "60000", "markPrice");
    assert.equal(p.autoAddMargin, 0);
    assert.equal(p.positionStatus, "Normal");
    checkListRow(p, bybitLinear({ ...base, mark: "60000" }), "after open");
    // spec §6.5 test vector, row 1 (a check on the independent formulas themselves)
    const e = bybitLinear(base);
    assert.deepEqual([e.positionIM, e.bustPrice, e.liqPrice].map(String), ["602.97", "54000", "54300"]);

    const fee = bybitFee("0.1", "60000", MKT.takerFee);
    assertDec(p.cumRealisedPnl, fee.neg(), "cumRealisedPnl = -opening fee");
    const w = ok(await c.getWalletBalance({ accountType: "UNIFIED", coin: "USDT" }), "getWalletBalance");
    const coin = w.list[0].coin.find((x) => x.coin === "USDT");
    assert.equal(w.list[0].accountType, "UNIFIED");
    assertDec(coin.walletBalance, q(DEPOSIT).sub(fee), "walletBalance = deposit - fee");
  });

  test("addOrReduceMargin add 100: positionIM, bust and liq move, leverage stays", async () => {
    await op.marks({ [SYM]: "60500" });
    const r = ok(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "100", positionIdx: 0 }), "add 100");
    const exp = bybitLinear({ ...base, extra: "100", mark: "60500" });
    assert.deepEqual([exp.positionIM, exp.bustPrice, exp.liqPrice].map(String), ["702.97", "52999.5", "53299.5"]); // §6.5 row 2
    assert.equal(r.category, "linear");
    assert.equal(r.symbol, SYM);
    assert.equal(r.positionIdx, 0);
    assert.equal(r.riskId, 1);
    assert.equal(r.riskLimitValue, "2000000");
    assertDec(r.leverage, "10", "leverage unchanged by add-margin");
    assertDec(r.markPrice, "60500", "markPrice");
    assertDec(r.avgPrice, "60000", "avgPrice");
    assertDec(r.size, "0.1", "size");
    checkPosition(r, exp, "add 100");
    assert.equal(r.autoAddMargin, 0);
    assert.equal(r.positionStatus, "Normal");
    assert.match(r.createdTime, /^\d{13}$/);
    assert.match(r.updatedTime, /^\d{13}$/);
  });

  test("addOrReduceMargin reduce 50: the extra margin comes back, numbers match §5.3", async () => {
    const r = ok(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "-50", positionIdx: 0 }), "reduce 50");
    const exp = bybitLinear({ ...base, extra: "50", mark: "60500" });
    assert.deepEqual([exp.positionIM, exp.bustPrice, exp.liqPrice].map(String), ["652.97", "53499.8", "53799.8"]); // §6.5 row 3
    checkPosition(r, exp, "reduce 50");
    assertDec(r.leverage, "10", "leverage");

    const pl = ok(await c.getPositionInfo({ category: "linear", symbol: SYM }), "getPositionInfo").list[0];
    checkListRow(pl, exp, "position list after reduce");
  });

  test("getWalletBalance: margin moves never touch walletBalance; available = wallet - positionIM", async () => {
    const w = ok(await c.getWalletBalance({ accountType: "UNIFIED", coin: "USDT" }), "getWalletBalance");
    const coin = w.list[0].coin.find((x) => x.coin === "USDT");
    const wallet = q(DEPOSIT).sub(bybitFee("0.1", "60000", MKT.takerFee));
    const im = bybitLinear({ ...base, extra: "50" }).positionIM;
    assertDec(coin.walletBalance, wallet, "walletBalance");
    assertDec(coin.totalPositionIM, im, "totalPositionIM");
    assertDec(coin.availableToWithdraw, wallet.sub(im), "availableToWithdraw (isolated: wallet - totalPositionIM)");
    assertDec(coin.unrealisedPnl, "50", "unrealisedPnl = 0.1 x (60500 - 60000)");
    assertDec(coin.equity, wallet.add("50"), "equity = wallet + uPnL");
  });

  test("error paths: 0 -> 110027, 5 decimals -> 10001, reduce above X -> 110078, bad key -> 10003; nothing changes", async () => {
    fails(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "0", positionIdx: 0 }), 110027, "margin 0");
    fails(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "1.00001", positionIdx: 0 }), 10001, "5 decimals");
    fails(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "-50.0001", positionIdx: 0 }), 110078, "reduce above X=50");
    const bad = client("isomargin-no-such-key", "whatever");
    fails(await bad.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "1", positionIdx: 0 }), 10003, "unknown key (add-margin)");
    fails(await bad.getPositionInfo({ category: "linear", symbol: SYM }), 10003, "unknown key (position list)");
    const wrongSecret = client(acct.apiKey, "not-the-secret");
    fails(await wrongSecret.getPositionInfo({ category: "linear", symbol: SYM }), 10004, "wrong secret");
    // a rejected call changes nothing
    const pl = ok(await c.getPositionInfo({ category: "linear", symbol: SYM }), "getPositionInfo").list[0];
    checkListRow(pl, bybitLinear({ ...base, extra: "50", mark: "60500" }), "after refusals");
  });

  test("client options: enable_time_sync (GET /v5/market/time) and parseAPIRateLimits (X-Bapi-Limit* headers)", async () => {
    // enable_time_sync starts a setInterval(sync_interval_ms) that bybit-api never clears: unref it, or this test process would
    // never exit.
    const realSetInterval = globalThis.setInterval;
    globalThis.setInterval = (...args) => realSetInterval(...args).unref();
    let ts;
    try {
      ts = new RestClientV5({ key: acct.apiKey, secret: acct.apiSecret, baseUrl: PUBLIC_URL, enable_time_sync: true });
    } finally {
      globalThis.setInterval = realSetInterval;
    }
    const t = await ts.getServerTime();
    ok(t, "getServerTime");
    assert.match(t.result.timeSecond, /^\d{10}$/);
    assert.match(t.result.timeNano, /^\d{19}$/);
    assert.ok(Math.abs(Number(t.result.timeSecond) * 1000 - t.time) < 1000, "timeSecond agrees with the envelope time");
    ok(await ts.getPositionInfo({ category: "linear", symbol: SYM }), "getPositionInfo with time sync");
    const rl = new RestClientV5({ key: acct.apiKey, secret: acct.apiSecret, baseUrl: PUBLIC_URL, parseAPIRateLimits: true });
    const r = await rl.getPositionInfo({ category: "linear", symbol: SYM });
    ok(r, "getPositionInfo with parseAPIRateLimits");
    assert.ok(r.rateLimitApi, "rateLimitApi parsed from X-Bapi-Limit / -Status / -Reset-Timestamp");
    for (const k of ["remainingRequests", "maxRequests", "resetAtTimestamp"]) assert.equal(typeof r.rateLimitApi[k], "number", `rateLimitApi.${k}`);
  });

  test("setAutoAddMargin 1 shows in getPositionInfo", async () => {
    ok(await c.setAutoAddMargin({ category: "linear", symbol: SYM, autoAddMargin: 1, positionIdx: 0 }), "setAutoAddMargin");
    const pl = ok(await c.getPositionInfo({ category: "linear", symbol: SYM }), "getPositionInfo").list[0];
    assert.equal(pl.autoAddMargin, 1);
  });

  test("setLeverage 20 resets the extra margin; same leverage again -> 110043; nothing left to reduce -> 110078", async () => {
    ok(await c.setLeverage({ category: "linear", symbol: SYM, buyLeverage: "20", sellLeverage: "20" }), "setLeverage 20");
    const pl = ok(await c.getPositionInfo({ category: "linear", symbol: SYM }), "getPositionInfo").list[0];
    assertDec(pl.leverage, "20", "leverage");
    const exp = bybitLinear({ ...base, leverage: "20", extra: "0", mark: "60500" });
    checkListRow(pl, exp, "after setLeverage 20");
    fails(await c.setLeverage({ category: "linear", symbol: SYM, buyLeverage: "20", sellLeverage: "20" }), 110043, "same leverage");
    fails(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "-0.0001", positionIdx: 0 }), 110078, "reduce with X=0");
    const w = ok(await c.getWalletBalance({ accountType: "UNIFIED", coin: "USDT" }), "getWalletBalance");
    const coin = w.list[0].coin.find((x) => x.coin === "USDT");
    assertDec(coin.totalPositionIM, exp.positionIM, "totalPositionIM after setLeverage");
  });
});

// ------------------------------------------------------------------------------------------------ RSA, linear short
describe("bybit-api RSA key (PKCS#8 PEM as secret): linear short BRSAUSDT", () => {
  const SYM = "BRSAUSDT";
  const MKT = bybitLinearMarket("BRSA", { tickSize: "0.01", qtyStep: "0.01", minOrderQty: "0.01", maxOrderQty: "1000" });
  const base = { side: "Sell", size: "1.5", entry: "2000", leverage: "10", fee: MKT.takerFee, mmr: "0.005", ded: "0", tick: MKT.tickSize };
  let c;

  before(async () => {
    await op.putMarket(SYM, MKT);
    await op.marks({ [SYM]: "2000" });
    const { uid } = await op.createAccount({});
    const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", {
      modulusLength: 2048,
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
    });
    const k = await op.apiKey(uid, { rsaPublicKey: publicKey });
    assert.equal(k.apiSecret, undefined, "an RSA key has no secret");
    await op.deposit(uid, "USDT", "5000");
    c = client(k.apiKey, privateKey);
  });

  test("market sell, add 25.5, reduce 10 (short-side formulas)", async () => {
    ok(await c.submitOrder({ category: "linear", symbol: SYM, side: "Sell", orderType: "Market", qty: "1.5", positionIdx: 0 }), "submitOrder");
    const p0 = ok(await c.getPositionInfo({ category: "linear", symbol: SYM }), "getPositionInfo").list[0];
    assert.equal(p0.side, "Sell");
    checkListRow(p0, bybitLinear({ ...base, mark: "2000" }), "short open");

    await op.marks({ [SYM]: "1990" });
    const a = ok(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "25.5", positionIdx: 0 }), "RSA add");
    checkPosition(a, bybitLinear({ ...base, extra: "25.5", mark: "1990" }), "short add 25.5");
    assertDec(a.unrealisedPnl, "15", "uPnL = -1.5 x (1990 - 2000)");
    const r = ok(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "-10", positionIdx: 0 }), "RSA reduce");
    checkPosition(r, bybitLinear({ ...base, extra: "15.5", mark: "1990" }), "short reduce 10");
    fails(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "-15.5001", positionIdx: 0 }), 110078, "RSA reduce above X");
    fails(await c.addOrReduceMargin({ category: "linear", symbol: SYM, margin: "100000", positionIdx: 0 }), 110014, "RSA add above available");
  });
});

// ------------------------------------------------------------------------------------------------ Bybit's documented example
describe("Bybit's documented add-margin example (bybit-v5.md §2.2, inverse ETHUSD)", () => {
  let c, uid;
  before(async () => {
    const a = await bybitAccount({ ETH: "1" });
    uid = a.uid;
    c = client(a.apiKey, a.apiSecret);
    await op.importPosition(uid, "ETHUSD", { positionIdx: 0, side: "Buy", size: "200", avgPrice: "1812.70004844", leverage: "12", extraMargin: "0", cumRealisedPnl: "-0.04618929" });
    await op.marks({ ETHUSD: "1812.90" });
  });

  test("addOrReduceMargin {inverse, ETHUSD, 0.01, 0} answers the documented result field for field", async () => {
    const res = await c.addOrReduceMargin({ category: "inverse", symbol: "ETHUSD", margin: "0.01", positionIdx: 0 });
    assert.equal(res.retCode, 0, `retCode ${res.retCode} ${res.retMsg}`);
    assert.equal(res.retMsg, "OK");
    assert.deepEqual(res.retExtInfo, {});
    assert.equal(typeof res.time, "number");
    const { createdTime, updatedTime, ...rest } = res.result;
    assert.match(createdTime, /^\d{13}$/);
    assert.match(updatedTime, /^\d{13}$/);
    assert.ok(Number(updatedTime) >= Number(createdTime));
    assert.deepEqual(rest, {
      category: "inverse", symbol: "ETHUSD", positionIdx: 0, riskId: 11, riskLimitValue: "500", size: "200",
      positionValue: "0.11033265", avgPrice: "1812.70004844", liqPrice: "1550.80", bustPrice: "1544.20", markPrice: "1812.90",
      leverage: "12", autoAddMargin: 0, positionStatus: "Normal", positionIM: "0.01926611", positionMM: "0",
      unrealisedPnl: "0.00001217", cumRealisedPnl: "-0.04618929", stopLoss: "0.00", takeProfit: "0.00", trailingStop: "0.00",
    });
    // and the independent formulas (§5.4, §6.1) give the same figures
    const e = bybitInverse({ side: "Buy", size: "200", entry: "1812.70004844", leverage: "12", fee: "0.0006", extra: "0.01", mmr: "0.005", tick: "0.05", mark: "1812.90" });
    assert.deepEqual([e.positionValue.toFixed(8), e.positionIM.toFixed(8), e.liqPrice.toFixed(2), e.bustPrice.toFixed(2), e.unrealisedPnl.toFixed(8)],
      [rest.positionValue, rest.positionIM, rest.liqPrice, rest.bustPrice, rest.unrealisedPnl]);
  });

  test("the position list and the ETH wallet agree", async () => {
    const p = ok(await c.getPositionInfo({ category: "inverse", symbol: "ETHUSD" }), "getPositionInfo").list[0];
    assert.equal(p.side, "Buy");
    assert.equal(p.positionIM, "0.01926611");
    assert.equal(p.liqPrice, "1550.80");
    const w = ok(await c.getWalletBalance({ accountType: "UNIFIED", coin: "ETH" }), "getWalletBalance");
    const coin = w.list[0].coin.find((x) => x.coin === "ETH");
    assertDec(coin.walletBalance, "1", "walletBalance (import and add-margin do not change the wallet)");
    assertDec(coin.availableToWithdraw, q("1").sub("0.01926611"), "availableToWithdraw");
  });
});
