package modernization.assessment.readiness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import modernization.assessment.assessment.Assessment;
import modernization.assessment.framework.FrameworkVersion;
import modernization.assessment.ministry.Government;
import modernization.assessment.ministry.Ministry;
import modernization.assessment.scoring.ReadinessScore;
import modernization.assessment.scoring.Scoring;
import modernization.common.http.ETags;
import modernization.common.http.QueryParams;
import modernization.common.i18n.Language;
import modernization.common.i18n.RequestLanguage;
import modernization.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aggregated readiness for everyone, partner apps included: validated scores only, no free text. */
@Path("/api/v1/readiness")
@Tag(name = "Readiness", description = "Aggregated readiness statistics")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

    @Inject
    EntityManager em;

    @Inject
    RequestLanguage language;

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getReadinessSummary",
            summary = "Each ministry's latest validated score and level, and each area's average")
    @APIResponse(responseCode = "200", description = "The summary", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReadinessSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Unknown government")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response summary(@Parameter(description = "FEDERAL_IRAQ or KRG; both when absent",
                                    schema = @Schema(implementation = Government.class)) @QueryParam("government") String government,
                            @Parameter(description = "framework code") @QueryParam("framework") @DefaultValue("SES-READINESS") String framework,
                            @Context Request request) {
        Government gov = QueryParams.enumValue(Government.class, "government", government);
        Language lang = language.get();
        // each ministry's latest validated assessment of the framework
        List<Assessment> latest = em.createQuery("""
                SELECT a FROM Assessment a
                WHERE a.status = modernization.assessment.assessment.AssessmentStatus.VALIDATED AND a.frameworkCode = :framework
                  AND a.validatedAt = (SELECT max(b.validatedAt) FROM Assessment b WHERE b.ministryCode = a.ministryCode
                      AND b.frameworkCode = a.frameworkCode AND b.status = a.status)
                  AND (:government IS NULL OR a.ministryCode IN (SELECT m.code FROM Ministry m WHERE m.government = :government))
                ORDER BY a.ministryCode""", Assessment.class)
                .setParameter("framework", framework)
                .setParameter("government", gov)
                .getResultList();
        EntityTag tag = ETags.weakDigest(gov, framework, lang, latest.stream().map(a -> a.id + ":" + a.revision).toList());
        return ETags.notModified(request, tag).orElseGet(() -> Response.ok(summarize(gov, framework, latest, lang))
                .tag(tag).build());
    }

    private ReadinessSummary summarize(Government gov, String framework, List<Assessment> latest, Language lang) {
        Map<String, Ministry> ministries = new LinkedHashMap<>();
        if (!latest.isEmpty()) {
            Ministry.<Ministry>list("code in ?1", latest.stream().map(a -> a.ministryCode).toList())
                    .forEach(m -> ministries.put(m.code, m));
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        List<ReadinessSummary.MinistryReadiness> rows = new ArrayList<>();
        for (Assessment a : latest) {
            Ministry m = ministries.get(a.ministryCode);
            rows.add(new ReadinessSummary.MinistryReadiness(a.ministryCode, m == null ? a.ministryCode : m.name.in(lang),
                    m == null ? null : m.government.name(), a.period, Scoring.display(a.overallScore), a.readinessLevel,
                    a.validatedAt));
            for (ReadinessScore.AreaScore area : a.areaScores) {
                double[] sum = sums.computeIfAbsent(area.code(), k -> new double[2]);
                sum[0] += area.score();
                sum[1]++;
            }
        }
        Map<String, String> areaNames = new LinkedHashMap<>();
        FrameworkVersion.<FrameworkVersion>list("frameworkCode = ?1 order by number desc", framework).stream().findFirst()
                .ifPresent(v -> v.areas.forEach(area -> areaNames.put(area.code(), area.name().in(lang))));
        List<ReadinessSummary.AreaAverage> areas = sums.entrySet().stream()
                .map(e -> new ReadinessSummary.AreaAverage(e.getKey(), areaNames.getOrDefault(e.getKey(), e.getKey()),
                        Scoring.display(e.getValue()[0] / e.getValue()[1]), (int) e.getValue()[1]))
                .toList();
        return new ReadinessSummary(gov == null ? null : gov.name(), framework, latest.size(), rows, areas, lang.tag());
    }

}
