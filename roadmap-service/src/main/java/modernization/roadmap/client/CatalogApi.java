package modernization.roadmap.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.UUID;
import modernization.common.http.RequestIds;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service, as roadmap-service reads it; the caller's token and request id are passed on. */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1/design-options")
public interface CatalogApi {

    @GET
    @Path("/{id}")
    OptionDto option(@PathParam("id") UUID id, @QueryParam("version") Integer version, @QueryParam("lang") String lang,
                     @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                     @HeaderParam(RequestIds.HEADER) String requestId);

    /** The fields of a design option that a roadmap uses. */
    record OptionDto(UUID id, String code, String dimension, String title, List<String> pillars, String status,
                     int version, Integer publishedVersion, List<PrerequisiteDto> prerequisites,
                     List<StepDto> implementationSteps, List<LegalBasisDto> legalBasis) {

        public List<String> prerequisiteCriteria() {
            return prerequisites == null ? List.of() : prerequisites.stream().map(PrerequisiteDto::criterionCode)
                    .filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    /** What adopting the option takes in one government's law; {@code action} NEW_LAW, AMENDMENT, REGULATION or CABINET_DECISION. */
    record LegalBasisDto(String government, String instrumentCode, String instrumentTitle, String action) {
    }

    /** A readiness criterion the option depends on. */
    record PrerequisiteDto(String criterionCode) {
    }

    /** An implementation step; {@code kind} is LEGISLATION, REGULATION, INSTITUTION, SYSTEM, TRAINING, ROLLOUT or REVIEW. */
    record StepDto(String code, String title, int durationMonths, List<String> dependsOn, String phase, String kind) {
    }
}
