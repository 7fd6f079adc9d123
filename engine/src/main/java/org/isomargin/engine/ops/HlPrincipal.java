package org.isomargin.engine.ops;

import org.isomargin.engine.account.Account;

/** Who an action acts for: the account whose state it changes, and the signer whose nonce set it used. */
public record HlPrincipal(Account target, String signer) {
}
