package org.isomargin.bybit.http;

import java.math.BigDecimal;

/**
 * One coin of the wallet-balance answer, computed on the engine thread. {@code available} is the engine's
 * free balance (wallet − Σ positionIM), Bybit's isolated-mode availableToWithdraw (bybit-v5.md §4.10).
 */
record CoinBalance(String coin, BigDecimal walletBalance, BigDecimal available, BigDecimal positionIM,
                   BigDecimal positionMM, BigDecimal unrealisedPnl, BigDecimal cumRealisedPnl) {

    BigDecimal equity() { return walletBalance.add(unrealisedPnl); }
}
