package org.isomargin.bench.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;

/**
 * What one driver shard sends. Every method runs on the shard's event loop, so implementations need no locking.
 * {@link #next} picks the request's subject (account, pre-signed body…) when the slot is free; {@link #prepare} runs
 * when the connection hands out the request and does the send-time work (timestamp, signature, headers).
 */
interface Workload {
    String name();

    /** Method and URI, shared by every request of this workload. */
    RequestOptions options();

    /** Nanoseconds until the next request may leave (a per-account rate limit); 0 when it may leave now. */
    default long readyInNanos(long nowNanos) { return 0; }

    /** The next request's subject, or null when the workload has nothing more to send. */
    Object next(long nowNanos);

    /** Adds the headers for {@code subject} and returns the body (null for none). */
    Buffer prepare(HttpClientRequest req, Object subject);

    /** Null when the response is the expected success, else a short key counting the kind of failure. */
    String verify(int status, Buffer body);
}
