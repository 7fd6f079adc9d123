package org.isomargin.engine.position;

/** Bybit positionStatus. */
public enum PositionStatus {
    Normal, Liq, Adl
}
