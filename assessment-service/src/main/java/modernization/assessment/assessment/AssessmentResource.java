package modernization.assessment.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.assessment.framework.CriterionScope;
import modernization.assessment.framework.FrameworkContent;
import modernization.assessment.framework.FrozenFrameworks;
import modernization.assessment.ministry.Government;
import modernization.assessment.scoring.ReadinessScore;
import modernization.assessment.scoring.ScoreView;
import modernization.assessment.scoring.Scoring;
import modernization.common.http.ETags;
import modernization.common.http.QueryParams;
import modernization.common.i18n.Language;
import modernization.common.i18n.RequestLanguage;
import modernization.common.paging.PageRequest;
import modernization.common.paging.Paged;
import modernization.common.persistence.IdempotentRequests;
import modernization.common.security.Caller;
import modernization.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ministry readiness assessments: start, answer, submit, review, score. */
@Path("/api/v1/assessments")
@Tag(name = "Assessments", description = "Ministry readiness assessments and their scores")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    static final String CREATE_EXAMPLE = """
            {"ministryCode": "MOP-KRG", "frameworkCode": "SES-READINESS", "frameworkVersion": 2, "period": "2026-Q4",
             "answers": [{"criterionCode": "MERIT.OPEN_ADVERTISING", "level": 2,
                          "evidence": "Vacancy notices of 2026", "comment": "Only some posts advertised"}]}""";
    static final String CREATE_GOVERNMENT_EXAMPLE = """
            {"government": "KRG", "frameworkCode": "SES-READINESS", "frameworkVersion": 2, "period": "2026",
             "answers": [{"criterionCode": "LEGAL.CIVIL_SERVICE_LAW", "level": 2,
                          "evidence": "Civil Service Law, art. 12", "comment": "Amendment drafted"}]}""";
    static final String ANSWERS_EXAMPLE = """
            {"answers": [{"criterionCode": "LEGAL.CIVIL_SERVICE_LAW", "level": 3, "evidence": "Law No. 4 of 2026, art. 7"},
                         {"criterionCode": "MERIT.OPEN_ADVERTISING", "level": 2, "comment": "Only some posts advertised"}]}""";
    static final String REVIEW_EXAMPLE = """
            {"decision": "RETURN", "comments": [{"criterionCode": "MERIT.OPEN_ADVERTISING",
             "text": "Attach the vacancy notices published in 2026."}]}""";

    @Inject
    AssessmentService assessments;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    RequestLanguage language;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.MINISTRY_USER})
    @Operation(operationId = "createAssessment", summary = "Start an assessment (a ministry user for its own ministry, or UNDP staff)",
            description = "A ministry assessment names ministryCode and answers the ministry-scope criteria; a government "
                    + "assessment names government instead and answers the government-scope criteria (framework version 2 on), "
                    + "started by UNDP staff or by users of the government's coordinating ministry (MOP-FED, MOP-KRG). "
                    + "Send an Idempotency-Key so a retry after a dropped connection replays the first response "
                    + "instead of creating a second assessment.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentRequest.class), examples = {
                    @ExampleObject(name = "ministry", summary = "A ministry's assessment", value = CREATE_EXAMPLE),
                    @ExampleObject(name = "government", summary = "A government's own assessment (UNDP staff, or the "
                            + "coordinating ministry's users)", value = CREATE_GOVERNMENT_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Started as DRAFT; Location points at it",
            headers = {@Header(name = "Location"), @Header(name = "ETag"),
                       @Header(name = IdempotentRequests.REPLAYED, description = "true when this answer replays an earlier request")},
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields or Idempotency-Key")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Another ministry's assessment, or a role that does not submit")
    @APIResponse(responseCode = "409", description = "The ministry, or the government, already has an assessment of this framework for the period; "
            + "the detail names its id and the Link header (rel=\"related\") points at it",
            headers = @Header(name = "Link", description = "</api/v1/assessments/{id}>; rel=\"related\": the existing assessment"))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "422", description = "Unknown ministry, framework version or criteria; the same key with another body")
    public Response create(@Valid @NotNull AssessmentRequest body,
                           @Parameter(description = "any unique string per request, e.g. a UUID; kept 24 hours")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotency.runLocal(idempotencyKey, caller.name() + " POST /api/v1/assessments", body, () -> {
            Assessment created = assessments.create(body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                    .tag(ETags.of(created.revision))
                    .entity(AssessmentView.from(created, assessments.history(created.id)))
                    .build();
        });
    }

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER})
    @Operation(operationId = "listAssessments", summary = "List assessments, newest first",
            description = "Each item is a summary: what the assessment is, its status and, once validated, its score. "
                    + "The answers, their evidence and the status history are at GET /api/v1/assessments/{id}. "
                    + "A ministry user sees its own ministry's assessments only.")
    @APIResponse(responseCode = "200", description = "A page of assessment summaries",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)), @Header(name = "Link")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentSummaryView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Partner apps read aggregates only")
    public Response list(@Parameter(description = "ministry code", example = "MOP-KRG") @QueryParam("ministry") String ministry,
                         @Parameter(description = "FEDERAL_IRAQ or KRG", schema = @Schema(implementation = Government.class))
                         @QueryParam("government") String government,
                         @Parameter(description = "DRAFT, SUBMITTED, RETURNED or VALIDATED", schema = @Schema(implementation = AssessmentStatus.class))
                         @QueryParam("status") String status,
                         @Parameter(description = "a year or a quarter", example = "2026-Q4") @QueryParam("period") String period,
                         @Parameter(description = "MINISTRY or GOVERNMENT: a ministry's assessments, or a government's own",
                                 schema = @Schema(implementation = CriterionScope.class))
                         @QueryParam("subject") String subject,
                         @Parameter(description = "-createdAt (the default), -validatedAt or -period: newest first by creation, "
                                 + "by validation, or by period (year, then quarter, a whole year after its quarters)",
                                 schema = @Schema(enumeration = {"-createdAt", "-validatedAt", "-period"}))
                         @QueryParam("sort") String sort,
                         @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        var filter = new AssessmentService.Filter(QueryParams.blankToNull(ministry),
                QueryParams.enumValue(Government.class, "government", government),
                QueryParams.enumValue(CriterionScope.class, "subject", subject),
                QueryParams.enumValue(AssessmentStatus.class, "status", status), QueryParams.blankToNull(period));
        var result = assessments.list(filter, AssessmentService.Order.of(sort), page);
        List<AssessmentSummaryView> items = result.items().stream().map(AssessmentSummaryView::from).toList();
        return new Paged<>(items, result.total(), page).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER})
    @Operation(operationId = "getAssessment", summary = "Read an assessment with its answers and status history")
    @APIResponse(responseCode = "200", description = "The assessment", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Partner apps read aggregates only")
    @APIResponse(responseCode = "404", description = "No such assessment, or another ministry's")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Assessment assessment = assessments.readable(id);
        EntityTag tag = ETags.of(assessment.revision);
        return ETags.notModified(request, tag)
                .orElseGet(() -> Response.ok(AssessmentView.from(assessment, assessments.history(id))).tag(tag).build());
    }

    @PUT
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.MINISTRY_USER})
    @Operation(operationId = "replaceAssessmentAnswers", summary = "Replace all answers while DRAFT or RETURNED",
            description = "Needs If-Match with the ETag last read.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnswersRequest.class), examples = @ExampleObject(name = "answers", value = ANSWERS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The assessment with its new answers", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (levels 0 to 5, evidence up to 10,000 characters)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A role that does not answer assessments")
    @APIResponse(responseCode = "404", description = "No such assessment, or another ministry's")
    @APIResponse(responseCode = "409", description = "Submitted or validated: answers no longer change")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Unknown or repeated criteria")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replaceAnswers(@PathParam("id") UUID id, @Parameter(name = "If-Match", required = true, description = "The ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull AnswersRequest body) {
        return view(assessments.replaceAnswers(id, body, ifMatch));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.MINISTRY_USER})
    @Operation(operationId = "submitAssessment", summary = "Submit a DRAFT or RETURNED assessment for review",
            description = "422 lists every unanswered criterion and every missing required evidence. If-Match is honoured when sent.")
    @APIResponse(responseCode = "200", description = "Submitted", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A role that does not submit assessments")
    @APIResponse(responseCode = "404", description = "No such assessment, or another ministry's")
    @APIResponse(responseCode = "409", description = "Already submitted or validated")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Unanswered criteria or missing evidence, each listed")
    public Response submit(@PathParam("id") UUID id, @Parameter(name = "If-Match", description = "Optional: the ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(assessments.submit(id, ifMatch));
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "reviewAssessment", summary = "Validate or return a submitted assessment (advisers, UNDP staff)",
            description = "If-Match is honoured when sent.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewRequest.class), examples = @ExampleObject(name = "return", value = REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "VALIDATED or RETURNED", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff review")
    @APIResponse(responseCode = "404", description = "No such assessment")
    @APIResponse(responseCode = "409", description = "The assessment is not SUBMITTED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "RETURN without comments, or comments on unknown criteria")
    public Response review(@PathParam("id") UUID id,
                           @Parameter(name = "If-Match", description = "Optional: the ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ReviewRequest body) {
        return view(assessments.review(id, body, ifMatch));
    }

    @GET
    @Path("/{id}/score")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER})
    @Operation(operationId = "getAssessmentScore", summary = "The readiness score: overall, level, areas, gaps, evidence completeness")
    @APIResponse(responseCode = "200", description = "The score", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ScoreView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Partner apps read aggregates only")
    @APIResponse(responseCode = "404", description = "No such assessment, or another ministry's")
    public Response score(@PathParam("id") UUID id, @Context Request request) {
        Language lang = language.get();
        Assessment assessment = assessments.readable(id);
        EntityTag tag = new EntityTag(assessment.revision + "-" + lang.tag());
        return ETags.notModified(request, tag).orElseGet(() -> {
            FrozenFrameworks.Content framework = assessments.framework(assessment);
            ReadinessScore score = assessments.score(assessment);
            return Response.ok(view(assessment, framework, assessments.namedCriteria(framework), score, lang)).tag(tag).build();
        });
    }

    static ScoreView view(Assessment assessment, FrozenFrameworks.Content framework,
                          Map<String, FrameworkContent.Criterion> named, ReadinessScore score, Language lang) {
        var areas = score.areas().stream().map(a -> new ScoreView.AreaView(a.code(),
                area(framework, a.code()).map(f -> f.name().in(lang)).orElse(a.code()),
                a.weight(), Scoring.display(a.score()), a.answered(), a.criteria())).toList();
        var gaps = score.gaps().stream().map(g -> {
            FrameworkContent.Criterion own = FrameworkContent.criterion(framework.areas(), g.criterionCode()).orElseThrow();
            FrameworkContent.Criterion later = named.getOrDefault(g.criterionCode(), own);
            String name = later.name() != null ? later.name().in(lang) : own.question().in(lang);
            return new ScoreView.GapView(g.criterionCode(), name, later.scope(), g.areaCode(),
                    area(framework, g.areaCode()).map(FrameworkContent.Area::pillars).orElse(List.of()),
                    own.question().in(lang), g.weight(), g.level());
        }).toList();
        return new ScoreView(assessment.id, assessment.ministryCode, assessment.government, assessment.subject(),
                Scoring.display(score.overall()), score.overall(), score.level(),
                areas, gaps, Scoring.display(100 * score.evidenceCompleteness()), score.complete(), score.answered(),
                score.criteria());
    }

    private static java.util.Optional<FrameworkContent.Area> area(FrozenFrameworks.Content framework, String code) {
        return framework.areas().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    private Response view(Assessment assessment) {
        return Response.ok(AssessmentView.from(assessment, assessments.history(assessment.id)))
                .tag(ETags.of(assessment.revision)).build();
    }

}
