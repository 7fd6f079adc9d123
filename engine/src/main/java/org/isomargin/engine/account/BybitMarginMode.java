package org.isomargin.engine.account;

/** Bybit UTA account-level margin mode (POST /v5/account/set-margin-mode). */
public enum BybitMarginMode { ISOLATED_MARGIN, REGULAR_MARGIN, PORTFOLIO_MARGIN }
