package org.dissentgraph.neo4j;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The origins Neo4j Browser is served from, the only ones allowed to read the guide cross-origin:
 * {@code http://<host>:<port>} for the hosts localhost, 127.0.0.1, the listen address and
 * NEO4J_BROWSER_ALLOWED_HOSTS, on the Browser's HTTP port: the in-process server's real port (so a
 * random port from {@code NEO4J_HTTP_PORT=0} is followed), else NEO4J_HTTP_PORT as configured.
 */
@Singleton
public class BrowserOrigins {

    private final BeanProvider<EmbeddedNeo4jServer> embedded;
    private final String configuredPort;
    private final Set<String> hosts;
    private volatile Set<String> origins;

    public BrowserOrigins(
            BeanProvider<EmbeddedNeo4jServer> embedded,
            @Value("${dissent.embedded.http-port:7474}") String configuredPort,
            @Value("${dissent.embedded.listen-address:127.0.0.1}") String listenAddress,
            @Value("${dissent.embedded.browser-allowed-hosts:localhost,127.0.0.1}") String allowedHosts) {
        this.embedded = embedded;
        this.configuredPort = configuredPort;
        Set<String> all = new LinkedHashSet<>(Set.of("localhost", "127.0.0.1"));
        all.add(listenAddress.strip());
        Arrays.stream(allowedHosts.split(","))
                .map(String::strip)
                .filter(h -> !h.isEmpty() && !h.equals("*") && !h.equals("0.0.0.0"))
                .forEach(all::add);
        this.hosts = Set.copyOf(all);
    }

    /** Whether an {@code Origin} header names a Neo4j Browser of this service. */
    public boolean allows(String origin) {
        return origin != null && origins().contains(origin);
    }

    public Set<String> origins() {
        Set<String> known = origins;
        if (known == null) {
            int port = embedded.isPresent()
                    ? embedded.get().httpUri().getPort()
                    : PortSetting.parse("NEO4J_HTTP_PORT", configuredPort, EmbeddedSettings.DEFAULT_HTTP_PORT, 0);
            int browserPort = port == 0 ? EmbeddedSettings.DEFAULT_HTTP_PORT : port;
            known = hosts.stream()
                    .map(host -> "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + browserPort)
                    .collect(Collectors.toUnmodifiableSet());
            origins = known;
        }
        return known;
    }
}
