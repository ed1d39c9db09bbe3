package modernization.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import org.jboss.logging.Logger;

/**
 * problem+json for what never reaches a resource: authentication failures in the HTTP layer,
 * unknown paths, and failures of the HTTP layer itself (e.g. a body that is too large).
 */
@Singleton
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    void register(@Observes Router router) {
        router.route().order(-1).failureHandler(this::failure);
        router.route().last().handler(ctx -> write(ctx, ProblemType.NOT_FOUND,
                ProblemExceptionMappers.detailFor(ProblemType.NOT_FOUND)));
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            ctx.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, ProblemExceptionMappers.bearerChallenge(ctx.request()));
            write(ctx, ProblemType.UNAUTHORIZED, ProblemExceptionMappers.unauthorizedDetail(ctx.request()));
        } else if (failure instanceof ForbiddenException) {
            write(ctx, ProblemType.FORBIDDEN, ProblemExceptionMappers.ROLE_NOT_ALLOWED);
        } else if (failure == null && ctx.statusCode() >= 400) {
            ProblemType type = ProblemType.forStatus(ctx.statusCode());
            write(ctx, type, ProblemExceptionMappers.detailFor(type));
        } else {
            LOG.errorf(failure, "Unexpected failure of %s %s", ctx.request().method(), ctx.request().path());
            write(ctx, ProblemType.INTERNAL, ProblemExceptionMappers.INTERNAL_FAILURE);
        }
    }

    /** Answers with a problem from a Vert.x route, outside the REST layer. */
    public static void writeProblem(RoutingContext ctx, ProblemType type, LocalizedText detail) {
        write(ctx, type, detail);
    }

    static void write(RoutingContext ctx, ProblemType type, LocalizedText detail) {
        Problem problem = Problems.problem(type, detail, ctx.request(), List.of());
        ctx.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, Problems.language(ctx.request()))
                .end(Json.encode(problem));
    }
}
