// ccxt bybit against Isomargin: loadMarkets (12 concurrent requests with credentials), createOrder market (linear and
// inverse), fetchPositions, fetchBalance, setLeverage, and add-margin through the implicit API method
// privatePostV5PositionAddMargin (ccxt bybit's addMargin is NotSupported: CLIENTS.md §3.2).
// Expected numbers: test/lib/formulas.mjs (bybit-v5.md §5), never the server's own figures.
import { op, bybitAccount, bybitLinearMarket, assertDec, assertNum, rejects, PUBLIC_URL } from "./lib/operator.mjs";
import { q } from "./lib/exact.mjs";
import { bybitLinear, bybitInverse, bybitFee } from "./lib/formulas.mjs";
import { describe, test, before } from "node:test";
import assert from "node:assert/strict";
import ccxt from "ccxt";

// markets owned by this file
const LIN = "CXBUSDT", LIN_SYM = "CXB/USDT:USDT";
const INV = "CXBUSD", INV_SYM = "CXB/USD:CXB";
const LIN_MKT = bybitLinearMarket("CXB");
const INV_MKT = {
  venue: "bybit", category: "inverse", baseCoin: "CXB", quoteCoin: "USD", settleCoin: "CXB",
  tickSize: "0.5", qtyStep: "1", minOrderQty: "1", maxOrderQty: "1000000", takerFee: "0.00055", makerFee: "0.0001",
  riskTiers: [{ id: 1, riskLimitValue: "150", maintenanceMargin: "0.005", initialMargin: "0.01", maxLeverage: "100", mmDeduction: "0" }],
};
const lin = { side: "Buy", size: "0.02", entry: "50000", leverage: "10", fee: LIN_MKT.takerFee, mmr: "0.005", ded: "0", tick: LIN_MKT.tickSize };
const inv = { side: "Sell", size: "1000", entry: "50000", leverage: "10", fee: INV_MKT.takerFee, mmr: "0.005", ded: "0", tick: INV_MKT.tickSize };

let ex;
const DEPOSIT = { USDT: "5000", CXB: "1" };

before(async () => {
  await op.putMarket(LIN, LIN_MKT);
  await op.putMarket(INV, INV_MKT);
  await op.marks({ [LIN]: "50000", [INV]: "50000" });
  const a = await bybitAccount(DEPOSIT);
  ex = new ccxt.bybit({ apiKey: a.apiKey, secret: a.apiSecret, enableRateLimit: false });
  ex.urls.api = { spot: PUBLIC_URL, futures: PUBLIC_URL, v2: PUBLIC_URL, public: PUBLIC_URL, private: PUBLIC_URL }; // every key (CLIENTS.md §2)
});

