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
    /** uid → ids of its open Hyperliquid cross positions: those are margined, and liquidated, per account. */
    private final TreeMap<Long, java.util.TreeSet<Long>> crossByUid = new TreeMap<>();

    /** Files the position under its current trigger price (or removes it when it has none). */
    public void update(Position p) {
        remove(p);
        if (p instanceof HlPosition h && h.isOpen() && h.cross) crossByUid.computeIfAbsent(p.uid, k -> new java.util.TreeSet<>()).add(p.id);
        BigDecimal trigger = p.triggerPrice();
        int side = p.side();
        if (trigger == null || side == 0) return;
        Sides s = bySymbol.computeIfAbsent(p.symbol, k -> new Sides());
        (side > 0 ? s.longs : s.shorts).put(new Key(trigger, p.id), p);
        p.indexedTrigger = trigger;
    }

    public void remove(Position p) {
        var cross = crossByUid.get(p.uid);
        if (cross != null && cross.remove(p.id) && cross.isEmpty()) crossByUid.remove(p.uid);
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

    /** Accounts holding at least one open cross position, in uid order (a copy: liquidation edits the index). */
    public List<Long> crossAccounts() { return new ArrayList<>(crossByUid.keySet()); }

    public int size(String symbol) {
        Sides s = bySymbol.get(symbol);
        return s == null ? 0 : s.longs.size() + s.shorts.size();
    }
}
