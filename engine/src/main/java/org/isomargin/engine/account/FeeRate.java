package org.isomargin.engine.account;

import java.math.BigDecimal;

/** Per-account taker/maker fee override for one symbol. */
public record FeeRate(BigDecimal takerFee, BigDecimal makerFee) {
}
