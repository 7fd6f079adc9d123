package org.isomargin.engine.account;

import java.util.TreeSet;

/** The 100 highest nonces used by one Hyperliquid signer (hyperliquid.md §3.1). */
public final class NonceSet {
    public static final int CAPACITY = 100;
    private final TreeSet<Long> nonces = new TreeSet<>();

    public boolean contains(long n) { return nonces.contains(n); }

    public boolean full() { return nonces.size() >= CAPACITY; }

    public long smallest() { return nonces.first(); }

    public void insert(long n) {
        nonces.add(n);
        if (nonces.size() > CAPACITY) nonces.pollFirst();
    }

    public Iterable<Long> values() { return nonces; }

    public int size() { return nonces.size(); }
}
