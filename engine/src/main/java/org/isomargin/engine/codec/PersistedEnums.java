package org.isomargin.engine.codec;

import java.util.Map;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.LedgerEntry;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.position.PositionStatus;

/**
 * The codes of every enum that journals and snapshots hold. They are part of the on-disk format: give a new
 * constant a new code, never reuse or renumber one. (They equal the declaration order of the first release, so
 * every data directory written before they were spelled out reads the same.)
 */
final class PersistedEnums {
    private PersistedEnums() {}

    static final EnumCodes<BybitCategory> CATEGORY = EnumCodes.of(BybitCategory.class,
            Map.of(BybitCategory.LINEAR, 0, BybitCategory.INVERSE, 1));

    static final EnumCodes<BybitMarginMode> MARGIN_MODE = EnumCodes.of(BybitMarginMode.class,
            Map.of(BybitMarginMode.ISOLATED_MARGIN, 0, BybitMarginMode.REGULAR_MARGIN, 1, BybitMarginMode.PORTFOLIO_MARGIN, 2));

    static final EnumCodes<HlMarginMode> HL_MARGIN_MODE = EnumCodes.of(HlMarginMode.class,
            Map.of(HlMarginMode.NORMAL, 0, HlMarginMode.NO_CROSS, 1, HlMarginMode.STRICT_ISOLATED, 2));

    static final EnumCodes<PositionStatus> POSITION_STATUS = EnumCodes.of(PositionStatus.class,
            Map.of(PositionStatus.Normal, 0, PositionStatus.Liq, 1, PositionStatus.Adl, 2));

    static final EnumCodes<Execution.Kind> EXECUTION_KIND = EnumCodes.of(Execution.Kind.class,
            Map.of(Execution.Kind.TRADE, 0, Execution.Kind.LIQUIDATION, 1));

    static final EnumCodes<LedgerEntry.Type> LEDGER_TYPE = EnumCodes.of(LedgerEntry.Type.class,
            Map.of(LedgerEntry.Type.DEPOSIT, 0, LedgerEntry.Type.WITHDRAW, 1, LedgerEntry.Type.ISOLATED_MARGIN, 2,
                    LedgerEntry.Type.AUTO_ADD_MARGIN, 3, LedgerEntry.Type.LIQUIDATION, 4));
}
