package org.isomargin.engine.command;

import java.math.BigDecimal;

/** Per-account fee override for one symbol. */
public record SetFeeRate(long timestamp, long uid, String symbol, BigDecimal takerFee, BigDecimal makerFee)
        implements Command {
}
