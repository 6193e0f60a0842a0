// Starts one real OpenSearch 2.19 node in this JVM from Maven jars (127.0.0.1, single-node, zero replicas) for Wegwijs dev/CI.
package nl.wegwijs.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.logging.log4j.LogManager;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/** Usage: {@code EmbeddedOpenSearch [httpPort] [homeDir]}; defaults: $OPENSEARCH_PORT or 9200, $OPENSEARCH_HOME or a temp dir. */
public final class EmbeddedOpenSearch {

    /** Referenced as classes, so a wrong plugin name is a compile error rather than a silently missing module. */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class, CommonAnalysisPlugin.class, PainlessPlugin.class, MapperExtrasPlugin.class, ReindexPlugin.class);

    /** Console + file (home/logs/<cluster>.log) logging; LogConfigurator requires a config/log4j2.properties. */
    static final String LOG4J2 = """
        status = error
        appender.console.type = Console
        appender.console.name = console
        appender.console.layout.type = PatternLayout
        appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
        appender.file.type = File
        appender.file.name = file
        appender.file.fileName = ${sys:opensearch.logs.base_path}${sys:file.separator}${sys:opensearch.logs.cluster_name}.log
        appender.file.layout.type = PatternLayout
        appender.file.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
        rootLogger.level = info
        rootLogger.appenderRef.console.ref = console
        rootLogger.appenderRef.file.ref = file
        """;

    /** Node's plugin-list constructor is protected; the overridden listener hook only throws on in-JVM restarts. */
    static final class ClasspathNode extends Node {
        ClasspathNode(Environment env, Collection<Class<? extends Plugin>> plugins) {
            super(env, plugins, true);
        }

        @Override
        protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1); // also runs the shutdown hook if the node was already created
        }
    }

    static void run(String[] args) throws Exception {
        String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("OPENSEARCH_PORT", "9200");
        String homeArg = args.length > 1 ? args[1] : System.getenv("OPENSEARCH_HOME");
        boolean tempHome = homeArg == null || homeArg.isBlank();
        Path home = (tempHome ? Files.createTempDirectory("opensearch-") : Path.of(homeArg)).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        for (String dir : List.of("data", "logs", "modules", "plugins")) Files.createDirectories(home.resolve(dir)); // modules/, plugins/ stay empty
        Files.writeString(home.resolve("config/log4j2.properties"), LOG4J2);

        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "wegwijs")
            .put("node.name", "wegwijs-node-1")
            .put("network.host", "127.0.0.1")
            .put("http.port", port) // one exact port: the default range 9200-9300 would silently move to 9201
            .put("transport.port", "9300-9399")
            .put("discovery.type", "single-node")
            .put("cluster.routing.allocation.disk.threshold_enabled", false) // ignore disk watermarks (full CI disks)
            .put("indices.breaker.total.use_real_memory", false) // avoid spurious 429s with a small heap
            .build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"), () -> "wegwijs-node-1");
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName("wegwijs-node-1"); // needed by the %node_name pattern converter
        LogConfigurator.configure(env);

        Node node = new ClasspathNode(env, PLUGINS);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
                if (tempHome) deleteRecursively(home);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                LogManager.shutdown(); // log4j's own hook is disabled via -Dlog4j.shutdownHookEnabled=false
                closed.countDown();
            }
        }, "opensearch-shutdown"));
        node.start(); // returns once this node is cluster manager and HTTP is bound
        // Node-level cluster.default_number_of_replicas is ignored in 2.x, so set it as a (throw-away) persistent cluster setting.
        node.client().admin().cluster().prepareUpdateSettings()
            .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0)).get();
        LogManager.getLogger(EmbeddedOpenSearch.class).info("OPENSEARCH_READY http://127.0.0.1:{} home={}", port, home);
        closed.await(); // OpenSearch threads are daemons: keep the JVM alive until SIGTERM
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
