package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The durability flags parse, default to off, and keep the other options intact. */
class ServerConfigFlagsTest {

    @Test
    void exitOnFailureAndInitAreOffByDefaultAndParse() {
        ServerConfig d = ServerConfig.parse(new String[0]);
        assertFalse(d.exitOnFailure());
        assertFalse(d.init());
        ServerConfig c = ServerConfig.parse(new String[] {"--exit-on-failure", "--data-dir", "x", "--init", "--snapshot-every", "5"});
        assertTrue(c.exitOnFailure());
        assertTrue(c.init());
        assertEquals("x", c.dataDir().toString());
        assertEquals(5, c.snapshotEvery());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.parse(new String[] {"--exit-on-failur"}));
    }
}
