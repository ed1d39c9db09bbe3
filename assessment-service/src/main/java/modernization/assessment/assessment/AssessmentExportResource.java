package modernization.assessment.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import modernization.assessment.framework.FrameworkContent;
import modernization.assessment.framework.FrameworkVersion;
import modernization.assessment.ministry.Government;
import modernization.assessment.ministry.Ministry;
import modernization.assessment.scoring.ReadinessScore;
import modernization.assessment.scoring.Scoring;
import modernization.common.csv.SpreadsheetCells;
import modernization.common.http.QueryParams;
import modernization.common.security.Roles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The spreadsheet export of assessments: one row per assessment and area. */
@Path("/api/v1/assessments/export.csv")
@Tag(name = "Assessments")
@SecurityRequirement(name = "oidc")
public class AssessmentExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String[] HEADER = {"assessment_id", "ministry_code", "ministry_name_en", "ministry_name_ar",
        "ministry_name_ckb", "government", "framework", "framework_version", "period", "status", "overall_score",
        "readiness_level", "area_code", "area_weight", "area_score", "subject"};
    /**
     * Assessments held at once. One can carry up to 1 MB of answers (the body limit), which the heap
     * holds at about twice that: 20 stay well inside the 128 MB heap the services run with.
     */
    public static final int CHUNK = 20;

    @Inject
    AssessmentService assessments;

    @GET
    @Produces(CSV)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER})
    @Operation(operationId = "exportAssessments", summary = "Export assessments as CSV, one row per assessment and area",
            description = "A ministry user's export holds its own ministry's assessments only. "
                    + "UTF-8 with a byte order mark so spreadsheets show Arabic and Kurdish names intact. Scores have "
                    + "one decimal; a validated assessment's level is the one it was validated with.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown filter value")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Partner apps do not read assessments")
    public Response export(@Parameter(description = "FEDERAL_IRAQ or KRG") @QueryParam("government") String government,
                           @Parameter(description = "DRAFT, SUBMITTED, RETURNED or VALIDATED") @QueryParam("status") String status,
                           @Parameter(description = "a year or a quarter") @QueryParam("period") String period) {
        var filter = new AssessmentService.Filter(null, QueryParams.enumValue(Government.class, "government", government),
                null, QueryParams.enumValue(AssessmentStatus.class, "status", status),
                period == null || period.isBlank() ? null : period);
        // the caller's scope is fixed now; the assessments are read and written a chunk at a time, each
        // chunk after the last one written, so an export of any size streams in constant memory
        AssessmentService.ExportScope scope = assessments.exportScope(filter);
        Map<String, FrameworkVersion> frameworks = FrameworkVersion.<FrameworkVersion>listAll().stream()
                .collect(Collectors.toMap(v -> v.frameworkCode + "#" + v.number, Function.identity()));
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
                Assessment last = null;
                while (true) {
                    Assessment after = last;
                    Chunk read = QuarkusTransaction.requiringNew().call(() -> Chunk.of(scope.after(after, CHUNK)));
                    for (Assessment a : read.assessments()) {
                        write(csv, a, read.ministries().get(a.ministryCode),
                                frameworks.get(a.frameworkCode + "#" + a.frameworkVersion));
                    }
                    csv.flush();
                    if (read.assessments().size() < CHUNK) {
                        break;
                    }
                    last = read.assessments().get(read.assessments().size() - 1);
                }
            }
        };
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"assessments.csv\"")
                .build();
    }

    /** Assessments of a chunk, newest first, with their ministries. */
    private record Chunk(List<Assessment> assessments, Map<String, Ministry> ministries) {

        static Chunk of(List<Assessment> assessments) {
            Map<String, Ministry> ministries = assessments.isEmpty() ? Map.of()
                    : Ministry.<Ministry>list("code in ?1", assessments.stream().map(a -> a.ministryCode)
                            .filter(java.util.Objects::nonNull).distinct().toList())
                            .stream().collect(Collectors.toMap(m -> m.code, Function.identity()));
            return new Chunk(assessments, ministries);
        }
    }

    private static void write(CSVPrinter csv, Assessment a, Ministry m, FrameworkVersion framework) throws java.io.IOException {
        ReadinessScore score = Scoring.score(FrameworkContent.answeredBy(framework.areas, a.subject()), a.answers);
        String level = a.readinessLevel != null ? a.readinessLevel : score.level().name();
        for (ReadinessScore.AreaScore area : score.areas()) {
            // a government's own assessment has no ministry: its ministry cells stay empty
            csv.printRecord(SpreadsheetCells.row(a.id, a.ministryCode, m == null ? null : m.name.en(),
                    m == null ? null : m.name.ar(), m == null ? null : m.name.ckb(), a.government,
                    a.frameworkCode, a.frameworkVersion, a.period, a.status,
                    Scoring.display(score.overall()), level, area.code(), area.weight(),
                    Scoring.display(area.score()), a.subject()));
        }
    }
}
