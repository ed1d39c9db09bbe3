package modernization.roadmap.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import modernization.common.http.RequestIds;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service, as roadmap-service reads it; the caller's token and request id are passed on. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1/assessments")
public interface AssessmentApi {

    @GET
    List<AssessmentDto> list(@QueryParam("ministry") String ministry, @QueryParam("status") String status,
                             @QueryParam("sort") String sort, @QueryParam("size") int size, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @HeaderParam(RequestIds.HEADER) String requestId);

    @GET
    @Path("/{id}/score")
    ScoreDto score(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                   @HeaderParam(RequestIds.HEADER) String requestId);

    /** The fields of an assessment that a roadmap uses. */
    record AssessmentDto(UUID id, String ministryCode, String period, String status, long version, Instant validatedAt) {
    }

    /** A readiness score. */
    record ScoreDto(UUID assessmentId, String ministryCode, double overall, String level, List<GapDto> gaps) {
    }

    /** A criterion below level 3. */
    record GapDto(String criterionCode, String areaCode, int weight, int level) {
    }
}
