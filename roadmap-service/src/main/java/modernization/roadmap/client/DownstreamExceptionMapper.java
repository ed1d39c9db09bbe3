package modernization.roadmap.client;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Problems;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A downstream service that does not answer makes generation a 503 naming it; one that refuses the
 * read a 502 naming it and its answer. Reads of stored roadmaps are unaffected.
 */
public class DownstreamExceptionMapper {

    private static final Logger LOG = Logger.getLogger(DownstreamExceptionMapper.class);

    @ServerExceptionMapper
    public Response unavailable(DownstreamUnavailableException e, HttpServerRequest request) {
        LOG.warnf("%s unavailable for %s %s: %s", e.service(), request.method(), request.path(),
                e.getCause() == null ? "" : e.getCause().toString());
        return Problems.builder(ProblemType.SERVICE_UNAVAILABLE, e.service() + " is not answering; the roadmap "
                        + "cannot be generated now. Existing roadmaps can still be read. Retry in a few seconds.",
                        request, List.of())
                .header(HttpHeaders.RETRY_AFTER, 5)
                .build();
    }

    @ServerExceptionMapper
    public Response refused(DownstreamRefusedException e, HttpServerRequest request) {
        LOG.warnf("%s refused %s %s with %d", e.service(), request.method(), request.path(), e.status());
        return Problems.response(ProblemType.BAD_GATEWAY, e.service() + " refused to give roadmap-service what it needs with "
                + e.status() + (e.status() == 401 || e.status() == 403
                        ? " for the caller's token: it does not accept it, or the caller may not read that there."
                        : ".") + " The roadmap cannot be generated; the request itself may be fine.", request);
    }
}
