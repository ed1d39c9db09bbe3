package modernization.roadmap.roadmap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Violation;
import modernization.common.http.ETags;
import modernization.common.http.QueryParams;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.RequestLanguage;
import modernization.common.paging.PageRequest;
import modernization.common.paging.Paged;
import modernization.common.persistence.IdempotentRequests;
import modernization.common.security.Caller;
import modernization.common.security.Roles;
import modernization.roadmap.export.GanttSvg;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.export.MilestonesIcs;
import modernization.roadmap.export.RoadmapCsv;
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

/** Phased implementation roadmaps: generate, read, schedule, track, publish. */
@Path("/api/v1/roadmaps")
@Tag(name = "Roadmaps", description = "Phased SES implementation roadmaps")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    static final String GANTT = "image/svg+xml";
    static final String CSV = "text/csv; charset=UTF-8";
    static final String ICS = "text/calendar; charset=UTF-8";
    static final String GENERATE_EXAMPLE = """
            {"title": "KRG Senior Executive Service 2027-2030", "government": "KRG", "startDate": "2027-01-01",
             "selectedOptionIds": ["3f1c2a9e-0000-4000-8000-000000000001"], "ministryCodes": ["MOP-KRG", "MOF-KRG"]}""";
    static final String PATCH_EXAMPLE = """
            {"status": "IN_PROGRESS", "percentComplete": 40, "actualStart": "2027-02-01", "note": "Board constituted"}""";

    @Inject
    RoadmapService roadmaps;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    RequestLanguage language;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listRoadmaps",
            summary = "List roadmaps, newest first; ministry users and partner apps see published ones only")
    @APIResponse(responseCode = "200", description = "A page of roadmaps",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link", description = "RFC 8288 links: first, last, prev, next")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RoadmapView.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(
            @Parameter(description = "only this government's roadmaps", schema = @Schema(implementation = Government.class))
            @QueryParam("government") String government,
            @Parameter(description = "only roadmaps in this status", schema = @Schema(implementation = RoadmapStatus.class))
            @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        var result = roadmaps.list(QueryParams.enumValue(Government.class, "government", government),
                QueryParams.enumValue(RoadmapStatus.class, "status", status), page);
        return new Paged<>(result.items().stream().map(RoadmapView::from).toList(), result.total(), page)
                .toResponse(uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "generateRoadmap", summary = "Generate a roadmap as a DRAFT (advisers, UNDP staff)",
            description = "Reads the published version of each option from catalog-service, and the government's and each "
                    + "ministry's latest validated score from assessment-service, with the caller's token, and keeps a "
                    + "snapshot of them. "
                    + "The same inputs give the same roadmap. Honours Idempotency-Key.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GenerateRequest.class), examples = @ExampleObject(name = "krg", value = GENERATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Generated; Location points at it",
            headers = {@Header(name = "Location"), @Header(name = "ETag"), @Header(name = IdempotentRequests.REPLAYED)},
            content = @Content(schema = @Schema(implementation = RoadmapDetail.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields, no options or more than 500")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff generate roadmaps")
    @APIResponse(responseCode = "422", description = "An option that is not published, a government without a validated "
            + "government assessment, a ministry without a validated assessment or of the other government, or steps that "
            + "form a cycle, each named")
    @APIResponse(responseCode = "503", description = "catalog-service or assessment-service is not answering; named in the detail")
    public Response generate(@Valid @NotNull GenerateRequest body,
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, caller.name() + " POST /api/v1/roadmaps", body, () -> {
            Roadmap created = roadmaps.generate(body);
            Language lang = language.get();
            return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                    .tag(ETags.of(created.version))
                    .entity(RoadmapDetail.from(created, roadmaps.schedule(created), lang))
                    .build();
        });
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "previewRoadmap", summary = "What generation would give, stored nowhere (advisers, UNDP staff)",
            description = "The same body, inputs and rules as generating a roadmap; answers the roadmap it would make, "
                    + "with no id and version 0, and stores nothing, so advisers can try designs before generating one.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GenerateRequest.class), examples = @ExampleObject(name = "krg", value = GENERATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The roadmap generation would make; its id is null",
            content = @Content(schema = @Schema(implementation = RoadmapDetail.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields, no options or more than 500")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff preview roadmaps")
    @APIResponse(responseCode = "422", description = "As for generation: an input missing, a ministry of the other "
            + "government, or steps that form a cycle, each named")
    @APIResponse(responseCode = "503", description = "catalog-service or assessment-service is not answering; named in the detail")
    public Response preview(@Valid @NotNull GenerateRequest body) {
        Roadmap preview = roadmaps.preview(body);
        return Response.ok(RoadmapDetail.from(preview, roadmaps.schedule(preview), language.get())).build();
    }

    @GET
    @Path("/compare")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "compareRoadmaps", summary = "Up to four roadmaps side by side",
            description = "End date and months, activities per phase, the critical path's length and activities, "
                    + "the ministries of each wave and the legislative package, of each roadmap in the order asked.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = RoadmapComparison.class)))
    @APIResponse(responseCode = "400", description = "No ids, more than four, or one that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "One of the roadmaps does not exist or is a draft the caller may not see; named")
    public RoadmapComparison compare(
            @Parameter(description = "one to four roadmap ids, comma-separated", required = true,
                    example = "3f1c2a9e-0000-4000-8000-000000000001,3f1c2a9e-0000-4000-8000-000000000002")
            @QueryParam("ids") String ids) {
        Language lang = language.get();
        var columns = roadmaps.readableAll(compared(ids)).stream()
                .map(r -> RoadmapComparison.column(r, roadmaps.schedule(r), lang)).toList();
        return new RoadmapComparison(columns, lang.tag(), lang.direction());
    }

    static final int MAX_COMPARED = 4;

    private static final LocalizedText IDS_SIZE = new LocalizedText("must name one to four roadmaps, comma-separated",
            "يجب أن يحدد من خارطة طريق واحدة إلى أربع، مفصولة بفواصل",
            "دەبێت یەک تا چوار نەخشەڕێگا دیاری بکات، بە فاریزە لە یەک جیاکراوە");
    private static final LocalizedText IDS_FORMAT = new LocalizedText("must be roadmap ids (UUIDs), comma-separated",
            "يجب أن تكون معرّفات خرائط طريق (UUID)، مفصولة بفواصل",
            "دەبێت ناسنامەی نەخشەڕێگا بن (UUID)، بە فاریزە لە یەک جیاکراوە");

    private static List<UUID> compared(String ids) {
        List<String> parts = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).map(String::trim).filter(p -> !p.isEmpty()).distinct().toList();
        if (parts.isEmpty() || parts.size() > MAX_COMPARED) {
            throw new ApiException(ProblemType.VALIDATION, RoadmapService.INVALID_FIELDS,
                    List.of(Violation.parameter("ids", IDS_SIZE, FieldError.SIZE)));
        }
        try {
            return parts.stream().map(UUID::fromString).toList();
        } catch (IllegalArgumentException notUuid) {
            throw new ApiException(ProblemType.VALIDATION, RoadmapService.INVALID_FIELDS,
                    List.of(Violation.parameter("ids", IDS_FORMAT, FieldError.INVALID_FORMAT)));
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getRoadmap", summary = "Read a roadmap with its phases, activities, milestones and sources")
    @APIResponse(responseCode = "200", description = "The roadmap", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RoadmapDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such roadmap, or a draft the caller may not see")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return conditional(id, request, RoadmapDetail::from);
    }

    @GET
    @Path("/{id}/schedule")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getRoadmapSchedule", summary = "The critical path schedule: earliest and latest starts, slack, critical path")
    @APIResponse(responseCode = "200", description = "The schedule", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such roadmap, or a draft the caller may not see")
    public Response schedule(@PathParam("id") UUID id, @Context Request request) {
        return conditional(id, request, ScheduleView::from);
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getRoadmapProgress", summary = "Planned against reported progress per phase and overall, and slipped activities")
    @APIResponse(responseCode = "200", description = "The progress today",
            content = @Content(schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such roadmap, or a draft the caller may not see")
    public Progress progress(@PathParam("id") UUID id) {
        Roadmap roadmap = roadmaps.readable(id);
        return Progress.of(roadmap, roadmaps.schedule(roadmap), today(), language.get());
    }

    @PATCH
    @Path("/{id}/activities/{activityId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER})
    @Operation(operationId = "updateRoadmapActivity", summary = "Report progress on an activity",
            description = "Advisers and UNDP staff update any activity; a ministry user only its own ministry's. "
                    + "If-Match names the roadmap's ETag.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActivityPatch.class), examples = @ExampleObject(name = "progress", value = PATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The roadmap with the activity updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RoadmapDetail.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a percent outside 0 to 100")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Another ministry's activity, or a role that does not report progress")
    @APIResponse(responseCode = "404", description = "No such roadmap or activity")
    @APIResponse(responseCode = "409", description = "The roadmap is archived")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "actualEnd before actualStart, or DONE below 100 percent")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateActivity(@PathParam("id") UUID id, @PathParam("activityId") UUID activityId,
                                   @Parameter(name = "If-Match", required = true, description = "The ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ActivityPatch body) {
        Roadmap roadmap = roadmaps.updateActivity(id, activityId, body, ifMatch);
        return detail(roadmap);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "publishRoadmap", summary = "Publish a DRAFT roadmap to every reader (advisers, UNDP staff)")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RoadmapDetail.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff publish")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    @APIResponse(responseCode = "409", description = "Not a DRAFT")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response publish(@PathParam("id") UUID id, @Parameter(name = "If-Match", description = "Optional: the ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return detail(roadmaps.publish(id, ifMatch));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "archiveRoadmap", summary = "Archive a PUBLISHED roadmap (advisers, UNDP staff)")
    @APIResponse(responseCode = "200", description = "Archived", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RoadmapDetail.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff archive")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    @APIResponse(responseCode = "409", description = "Not PUBLISHED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response archive(@PathParam("id") UUID id, @Parameter(name = "If-Match", description = "Optional: the ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return detail(roadmaps.archive(id, ifMatch));
    }

    @GET
    @Path("/{id}/gantt.svg")
    @Produces(GANTT)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getRoadmapGantt", summary = "The roadmap as a Gantt chart (SVG), right to left for ar and ckb")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = GANTT,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such roadmap, or a draft the caller may not see")
    public Response gantt(@PathParam("id") UUID id) {
        Roadmap roadmap = roadmaps.readable(id);
        return Response.ok(GanttSvg.draw(roadmap, roadmaps.schedule(roadmap), today(), language.get()), GANTT).build();
    }

    @GET
    @Path("/{id}/export.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "exportRoadmap", summary = "The roadmap as CSV, one row per activity (UTF-8 with BOM)")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such roadmap, or a draft the caller may not see")
    public Response csv(@PathParam("id") UUID id) {
        Roadmap roadmap = roadmaps.readable(id);
        var schedule = roadmaps.schedule(roadmap);
        Language lang = language.get();
        StreamingOutput body = out -> RoadmapCsv.write(roadmap, schedule, lang, out);
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"roadmap-" + id + ".csv\"").build();
    }

    @GET
    @Path("/{id}/milestones.ics")
    @Produces(ICS)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "exportRoadmapMilestones", summary = "The milestones as an iCalendar file (RFC 5545)")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = ICS,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such roadmap, or a draft the caller may not see")
    public Response milestones(@PathParam("id") UUID id) {
        Roadmap roadmap = roadmaps.readable(id);
        return Response.ok(MilestonesIcs.write(roadmap, roadmaps.schedule(roadmap), language.get()), ICS)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"milestones-" + id + ".ics\"").build();
    }

    /** A view of a readable roadmap and its schedule, tagged by roadmap version and language; 304 when unchanged. */
    private Response conditional(UUID id, Request request, View view) {
        Language lang = language.get();
        Roadmap roadmap = roadmaps.readable(id);
        EntityTag tag = new EntityTag(roadmap.version + "-" + lang.tag());
        return ETags.notModified(request, tag).orElseGet(() ->
                Response.ok(view.of(roadmap, roadmaps.schedule(roadmap), lang)).tag(tag).build());
    }

    @FunctionalInterface
    private interface View {
        Object of(Roadmap roadmap, Schedule schedule, Language lang);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Response detail(Roadmap roadmap) {
        Language lang = language.get();
        return Response.ok(RoadmapDetail.from(roadmap, roadmaps.schedule(roadmap), lang))
                .tag(ETags.of(roadmap.version)).build();
    }
}
