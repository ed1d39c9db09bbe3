package modernization.roadmap.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import modernization.common.http.ETags;
import modernization.common.i18n.LocalizedText;
import modernization.common.paging.PageRequest;
import modernization.common.persistence.audit.AuditLog;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.Violation;
import modernization.common.problem.ProblemType;
import modernization.common.security.Caller;
import modernization.roadmap.generation.GenerationRules;
import modernization.roadmap.generation.PlannedActivity;
import modernization.roadmap.generation.RoadmapGenerator;
import modernization.roadmap.generation.RoadmapInputs;
import modernization.roadmap.schedule.CriticalPath;
import modernization.roadmap.schedule.DependencyCycleException;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.Task;

/** Roadmaps: generation, who may see them, tracking and lifecycle. */
@ApplicationScoped
public class RoadmapService {

    static final String ENTITY = "roadmap";
    static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_START = LocalDate.of(2100, 12, 31);

    /** The detail of a 400 naming the fields this service finds invalid (the resource's too). */
    static final LocalizedText INVALID_FIELDS = new LocalizedText("The request has invalid fields.",
            "يحتوي الطلب على حقول غير صالحة.", "داواکارییەکە خانەی نادروستی تێدایە.");
    private static final LocalizedText START_DATE_RANGE = new LocalizedText("must be between 2000-01-01 and 2100-12-31",
            "يجب أن يكون بين 2000-01-01 و2100-12-31", "دەبێت لە نێوان 2000-01-01 و 2100-12-31 دابێت");
    private static final LocalizedText ARCHIVED_ROADMAP = new LocalizedText(
            "The roadmap is archived; its progress no longer changes.",
            "خارطة الطريق مؤرشفة؛ لم يعد تقدّمها قابلاً للتغيير.",
            "نەخشەڕێگاکە ئەرشیف کراوە؛ ئیتر پێشکەوتنەکەی ناگۆڕێت.");

    @Inject
    Caller caller;

    @Inject
    RoadmapInputs inputs;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    GenerationRules rules;

    public record Page(List<Roadmap> items, long total) {
    }

    public Page list(Government government, RoadmapStatus status, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.isEditor()) {
            where.add("status = :published");
            params.and("published", RoadmapStatus.PUBLISHED);
        }
        if (government != null) {
            where.add("government = :government");
            params.and("government", government);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        Sort order = Sort.descending("createdAt").and("id");
        PanacheQuery<Roadmap> query = where.isEmpty()
                ? Roadmap.findAll(order)
                : Roadmap.find(String.join(" and ", where), order, params);
        return new Page(query.page(page.page, page.size).list(), query.count());
    }

    /** The roadmap, if the caller may see it: drafts and archived ones are for advisers and UNDP staff. */
    public Roadmap readable(UUID id) {
        return visible(id, Roadmap.<Roadmap>findByIdOptional(id));
    }

