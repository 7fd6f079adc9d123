package org.isomargin.hyperliquid.http;

import java.math.BigDecimal;

/** One of clearinghouseState's {@code marginSummary} / {@code crossMarginSummary} objects, unrounded. */
record MarginSummary(BigDecimal accountValue, BigDecimal totalNtlPos, BigDecimal totalRawUsd,
                     BigDecimal totalMarginUsed) {

    static final MarginSummary EMPTY = new MarginSummary(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);
}
