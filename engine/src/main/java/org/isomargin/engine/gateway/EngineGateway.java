package org.isomargin.engine.gateway;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.command.Command;
import org.isomargin.engine.result.Result;

/**
 * How the dialects and the operator API reach the engine. Implementations run every command and read on the
 * engine's one thread; a command's future completes only once the command is durable (journaled and forced).
 */
public interface EngineGateway {

    /**
     * Sequences a command: {@code factory} receives the timestamp the engine will use (server time at sequencing,
     * never decreasing) and builds the command; the result completes after the command is durable.
     */
    CompletableFuture<Result> submit(LongFunction<Command> factory);

    /** Runs a read on the engine thread. The function must not mutate state and must return data nobody mutates later. */
    <T> CompletableFuture<T> read(Function<Engine, T> query);

    /** Server time in milliseconds, the clock behind command timestamps and auth windows. */
    long now();

    /** Bybit API key lookup, safe from any thread (a copy maintained beside the engine). */
    ApiKey apiKey(String key);
}