    /**
     * {@link #readable} for a change: the row stays locked until the transaction ends, so concurrent
     * writers take turns and each sees what the one before it left (a stale If-Match is 412, a
     * status already moved on 409), instead of failing at commit.
     */
    private Roadmap writable(UUID id) {
        return visible(id, Roadmap.<Roadmap>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Roadmap visible(UUID id, Optional<Roadmap> found) {
        Roadmap roadmap = found.orElseThrow(() -> notFound(id));
        if (!caller.isEditor() && !roadmap.isPublic()) {
            throw notFound(id);
        }
        return roadmap;
    }

    /** A plan and its schedule, and the inputs it was made from. */
    record Generated(List<PlannedActivity> planned, RoadmapInputs.Inputs read, Schedule schedule) {
    }

    /** Reads the inputs (outside any transaction: they come over the network), plans, schedules and stores. */
    public Roadmap generate(GenerateRequest request) {
        Generated generated = plan(request);
        return store(request, generated.planned(), generated.read(), generated.schedule());
    }

    /** What {@link #generate} would store, by the same rules, stored nowhere: it has no id and no version. */
    public Roadmap preview(GenerateRequest request) {
        Generated generated = plan(request);
        Roadmap roadmap = new Roadmap(request.title(), request.government(), request.startDate(), caller.name());
        roadmap.plan(generated.planned(), generated.read().sources(), generated.schedule().durationDays());
        roadmap.id = null;
        roadmap.createdAt = clock.instant();
        roadmap.updatedAt = roadmap.createdAt;
        return roadmap;
    }

    private Generated plan(GenerateRequest request) {
        if (request.startDate().isBefore(EARLIEST_START) || request.startDate().isAfter(LATEST_START)) {
            throw new ApiException(ProblemType.VALIDATION, INVALID_FIELDS,
                    List.of(new Violation("startDate", START_DATE_RANGE, FieldError.OUT_OF_RANGE)));
        }
        RoadmapInputs.Inputs read = inputs.read(request.government(), request.selectedOptionIds(), request.ministryCodes());
        List<PlannedActivity> planned;
        try {
            planned = RoadmapGenerator.plan(read.options(), read.government(), read.ministries(), rules.rules());
        } catch (DependencyCycleException cycle) {
            throw cycleRejected(cycle);
        }
        Schedule schedule = schedule(planned.stream().map(p -> new Task(p.code(), p.durationDays(), p.dependsOn())).toList());
        return new Generated(planned, read, schedule);
    }

    @Transactional
    Roadmap store(GenerateRequest request, List<PlannedActivity> planned, RoadmapInputs.Inputs read, Schedule schedule) {
        Roadmap roadmap = new Roadmap(request.title(), request.government(), request.startDate(), caller.name());
        roadmap.plan(planned, read.sources(), schedule.durationDays());
        roadmap.persist();
        Roadmap.flush();
        audit.record(caller.name(), "ROADMAP_GENERATED", ENTITY, roadmap.id.toString(), Map.of("title", roadmap.title,
                "government", roadmap.government.name(), "options", request.selectedOptionIds().size(),
                "ministries", request.ministryCodes()));
        return roadmap;
    }

    /** Up to four roadmaps the caller may read, in the order asked; any other is 404 naming it. */
    public List<Roadmap> readableAll(List<UUID> ids) {
        return ids.stream().map(this::readable).map(RoadmapService::loaded).toList();
    }

    public Schedule schedule(Roadmap roadmap) {
        return schedule(roadmap.activities.stream()
                .map(a -> new Task(a.code, a.durationDays, List.of(a.dependsOn))).toList());
    }

    static Schedule schedule(List<Task> tasks) {
        try {
            return CriticalPath.schedule(tasks);
        } catch (DependencyCycleException cycle) {
            throw cycleRejected(cycle);
        }
    }

    private static ApiException cycleRejected(DependencyCycleException cycle) {
        String path = String.join(" -> ", cycle.cycle());
        return ApiException.unprocessable(new LocalizedText("The activities depend on each other in a cycle: %s.",
                "تعتمد الأنشطة بعضها على بعض في حلقة مغلقة: %s.",
                "چالاکییەکان لە بازنەیەکی داخراودا پشت بە یەکتر دەبەستن: %s.").format(path),
                List.of(new Violation("selectedOptionIds", new LocalizedText(
                        "the implementation steps of the chosen options form a cycle: %s",
                        "خطوات تنفيذ خيارات التصميم المختارة تشكّل حلقة مغلقة: %s",
                        "هەنگاوەکانی جێبەجێکردنی هەڵبژاردە دیزاینە هەڵبژێردراوەکان بازنەیەکی داخراو پێکدەهێنن: %s")
                        .format(path))));
    }

    @Transactional
    public Roadmap updateActivity(UUID roadmapId, UUID activityId, ActivityPatch patch, String ifMatch) {
        Roadmap roadmap = writable(roadmapId);
        Activity activity = roadmap.activities.stream().filter(a -> a.id.equals(activityId)).findFirst()
                .orElseThrow(() -> ApiException.notFound(new LocalizedText("Roadmap %s has no activity %s.",
                        "لا يوجد في خارطة الطريق %s نشاط بالمعرّف %s.",
                        "نەخشەڕێگای %s هیچ چالاکییەکی بە ناسنامەی %s تێدا نییە.").format(roadmapId, activityId)));
        // who may change it comes first: another ministry learns nothing from a precondition answer
        if (!caller.isEditor() && !caller.ministry().map(activity.owner::equals).orElse(false)) {
            throw ApiException.forbidden(new LocalizedText(
                    "A ministry updates the progress of its own activities only; this one belongs to %s.",
                    "لا تُحدّث الوزارة إلا تقدّم أنشطتها؛ وهذا النشاط يخص %s.",
                    "وەزارەت تەنها پێشکەوتنی چالاکییەکانی خۆی نوێ دەکاتەوە؛ ئەم چالاکییە دەگەڕێتەوە بۆ %s.")
                    .format(activity.owner));
        }
        ETags.requireIfMatch(ifMatch, roadmap.version);
        if (roadmap.status == RoadmapStatus.ARCHIVED) {
            throw ApiException.conflict(ARCHIVED_ROADMAP);
        }
        activity.report(patch, caller.name(), clock.instant());
        // the roadmap's version tags the whole document, activities included; its row is locked already,
        // so the increment is written now (an optimistic one would be skipped under the stronger lock)
        Roadmap.getEntityManager().lock(roadmap, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Roadmap.flush();
        audit.record(caller.name(), "ACTIVITY_PROGRESS_REPORTED", ENTITY, roadmap.id.toString(), Map.of(
                "activity", activity.code, "status", activity.status.name(), "percentComplete", activity.percentComplete));
        return roadmap;
    }

    @Transactional
    public Roadmap publish(UUID id, String ifMatch) {
        Roadmap roadmap = writable(id);
        ETags.checkIfMatchWhenPresent(ifMatch, roadmap.version);
        roadmap.publish();
        Roadmap.flush();
        audit.record(caller.name(), "ROADMAP_PUBLISHED", ENTITY, roadmap.id.toString(), Map.of());
        return loaded(roadmap);
    }

    @Transactional
    public Roadmap archive(UUID id, String ifMatch) {
        Roadmap roadmap = writable(id);
        ETags.checkIfMatchWhenPresent(ifMatch, roadmap.version);
        roadmap.archive();
        Roadmap.flush();
        audit.record(caller.name(), "ROADMAP_ARCHIVED", ENTITY, roadmap.id.toString(), Map.of());
        return loaded(roadmap);
    }

    /** The roadmap with its activities loaded, to be shown after its transaction ends. */
    private static Roadmap loaded(Roadmap roadmap) {
        roadmap.activities.size();
        return roadmap;
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound(new LocalizedText("No roadmap %s.", "لا توجد خارطة طريق بالمعرّف %s.",
                "هیچ نەخشەڕێگایەک بە ناسنامەی %s نییە.").format(id));
    }
}
