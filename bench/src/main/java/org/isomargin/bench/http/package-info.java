/**
 * HTTP load generators against the real server: {@link org.isomargin.bench.http.BybitLoad} (HMAC-signed
 * add-margin against public server time) and {@link org.isomargin.bench.http.HyperliquidLoad} (pre-signed
 * updateIsolatedMargin against raw secp256k1 recovery). Each starts {@code server/target/isomargin.jar} as a
 * subprocess on loopback ports with a fresh data directory, sets accounts up through the operator API, drives a
 * closed-loop Vert.x HTTP client, measures server, client and foreign CPU per window from /proc, and prints a Markdown
 * table for BENCHMARKS.md with the exact command line. Everything is bounded (request counts, durations, a
 * watchdog) and stops the server afterwards.
 */
package org.isomargin.bench.http;
