#!/usr/bin/env node
// Isomargin conformance: record exactly what the real client SDKs send.
//
// Starts a recorder on 127.0.0.1:<random port> that logs method, path, query, headers and body of every
// request, answers canned (plausible) Bybit V5 / Hyperliquid JSON, and verifies signatures on the fly
// (Bybit HMAC/RSA over the raw bytes; Hyperliquid L1 / user-signed ECDSA recovery for source "a" and "b").
// Then it drives bybit-api RestClientV5, ccxt.bybit, ccxt.hyperliquid and @nktkas/hyperliquid against it.
//
//   node capture.mjs                    # all clients, human-readable transcript on stdout
//   node capture.mjs bybit-api nktkas   # only some: bybit-api | ccxt-bybit | ccxt-hyperliquid | nktkas
//   node capture.mjs --json out.json    # additionally dump every recorded request as JSON
//
// Safety: every outgoing TCP connection to a non-loopback host is refused (net.Socket.connect guard),
// so a mis-configured client fails loudly instead of reaching a real venue.

import http from "node:http";
import net from "node:net";
import crypto from "node:crypto";
import fs from "node:fs";

// ---------------------------------------------------------------- loopback guard
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "::ffff:127.0.0.1"]);
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const o = typeof args[0] === "object" && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : { host: args[1] };
  const host = o?.host ?? o?.hostname ?? "localhost";
  if (!o?.path && !LOOPBACK.has(String(host))) {
    throw new Error(`capture.mjs refused a connection to non-loopback host ${host}`);
  }
  return origConnect.apply(this, args);
};

const ccxt = (await import("ccxt")).default;
const { RestClientV5 } = await import("bybit-api");
const hl = await import("@nktkas/hyperliquid");
const { createL1ActionHash } = await import("@nktkas/hyperliquid/signing");
const { privateKeyToAccount } = await import("viem/accounts");
const { hashTypedData, recoverAddress } = await import("viem");

// ---------------------------------------------------------------- test identities (public test vectors, not secrets)
const BYBIT_KEY = "testkey";
const BYBIT_SECRET = "testsecret";
const RSA = crypto.generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" }, // bybit-api imports the PEM body as PKCS#8 only
});
const BYBIT_RSA_KEY = "rsakey";
const HL_PK = "0x0123456789012345678901234567890123456789012345678901234567890123"; // python-sdk test key
const HL_ADDR = privateKeyToAccount(HL_PK).address; // 0x14791697260E4c9A71f18484C9f997B308e59325
const HL_VAULT = "0x1719884eb866cb12b2287399b15f7db5e7d775ea";
const HL_AGENT = privateKeyToAccount("0x" + "11".repeat(32)).address;

// ---------------------------------------------------------------- recorder
const records = [];
let phase = "-";
const now = () => Date.now();

function bybitEnv(result, extra = {}) {
  return { retCode: 0, retMsg: "OK", result, retExtInfo: {}, time: now(), ...extra };
}

function verifyBybit(req, rawQuery, rawBody) {
  const h = req.headers;
  if (!h["x-bapi-api-key"]) return undefined;
  const payload = h["x-bapi-timestamp"] + h["x-bapi-api-key"] + h["x-bapi-recv-window"] + (req.method === "GET" ? rawQuery : rawBody);
  if (h["x-bapi-api-key"] === BYBIT_RSA_KEY) {
    return crypto.verify("sha256", Buffer.from(payload), RSA.publicKey, Buffer.from(h["x-bapi-sign"], "base64")) ? "rsa-ok" : "rsa-BAD";
  }
  const mac = crypto.createHmac("sha256", BYBIT_SECRET).update(payload).digest("hex");
  return mac === h["x-bapi-sign"] ? "hmac-ok" : "hmac-BAD";
}

const pad64 = (x) => "0x" + x.replace(/^0x/, "").padStart(64, "0");
const ZERO = "0x0000000000000000000000000000000000000000";
const USER_SIGNED_TYPES = {
  approveAgent: [["hyperliquidChain", "string"], ["agentAddress", "address"], ["agentName", "string"], ["nonce", "uint64"]],
  approveBuilderFee: [["hyperliquidChain", "string"], ["maxFeeRate", "string"], ["builder", "address"], ["nonce", "uint64"]],
};

