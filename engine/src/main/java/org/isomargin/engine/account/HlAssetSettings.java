package org.isomargin.engine.account;

/** Leverage type and value an account set for one Hyperliquid asset (updateLeverage). */
public record HlAssetSettings(boolean cross, int leverage) {
}
