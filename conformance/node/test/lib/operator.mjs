// Shared helper for the conformance tests: environment, a loopback-only network guard, and the operator API
// (shared/spec/operator-api.md) through fetch. Import this module FIRST in every test file, so the guard is in
// place before any client SDK is loaded.
import net from "node:net";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { PLAIN_DECIMAL, q } from "./exact.mjs";

// ---------------------------------------------------------------- loopback guard
// A mis-configured client must fail loudly instead of reaching a real venue (api.bybit.com, hyperliquid-testnet…).
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "::ffff:127.0.0.1"]);
if (!net.Socket.prototype.__isomarginGuard) {
  const origConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const o = typeof args[0] === "object" && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : { host: args[1] };
    const host = o?.host ?? o?.hostname ?? "localhost";
    if (!o?.path && !LOOPBACK.has(String(host))) {
      throw new Error(`conformance guard: refused a connection to non-loopback host ${host}`);
    }
    return origConnect.apply(this, args);
  };
  net.Socket.prototype.__isomarginGuard = true;
}

// ---------------------------------------------------------------- environment
function env(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the suite through conformance/run.sh (or export ISOMARGIN_PUBLIC_URL, ISOMARGIN_ADMIN_URL, ISOMARGIN_ADMIN_TOKEN)`);
  return v.replace(/\/+$/, "");
}
export const PUBLIC_URL = env("ISOMARGIN_PUBLIC_URL"); // e.g. http://127.0.0.1:3001 (no path, no trailing slash: CLIENTS.md §2)
export const ADMIN_URL = env("ISOMARGIN_ADMIN_URL");
const ADMIN_TOKEN = env("ISOMARGIN_ADMIN_TOKEN");

// ---------------------------------------------------------------- operator API
export class OperatorError extends Error {
  constructor(method, path, status, body) {
    super(`operator ${method} ${path} → HTTP ${status} ${typeof body === "string" ? body : JSON.stringify(body)}`);
    this.status = status;
    this.body = body;
  }
}

/** One operator call; resolves to the parsed JSON body, rejects with OperatorError on a non-2xx status. */
export async function admin(method, path, body) {
  const res = await fetch(ADMIN_URL + path, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = text; }
  if (!res.ok) throw new OperatorError(method, path, res.status, json);
  return json;
}

export const op = {
  /** {} or {address:"0x…"} → {uid, address} */
  createAccount: (body = {}) => admin("POST", "/admin/accounts", body),
  /** {} → HMAC {apiKey, apiSecret}; {rsaPublicKey: PEM} → {apiKey} */
  apiKey: (uid, body = { readOnly: false }) => admin("POST", `/admin/accounts/${uid}/api-keys`, body),
  deposit: (uid, coin, amount, txId) => admin("POST", `/admin/accounts/${uid}/deposits`, { coin, amount: String(amount), ...(txId ? { txId } : {}) }),
  withdraw: (uid, coin, amount) => admin("POST", `/admin/accounts/${uid}/withdrawals`, { coin, amount: String(amount) }),
  account: (uid) => admin("GET", `/admin/accounts/${uid}`),
  subAccount: (uid, body = {}) => admin("POST", `/admin/accounts/${uid}/sub-accounts`, body),
  feeRates: (uid, body) => admin("PUT", `/admin/accounts/${uid}/fee-rates`, body),
  putMarket: (symbol, def) => admin("PUT", `/admin/markets/${symbol}`, def),
  markets: () => admin("GET", "/admin/markets"),
  importPosition: (uid, symbol, body) => admin("PUT", `/admin/accounts/${uid}/positions/${symbol}`, body),
  /** marks({BTCUSDT: "60000", …}) — applied in the given order */
  marks: (obj) => admin("POST", "/admin/mark-prices", { prices: Object.entries(obj).map(([symbol, markPrice]) => ({ symbol, markPrice: String(markPrice) })) }),
  fill: (body) => admin("POST", "/admin/fills", body),
};

/** A Bybit account with an HMAC key and a deposit: {uid, apiKey, apiSecret}. */
export async function bybitAccount(deposits = { USDT: "10000" }, accountBody = {}) {
  const { uid } = await op.createAccount(accountBody);
  const { apiKey, apiSecret } = await op.apiKey(uid);
  for (const [coin, amount] of Object.entries(deposits)) await op.deposit(uid, coin, amount);
  return { uid, apiKey, apiSecret };
}

/** A fresh random secp256k1 key (hex, 0x-prefixed). */
export const randomPrivateKey = () => "0x" + crypto.randomBytes(32).toString("hex");

// ---------------------------------------------------------------- market templates (operator-api.md shapes)
export function bybitLinearMarket(base, over = {}) {
  return {
    venue: "bybit", category: "linear", baseCoin: base, quoteCoin: "USDT", settleCoin: "USDT",
    tickSize: "0.10", qtyStep: "0.001", minOrderQty: "0.001", maxOrderQty: "100",
    takerFee: "0.00055", makerFee: "0.0002",
    riskTiers: [
      { id: 1, riskLimitValue: "2000000", maintenanceMargin: "0.005", initialMargin: "0.01", maxLeverage: "100", mmDeduction: "0" },
      { id: 2, riskLimitValue: "4000000", maintenanceMargin: "0.01", initialMargin: "0.02", maxLeverage: "50", mmDeduction: "10000" },
    ],
    ...over,
  };
}
export function hlMarket(assetIndex, over = {}) {
  return {
    venue: "hyperliquid", assetIndex, szDecimals: 4, marginMode: "normal", takerFee: "0.00045", makerFee: "0.00015",
    marginTiers: [{ lowerBound: "0", maxLeverage: 25 }, { lowerBound: "100000000", maxLeverage: 15 }],
    ...over,
  };
}

// ---------------------------------------------------------------- assertions
/** `actual` must be a plain decimal string (never a number, null or exponent) equal to `expected` (exact, any trailing zeros). */
export function assertDec(actual, expected, label = "value") {
  assert.equal(typeof actual, "string", `${label}: expected a decimal string, got ${JSON.stringify(actual)}`);
  assert.match(actual, PLAIN_DECIMAL, `${label}: not a plain decimal: ${JSON.stringify(actual)}`);
  const e = q(expected);
  assert.ok(q(actual).eq(e), `${label}: server says ${actual}, independent computation says ${e.toString()}`);
}

/** Like assertDec but for a JS number parsed by a client (ccxt): compare within a relative 1e-12. */
export function assertNum(actual, expected, label = "value") {
  assert.equal(typeof actual, "number", `${label}: expected a number, got ${JSON.stringify(actual)}`);
  const e = q(expected).toNumber();
  const tol = Math.max(Math.abs(e) * 1e-12, 1e-15);
  assert.ok(Math.abs(actual - e) <= tol, `${label}: client parsed ${actual}, independent computation says ${q(expected).toString()}`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A price the venue displays rounded (Hyperliquid liquidationPx: 8 decimals): `actual` must be a plain decimal string within
 * `tol` of the exact value. Use only where the display rounding is not specified (hyperliquid.md §4.3/§5.5).
 */
export function assertDecClose(actual, expected, tol, label = "value") {
  assert.equal(typeof actual, "string", `${label}: expected a decimal string, got ${JSON.stringify(actual)}`);
  assert.match(actual, PLAIN_DECIMAL, `${label}: not a plain decimal: ${JSON.stringify(actual)}`);
  const diff = q(actual).sub(q(expected)).abs();
  assert.ok(diff.le(q(tol)), `${label}: server says ${actual}, independent computation says ${q(expected).dp(12, "halfUp").toString()} (tolerance ${tol})`);
}

/** Run `fn`, expect it to throw; returns the error. */
export async function rejects(fn, label) {
  try {
    const v = await fn();
    assert.fail(`${label}: expected an error, got ${JSON.stringify(v)}`);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    return e;
  }
}
