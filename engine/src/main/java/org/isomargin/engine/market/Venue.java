package org.isomargin.engine.market;

/** Which public dialect a market belongs to; decides the rule set applied to its positions. */
public enum Venue { BYBIT, HYPERLIQUID }
