package org.isomargin.server.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/** A public dialect: gets the request and its complete raw body (null when it exceeded the size limit). */
@FunctionalInterface
public interface DialectHandler {
    void handle(HttpServerRequest req, Buffer body);
}
