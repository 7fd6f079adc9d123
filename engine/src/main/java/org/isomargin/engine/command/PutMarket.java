package org.isomargin.engine.command;

import org.isomargin.engine.market.Market;

/** Creates or replaces a market (operator). */
public record PutMarket(long timestamp, Market market) implements Command {
}
