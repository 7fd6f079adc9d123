/**
 * The Bybit V5 HTTP dialect ({@link org.isomargin.bybit.http.BybitDialect}): routing, auth and rate limits,
 * parameter checks, engine calls through the gateway, and the Bybit envelope. Wire choices where the spec is
 * silent (bybit-v5.md; CLIENTS.md for what clients read):
 * <ul>
 *   <li>Unknown /v5 path or wrong method: HTTP 404, retCode 10017 "Route not found."; everything else HTTP 200.</li>
 *   <li>Parameter refusals: 10001 "params error: &lt;field&gt; &lt;problem&gt;"; "" counts as absent.</li>
 *   <li>Prices at the tick scale, margins (positionIM/MM) at 8 dp; inverse coin amounts (value, PnL) at 8 dp,
 *       USDT amounts plain; wallet amounts plain; "" where there is no value, never null.</li>
 *   <li>Position list: tradeMode 1 isolated / 0 cross (ccxt reads it), seq = last update ms or −1, bustPrice real.</li>
 *   <li>Order and execution ids: UUIDs derived one-to-one from the engine's numeric ids.</li>
 *   <li>order/realtime follows Bybit: openOnly 0 lists open orders (none ever rest here), 1 the recent closed
 *       ones; an orderId or orderLinkId finds its order either way. order/history lists them all.</li>
 * </ul>
 */
package org.isomargin.bybit.http;
