package org.isomargin.server.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The operator token: ISOMARGIN_ADMIN_TOKEN when set; otherwise generated at first start and kept in
 * DIR/admin-token with mode 0600, so a restart keeps it.
 */
public final class AdminToken {
    private final byte[] token;
    private final String source;

    private AdminToken(String token, String source) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.source = source;
    }

    public static AdminToken resolve(Path dataDir, String fromEnv) {
        if (fromEnv != null && !fromEnv.isBlank()) return new AdminToken(fromEnv.trim(), "the ISOMARGIN_ADMIN_TOKEN environment variable");
        Path file = dataDir.resolve("admin-token");
        try {
            if (Files.exists(file)) return new AdminToken(Files.readString(file, StandardCharsets.UTF_8).trim(), file.toAbsolutePath().toString());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String t = HexFormat.of().formatHex(random);
            Path tmp = dataDir.resolve("admin-token.tmp");
            Files.writeString(tmp, t + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the file keeps the directory's default permissions.
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new AdminToken(t, file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin token in " + dataDir.toAbsolutePath(), e);
        }
    }

    /** Constant-time check of an Authorization header value. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) return false;
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }

    public String source() { return source; }
}
