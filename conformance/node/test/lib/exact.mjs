// Exact rational arithmetic on BigInt, for computing expected values independently of the server.
// Every number is n/d with d > 0 and gcd(n, d) = 1. No floating point anywhere, so a rounding rule
// (ceil to 8 dp, toward entry at the tick, half-up) is applied to the exact value, never to an approximation.

const gcd = (a, b) => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};
const floorDiv = (n, d) => {
  // d > 0
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
};

export class Q {
  constructor(n, d = 1n) {
    if (d === 0n) throw new RangeError("division by zero");
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n, d) || 1n;
    this.n = n / g;
    this.d = d / g;
  }
  static of(x) {
    if (x instanceof Q) return x;
    if (typeof x === "bigint") return new Q(x);
    if (typeof x === "number") {
      if (!Number.isInteger(x)) throw new TypeError(`pass decimals as strings, not ${x}`);
      return new Q(BigInt(x));
    }
    const s = String(x).trim();
    const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(s);
    if (!m) throw new TypeError(`not a plain decimal: ${JSON.stringify(x)}`);
    const frac = m[3] ?? "";
    const n = BigInt(m[2] + frac) * (m[1] === "-" ? -1n : 1n);
    return new Q(n, 10n ** BigInt(frac.length));
  }
  add(o) { o = Q.of(o); return new Q(this.n * o.d + o.n * this.d, this.d * o.d); }
  sub(o) { o = Q.of(o); return new Q(this.n * o.d - o.n * this.d, this.d * o.d); }
  mul(o) { o = Q.of(o); return new Q(this.n * o.n, this.d * o.d); }
  div(o) { o = Q.of(o); return new Q(this.n * o.d, this.d * o.n); }
  neg() { return new Q(-this.n, this.d); }
  abs() { return this.n < 0n ? this.neg() : this; }
  sign() { return this.n > 0n ? 1 : this.n < 0n ? -1 : 0; }
  cmp(o) { o = Q.of(o); const x = this.n * o.d - o.n * this.d; return x > 0n ? 1 : x < 0n ? -1 : 0; }
  eq(o) { return this.cmp(o) === 0; }
  lt(o) { return this.cmp(o) < 0; }
  le(o) { return this.cmp(o) <= 0; }
  gt(o) { return this.cmp(o) > 0; }
  ge(o) { return this.cmp(o) >= 0; }
  max(o) { return this.ge(o) ? this : Q.of(o); }
  min(o) { return this.le(o) ? this : Q.of(o); }

  /** Round to a multiple of `step` ("0.05", "0.00000001", …). mode: ceil | floor | halfUp (half away from zero) | trunc. */
  roundTo(step, mode) {
    const st = Q.of(step);
    const r = this.div(st); // r = n/d in units of step
    let k;
    if (mode === "ceil") k = -floorDiv(-r.n, r.d);
    else if (mode === "floor") k = floorDiv(r.n, r.d);
    else if (mode === "trunc") k = r.n / r.d;
    else if (mode === "halfUp") {
      const a = r.abs();
      k = floorDiv(2n * a.n + a.d, 2n * a.d) * (r.n < 0n ? -1n : 1n);
    } else throw new TypeError("mode " + mode);
    return st.mul(new Q(k));
  }
  /** Round to `dp` decimal places. */
  dp(dp, mode) { return this.roundTo(new Q(1n, 10n ** BigInt(dp)), mode); }

  /** Plain decimal string with exactly `dp` decimals; the value must already be a multiple of 10^-dp. */
  toFixed(dp) {
    const scale = 10n ** BigInt(dp);
    if ((this.n * scale) % this.d !== 0n) throw new RangeError(`${this.n}/${this.d} is not exact at ${dp} dp`);
    const v = (this.n * scale) / this.d;
    const neg = v < 0n;
    const digits = (neg ? -v : v).toString().padStart(dp + 1, "0");
    const s = dp ? digits.slice(0, -dp) + "." + digits.slice(-dp) : digits;
    return (neg ? "-" : "") + s;
  }
  /** Shortest plain decimal (throws for non-terminating values). */
  toString() {
    let d = this.d, a = 0, b = 0;
    while (d % 2n === 0n) { d /= 2n; a++; }
    while (d % 5n === 0n) { d /= 5n; b++; }
    if (d !== 1n) return `${this.n}/${this.d}`;
    return this.toFixed(Math.max(a, b)).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  }
  toNumber() { return Number(this.n) / Number(this.d); }
}

export const q = (x) => Q.of(x);

/** Number of decimals a tick/step string carries ("0.05" → 2, "0.10" → 2, "1" → 0). */
export const decimalsOf = (s) => (String(s).split(".")[1] ?? "").length;

export const PLAIN_DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;
