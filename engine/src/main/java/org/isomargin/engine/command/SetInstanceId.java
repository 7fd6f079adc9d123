package org.isomargin.engine.command;

/**
 * Names this engine instance, once, at the first start of a data directory (the id is kept in the data dir).
 * Bybit order and execution ids are then derived from it and the engine's counters, so two instances never
 * share the same sequence of ids, while replaying the journal still hands out exactly the same ones.
 */
public record SetInstanceId(long timestamp, String instanceId) implements Command {
}
