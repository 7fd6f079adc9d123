package org.isomargin.bybit.http;

import java.util.List;

/** One page of an already-filtered list: offset cursors, "" when nothing follows. */
record Page<T>(List<T> rows, String nextCursor) {

    static <T> Page<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : "");
    }
}
