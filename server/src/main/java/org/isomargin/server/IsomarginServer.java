package org.isomargin.server;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.isomargin.engine.command.MarkPrices;
import org.isomargin.engine.command.PutMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.server.admin.AdminToken;
import org.isomargin.server.admin.OperatorApi;
import org.isomargin.server.engine.EngineService;
import org.isomargin.server.engine.Recovery;
import org.isomargin.server.http.PublicRoutes;

/** Wiring: recover the engine, seed default markets on a fresh data directory, start both listeners. */
public final class IsomarginServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(IsomarginServer.class.getName());

    private final Vertx vertx;
    private final EngineService service;
    private final HttpServer publicServer;
    private final HttpServer adminServer;
    private final AdminToken token;
    private final String recoveryReport;

    private IsomarginServer(Vertx vertx, EngineService service, HttpServer publicServer, HttpServer adminServer, AdminToken token,
                            String recoveryReport) {
        this.vertx = vertx;
        this.service = service;
        this.publicServer = publicServer;
        this.adminServer = adminServer;
        this.token = token;
        this.recoveryReport = recoveryReport;
    }

    public static IsomarginServer start(ServerConfig cfg, LongSupplier clock, String envToken) throws Exception {
        Path dir = cfg.dataDir().toAbsolutePath();
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) throw new IllegalStateException("the data directory " + dir + " is not writable");
        AdminToken token = AdminToken.resolve(dir, envToken);
        EngineService service;
        String report;
        if (cfg.journal()) {
            Recovery.Opened opened = Recovery.open(dir, clock, cfg.snapshotEvery(), cfg.snapshotSeconds());
            service = opened.service();
            report = opened.report();
        } else {
            service = Recovery.inMemory(clock);
            report = "journal disabled: nothing is durable";
        }
        LOG.fine(report);
        seedDefaults(service);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Math.max(2, Runtime.getRuntime().availableProcessors())));
        OperatorApi admin = new OperatorApi(service, token, Dialects.positionRenderer());
        PublicRoutes routes = new PublicRoutes(Dialects.bybit(vertx, service), Dialects.hyperliquid(vertx, service, cfg.mainnet()));
        HttpServer pub = vertx.createHttpServer(new HttpServerOptions().setPort(cfg.port()).setHost("0.0.0.0")
                        .setMaxInitialLineLength(16 * 1024).setCompressionSupported(false))
                .requestHandler(routes::handle).listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        HttpServer adm = vertx.createHttpServer(new HttpServerOptions().setPort(cfg.adminPort()).setHost("127.0.0.1"))
                .requestHandler(admin::handle).listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        admin.markReady();
        return new IsomarginServer(vertx, service, pub, adm, token, report);
    }

    /** A data directory with no markets yet gets the default list and starting marks, journaled like any command. */
    private static void seedDefaults(EngineService service) throws Exception {
        boolean empty = service.read(e -> e.state().markets.isEmpty()).get(30, TimeUnit.SECONDS);
        if (!empty) return;
        for (Market m : DefaultMarkets.markets()) service.submit(ts -> new PutMarket(ts, m)).get(30, TimeUnit.SECONDS);
        service.submit(ts -> new MarkPrices(ts, DefaultMarkets.marks())).get(30, TimeUnit.SECONDS);
    }

    public int publicPort() { return publicServer.actualPort(); }

    public int adminPort() { return adminServer.actualPort(); }

    public EngineService service() { return service; }

    public AdminToken token() { return token; }

    public String recoveryReport() { return recoveryReport; }

    @Override
    public void close() {
        try {
            publicServer.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            adminServer.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warning("closing listeners: " + e);
        }
        service.close();
        vertx.close();
    }
}
