package org.isomargin.bybit.http;

/** One /v5 endpoint: reads its checked parameters from the call and answers through it exactly once. */
@FunctionalInterface
interface Endpoint {
    void handle(Call call);
}
