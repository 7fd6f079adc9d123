package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.codec.CommandCodec;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.HlMarginMode;
import org.junit.jupiter.api.Test;

/**
 * A command type added without a journal code, a codec or an engine handler fails here (issue 9 item 5): every
 * permitted subtype of Command needs a sample below, and each sample must round-trip through the codec and be
 * handled by the engine (an answer, accepted or refused, never "unknown command").
 */
class EveryCommandPersistsTest {
    static final String USER = "0x14791697260e4c9a71f18484c9f997b308e59325";
    static final long UID = org.isomargin.engine.state.EngineState.FIRST_UID;

    static List<Command> samples() {
        List<HlActionBody> bodies = List.of(
                new HlActionBody.UpdateIsolatedMargin(1, true, 1_000_000),
                new HlActionBody.TopUpIsolatedOnlyMargin(1, d("2")),
                new HlActionBody.UpdateLeverage(1, false, 5),
                new HlActionBody.Order(List.of(new HlActionBody.OrderRequest(1, true, d("3100"), d("0.1"), false, "Ioc", false, null)), "na"),
                new HlActionBody.Cancel(List.of(new HlActionBody.CancelRequest(1, 7))),
                new HlActionBody.Noop(),
                new HlActionBody.ApproveAgent("0x2b5ad5c4795c026514f8317c7a215e218dccd6cf", "bot"));
        List<Command> out = new ArrayList<>(List.of(
                new SetInstanceId(T0, "node-a"),
                new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")),
                new PutMarket(T0, inverse("BTCUSD", "0.5", "0.00055", 1, "150", "0.005", "100")),
                new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)),
                new CreateAccount(T0, USER, BybitMarginMode.ISOLATED_MARGIN),
                new CreateSubAccount(T0, UID, "sub", false),
                new CreateApiKey(T0, UID, "key", "secret", null, false),
                new Deposit(T0, UID, "USDT", d("1000"), "tx1"),
                new Withdraw(T0, UID, "USDT", d("1"), null),
                new SetFeeRate(T0, UID, "BTCUSDT", d("0.0006"), d("0.0001")),
                new MarkPrices(T0, List.of(new MarkPrices.Mark("BTCUSDT", d("60000")), new MarkPrices.Mark("ETH", d("3000")))),
                new Fill(T0, UID, "BTCUSDT", 0, 1, d("0.001"), d("60000"), null),
                new ImportBybitPosition(T0, UID, "BTCUSDT", 0, 1, d("0.001"), d("60000"), d("10"), d("0"), d("0")),
                new ImportHlPosition(T0, UID, "ETH", d("0.1"), d("3000"), 10, false, d("30")),
                new BybitAddMargin(T0, UID, BybitCategory.LINEAR, "BTCUSDT", 0, d("1")),
                new BybitSetLeverage(T0, UID, BybitCategory.LINEAR, "BTCUSDT", d("5"), d("5")),
                new BybitSetMarginMode(T0, UID, BybitMarginMode.REGULAR_MARGIN),
                new BybitSwitchIsolated(T0, UID, BybitCategory.INVERSE, "BTCUSD", true, d("5"), d("5")),
                new BybitSetAutoAddMargin(T0, UID, BybitCategory.LINEAR, "BTCUSDT", 0, true),
                new BybitSwitchMode(T0, UID, BybitCategory.LINEAR, "BTCUSDT", null, true),
                new BybitPlaceOrder(T0, UID, BybitCategory.LINEAR, "BTCUSDT", 1, "Market", d("0.001"), null, null, false, 0, "link-1")));
        long nonce = T0;
        for (HlActionBody b : bodies) out.add(new HlAction(T0 + 10, USER, nonce++, null, null, b));
        return out;
    }

    @Test
    void everyCommandTypeHasASampleACodecAndAHandler() {
        List<Command> samples = samples();
        Set<Class<?>> covered = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> type : Command.class.getPermittedSubclasses())
            assertTrue(covered.contains(type), type.getSimpleName() + " has no sample here: give it a journal code, a codec and a handler");
        Engine e = new Engine();
        for (Command c : samples) {
            Command back = CommandCodec.decode(CommandCodec.encode(c));
            assertEquals(c, back, "codec round trip of " + c.getClass().getSimpleName());
            assertNotNull(assertDoesNotThrow(() -> e.apply(back), c.getClass().getSimpleName()));
        }
    }

    @Test
    void aCorruptEnumCodeIsACodecErrorThatNamesIt() {
        byte[] bytes = CommandCodec.encode(new BybitAddMargin(T0, UID, BybitCategory.INVERSE, "BTCUSD", 0, d("1")));
        bytes[1 + 8 + 8] = 9;   // tag, timestamp, uid, then the category code
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommandCodec.decode(bytes));
        assertTrue(e.getMessage().contains("BybitCategory code 9"), e.getMessage());
        byte[] unknown = CommandCodec.encode(new SetInstanceId(T0, "x"));
        unknown[0] = 99;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandCodec.decode(unknown)).getMessage().contains("99"));
    }
}