async function verifyHl(body) {
  const { action, nonce, signature } = body ?? {};
  if (!action || !signature) return undefined;
  const sig = { r: pad64(signature.r), s: pad64(signature.s), v: BigInt(signature.v) };
  try {
    const ut = USER_SIGNED_TYPES[action.type];
    if (ut) {
      const primaryType = `HyperliquidTransaction:${action.type[0].toUpperCase()}${action.type.slice(1)}`;
      const message = Object.fromEntries(ut.map(([k]) => [k, action[k] ?? ""]));
      const digest = hashTypedData({
        domain: { name: "HyperliquidSignTransaction", version: "1", chainId: parseInt(action.signatureChainId, 16), verifyingContract: ZERO },
        types: { [primaryType]: ut.map(([name, type]) => ({ name, type })) },
        primaryType, message,
      });
      const who = await recoverAddress({ hash: digest, signature: sig });
      return `user-signed(chainId ${action.signatureChainId}) signer=${who === HL_ADDR ? "OK" : who}`;
    }
    let vault = body.vaultAddress ?? undefined;
    if (vault && !vault.startsWith("0x")) vault = "0x" + vault;
    const connectionId = createL1ActionHash({ action, nonce, vaultAddress: vault?.toLowerCase(), expiresAfter: body.expiresAfter ?? undefined });
    const out = [];
    for (const source of ["a", "b"]) {
      const digest = hashTypedData({
        domain: { name: "Exchange", version: "1", chainId: 1337, verifyingContract: ZERO },
        types: { Agent: [{ name: "source", type: "string" }, { name: "connectionId", type: "bytes32" }] },
        primaryType: "Agent", message: { source, connectionId },
      });
      const who = await recoverAddress({ hash: digest, signature: sig });
      if (who === HL_ADDR) out.push(source);
    }
    return `L1 source=${out.join("") || "NONE"}`;
  } catch (e) {
    return `verify-error ${e.message}`;
  }
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const u = new URL(req.url, "http://x");
    const rawQuery = req.url.includes("?") ? req.url.slice(req.url.indexOf("?") + 1) : "";
    let body;
    try { body = rawBody ? JSON.parse(rawBody) : undefined; } catch { body = rawBody; }
    const rec = { phase, method: req.method, path: u.pathname, query: rawQuery, headers: req.headers, rawBody, body };
    rec.sig = u.pathname.startsWith("/v5/") ? verifyBybit(req, rawQuery, rawBody) : u.pathname === "/exchange" ? await verifyHl(body) : undefined;
    let status = 200, out;
    try {
      out = u.pathname.startsWith("/v5/") ? bybitRoute(req.method, u.pathname, Object.fromEntries(u.searchParams), body, rec)
        : u.pathname === "/info" ? hlInfo(body, rec)
        : u.pathname === "/exchange" ? hlExchange(body, rec)
        : undefined;
    } catch (e) { rec.note = "handler error " + e.message; }
    if (out === undefined) { status = 404; out = { retCode: 10001, retMsg: "unhandled by recorder" }; rec.unhandled = true; }
    records.push(rec);
    const txt = JSON.stringify(out);
    res.writeHead(status, { "Content-Type": "application/json", "X-Bapi-Limit": "10", "X-Bapi-Limit-Status": "9", "X-Bapi-Limit-Reset-Timestamp": String(now()) });
    res.end(txt);
  });
});

// ---------------------------------------------------------------- canned Bybit V5
const INSTR = {
  linear: [
    { symbol: "BTCUSDT", contractType: "LinearPerpetual", status: "Trading", baseCoin: "BTC", quoteCoin: "USDT", launchTime: "1585526400000",
      deliveryTime: "0", deliveryFeeRate: "", priceScale: "2", leverageFilter: { minLeverage: "1", maxLeverage: "100.00", leverageStep: "0.01" },
      priceFilter: { minPrice: "0.10", maxPrice: "1999999.80", tickSize: "0.10" },
      lotSizeFilter: { maxOrderQty: "1190.000", minOrderQty: "0.001", qtyStep: "0.001", postOnlyMaxOrderQty: "1190.000", maxMktOrderQty: "119.000", minNotionalValue: "5" },
      unifiedMarginTrade: true, fundingInterval: 480, settleCoin: "USDT", copyTrading: "both", upperFundingRate: "0.005", lowerFundingRate: "-0.005",
      isPreListing: false, preListingInfo: null, riskParameters: { priceLimitRatioX: "0.01", priceLimitRatioY: "0.02" }, displayName: "" },
  ],
  inverse: [
    { symbol: "ETHUSD", contractType: "InversePerpetual", status: "Trading", baseCoin: "ETH", quoteCoin: "USD", launchTime: "1548979200000",
      deliveryTime: "0", deliveryFeeRate: "", priceScale: "2", leverageFilter: { minLeverage: "1", maxLeverage: "100.00", leverageStep: "0.01" },
      priceFilter: { minPrice: "0.05", maxPrice: "199999.90", tickSize: "0.05" },
      lotSizeFilter: { maxOrderQty: "1000000", minOrderQty: "1", qtyStep: "1", postOnlyMaxOrderQty: "1000000", maxMktOrderQty: "200000", minNotionalValue: "" },
      unifiedMarginTrade: true, fundingInterval: 480, settleCoin: "ETH", copyTrading: "none", upperFundingRate: "0.0075", lowerFundingRate: "-0.0075",
      isPreListing: false, preListingInfo: null, riskParameters: { priceLimitRatioX: "0.01", priceLimitRatioY: "0.02" }, displayName: "" },
  ],
  spot: [
    { symbol: "BTCUSDT", baseCoin: "BTC", quoteCoin: "USDT", innovation: "0", status: "Trading", marginTrading: "utaOnly", stTag: "0",
      lotSizeFilter: { basePrecision: "0.000001", quotePrecision: "0.00000001", minOrderQty: "0.000048", maxOrderQty: "71.73956243", minOrderAmt: "1", maxOrderAmt: "2000000" },
      priceFilter: { tickSize: "0.01" }, riskParameters: { priceLimitRatioX: "0.005", priceLimitRatioY: "0.01" } },
  ],
  option: [],
};
const POSITION = (category, symbol) => category === "inverse"
  ? { positionIdx: 0, riskId: 11, riskLimitValue: "500", symbol, side: "Buy", size: "200", avgPrice: "1812.70004844", positionValue: "0.11033265",
      tradeMode: 1, autoAddMargin: 0, positionStatus: "Normal", leverage: "12", markPrice: "1812.90", liqPrice: "1550.80", bustPrice: "1544.20",
      positionIM: "0.00926611", positionIMByMp: "0.00926611", positionMM: "0.00055166", positionMMByMp: "0.00055166", positionBalance: "0.00926611",
      takeProfit: "0.00", stopLoss: "0.00", trailingStop: "0.00", sessionAvgPrice: "", unrealisedPnl: "0.00001217", curRealisedPnl: "-0.0000662",
      cumRealisedPnl: "-0.04618929", adlRankIndicator: 2, createdTime: "1672737740039", updatedTime: "1684234363788", seq: 4688002127,
      isReduceOnly: false, mmrSysUpdatedTime: "", leverageSysUpdatedTime: "", tpslMode: "Full", breakEvenPrice: "1813.9" }
  : { positionIdx: 0, riskId: 1, riskLimitValue: "2000000", symbol, side: "Buy", size: "0.010", avgPrice: "60000", positionValue: "600",
      tradeMode: 1, autoAddMargin: 0, positionStatus: "Normal", leverage: "10", markPrice: "60500.00", liqPrice: "54300.00", bustPrice: "",
      positionIM: "60.3633", positionIMByMp: "60.8663", positionMM: "3.3333", positionMMByMp: "3.3611", positionBalance: "60.3633",
      takeProfit: "", stopLoss: "", trailingStop: "0", sessionAvgPrice: "", unrealisedPnl: "5", curRealisedPnl: "-0.33", cumRealisedPnl: "-0.33",
      adlRankIndicator: 2, createdTime: "1700000000000", updatedTime: "1700000001000", seq: 1234, isReduceOnly: false, mmrSysUpdatedTime: "",
      leverageSysUpdatedTime: "", tpslMode: "Full", breakEvenPrice: "60066.0" };

