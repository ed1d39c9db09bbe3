package modernization.gateway.openapi;

import io.quarkus.runtime.StartupEvent;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import modernization.gateway.routing.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * One OpenAPI document for the whole platform: each service's document is fetched, parsed with
 * swagger-parser and merged (paths, tags, shared schemas once, one OIDC security scheme). The last
 * good copy of each service is kept, so the document stays available while a service is down.
 * What the gateway itself adds to every call (rate limits, CORS) is described by {@link EdgeDocumentation}.
 */
@ApplicationScoped
public class OpenApiMerger {

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig gateway;

    @Inject
    OpenApiConfig config;

    private final Map<String, OpenAPI> lastGood = new ConcurrentHashMap<>();
    private static final long RETRY_MILLIS = 2000;

    private volatile String merged;
    private volatile long lastFetch;
    private HttpClient client;

    void start(@Observes StartupEvent event) {
        client = vertx.createHttpClient();
        fetchAll();
        // every few seconds while a service has not published yet (they start alongside the gateway), then at the refresh rate
        vertx.setPeriodic(RETRY_MILLIS, id -> {
            boolean incomplete = lastGood.size() < gateway.services().size();
            if (incomplete || System.nanoTime() - lastFetch >= config.refresh().toNanos()) {
                fetchAll();
            }
        });
    }

    /** The merged document as JSON, if at least one service answered once. */
    public Optional<String> json() {
        return Optional.ofNullable(merged);
    }

    private void fetchAll() {
        lastFetch = System.nanoTime();
        gateway.services().forEach((name, service) -> {
            var url = service.url();
            client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost())
                            .setPort(url.getPort() > 0 ? url.getPort() : 80).setURI("/q/openapi?format=json").setTimeout(3000))
                    .compose(request -> request.putHeader("Accept", "application/json").send())
                    .compose(response -> response.statusCode() == 200 ? response.body()
                            : io.vertx.core.Future.failedFuture("status " + response.statusCode()))
                    .onSuccess(body -> vertx.executeBlocking(() -> {
                        ParseOptions options = new ParseOptions();
                        options.setResolve(false);
                        OpenAPI document = new OpenAPIV3Parser().readContents(body.toString(), null, options).getOpenAPI();
                        if (document != null) {
                            publish(name, document);
                        }
                        return null;
                    }, false))
                    .onFailure(e -> LOG.debugf("OpenAPI of %s not fetched (%s); keeping the last good copy", name, e.getMessage()));
        });
    }

    /** Keeps a service's new document and rebuilds the merge; serialized so the last merge has them all. */
    private synchronized void publish(String service, OpenAPI document) {
        lastGood.put(service, document);
        merged = Json31.pretty(EdgeDocumentation.describe(merge(lastGood)));
    }

    /**
     * Swagger UI shows the groups in this order, the order of the work: the catalog, then
     * assessments, then roadmaps, then audit and the API root; a tag not listed comes after them.
     */
    static final List<String> WORK_ORDER = List.of("Pillars", "Dimensions", "Design options", "Country models",
            "Legal instruments", "Glossary", "Ministries", "Frameworks", "Assessments", "Readiness", "Roadmaps", "Audit", "API");

    /** Merges the services' documents; a schema defined alike by several services appears once. */
    OpenAPI merge(Map<String, OpenAPI> documents) {
        // the services publish OpenAPI 3.1; the merge stays 3.1 so schema types survive serialization
        OpenAPI result = new OpenAPI(SpecVersion.V31).openapi("3.1.0")
                .info(new Info().title("SES modernization platform API").version("1.0")
                        .contact(new Contact().name("SES modernization platform team (UNDP)"))
                        .description("Every operation of catalog-service, assessment-service and roadmap-service, "
                                + "through the gateway.\n\n**How to log in:** press **Authorize**, tick the `openid` scope of "
                                + "`oidc` and press Authorize again: Keycloak asks for your account, and every call you try "
                                + "then carries your token. Only what your role may do answers 200; the rest is 403 or 404."
                                + config.loginHint().map(hint -> "\n\n" + hint).orElse("")))
                .servers(List.of(new Server().url("/").description("This gateway: the local, staging or production "
                        + "host this document was loaded from").extensions(Map.of("x-internal", false))))
                .paths(new Paths())
                .components(new Components().schemas(new TreeMap<>()).securitySchemes(new LinkedHashMap<>()));
        result.getComponents().addSecuritySchemes("oidc", new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(config.oidcDiscoveryUrl()).description("Keycloak realm modernization"));
        Map<String, Tag> tags = new LinkedHashMap<>();
        new TreeMap<>(documents).forEach((service, document) -> {
            if (document.getPaths() != null) {
                document.getPaths().forEach((path, item) -> {
                    if (result.getPaths().containsKey(path)) {
                        LOG.warnf("Path %s is published by more than one service; %s's copy is left out", path, service);
                    } else {
                        result.getPaths().addPathItem(path, item);
                    }
                });
            }
            if (document.getTags() != null) {
                document.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
            }
            if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
                for (Map.Entry<String, Schema> schema : document.getComponents().getSchemas().entrySet()) {
                    Schema existing = result.getComponents().getSchemas().get(schema.getKey());
                    if (existing == null) {
                        result.getComponents().addSchemas(schema.getKey(), schema.getValue());
                    } else if (!existing.equals(schema.getValue())) {
                        LOG.warnf("Schema %s differs between services; %s's version is left out", schema.getKey(), service);
                    }
                }
            }
        });
        List<Tag> ordered = new ArrayList<>(tags.values());
        ordered.sort(Comparator.comparingInt(tag -> WORK_ORDER.contains(tag.getName())
                ? WORK_ORDER.indexOf(tag.getName()) : WORK_ORDER.size()));
        result.setTags(ordered);
        return result;
    }
}
