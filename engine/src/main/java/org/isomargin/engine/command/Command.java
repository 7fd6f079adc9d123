package org.isomargin.engine.command;

/**
 * A state-changing request, stamped with the time it was logged. The engine uses only this timestamp,
 * never a clock, so replaying the journal rebuilds the same state bit for bit.
 */
public sealed interface Command permits PutMarket, CreateAccount, CreateSubAccount, CreateApiKey, Deposit, Withdraw,
        SetFeeRate, MarkPrices, Fill, ImportBybitPosition, ImportHlPosition, BybitAddMargin, BybitSetLeverage,
        BybitSetMarginMode, BybitSwitchIsolated, BybitSetAutoAddMargin, BybitSwitchMode, BybitPlaceOrder, HlAction,
        SetInstanceId {
    long timestamp();
}
