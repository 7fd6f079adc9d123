package org.isomargin.engine.command;

import java.math.BigDecimal;
import java.util.List;

/** Mark-price updates applied in order; each may trigger auto-add-margin and liquidations. */
public record MarkPrices(long timestamp, List<Mark> prices) implements Command {
    public MarkPrices {
        prices = List.copyOf(prices);
    }

    public record Mark(String symbol, BigDecimal price) {
    }
}
