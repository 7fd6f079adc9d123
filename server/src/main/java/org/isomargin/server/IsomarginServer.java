package org.isomargin.server;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.isomargin.engine.command.MarkPrices;
import org.isomargin.engine.command.PutMarket;
import org.isomargin.engine.command.SetInstanceId;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.market.Market;
import org.isomargin.server.admin.AdminToken;
import org.isomargin.server.admin.OperatorApi;
import java.util.function.Supplier;
import org.isomargin.server.engine.DataDirIdentity;
import org.isomargin.server.engine.EngineService;
import org.isomargin.server.engine.EngineSupervisor;
import org.isomargin.server.engine.Recovery;
import org.isomargin.server.http.PublicRoutes;

/** Wiring: recover the engine, seed default markets on a fresh data directory, start both listeners. */
public final class IsomarginServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(IsomarginServer.class.getName());

    /** Exit status with --exit-on-failure once the engine stopped (EX_SOFTWARE): a supervisor restarts it. */
    public static final int EXIT_ENGINE_STOPPED = 70;

    private final Vertx vertx;
    private final EngineSupervisor service;
    private final DataDirIdentity identity;
    private final List<HttpServer> publicServers;
    private final HttpServer adminServer;
    private final AdminToken token;
    private final String recoveryReport;

    private IsomarginServer(Vertx vertx, EngineSupervisor service, DataDirIdentity identity, List<HttpServer> publicServers,
                            HttpServer adminServer, AdminToken token, String recoveryReport) {
        this.vertx = vertx;
        this.service = service;
        this.identity = identity;
        this.publicServers = List.copyOf(publicServers);
        this.adminServer = adminServer;
        this.token = token;
        this.recoveryReport = recoveryReport;
    }

    public static IsomarginServer start(ServerConfig cfg, LongSupplier clock, String envToken) throws Exception {
        return start(cfg, clock, envToken, () -> new Thread(() -> System.exit(EXIT_ENGINE_STOPPED), "isomargin-exit").start());
    }

    /** @param exit what --exit-on-failure runs once the engine stopped (the process exits non-zero) */
    public static IsomarginServer start(ServerConfig cfg, LongSupplier clock, String envToken, Runnable exit) throws Exception {
        Path dir = cfg.dataDir().toAbsolutePath();
        // Before anything is created: a directory that lost its data must not pass for a new one.
        DataDirIdentity identity = cfg.journal() ? DataDirIdentity.establish(dir, cfg.init()) : null;
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) throw new IllegalStateException("the data directory " + dir + " is not writable");
        EngineService first;
        String report;
        Supplier<EngineService> again;
        if (cfg.journal()) {
            Recovery.Opened opened = Recovery.open(dir, clock, cfg.snapshotEvery(), cfg.snapshotSeconds());
            identity.persist();
            first = opened.service();
            report = opened.report();
            again = () -> {
                identity.verify();
                Recovery.Opened o = Recovery.open(dir, clock, cfg.snapshotEvery(), cfg.snapshotSeconds());
                LOG.warning(o.report());
                return o.service();
            };
        } else {
            first = Recovery.inMemory(clock);
            report = "journal disabled: nothing is durable";
            again = () -> { throw new IllegalStateException("the journal is disabled: there is nothing to recover from"); };
        }
        LOG.fine(report);
        // The token file comes after the identity: a first start that failed earlier leaves nothing that could
        // make a later directory whose data was deleted look like one that was never used.
        AdminToken token;
        try {
            token = AdminToken.resolve(dir, envToken);
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
        EngineSupervisor service = new EngineSupervisor(first, again, failure -> {
            if (identity != null) identity.markLost(failure.getMessage());   // only when the identity file is gone
        }, cfg.exitOnFailure() ? exit : null, 1000);
        nameInstance(first, identity == null ? java.util.UUID.randomUUID().toString() : Long.toString(identity.instanceId()));
        seedDefaults(first);
        int loops = Math.max(2, Runtime.getRuntime().availableProcessors());
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        OperatorApi admin = new OperatorApi(service, token, Dialects.positionRenderer());
        admin.healthFrom(service::failureReason);
        PublicRoutes routes = new PublicRoutes(Dialects.bybit(service), Dialects.hyperliquid(service, cfg.mainnet()));
        // One server instance per event loop, deployed as verticle instances so each gets its own loop: Vert.x
        // spreads connections over them, and signature recovery (done on the request's loop) uses every core.
        // Port 0 (tests) is resolved to one free port first: instances share a socket only for the same port.
        List<HttpServer> pub = java.util.Collections.synchronizedList(new ArrayList<>());
        int port = cfg.port() == 0 ? freePort() : cfg.port();
        HttpServerOptions opts = new HttpServerOptions().setPort(port).setHost("0.0.0.0")
                .setMaxInitialLineLength(16 * 1024).setCompressionSupported(false);
        vertx.deployVerticle(() -> new VerticleBase() {
            @Override
            public Future<?> start() {
                return vertx.createHttpServer(opts).requestHandler(routes::handle).listen().onSuccess(pub::add);
            }
        }, new DeploymentOptions().setInstances(loops)).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        HttpServer adm = vertx.createHttpServer(new HttpServerOptions().setPort(cfg.adminPort()).setHost("127.0.0.1"))
                .requestHandler(admin::handle).listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        admin.markReady();
        return new IsomarginServer(vertx, service, identity, pub, adm, token, report);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * An engine not yet named (a new data directory, or one from before instance ids existed) is given the data
     * directory's instance id, journaled, so its order and execution ids differ from every other instance's and
     * replay hands out the same ones. Without a journal a random id does the same for the life of the process.
     */
    private static void nameInstance(EngineService service, String instanceId) throws Exception {
        boolean unnamed = service.read(e -> e.state().instanceId == null).get(30, TimeUnit.SECONDS);
        if (!unnamed) return;
        Result r = service.submit(ts -> new SetInstanceId(ts, instanceId)).get(30, TimeUnit.SECONDS);
        if (!r.ok()) throw new IllegalStateException("naming the engine instance " + instanceId + " was refused: " + r.code());
    }

    /** A data directory with no markets yet gets the default list and starting marks, journaled like any command. */
    private static void seedDefaults(EngineService service) throws Exception {
        boolean empty = service.read(e -> e.state().markets.isEmpty()).get(30, TimeUnit.SECONDS);
        if (!empty) return;
        for (Market m : DefaultMarkets.markets()) service.submit(ts -> new PutMarket(ts, m)).get(30, TimeUnit.SECONDS);
        service.submit(ts -> new MarkPrices(ts, DefaultMarkets.marks())).get(30, TimeUnit.SECONDS);
    }

    public int publicPort() { return publicServers.get(0).actualPort(); }

    public int adminPort() { return adminServer.actualPort(); }

    /** The engine service in charge now (a new one after each in-process recovery). */
    public EngineService service() { return service.service(); }

    /** Why the engine refuses commands now (what /admin/health reports), or null while it runs. */
    public String failureReason() { return service.failureReason(); }

    /** The data directory's instance id (random, written at its first start); 0 without a journal. */
    public long instanceId() { return identity == null ? 0 : identity.instanceId(); }

    public AdminToken token() { return token; }

    public String recoveryReport() { return recoveryReport; }

    @Override
    public void close() {
        try {
            for (HttpServer s : publicServers) s.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            adminServer.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warning("closing listeners: " + e);
        }
        service.close();
        // A directory deleted less than a check interval before a shutdown was not noticed while running: look now.
        if (identity != null) identity.markLost("the identity file was missing at shutdown");
        vertx.close();
    }
}
