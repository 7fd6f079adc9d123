package org.isomargin.hyperliquid.http;

import java.math.BigDecimal;

/** The {@code dir} of a fill: what it did to the position it started from. */
final class FillDirection {

    private FillDirection() {
    }

    /**
     * @param startPosition signed size before the fill
     * @param side +1 buy, −1 sell
     * @param size unsigned fill size
     * @return "Open Long", "Open Short", "Close Long", "Close Short", "Long &gt; Short" or "Short &gt; Long"
     */
    static String of(BigDecimal startPosition, int side, BigDecimal size) {
        int start = startPosition.signum();
        if (start == 0 || start == side) {
            return side > 0 ? "Open Long" : "Open Short";
        }
        boolean flips = size.compareTo(startPosition.abs()) > 0;
        if (start > 0) {
            return flips ? "Long > Short" : "Close Long";
        }
        return flips ? "Short > Long" : "Close Short";
    }
}
