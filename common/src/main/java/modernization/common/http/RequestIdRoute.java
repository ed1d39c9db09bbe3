package modernization.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

/** Gives every request an X-Request-Id (kept when the caller sent one), returns it and logs with it. */
@Singleton
public class RequestIdRoute {

    static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = RequestIds.ensure(ctx.request());
            // set when headers are written, replacing the copy a proxied service may have returned
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
            MDC.put("requestId", id);
            ctx.addEndHandler(done -> MDC.remove("requestId"));
            ctx.next();
        }, PRIORITY);
    }
}
