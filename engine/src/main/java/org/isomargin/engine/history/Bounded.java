package org.isomargin.engine.history;

import java.util.ArrayDeque;

/** Keeps the newest {@code limit} entries of a history; older ones fall off (they are in the journal). */
public final class Bounded<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int limit;

    public Bounded(int limit) { this.limit = limit; }

    public void add(T t) {
        items.addLast(t);
        if (items.size() > limit) items.removeFirst();
    }

    /** Oldest first. */
    public Iterable<T> items() { return items; }

    public java.util.List<T> newestFirst() {
        java.util.ArrayList<T> l = new java.util.ArrayList<>(items);
        java.util.Collections.reverse(l);
        return l;
    }

    public int size() { return items.size(); }
}
