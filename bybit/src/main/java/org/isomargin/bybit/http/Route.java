package org.isomargin.bybit.http;

import io.vertx.core.http.HttpMethod;
import java.util.Map;

/** A path served by the dialect; {@code path} doubles as the rate-limit key, so clients cannot mint new keys. */
record Route(HttpMethod method, String path, Access access, Endpoint endpoint) {

    static void add(Map<String, Route> routes, HttpMethod method, String path, Access access, Endpoint endpoint) {
        if (routes.put(path, new Route(method, path, access, endpoint)) != null) throw new IllegalStateException("twice: " + path);
    }
}
