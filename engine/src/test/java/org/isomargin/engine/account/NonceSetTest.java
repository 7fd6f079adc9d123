package org.isomargin.engine.account;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.*;

/** hyperliquid.md §3.1: a signer's nonce set keeps its 100 highest nonces, whatever order they came in. */
class NonceSetTest {

    @Property(tries = 300)
    void keepsTheHundredHighestDistinctNonces(@ForAll("nonces") List<Long> inserted) {
        NonceSet set = new NonceSet();
        for (long n : inserted) set.insert(n);
        TreeSet<Long> distinct = new TreeSet<>(inserted);
        List<Long> expected = new ArrayList<>(distinct.descendingSet()).subList(0, Math.min(NonceSet.CAPACITY, distinct.size()));
        List<Long> kept = new ArrayList<>();
        set.values().forEach(kept::add);
        assertEquals(new TreeSet<>(expected), new TreeSet<>(kept));
        assertEquals(expected.size(), set.size());
        assertEquals(distinct.size() >= NonceSet.CAPACITY, set.full());
        if (!kept.isEmpty()) assertEquals((long) expected.get(expected.size() - 1), set.smallest());
    }

    @Provide
    Arbitrary<List<Long>> nonces() {
        return Arbitraries.longs().between(1, 400).list().ofMaxSize(300);
    }
}
