package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 7 over HTTP: a cross position's clearinghouseState shows the venue's liquidationPx (not null), and
 * a mark under it liquidates the cross account. ETH has maxLeverage 50, so l = MMR = 1/100.
 */
class CrossLiquidationTest extends ServerTestBase {
    static final String USER = TestKeys.PY_ADDRESS;
    World world;

    @BeforeEach
    void fresh() {
        world = World.standard();
        world.account(USER, "100");
        server.use(world.dialect());
    }

    /** liq = price − side·(accountValue − MM)/size/(1 − l·side) at mark 3000 (hyperliquid.md §5.5). */
    private static BigDecimal venueLiq() {
        BigDecimal size = new BigDecimal("0.1"), l = new BigDecimal("0.01"), mark = new BigDecimal("3000");
        BigDecimal fee = size.multiply(mark).multiply(World.TAKER);
        BigDecimal accountValue = new BigDecimal("100").subtract(fee); // uPnL 0 at the fill price
        BigDecimal mm = size.multiply(mark).multiply(l);
        return mark.subtract(accountValue.subtract(mm).divide(size, 30, RoundingMode.HALF_UP)
                .divide(BigDecimal.ONE.subtract(l), 30, RoundingMode.HALF_UP));
    }

    @Test
    void crossLongShowsItsLiquidationPriceAndIsLiquidatedUnderIt() {
        assertOk(send(Signed.USER, new UpdateLeverage(1, true, 10)));
        send(Signed.USER, ExchangeMarginFlowTest.ioc(1, true, "3100", "0.1", null));
        JsonNode pos = state(USER).get("assetPositions").get(0).get("position");
        assertEquals("cross", pos.get("leverage").get("type").asText());
        assertFalse(pos.get("liquidationPx").isNull(), pos.toString());
        BigDecimal shown = new BigDecimal(pos.get("liquidationPx").asText());
        assertEquals(0, venueLiq().setScale(8, RoundingMode.HALF_UP).compareTo(shown), shown + " vs " + venueLiq());

        world.marks("ETH", venueLiq().setScale(0, RoundingMode.UP).toPlainString()); // 2022: still above
        assertEquals(1, state(USER).get("assetPositions").size());
        world.marks("ETH", "2021");
        JsonNode after = state(USER);
        assertEquals(0, after.get("assetPositions").size(), after.toString());
        assertTrue(new BigDecimal(after.get("marginSummary").get("accountValue").asText()).signum() >= 0);
    }
}
