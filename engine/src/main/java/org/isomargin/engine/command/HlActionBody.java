package org.isomargin.engine.command;

import java.math.BigDecimal;
import java.util.List;

/** The Hyperliquid actions the engine understands (hyperliquid.md §1.3). */
public sealed interface HlActionBody {

    record UpdateIsolatedMargin(int asset, boolean isBuy, long ntli) implements HlActionBody {
    }

    record TopUpIsolatedOnlyMargin(int asset, BigDecimal leverage) implements HlActionBody {
    }

    record UpdateLeverage(int asset, boolean isCross, int leverage) implements HlActionBody {
    }

    /** tif is "Gtc", "Ioc" or "Alo"; trigger orders carry tif null and trigger = true. */
    record OrderRequest(int asset, boolean isBuy, BigDecimal px, BigDecimal sz, boolean reduceOnly, String tif,
                        boolean trigger, String cloid) {
    }

    record Order(List<OrderRequest> orders, String grouping) implements HlActionBody {
        public Order {
            orders = List.copyOf(orders);
        }
    }

    record CancelRequest(int asset, long oid) {
    }

    record Cancel(List<CancelRequest> cancels) implements HlActionBody {
        public Cancel {
            cancels = List.copyOf(cancels);
        }
    }

    record Noop() implements HlActionBody {
    }

    /** User-signed: the signer must be the master itself; agentName "" is the unnamed agent. */
    record ApproveAgent(String agentAddress, String agentName) implements HlActionBody {
    }
}
