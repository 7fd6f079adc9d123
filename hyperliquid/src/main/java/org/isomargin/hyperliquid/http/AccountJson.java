package org.isomargin.hyperliquid.http;

import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.Agent;
import org.isomargin.engine.state.EngineState;

/** Per-address reads that describe the account itself: clearinghouseState, userRole, subAccounts. Engine thread. */
final class AccountJson {

    private AccountJson() {
    }

    /** An unknown address gets the empty state, as on the venue. */
    static byte[] clearinghouseState(Engine engine, String user, long now) {
        Clearinghouse c = Clearinghouse.of(engine, engine.state().accountByAddress(user));
        return JsonBytes.of(g -> ClearinghouseJson.write(g, c, now));
    }

    /**
     * {@code {"role":"user"}}, {@code {"role":"agent","data":{"user":master}}},
     * {@code {"role":"subAccount","data":{"master":…}}}, {@code {"role":"vault"}} or {@code {"role":"missing"}}.
     */
    static byte[] userRole(Engine engine, String user) {
        EngineState st = engine.state();
        Account a = st.accountByAddress(user);
        Agent agent = a == null ? st.agents.get(user) : null;
        return JsonBytes.of(g -> {
            g.writeStartObject();
            if (a != null && a.masterUid == 0) {
                g.writeStringField("role", "user");
            } else if (a != null && a.vault) {
                g.writeStringField("role", "vault");
            } else if (a != null) {
                g.writeStringField("role", "subAccount");
                g.writeObjectFieldStart("data");
                g.writeStringField("master", st.account(a.masterUid).address);
                g.writeEndObject();
            } else if (agent != null) {
                g.writeStringField("role", "agent");
                g.writeObjectFieldStart("data");
                g.writeStringField("user", st.account(agent.masterUid()).address);
                g.writeEndObject();
            } else {
                g.writeStringField("role", "missing");
            }
            g.writeEndObject();
        });
    }

    /**
     * The master's sub-accounts (vaults excluded), each {@code {name, subAccountUser, master, clearinghouseState,
     * spotState}}; JSON null when there are none, as the venue answers.
     */
    static byte[] subAccounts(Engine engine, String user, long now) {
        EngineState st = engine.state();
        Account master = st.accountByAddress(user);
        List<Account> subs = new ArrayList<>();
        if (master != null && master.masterUid == 0) {
            for (Account a : st.accounts.values()) {
                if (a.masterUid == master.uid && !a.vault) {
                    subs.add(a);
                }
            }
        }
        return JsonBytes.of(g -> {
            if (subs.isEmpty()) {
                g.writeNull();
                return;
            }
            g.writeStartArray();
            for (Account sub : subs) {
                g.writeStartObject();
                g.writeStringField("name", sub.name == null ? "" : sub.name);
                g.writeStringField("subAccountUser", sub.address);
                g.writeStringField("master", master.address);
                g.writeFieldName("clearinghouseState");
                ClearinghouseJson.write(g, Clearinghouse.of(engine, sub), now);
                g.writeObjectFieldStart("spotState");
                g.writeArrayFieldStart("balances");
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }
}
