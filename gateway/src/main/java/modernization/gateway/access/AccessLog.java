package modernization.gateway.access;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import modernization.common.http.RequestIds;
import org.jboss.logging.Logger;

/**
 * One line per request on the {@code access} logger, when the response is complete: method, path,
 * status, bytes sent, time taken, the request id and the W3C traceparent of this request's trace
 * (the trace the services continue), so a caller's complaint leads to the right lines everywhere.
 */
@Singleton
public class AccessLog {

    public static final String LOGGER = "access";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    /** After the request id is set (priority 1000), before anything else answers. */
    private static final int PRIORITY = 990;

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            long start = System.nanoTime();
            String requestId = RequestIds.of(ctx.request());
            String traceparent = traceparent(Span.current().getSpanContext());
            ctx.addEndHandler(done -> {
                HttpServerRequest request = ctx.request();
                // built by hand: printf-style formatting was a twentieth of the gateway's CPU per request,
                // and its decimal separator followed the machine's locale
                long tenthsOfMs = Math.round((System.nanoTime() - start) / 1e5);
                LOG.info(request.method() + " " + request.path() + " " + ctx.response().getStatusCode() + " "
                        + ctx.response().bytesWritten() + "B " + tenthsOfMs / 10 + "." + tenthsOfMs % 10
                        + "ms requestId=" + requestId + " traceparent=" + traceparent);
            });
            ctx.next();
        }, PRIORITY);
    }

    static String traceparent(SpanContext span) {
        if (!span.isValid()) {
            return "-";
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
