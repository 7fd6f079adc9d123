// Independent implementations of the margin formulas of shared/spec/bybit-v5.md §5 and hyperliquid.md §5,
// with the rounding rules of bybit-v5.md §5.5 / docs/margin-rules.md. Inputs are decimal strings; outputs are exact
// rationals (Q) already rounded the way the venue displays them.
import { q } from "./exact.mjs";

const side = (s) => (s === "Buy" || s === 1 ? 1 : -1);
const towardEntry = (x, s, tick) => x.roundTo(tick, s > 0 ? "ceil" : "floor");

/**
 * Bybit linear isolated position (bybit-v5.md §5.3, classic liquidation formula, MM on entry value).
 * p = {side, size, entry, leverage, fee (taker), extra (X), mmr, ded, tick, mark}
 */
export function bybitLinear(p) {
  const s = side(p.side), Q = q(p.size), E = q(p.entry), L = q(p.leverage), f = q(p.fee), X = q(p.extra ?? "0");
  const MMR = q(p.mmr), ded = q(p.ded ?? "0");
  const pv = Q.mul(E);
  const im0 = pv.div(L);
  const fee0 = pv.mul(q(1).sub(q(s).div(L))).mul(f);
  const M = im0.add(X.div(q(1).sub(q(s).mul(f)))); // loss-absorbing margin
  const bustExact = E.sub(q(s).mul(M).div(Q));
  const liqExact = bustExact.add(q(s).mul(pv.mul(MMR).sub(ded)).div(Q));
  const out = {
    positionValue: pv.dp(8, "halfUp"),
    positionIM: im0.add(fee0).add(X).dp(8, "ceil"),
    positionMM: pv.mul(MMR).sub(ded).add(fee0).dp(8, "ceil"),
    bustPrice: towardEntry(bustExact, s, p.tick),
    liqPrice: towardEntry(liqExact, s, p.tick),
    maxReducible: X,
  };
  if (p.mark !== undefined) out.unrealisedPnl = q(s).mul(Q).mul(q(p.mark).sub(E)).dp(8, "halfUp");
  return out;
}

/** Bybit inverse isolated position (bybit-v5.md §5.4, classic liquidation formula). Same inputs; size in USD contracts. */
export function bybitInverse(p) {
  const s = side(p.side), Q = q(p.size), E = q(p.entry), L = q(p.leverage), f = q(p.fee), X = q(p.extra ?? "0");
  const MMR = q(p.mmr), ded = q(p.ded ?? "0");
  const pv = Q.div(E);
  const im0 = pv.div(L);
  const fee0 = pv.mul(q(1).add(q(s).div(L))).mul(f);
  const qOverBust = pv.add(q(s).mul(im0)).add(q(s).mul(X).div(q(1).add(q(s).mul(f))));
  const qOverLiq = qOverBust.sub(q(s).mul(pv.mul(MMR).sub(ded)));
  const out = {
    positionValue: pv.dp(8, "halfUp"),
    positionIM: im0.add(fee0).add(X).dp(8, "ceil"),
    bustPrice: towardEntry(Q.div(qOverBust), s, p.tick),
    liqPrice: towardEntry(Q.div(qOverLiq), s, p.tick),
  };
  if (p.mark !== undefined) out.unrealisedPnl = q(s).mul(Q).mul(q(1).div(E).sub(q(1).div(q(p.mark)))).dp(8, "halfUp");
  return out;
}

/** Bybit taker fee of a fill, rounded up at the coin scale (8 dp). Linear: qty×price×f; inverse: qty/price×f. */
export const bybitFee = (qty, price, f, inverse = false) =>
  (inverse ? q(qty).div(q(price)) : q(qty).mul(q(price))).mul(q(f)).dp(8, "ceil");

/**
 * Hyperliquid isolated position (hyperliquid.md §4.3, §5.2, §5.5).
 * p = {szi, entry, margin (USDC held by the position), mark, leverage, tiers:[{lowerBound, maxLeverage}]}
 */
export function hlIsolated(p) {
  const szi = q(p.szi), E = q(p.entry), mark = q(p.mark), margin = q(p.margin);
  const rawUsd = margin.sub(szi.mul(E));
  const ntl = szi.abs().mul(mark);
  const marginUsed = rawUsd.add(szi.mul(mark)); // equity
  const upnl = szi.mul(mark.sub(E));
  return {
    rawUsd, marginUsed, positionValue: ntl, unrealizedPnl: upnl,
    liquidationPx: hlLiquidationPx(rawUsd, szi, p.tiers),
    /** the removal floor of hyperliquid.md §5.3 */
    transferFloor: ntl.div(q(p.leverage)).max(ntl.mul(q("0.1"))),
  };
}

/** Tier-aware closed form of hyperliquid.md §5.5: p_t = (rawUsd + ded_t) / (|szi|·mmr_t − szi); null when no positive price. */
export function hlLiquidationPx(rawUsd, szi, tiers) {
  rawUsd = q(rawUsd); szi = q(szi);
  const ts = [...tiers].map((t) => ({ lb: q(t.lowerBound), mmr: q(1).div(q(2 * t.maxLeverage)) })).sort((a, b) => a.lb.cmp(b.lb));
  let ded = q(0);
  for (let i = 0; i < ts.length; i++) {
    if (i > 0) ded = ded.add(ts[i].lb.mul(ts[i].mmr.sub(ts[i - 1].mmr)));
    const den = szi.abs().mul(ts[i].mmr).sub(szi);
    if (den.sign() === 0) continue;
    const px = rawUsd.add(ded).div(den);
    if (px.sign() <= 0) continue;
    const ntl = szi.abs().mul(px);
    const upper = ts[i + 1]?.lb;
    if (ntl.ge(ts[i].lb) && (upper === undefined || ntl.lt(upper))) return px;
  }
  return null;
}
