package org.isomargin.engine.position;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Positions of each market and side ordered by the mark at which they must be acted on, so a mark-price update
 * visits only the k positions it crosses: O(log n + k) instead of a scan of every open position.
 */
public final class LiquidationIndex {

    private record Key(BigDecimal price, long id) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = price.compareTo(o.price);
            return c != 0 ? c : Long.compare(id, o.id);
        }
    }

    private static final class Sides {
        final TreeMap<Key, Position> longs = new TreeMap<>();
        final TreeMap<Key, Position> shorts = new TreeMap<>();
    }

    private final Map<String, Sides> bySymbol = new HashMap<>();
    /**
     * coin → uids holding an open Hyperliquid cross position in it (one position per account and coin). Cross
     * positions are margined, and liquidated, per account; a mark of a coin can only move the accounts listed here.
     */
    private final Map<String, java.util.TreeSet<Long>> crossBySymbol = new HashMap<>();

    /** Files the position under its current trigger price (or removes it when it has none). */
    public void update(Position p) {
        remove(p);
        if (p instanceof HlPosition h && h.isOpen() && h.cross) crossBySymbol.computeIfAbsent(p.symbol, k -> new java.util.TreeSet<>()).add(p.uid);
        BigDecimal trigger = p.triggerPrice();
        int side = p.side();
        if (trigger == null || side == 0) return;
        Sides s = bySymbol.computeIfAbsent(p.symbol, k -> new Sides());
        (side > 0 ? s.longs : s.shorts).put(new Key(trigger, p.id), p);
        p.indexedTrigger = trigger;
    }

    public void remove(Position p) {
        var cross = p instanceof HlPosition ? crossBySymbol.get(p.symbol) : null;
        if (cross != null && cross.remove(p.uid) && cross.isEmpty()) crossBySymbol.remove(p.symbol);
        if (p.indexedTrigger == null) return;
        Sides s = bySymbol.get(p.symbol);
        Key k = new Key(p.indexedTrigger, p.id);
        if (s != null && s.longs.remove(k) == null) s.shorts.remove(k);
        p.indexedTrigger = null;
    }

    /** Longs whose trigger ≥ mark and shorts whose trigger ≤ mark, nearest-to-mark first within each side. */
    public List<Position> crossedBy(String symbol, BigDecimal mark) {
        Sides s = bySymbol.get(symbol);
        if (s == null) return List.of();
        List<Position> out = new ArrayList<>();
        Key fromLong = new Key(mark, Long.MIN_VALUE);
        out.addAll(s.longs.tailMap(fromLong, true).values());
        Key toShort = new Key(mark, Long.MAX_VALUE);
        out.addAll(s.shorts.headMap(toShort, true).values());
        return out;
    }

    /** Accounts holding an open cross position in any of these coins, in uid order (a copy: liquidation edits the index). */
    public List<Long> crossAccountsIn(java.util.Collection<String> symbols) {
        java.util.TreeSet<Long> out = new java.util.TreeSet<>();
        for (String s : symbols) {
            var uids = crossBySymbol.get(s);
            if (uids != null) out.addAll(uids);
        }
        return new ArrayList<>(out);
    }

    public int size(String symbol) {
        Sides s = bySymbol.get(symbol);
        return s == null ? 0 : s.longs.size() + s.shorts.size();
    }
}
