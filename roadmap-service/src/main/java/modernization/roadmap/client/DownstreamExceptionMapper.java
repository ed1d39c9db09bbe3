package modernization.roadmap.client;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Problems;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A downstream service that does not answer makes generation a 503 naming it; reads are unaffected. */
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
}