function bybitRoute(method, path, q, body) {
  switch (`${method} ${path}`) {
    case "GET /v5/market/time": {
      const t = now();
      return bybitEnv({ timeSecond: String(Math.floor(t / 1000)), timeNano: String(t) + "000000" });
    }
    case "GET /v5/market/instruments-info": {
      const cat = q.category;
      const list = q.status === "PreLaunch" ? [] : (INSTR[cat] ?? []).filter((i) => !q.symbol || i.symbol === q.symbol);
      return bybitEnv({ category: cat, list, nextPageCursor: "" });
    }
    case "GET /v5/market/tickers":
      return bybitEnv({ category: q.category, list: [{ symbol: q.symbol ?? "BTCUSDT", lastPrice: "60500.00", indexPrice: "60490.00", markPrice: "60500.00",
        prevPrice24h: "60000.00", price24hPcnt: "0.008333", highPrice24h: "61000.00", lowPrice24h: "59000.00", prevPrice1h: "60400.00",
        openInterest: "1000", openInterestValue: "60500000.00", turnover24h: "100000000", volume24h: "1650", fundingRate: "0.0001",
        nextFundingTime: String(now() + 3600000), predictedDeliveryPrice: "", basisRate: "", deliveryFeeRate: "", deliveryTime: "0",
        ask1Size: "1.000", bid1Price: "60499.90", ask1Price: "60500.00", bid1Size: "1.000", basis: "", preOpenPrice: "", preQty: "",
        curPreListingPhase: "", fundingIntervalHour: "8", fundingCap: "0.005", basisRateYear: "" }] });
    case "GET /v5/market/risk-limit":
      return bybitEnv({ category: q.category, list: [
        { id: 1, symbol: q.symbol ?? "BTCUSDT", riskLimitValue: "2000000", maintenanceMargin: "0.005", initialMargin: "0.01", isLowestRisk: 1, maxLeverage: "100.00", mmDeduction: "" },
        { id: 2, symbol: q.symbol ?? "BTCUSDT", riskLimitValue: "4000000", maintenanceMargin: "0.01", initialMargin: "0.02", isLowestRisk: 0, maxLeverage: "50.00", mmDeduction: "10000" },
      ], nextPageCursor: "" });
    case "GET /v5/position/list": {
      const cat = q.category ?? "linear";
      const sym = q.symbol ?? (cat === "inverse" ? "ETHUSD" : "BTCUSDT");
      return bybitEnv({ category: cat, list: [POSITION(cat, sym)], nextPageCursor: "" });
    }
    case "POST /v5/position/add-margin": {
      const p = POSITION(body.category, body.symbol);
      const { side, sessionAvgPrice, positionIMByMp, positionMMByMp, positionBalance, tradeMode, adlRankIndicator, seq, isReduceOnly,
        mmrSysUpdatedTime, leverageSysUpdatedTime, tpslMode, breakEvenPrice, curRealisedPnl, ...snap } = p;
      return bybitEnv({ category: body.category, ...snap, positionIM: body.category === "inverse" ? "0.01926611" : "70.3633", updatedTime: String(now()) });
    }
    case "POST /v5/position/set-leverage":
    case "POST /v5/position/set-auto-add-margin":
    case "POST /v5/position/switch-mode":
    case "POST /v5/position/switch-isolated":
      return bybitEnv({});
    case "POST /v5/account/set-margin-mode":
      return bybitEnv({ reasons: [] });
    case "POST /v5/order/create":
      return bybitEnv({ orderId: "1321003749386327552", orderLinkId: body?.orderLinkId ?? "" });
    case "GET /v5/account/wallet-balance":
      return bybitEnv({ list: [{ accountType: q.accountType ?? "UNIFIED", accountIMRate: "0", accountMMRate: "0", totalEquity: "10000", totalWalletBalance: "10000",
        totalMarginBalance: "10000", totalAvailableBalance: "9900", totalPerpUPL: "5", totalInitialMargin: "60.3633", totalMaintenanceMargin: "3.3333",
        accountLTV: "0", accountIMRateByMp: "0", accountMMRateByMp: "0", totalInitialMarginByMp: "60.8663", totalMaintenanceMarginByMp: "3.3611",
        coin: [{ coin: "USDT", equity: "10005", usdValue: "10005", walletBalance: "10000", locked: "0", spotHedgingQty: "0", borrowAmount: "",
          accruedInterest: "0", totalOrderIM: "0", totalPositionIM: "60.3633", totalPositionMM: "3.3333", unrealisedPnl: "5", cumRealisedPnl: "-0.33",
          bonus: "0", marginCollateral: true, collateralSwitch: true, availableToWithdraw: "", spotBorrow: "0" }] }] });
    case "GET /v5/account/info":
      return bybitEnv({ unifiedMarginStatus: 6, marginMode: "ISOLATED_MARGIN", isMasterTrader: false, spotHedgingStatus: "OFF",
        updatedTime: "1700000000000", dcpStatus: "OFF", timeWindow: 10, smpGroup: 0 });
    case "GET /v5/user/query-api":
      return bybitEnv({ id: "1", note: "conformance", apiKey: BYBIT_KEY, readOnly: 0, secret: "", permissions: { ContractTrade: ["Order", "Position"],
        Spot: ["SpotTrade"], Wallet: ["AccountTransfer"], Options: [], Derivatives: [], Exchange: [], Earn: [], BlockTrade: [], Affiliate: [], NFT: [], CopyTrading: [] },
        ips: ["*"], type: 1, deadlineDay: 90, expiredAt: "2099-01-01T00:00:00Z", createdAt: "2024-01-01T00:00:00Z", unified: 0, uta: 1,
        userID: 1000001, inviterID: 0, vipLevel: "No VIP", mktMakerLevel: "0", affiliateID: 0, rsaPublicKey: "", isMaster: true, parentUid: "0",
        kycLevel: "LEVEL_1", kycRegion: "" });
    case "GET /v5/account/fee-rate":
      return bybitEnv({ list: [{ symbol: q.symbol ?? "BTCUSDT", ...(q.category === "inverse" ? { baseCoin: "ETH" } : {}), takerFeeRate: "0.00055", makerFeeRate: "0.0002" }] });
    case "GET /v5/asset/coin/query-info":
      return bybitEnv({ rows: [
        { name: "USDT", coin: "USDT", remainAmount: "5000000", chains: [{ chainType: "ERC20", confirmation: "6", withdrawFee: "4", depositMin: "0",
          withdrawMin: "10", chain: "ETH", chainDeposit: "1", chainWithdraw: "1", minAccuracy: "4", withdrawPercentageFee: "0", contractAddress: "", safeConfirmNumber: "64" }] },
        { name: "BTC", coin: "BTC", remainAmount: "150", chains: [{ chainType: "BTC", confirmation: "1", withdrawFee: "0.0005", depositMin: "0.0005",
          withdrawMin: "0.001", chain: "BTC", chainDeposit: "1", chainWithdraw: "1", minAccuracy: "8", withdrawPercentageFee: "0", contractAddress: "", safeConfirmNumber: "6" }] },
      ] });
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------- canned Hyperliquid
const HL_META = {
  universe: [
    { szDecimals: 5, name: "BTC", maxLeverage: 40, marginTableId: 56 },
    { szDecimals: 4, name: "ETH", maxLeverage: 25, marginTableId: 55 },
    { szDecimals: 0, name: "ANIME", maxLeverage: 3, marginTableId: 3, onlyIsolated: true, marginMode: "strictIsolated" },
  ],
  marginTables: [
    [3, { description: "", marginTiers: [{ lowerBound: "0.0", maxLeverage: 3 }] }],
    [55, { description: "tiered 25x", marginTiers: [{ lowerBound: "0.0", maxLeverage: 25 }, { lowerBound: "100000000.0", maxLeverage: 15 }] }],
    [56, { description: "tiered 40x", marginTiers: [{ lowerBound: "0.0", maxLeverage: 40 }, { lowerBound: "150000000.0", maxLeverage: 20 }] }],
  ],
  collateralToken: 0,
};
const ctx = (mark) => ({ funding: "0.0000125", openInterest: "1000.0", prevDayPx: mark, dayNtlVlm: "1000000.0", premium: "0.0",
  oraclePx: mark, markPx: mark, midPx: mark, impactPxs: [mark, mark], dayBaseVlm: "100.0" });
const HL_CTXS = [ctx("60500.0"), ctx("3000.0"), ctx("0.01234")];
const HL_SPOT_META = {
  universe: [{ tokens: [1, 0], name: "PURR/USDC", index: 0, isCanonical: true }],
  tokens: [
    { name: "USDC", szDecimals: 8, weiDecimals: 8, index: 0, tokenId: "0x6d1e7cde53ba9467b783cb7c530ce054", isCanonical: true, evmContract: null, fullName: null, deployerTradingFeeShare: "0.0" },
    { name: "PURR", szDecimals: 0, weiDecimals: 5, index: 1, tokenId: "0xc1fb593aeffbeb02f85e0308e9956a90", isCanonical: true, evmContract: null, fullName: null, deployerTradingFeeShare: "0.0" },
  ],
};
const HL_CHS = () => ({
  marginSummary: { accountValue: "13109.482328", totalNtlPos: "100.02765", totalRawUsd: "13009.454678", totalMarginUsed: "4.967826" },
  crossMarginSummary: { accountValue: "13104.514502", totalNtlPos: "0.0", totalRawUsd: "13104.514502", totalMarginUsed: "0.0" },
  crossMaintenanceMarginUsed: "0.0",
  withdrawable: "13104.514502",
  assetPositions: [{ type: "oneWay", position: { coin: "ETH", szi: "0.0335", leverage: { type: "isolated", value: 20, rawUsd: "-95.059824" },
    entryPx: "2986.3", positionValue: "100.02765", unrealizedPnl: "-0.0134", returnOnEquity: "-0.0026789", liquidationPx: "2866.26936529",
    marginUsed: "4.967826", maxLeverage: 25, cumFunding: { allTime: "514.085417", sinceOpen: "0.0", sinceChange: "0.0" } } }],
  time: now(),
});
const OK_DEFAULT = { status: "ok", response: { type: "default" } };

function hlInfo(body) {
  switch (body?.type) {
    case "meta": return HL_META;
    case "metaAndAssetCtxs": return [HL_META, HL_CTXS];
    case "spotMeta": return HL_SPOT_META;
    case "spotMetaAndAssetCtxs": return [HL_SPOT_META, [{ ...ctx("0.2"), coin: "PURR/USDC", circulatingSupply: "1.0", totalSupply: "1.0" }]];
    case "perpDexs": return [null];
    case "userAbstraction": return "disabled";
    case "clearinghouseState": return HL_CHS();
    case "spotClearinghouseState": return { balances: [{ coin: "USDC", token: 0, total: "100.0", hold: "0.0", entryNtl: "0.0" }] };
    case "allMids": return { BTC: "60500.0", ETH: "3000.0", ANIME: "0.01234" };
    case "userRole": return { role: "user" };
    case "maxBuilderFee": return 0;
    case "activeAssetData": return { user: body.user, coin: body.coin, leverage: { type: "isolated", value: 20, rawUsd: "-95.059824" },
      maxTradeSzs: ["10.0", "10.0"], availableToTrade: ["1000.0", "1000.0"], markPx: "3000.0" };
    default: return undefined;
  }
}

let oid = 1000;
function hlExchange(body) {
  const a = body?.action;
  switch (a?.type) {
    case "order":
      return { status: "ok", response: { type: "order", data: { statuses: a.orders.map((o) =>
        o.t?.limit?.tif === "Gtc" || o.t?.limit?.tif === "Alo" ? { resting: { oid: ++oid, ...(o.c ? { cloid: o.c } : {}) } }
          : { filled: { totalSz: o.s, avgPx: "3000.0", oid: ++oid, ...(o.c ? { cloid: o.c } : {}) } }) } } };
    case "cancel":
      return { status: "ok", response: { type: "cancel", data: { statuses: a.cancels.map(() => "success") } } };
    case "updateLeverage": case "updateIsolatedMargin": case "topUpIsolatedOnlyMargin": case "approveAgent":
    case "approveBuilderFee": case "setReferrer": case "noop": case "scheduleCancel":
      return OK_DEFAULT;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------- drivers
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const PORT = server.address().port;
const BASE = `http://127.0.0.1:${PORT}`;

const results = [];
async function step(name, fn) {
  phase = name;
  const from = records.length;
  let outcome;
  try {
    const v = await fn();
    outcome = "ok → " + summarize(v);
  } catch (e) {
    outcome = "THREW " + (e?.constructor?.name ?? typeof e) + ": " + String(e?.message ?? JSON.stringify(e)).slice(0, 300);
  }
  results.push({ name, outcome, reqs: records.slice(from) });
}
function summarize(v) {
  const s = JSON.stringify(v, (k, x) => (typeof x === "bigint" ? String(x) : x));
  return s === undefined ? "undefined" : s.length > 400 ? s.slice(0, 400) + "…" : s;
}

async function runBybitApi() {
  const c = new RestClientV5({ key: BYBIT_KEY, secret: BYBIT_SECRET, baseUrl: BASE });
  await step("bybit-api getServerTime", () => c.getServerTime());
  await step("bybit-api addOrReduceMargin", () => c.addOrReduceMargin({ category: "inverse", symbol: "ETHUSD", margin: "0.01", positionIdx: 0 }));
  await step("bybit-api getPositionInfo", () => c.getPositionInfo({ category: "linear", symbol: "BTCUSDT" }));
  await step("bybit-api setLeverage", () => c.setLeverage({ category: "linear", symbol: "BTCUSDT", buyLeverage: "10", sellLeverage: "10" }));
  await step("bybit-api setAutoAddMargin", () => c.setAutoAddMargin({ category: "linear", symbol: "BTCUSDT", autoAddMargin: 1, positionIdx: 0 }));
  await step("bybit-api submitOrder Market", () => c.submitOrder({ category: "linear", symbol: "BTCUSDT", side: "Buy", orderType: "Market", qty: "0.01", positionIdx: 0 }));
  await step("bybit-api getWalletBalance", () => c.getWalletBalance({ accountType: "UNIFIED", coin: "USDT" }));
  await step("bybit-api getAccountInfo", () => c.getAccountInfo());
  await step("bybit-api getFeeRate", () => c.getFeeRate({ category: "linear", symbol: "BTCUSDT" }));
  await step("bybit-api getInstrumentsInfo", () => c.getInstrumentsInfo({ category: "linear", symbol: "BTCUSDT" }));
  await step("bybit-api getTickers", () => c.getTickers({ category: "linear", symbol: "BTCUSDT" }));
  await step("bybit-api getRiskLimit", () => c.getRiskLimit({ category: "linear", symbol: "BTCUSDT" }));
  // time sync: off by default; with enable_time_sync the first private call waits for GET /v5/market/time
  const ts = new RestClientV5({ key: BYBIT_KEY, secret: BYBIT_SECRET, baseUrl: BASE, enable_time_sync: true, sync_interval_ms: 1e9 });
  await step("bybit-api(enable_time_sync) getPositionInfo", () => ts.getPositionInfo({ category: "inverse", symbol: "ETHUSD" }));
  // RSA key: pass the PKCS#8 PEM as `secret`; the library switches to RSASSA-PKCS1-v1_5 + base64 when it contains "PRIVATE KEY"
  const rsa = new RestClientV5({ key: BYBIT_RSA_KEY, secret: RSA.privateKey, baseUrl: BASE });
  await step("bybit-api(RSA) addOrReduceMargin", () => rsa.addOrReduceMargin({ category: "linear", symbol: "BTCUSDT", margin: "-5", positionIdx: 0 }));
  // parseAPIRateLimits: only adds a parsed `rateLimitApi` to the returned object
  const rl = new RestClientV5({ key: BYBIT_KEY, secret: BYBIT_SECRET, baseUrl: BASE, parseAPIRateLimits: true });
  await step("bybit-api(parseAPIRateLimits) getPositionInfo", () => rl.getPositionInfo({ category: "linear", symbol: "BTCUSDT" }));
}

async function runCcxtBybit() {
  const mk = (opts = {}) => {
    const ex = new ccxt.bybit({ apiKey: BYBIT_KEY, secret: BYBIT_SECRET, enableRateLimit: false, options: opts });
    ex.urls.api = { spot: BASE, futures: BASE, v2: BASE, public: BASE, private: BASE }; // every key of urls.api
    return ex;
  };
  const ex = mk();
  await step("ccxt-bybit loadMarkets", () => ex.loadMarkets().then((m) => Object.keys(m)));
  await step("ccxt-bybit createOrder market (first private trading call)", () => ex.createOrder("BTC/USDT:USDT", "market", "buy", 0.01));
  await step("ccxt-bybit fetchPositions(inverse)", () => ex.fetchPositions(["ETH/USD:ETH"]));
  await step("ccxt-bybit fetchPositions(linear)", () => ex.fetchPositions(["BTC/USDT:USDT"]));
  await step("ccxt-bybit fetchPositions() no symbol", () => ex.fetchPositions().then((p) => p.length));
  await step("ccxt-bybit addMargin", () => ex.addMargin("ETH/USD:ETH", 0.01));
  await step("ccxt-bybit reduceMargin", () => ex.reduceMargin("ETH/USD:ETH", 0.01));
  await step("ccxt-bybit implicit privatePostV5PositionAddMargin", () =>
    ex.privatePostV5PositionAddMargin({ category: "inverse", symbol: "ETHUSD", margin: "0.01", positionIdx: 0 }));
  await step("ccxt-bybit setLeverage", () => ex.setLeverage(10, "BTC/USDT:USDT"));
  await step("ccxt-bybit setMarginMode(isolated) [UTA]", () => ex.setMarginMode("isolated", "BTC/USDT:USDT"));
  await step("ccxt-bybit fetchBalance", () => ex.fetchBalance().then((b) => ({ USDT: b.USDT })));
  // pre-seeding the account-type options skips GET /v5/user/query-api + /v5/account/info
  const pre = mk({ enableUnifiedAccount: true, enableUnifiedMargin: false, unifiedMarginStatus: 6 });
  pre.has.fetchCurrencies = false;                       // skips private GET /v5/asset/coin/query-info in loadMarkets
  pre.options.fetchMarkets.types = ["linear", "inverse"]; // skips spot + 6 option-category requests
  await step("ccxt-bybit(pre-seeded, types=[linear,inverse], no currencies) loadMarkets", () => pre.loadMarkets().then((m) => Object.keys(m)));
  await step("ccxt-bybit(pre-seeded) createOrder market", () => pre.createOrder("BTC/USDT:USDT", "market", "sell", 0.01, undefined, { positionIdx: 0 }));
  const classic = mk({ enableUnifiedAccount: false, enableUnifiedMargin: false });
  classic.has.fetchCurrencies = false;
  classic.options.fetchMarkets.types = ["linear", "inverse"];
  await step("ccxt-bybit(non-UTA) setMarginMode(isolated)", () => classic.setMarginMode("isolated", "ETH/USD:ETH", { leverage: 12 }));
}

async function runCcxtHyperliquid() {
  const mk = (opts = {}) => {
    const ex = new ccxt.hyperliquid({ walletAddress: HL_ADDR, privateKey: HL_PK, enableRateLimit: false, options: opts });
    ex.setSandboxMode(true);                      // FIRST: swaps urls.api to testnet and makes signing use source "b"
    ex.urls.api = { public: BASE, private: BASE }; // THEN: point both at the local server
    return ex;
  };
  const ex = mk(); // defaults: builder-fee approval + referrer + userAbstraction side calls happen
  await step("ccxt-hl(defaults) loadMarkets", () => ex.loadMarkets().then((m) => Object.keys(m)));
  await step("ccxt-hl(defaults) createOrder market", () => ex.createOrder("ETH/USDC:USDC", "market", "buy", 0.01, 3000));
  const q = mk({ approvedBuilderFee: true, builderFee: false, refSet: true, enableUnifiedMargin: false,
    fetchMarkets: { types: ["swap"] } });
  await step("ccxt-hl(quiet) loadMarkets", () => q.loadMarkets().then((m) => Object.keys(m)));
  await step("ccxt-hl(quiet) createOrder market", () => q.createOrder("ETH/USDC:USDC", "market", "buy", 0.01, 3000));
  await step("ccxt-hl(quiet) createOrder limit IOC", () => q.createOrder("ETH/USDC:USDC", "limit", "sell", 0.01, 2999.5, { timeInForce: "IOC" }));
  await step("ccxt-hl addMargin", () => q.addMargin("ETH/USDC:USDC", 1.7));
  await step("ccxt-hl reduceMargin", () => q.reduceMargin("ETH/USDC:USDC", 2.5));
  await step("ccxt-hl addMargin(vaultAddress)", () => q.addMargin("ETH/USDC:USDC", 1, { vaultAddress: HL_VAULT }));
  await step("ccxt-hl fetchPositions", () => q.fetchPositions());
  await step("ccxt-hl setLeverage", () => q.setLeverage(10, "ETH/USDC:USDC", { marginMode: "isolated" }));
  await step("ccxt-hl setMarginMode", () => q.setMarginMode("isolated", "ETH/USDC:USDC", { leverage: 5 }));
  const m = mk({ fetchMarkets: { types: ["swap"] } }); // mainnet signing check: no setSandboxMode
  m.setSandboxMode(false); m.urls.api = { public: BASE, private: BASE };
  m.options.approvedBuilderFee = true; m.options.refSet = true; m.options.enableUnifiedMargin = false;
  await step("ccxt-hl(no sandbox) addMargin", () => m.addMargin("ETH/USDC:USDC", 1));
}

async function runNktkas() {
  const wallet = privateKeyToAccount(HL_PK);
  const transport = new hl.HttpTransport({ isTestnet: true, apiUrl: BASE, timeout: 5000 });
  const info = new hl.InfoClient({ transport });
  const exch = new hl.ExchangeClient({ transport, wallet });
  await step("nktkas meta", () => info.meta().then((r) => r.universe.map((u) => u.name)));
  await step("nktkas clearinghouseState", () => info.clearinghouseState({ user: HL_ADDR }).then((r) => r.assetPositions.length));
  await step("nktkas updateLeverage", () => exch.updateLeverage({ asset: 1, isCross: false, leverage: 20 }));
  await step("nktkas order IOC", () => exch.order({ orders: [{ a: 1, b: true, p: "3010.0", s: "0.0100", r: false, t: { limit: { tif: "Ioc" } } }], grouping: "na" }));
  await step("nktkas updateIsolatedMargin add", () => exch.updateIsolatedMargin({ asset: 1, isBuy: true, ntli: 1_000_000 }));
  await step("nktkas updateIsolatedMargin remove", () => exch.updateIsolatedMargin({ asset: 1, isBuy: true, ntli: -1_000_000 }));
  await step("nktkas topUpIsolatedOnlyMargin", () => exch.topUpIsolatedOnlyMargin({ asset: 2, leverage: "2.50" }));
  await step("nktkas approveAgent(named)", () => exch.approveAgent({ agentAddress: HL_AGENT, agentName: "bot1" }));
  await step("nktkas approveAgent(unnamed)", () => exch.approveAgent({ agentAddress: HL_AGENT }));
  await step("nktkas updateIsolatedMargin vault+expiresAfter", () =>
    exch.updateIsolatedMargin({ asset: 1, isBuy: false, ntli: 2_500_000 }, { vaultAddress: "0x1719884EB866CB12B2287399B15F7DB5E7D775EA", expiresAfter: now() + 60_000 }));
  await step("nktkas utils SymbolConverter.create", async () => {
    const { SymbolConverter } = await import("@nktkas/hyperliquid/utils");
    const s = await SymbolConverter.create({ transport });
    return { ETH: s.getAssetId("ETH"), ANIME: s.getAssetId("ANIME"), "PURR/USDC": s.getAssetId("PURR/USDC") };
  });
  const main = new hl.ExchangeClient({ transport: new hl.HttpTransport({ apiUrl: BASE }), wallet });
  await step("nktkas(isTestnet default=false) updateIsolatedMargin", () => main.updateIsolatedMargin({ asset: 1, isBuy: true, ntli: 1_000_000 }));
  // error surfaces
  await step("nktkas error: status err", async () => { errMode = "err"; try { return await exch.updateIsolatedMargin({ asset: 1, isBuy: true, ntli: 1 }); } finally { errMode = null; } });
  await step("nktkas error: HTTP 422 text/plain", async () => { errMode = "422"; try { return await exch.updateIsolatedMargin({ asset: 1, isBuy: true, ntli: 1 }); } finally { errMode = null; } });
}

// error injection for /exchange (used by the nktkas error steps)
let errMode = null;
const origEmit = server.emit.bind(server);
server.emit = function (ev, req, res) {
  if (ev === "request" && errMode && req.url === "/exchange") {
    const mode = errMode;
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      records.push({ phase, method: req.method, path: "/exchange", query: "", headers: req.headers, rawBody: Buffer.concat(chunks).toString(), note: "error-injected " + mode });
      if (mode === "err") { res.writeHead(200, { "Content-Type": "application/json" }); res.end(JSON.stringify({ status: "err", response: "Update to isolated margin cannot be zero." })); }
      else { res.writeHead(422, { "Content-Type": "text/plain; charset=utf-8" }); res.end("Failed to deserialize the JSON body into the target type: action: unknown variant"); }
    });
    return true;
  }
  return origEmit(ev, req, res);
};

// ---------------------------------------------------------------- main
const args = process.argv.slice(2);
const jsonIdx = args.indexOf("--json");
const jsonOut = jsonIdx >= 0 ? args.splice(jsonIdx, 2)[1] : undefined;
const want = args.length ? new Set(args) : new Set(["bybit-api", "ccxt-bybit", "ccxt-hyperliquid", "nktkas"]);
console.log(`# capture.mjs — recorder on ${BASE} — node ${process.version}, ccxt ${ccxt.version} (package 4.5.84), ` +
  `bybit-api ${JSON.parse(fs.readFileSync(new URL("./node_modules/bybit-api/package.json", import.meta.url))).version}, ` +
  `@nktkas/hyperliquid ${JSON.parse(fs.readFileSync(new URL("./node_modules/@nktkas/hyperliquid/package.json", import.meta.url))).version}`);
console.log(`# HL signer ${HL_ADDR}; Bybit key "${BYBIT_KEY}" (HMAC) / "${BYBIT_RSA_KEY}" (RSA)`);

if (want.has("bybit-api")) await runBybitApi();
if (want.has("ccxt-bybit")) await runCcxtBybit();
if (want.has("ccxt-hyperliquid")) await runCcxtHyperliquid();
if (want.has("nktkas")) await runNktkas();

const SHOW_HEADERS = /^(x-bapi-|x-referer|referer|content-type|user-agent|accept-encoding)/i;
for (const r of results) {
  console.log(`\n## ${r.name}\n   result: ${r.outcome}`);
  for (const q of r.reqs) {
    const hs = Object.entries(q.headers).filter(([k]) => SHOW_HEADERS.test(k)).map(([k, v]) => `${k}: ${v}`).join(" | ");
    console.log(`   ${q.method} ${q.path}${q.query ? "?" + q.query : ""}${q.unhandled ? "   <-- UNHANDLED (404)" : ""}${q.note ? "   [" + q.note + "]" : ""}`);
    if (q.rawBody) console.log(`      body: ${q.rawBody.length > 700 ? q.rawBody.slice(0, 700) + "…" : q.rawBody}`);
    console.log(`      hdrs: ${hs}`);
    if (q.sig) console.log(`      sig:  ${q.sig}`);
  }
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(records, null, 1));
server.close();
process.exit(0);
