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
    List<AssessmentDto> list(@QueryParam("ministry") String ministry, @QueryParam("government") String government,
                             @QueryParam("subject") String subject, @QueryParam("status") String status,
                             @QueryParam("sort") String sort, @QueryParam("size") int size,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @HeaderParam(RequestIds.HEADER) String requestId);

    @GET
    @Path("/{id}/score")
    ScoreDto score(@PathParam("id") UUID id, @QueryParam("lang") String lang,
                   @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                   @HeaderParam(RequestIds.HEADER) String requestId);

    /** The fields of an assessment that a roadmap uses; a government's own assessment has no ministry code. */
    record AssessmentDto(UUID id, String ministryCode, String government, String subject, String period, String status,
                         long version, Instant validatedAt) {
    }

    /** A readiness score, with its overall score unrounded as well. */
    record ScoreDto(UUID assessmentId, String ministryCode, String government, String subject, double overall,
                    Double overallUnrounded, String level, List<GapDto> gaps) {

        /** The score as compared and stored: unrounded (an older assessment-service sent the rounded one only). */
        public double unrounded() {
            return overallUnrounded == null ? overall : overallUnrounded;
        }
    }

    /** A criterion below level 3: its short name in the language asked for, whose criterion it is, its area's pillars. */
    record GapDto(String criterionCode, String name, String scope, String areaCode, List<String> pillars, int weight,
                  int level) {
    }
}
