package org.isomargin.bybit.http;

/** Who may call an endpoint: anyone, any valid key, or a key with write permission (read-only keys get 10005). */
enum Access {
    PUBLIC, PRIVATE_READ, PRIVATE_WRITE;

    boolean isPrivate() { return this != PUBLIC; }
}
