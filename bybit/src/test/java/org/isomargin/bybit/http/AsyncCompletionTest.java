package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.Venue.d;
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
import org.junit.jupiter.api.Test;

/**
 * The journaled gateway completes on its own thread; answers must still arrive, written on the request's
 * context. A gateway that completes every future on a separate thread stands in for it.
 */
class AsyncCompletionTest {

    private record ElsewhereGateway(EngineGateway inner, ExecutorService journal) implements EngineGateway {
        @Override
        public CompletableFuture<Result> submit(LongFunction<Command> factory) {
            return inner.submit(factory).thenApplyAsync(r -> r, journal);
        }

        @Override
        public <T> CompletableFuture<T> read(Function<Engine, T> query) {
            return inner.read(query).thenApplyAsync(r -> r, journal);
        }

        @Override
        public long now() { return inner.now(); }

        @Override
        public ApiKey apiKey(String key) { return inner.apiKey(key); }
    }

    @Test
    void answersArriveWhenTheGatewayCompletesOnAnotherThread() {
        ExecutorService journal = Executors.newSingleThreadExecutor();
        try (Venue v = new Venue()) {
            v.documentedEthusdPosition(null);
            v.mark("ETHUSD", "1812.90");
            BybitDialect async = new BybitDialect(new ElsewhereGateway(v.gateway, journal));
            try (TestServer server = new TestServer(async)) {
                SignedClient c = new SignedClient(server.baseUrl(), Venue.KEY, Venue.SECRET, v.clock::get);
                Reply ok = c.post("/v5/position/add-margin", AddMarginValidationTest.body("0.01"));
                assertEquals("0.01926611", ok.text("positionIM"));
                assertEquals(110027, c.post("/v5/position/add-margin", AddMarginValidationTest.body("0")).retCode());
                assertEquals("200", c.get("/v5/position/list", "category=inverse&symbol=ETHUSD").result().get("list").get(0).get("size").asText());
            }
        } finally {
            journal.shutdownNow();
        }
    }
}
