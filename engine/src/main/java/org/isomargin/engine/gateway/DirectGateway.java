package org.isomargin.engine.gateway;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.command.Command;
import org.isomargin.engine.command.CreateApiKey;
import org.isomargin.engine.result.Result;

/**
 * A gateway without a journal: applies each command on the caller's thread under a lock. For tests and engine
 * benchmarks; the server uses the journaled implementation.
 */
public final class DirectGateway implements EngineGateway {
    private final Engine engine;
    private final LongSupplier clock;
    private final Map<String, ApiKey> keys = new ConcurrentHashMap<>();
    private long lastTs;

    public DirectGateway(Engine engine, LongSupplier clock) {
        this.engine = engine;
        this.clock = clock;
        engine.state().apiKeys.values().forEach(k -> keys.put(k.apiKey(), k));
    }

    @Override
    public synchronized CompletableFuture<Result> submit(LongFunction<Command> factory) {
        lastTs = Math.max(lastTs, clock.getAsLong());
        Command c = factory.apply(lastTs);
        Result r = engine.apply(c);
        if (r.ok() && c instanceof CreateApiKey) keys.put(((ApiKey) r.payload()).apiKey(), (ApiKey) r.payload());
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public synchronized <T> CompletableFuture<T> read(Function<Engine, T> query) {
        return CompletableFuture.completedFuture(query.apply(engine));
    }

    @Override
    public long now() { return clock.getAsLong(); }

    @Override
    public ApiKey apiKey(String key) { return key == null ? null : keys.get(key); }

    public Engine engine() { return engine; }
}
