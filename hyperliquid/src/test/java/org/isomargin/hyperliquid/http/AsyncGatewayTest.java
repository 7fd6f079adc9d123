package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.command.Command;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.engine.result.Result;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A gateway whose futures complete on another thread, as the journaled one does: replies must still be written. */
class AsyncGatewayTest extends ServerTestBase {

    private final ExecutorService engineThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopEngineThread() {
        engineThread.shutdownNow();
    }

    /** Runs every call on a separate thread and completes there. */
    private class OffThread implements EngineGateway {
        private final EngineGateway direct;

        OffThread(EngineGateway direct) {
            this.direct = direct;
        }

        @Override
        public CompletableFuture<Result> submit(LongFunction<Command> factory) {
            return CompletableFuture.supplyAsync(() -> direct.submit(factory).join(), engineThread);
        }

        @Override
        public <T> CompletableFuture<T> read(Function<Engine, T> query) {
            return CompletableFuture.supplyAsync(() -> direct.read(query).join(), engineThread);
        }

        @Override
        public long now() {
            return direct.now();
        }

        @Override
        public ApiKey apiKey(String key) {
            return direct.apiKey(key);
        }
    }

    /** A journal that cannot make anything durable. */
    private final class Failing extends OffThread {
        Failing(EngineGateway direct) {
            super(direct);
        }

        @Override
        public CompletableFuture<Result> submit(LongFunction<Command> factory) {
            return CompletableFuture.supplyAsync(() -> {
                throw new IllegalStateException("journal down");
            }, engineThread);
        }

        @Override
        public <T> CompletableFuture<T> read(Function<Engine, T> query) {
            return CompletableFuture.failedFuture(new IllegalStateException("engine stopped"));
        }
    }

    @Test
    void failedFuturesBecome500() {
        World world = World.standard();
        world.account(TestKeys.PY_ADDRESS, "1000");
        server.use(new HyperliquidDialect(new Failing(world.gateway), Network.TESTNET));
        DialectServer.Reply r = send(Signed.USER, new UpdateLeverage(1, false, 10));
        assertEquals(500, r.status());
        assertEquals("Internal Server Error", r.body());
        assertEquals(500, server.post("/info", "{\"type\":\"meta\"}").status());
        assertEquals(200, server.post("/info", "{\"type\":\"spotMeta\"}").status(), "fixed answers need no engine");
    }

    @Test
    void repliesArriveFromAnotherThread() {
        World world = World.standard();
        world.account(TestKeys.PY_ADDRESS, "1000");
        server.use(new HyperliquidDialect(new OffThread(world.gateway), Network.TESTNET));
        assertOk(send(Signed.USER, new UpdateLeverage(1, false, 10)));
        send(Signed.USER, ExchangeMarginFlowTest.ioc(1, true, "3100", "0.1", null));
        for (int i = 0; i < 20; i++) {
            assertOk(send(Signed.USER, new UpdateIsolatedMargin(1, true, 1_000_000)));
        }
        assertEquals("50.0", state(TestKeys.PY_ADDRESS).get("assetPositions").get(0).get("position").get("marginUsed").asText());
    }
}
