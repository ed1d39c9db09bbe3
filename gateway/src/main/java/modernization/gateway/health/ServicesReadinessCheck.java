package modernization.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import modernization.gateway.routing.GatewayConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The gateway is ready only when every service it routes to answers ready. */
@Readiness
@ApplicationScoped
public class ServicesReadinessCheck implements AsyncHealthCheck {

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = vertx.createHttpClient();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Map<String, Future<Boolean>> checks = new TreeMap<>();
        config.services().forEach((name, service) -> checks.put(name, ready(service)));
        List<Future<Boolean>> all = new ArrayList<>(checks.values());
        Future<HealthCheckResponse> result = Future.join(all).transform(ignored -> {
            var response = HealthCheckResponse.named("services");
            boolean up = true;
            for (var check : checks.entrySet()) {
                boolean ready = check.getValue().succeeded() && check.getValue().result();
                response.withData(check.getKey(), ready ? "UP" : "DOWN");
                up &= ready;
            }
            return Future.succeededFuture(response.status(up).build());
        });
        return Uni.createFrom().completionStage(result.toCompletionStage());
    }

    private Future<Boolean> ready(GatewayConfig.Service service) {
        var url = service.url();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : 80)
                .setURI("/q/health/ready")
                .setTimeout(2000);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200));
    }
}