describe("ccxt bybit", () => {
  test("loadMarkets with credentials (default options): linear and inverse swaps with the right precision", async () => {
    const markets = await ex.loadMarkets();
    const m = markets[LIN_SYM];
    assert.ok(m, `${LIN_SYM} missing from ${Object.keys(markets).join(", ")}`);
    assert.equal(m.id, LIN);
    assert.equal(m.type, "swap");
    assert.equal(m.linear, true);
    assert.equal(m.settle, "USDT");
    assert.equal(m.precision.amount, 0.001);
    assert.equal(m.precision.price, 0.1);
    assert.equal(m.contractSize, 1);
    assert.equal(m.limits.amount.min, 0.001);
    assert.equal(m.limits.amount.max, 100);
    assert.equal(m.limits.leverage.max, 100);
    assert.equal(m.active, true);
    const i = markets[INV_SYM];
    assert.ok(i, `${INV_SYM} missing`);
    assert.equal(i.inverse, true);
    assert.equal(i.settle, "CXB");
    assert.equal(i.contractSize, 1);
    assert.equal(i.precision.price, 0.5);
    assert.ok(markets["ETH/USD:ETH"] && markets["BTC/USDT:USDT"], "default markets listed too");
  });

  test("createOrder market buy (linear) → fetchPositions figures", async () => {
    const o = await ex.createOrder(LIN_SYM, "market", "buy", 0.02);
    assert.equal(typeof o.id, "string");
    assert.ok(o.id.length > 0);
    const [p, ...rest] = await ex.fetchPositions([LIN_SYM]);
    assert.equal(rest.length, 0);
    const e = bybitLinear({ ...lin, mark: "50000" });
    assert.equal(p.symbol, LIN_SYM);
    assert.equal(p.side, "long");
    assertNum(p.contracts, "0.02", "contracts");
    assertNum(p.entryPrice, "50000", "entryPrice");
    assertNum(p.markPrice, "50000", "markPrice");
    assertNum(p.notional, e.positionValue, "notional (= positionValue = size x entry)");
    assertNum(p.leverage, "10", "leverage");
    assertNum(p.initialMargin, e.positionIM, "initialMargin (= positionIM)");
    assertNum(p.collateral, e.positionIM, "collateral (= positionBalance)");
    assertNum(p.liquidationPrice, e.liqPrice, "liquidationPrice");
    // ccxt derives maintenanceMargin from |liq - bust| x size, but the venue documents the list's bustPrice as
    // deprecated, always "" (bybit-v5.md §4.1), so that derived figure is not a venue number and is not checked here.
    assertNum(p.realizedPnl, bybitFee("0.02", "50000", lin.fee).neg(), "realizedPnl (= -opening fee)");
    assertDec(p.info.positionIM, e.positionIM, "raw positionIM");
    assert.equal(p.info.bustPrice, "", "raw bustPrice (deprecated in the list)");
  });

  test("privatePostV5PositionAddMargin (implicit API): add 10 → raw §2.2 snapshot; margin 0 → ccxt NoChange (110027)", async () => {
    const r = await ex.privatePostV5PositionAddMargin({ category: "linear", symbol: LIN, margin: "10", positionIdx: 0 });
    assert.equal(r.retCode, 0);
    const e = bybitLinear({ ...lin, extra: "10", mark: "50000" });
    for (const k of ["positionIM", "bustPrice", "liqPrice", "positionMM", "positionValue"]) assertDec(r.result[k], e[k], `add 10 ${k}`);
    assert.equal(r.result.leverage, "10");
    const err = await rejects(() => ex.privatePostV5PositionAddMargin({ category: "linear", symbol: LIN, margin: "0", positionIdx: 0 }), "margin 0");
    assert.ok(err instanceof ccxt.NoChange, `${err?.constructor?.name}: ${err?.message}`);
    const err2 = await rejects(() => ex.privatePostV5PositionAddMargin({ category: "linear", symbol: LIN, margin: "-10.0001", positionIdx: 0 }), "reduce > X");
    assert.ok(err2 instanceof ccxt.ExchangeError && err2.message.includes("110078"), `${err2?.constructor?.name}: ${err2?.message}`);
    const [p] = await ex.fetchPositions([LIN_SYM]);
    assertNum(p.initialMargin, e.positionIM, "initialMargin after add");
    assertNum(p.liquidationPrice, e.liqPrice, "liquidationPrice after add");
  });

  test("setLeverage 5 resets the extra margin (fetchPositions)", async () => {
    const r = await ex.setLeverage(5, LIN_SYM);
    assert.equal(r.retCode, 0);
    const [p] = await ex.fetchPositions([LIN_SYM]);
    const e = bybitLinear({ ...lin, leverage: "5", mark: "50000" });
    assertNum(p.leverage, "5", "leverage");
    assertNum(p.initialMargin, e.positionIM, "initialMargin at 5x, X = 0");
    assertNum(p.liquidationPrice, e.liqPrice, "liquidationPrice at 5x");
  });

  test("createOrder market sell (inverse) → fetchPositions: notional = size x contractSize / mark", async () => {
    await ex.createOrder(INV_SYM, "market", "sell", 1000);
    await op.marks({ [INV]: "48000" });
    const [p] = await ex.fetchPositions([INV_SYM]);
    const e = bybitInverse({ ...inv, mark: "48000" });
    assert.equal(p.side, "short");
    assertNum(p.contracts, "1000", "contracts (USD)");
    assertNum(p.notional, q("1000").div("48000"), "notional (ccxt: size x contractSize / markPrice)");
    assertNum(p.initialMargin, e.positionIM, "initialMargin");
    assertNum(p.liquidationPrice, e.liqPrice, "liquidationPrice");
    assertNum(p.unrealizedPnl, e.unrealisedPnl, "unrealizedPnl (inverse)");
    assertDec(p.info.positionValue, e.positionValue, "raw positionValue (= size / entry)");
    assert.equal(p.info.bustPrice, "", "raw bustPrice (deprecated in the list)");
  });

  test("fetchBalance: total = wallet, used = Σ positionIM, free = wallet - used (USDT and CXB)", async () => {
    const b = await ex.fetchBalance();
    const usdtWallet = q(DEPOSIT.USDT).sub(bybitFee("0.02", "50000", lin.fee));
    const usdtIM = bybitLinear({ ...lin, leverage: "5" }).positionIM;
    assertNum(b.USDT.total, usdtWallet, "USDT total");
    assertNum(b.USDT.used, usdtIM, "USDT used");
    assertNum(b.USDT.free, usdtWallet.sub(usdtIM), "USDT free");
    const cxbWallet = q(DEPOSIT.CXB).sub(bybitFee("1000", "50000", inv.fee, true));
    const cxbIM = bybitInverse(inv).positionIM;
    assertNum(b.CXB.total, cxbWallet, "CXB total");
    assertNum(b.CXB.used, cxbIM, "CXB used");
    assertNum(b.CXB.free, cxbWallet.sub(cxbIM), "CXB free");
  });
});
