package org.dissentgraph.neo4j;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.neo4j.bolt.Neo4jBoltConfiguration;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the in-process Neo4j when no {@code neo4j.uri} (NEO4J_URI) is configured, and points the
 * driver that micronaut-neo4j-bolt builds at it; an empty store is first filled by the
 * {@link EmptyStoreLoader} (the offline import). With a URI, none of this is created.
 */
@Factory
@Requires(missingProperty = "neo4j.uri")
class EmbeddedNeo4jFactory {

    @Singleton
    @Bean(preDestroy = "close")
    EmbeddedNeo4jServer embeddedNeo4jServer(
            @Value("${dissent.data-dir}") String dataDir,
            @Value("${dissent.embedded.listen-address}") String listenAddress,
            @Value("${dissent.embedded.bolt-port}") String boltPort,
            @Value("${dissent.embedded.http-port}") String httpPort,
            @Value("${dissent.embedded.page-cache}") String pageCache,
            @Value("${dissent.embedded.browser-allowed-hosts}") String browserAllowedHosts,
            @Value("${neo4j.password:}") String password,
            @Value("${micronaut.server.port:8080}") String serviceSetting,
            @Nullable EmptyStoreLoader emptyStoreLoader) {
        int servicePort = PortSetting.parse("MICRONAUT_SERVER_PORT", serviceSetting, 8080, -1);
        // Browser opens the service's guide once connected (when the service's port is known up front).
        // Browser puts the colon in front of browser.post_connect_cmd itself: the setting is
        // "guide ...", not ":guide ..." (which Browser would run as "::guide" → UnknownCommandError).
        String guide = postConnectCommand(servicePort);
        Path home = Path.of(dataDir).toAbsolutePath().normalize();
        if (emptyStoreLoader != null) {
            emptyStoreLoader.loadInto(home);
        }
        return EmbeddedNeo4jServer.start(new EmbeddedSettings(
                home,
                listenAddress,
                PortSetting.parse("NEO4J_BOLT_PORT", boltPort, EmbeddedSettings.DEFAULT_BOLT_PORT, 0),
                PortSetting.parse("NEO4J_HTTP_PORT", httpPort, EmbeddedSettings.DEFAULT_HTTP_PORT, 0),
                ByteSize.parse(pageCache),
                Optional.of(password).filter(p -> !p.isBlank()),
                browserAllowedHosts,
                guide));
    }

    @Singleton
    BeanCreatedEventListener<Neo4jBoltConfiguration> pointDriverAtEmbeddedServer(Provider<EmbeddedNeo4jServer> server) {
        return (BeanCreatedEvent<Neo4jBoltConfiguration> event) -> {
            Neo4jBoltConfiguration configuration = event.getBean();
            configuration.setUri(server.get().boltUri());
            return configuration;
        };
    }

    /**
     * {@code browser.post_connect_cmd}: play the service's guide, or nothing when the service's
     * port is not known up front. Browser puts the colon in front itself.
     */
    static String postConnectCommand(int servicePort) {
        return servicePort > 0 ? "guide http://localhost:" + servicePort + "/guide" : "";
    }
}
