package modernization.assessment.assessment;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import modernization.common.persistence.audit.AuditLog;
import modernization.common.persistence.outbox.EventAudience;
import modernization.common.persistence.outbox.Outbox;
import modernization.assessment.framework.CriterionScope;
import modernization.assessment.framework.FrameworkContent;
import modernization.assessment.framework.FrozenFrameworks;
import modernization.assessment.ministry.CoordinatingMinistries;
import modernization.assessment.ministry.Government;
import modernization.assessment.ministry.Ministry;
import modernization.assessment.scoring.ReadinessScore;
import modernization.assessment.scoring.Scoring;
import modernization.common.http.ETags;
import modernization.common.i18n.LocalizedText;
import modernization.common.paging.PageRequest;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Violation;
import modernization.common.security.Caller;
import modernization.common.security.Roles;
import org.hibernate.jpa.HibernateHints;

/**
 * Assessments and who sees them: a ministry user acts only for the ministry in its token, and
 * another ministry's assessments do not exist for it (404, never in lists). A government's own
 * assessment is answered by UNDP staff and by the users of the government's coordinating ministry,
 * who also read it; advisers and UNDP staff read every assessment.
 */
@ApplicationScoped
public class AssessmentService {

    private static final LocalizedText INVALID_FIELDS = new LocalizedText("The request has invalid fields.",
            "يحتوي الطلب على حقول غير صالحة.", "داواکارییەکە خانەی نادروستی تێدایە.");

    private static final LocalizedText MINISTRY_OR_GOVERNMENT = new LocalizedText(
            "name either a ministry (ministryCode) or a government (government), not both",
            "حدِّد إما وزارة (ministryCode) أو حكومة (government)، لا كلتيهما",
            "یان وەزارەتێک (ministryCode) یان حکومەتێک (government) دیاری بکە، نەک هەردووکیان");

    private static final LocalizedText OWN_MINISTRY_ONLY = new LocalizedText(
            "A ministry user starts assessments for its own ministry only (%s).",
            "لا يمكن لمستخدم الوزارة أن يبدأ تقييمات إلا لوزارته (%s).",
            "بەکارهێنەری وەزارەت تەنها بۆ وەزارەتەکەی خۆی دەتوانێت هەڵسەنگاندن دەست پێ بکات (%s).");

    private static final LocalizedText OWN_MINISTRY_ONLY_NONE_IN_TOKEN = new LocalizedText(
            "A ministry user starts assessments for its own ministry only (none in the token).",
            "لا يمكن لمستخدم الوزارة أن يبدأ تقييمات إلا لوزارته (ولا يحدِّد رمز الدخول أي وزارة).",
            "بەکارهێنەری وەزارەت تەنها بۆ وەزارەتەکەی خۆی دەتوانێت هەڵسەنگاندن دەست پێ بکات "
                    + "(هیچ وەزارەتێک لە تۆکنی چوونەژوورەوەدا دیاری نەکراوە).");

    private static final LocalizedText REFERS_TO_NOTHING = new LocalizedText(
            "The assessment refers to things that do not exist.",
            "يشير التقييم إلى عناصر غير موجودة.",
            "هەڵسەنگاندنەکە ئاماژە بە شتانێک دەکات کە بوونیان نییە.");

    private static final LocalizedText SORT_VALUES = new LocalizedText("must be -createdAt, -validatedAt or -period",
            "يجب أن تكون القيمة -createdAt أو -validatedAt أو -period",
            "دەبێت یەکێک بێت لەمانە: -createdAt، -validatedAt یان -period");

    private static final LocalizedText ANSWERS_DO_NOT_FIT = new LocalizedText("Some answers do not fit the framework.",
            "بعض الإجابات لا تتوافق مع الإطار.", "هەندێک لە وەڵامەکان لەگەڵ چوارچێوەکە ناگونجێن.");

    private static final LocalizedText COMMENTS_NAME_UNKNOWN_CRITERIA = new LocalizedText(
            "Some comments name criteria the framework does not have.",
            "تشير بعض الملاحظات إلى معايير غير موجودة في الإطار.",
            "هەندێک لە تێبینییەکان ئاماژە بە پێوەرانێک دەکەن کە لە چوارچێوەکەدا نین.");

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    FrozenFrameworks frameworks;

    @Inject
    CoordinatingMinistries coordinating;

    @Inject
    Outbox outbox;

    public record Filter(String ministry, Government government, CriterionScope subject, AssessmentStatus status,
                         String period) {
    }

    public record Page(List<Summary> items, long total) {
    }

    /** The columns a list shows of an assessment: never its answers, which can run to megabytes. */
    public record Summary(UUID id, String ministryCode, Government government, String frameworkCode, int frameworkVersion, String period,
                          AssessmentStatus status, long revision, String createdBy, Instant createdAt, String updatedBy,
                          Instant updatedAt, Instant submittedAt, Instant validatedAt, Double overallScore,
                          String readinessLevel) {
    }

    @Transactional
    public Assessment create(AssessmentRequest request) {
        if ((request.ministryCode() == null) == (request.government() == null)) {
            throw new ApiException(ProblemType.VALIDATION, INVALID_FIELDS, List.of(
                    new Violation("ministryCode", MINISTRY_OR_GOVERNMENT),
                    new Violation("government", MINISTRY_OR_GOVERNMENT)));
        }
        List<Violation> errors = new ArrayList<>();
        Government government = request.government();
        if (request.ministryCode() != null) {
            if (!caller.hasAnyRole(Roles.UNDP_STAFF) && !ownMinistry().map(request.ministryCode()::equals).orElse(false)) {
                throw ApiException.forbidden(ownMinistry().map(own -> OWN_MINISTRY_ONLY.format(own))
                        .orElse(OWN_MINISTRY_ONLY_NONE_IN_TOKEN));
            }
            Optional<Ministry> ministry = Ministry.findByCode(request.ministryCode());
            if (ministry.isEmpty()) {
                errors.add(new Violation("ministryCode", new LocalizedText("names no registered ministry: %s",
                        "لا توجد وزارة مسجَّلة بهذا الرمز: %s", "هیچ وەزارەتێکی تۆمارکراو بەم کۆدە نییە: %s")
                        .format(request.ministryCode()), FieldError.UNKNOWN));
            } else {
                government = ministry.get().government;
            }
        } else if (!caller.hasAnyRole(Roles.UNDP_STAFF) && !coordinates(government)) {
            throw ApiException.forbidden(new LocalizedText(
                    "A government's own assessment is started by UNDP staff or by users of its coordinating ministry, %s.",
                    "لا يبدأ تقييمَ الحكومة نفسها إلا موظفو برنامج الأمم المتحدة الإنمائي (UNDP) أو مستخدمو وزارتها المنسِّقة (%s).",
                    "هەڵسەنگاندنی تایبەت بە خودی حکومەت تەنها کارمەندانی UNDP یان بەکارهێنەرانی "
                            + "وەزارەتی هەماهەنگیکاری حکومەتەکە (%s) دەتوانن دەستی پێ بکەن.")
                    .format(coordinating.of(government)));
        }
        Optional<FrozenFrameworks.Content> framework = frameworks.find(request.frameworkCode(), request.frameworkVersion());
        CriterionScope subject = request.ministryCode() == null ? CriterionScope.GOVERNMENT : CriterionScope.MINISTRY;
        if (framework.isEmpty()) {
            errors.add(new Violation("frameworkVersion", new LocalizedText("framework %s has no version %s",
                    "لا يوجد إصدار رقم %2$s من الإطار %1$s", "وەشانی %2$s لە چوارچێوەی %1$s بوونی نییە")
                    .format(request.frameworkCode(), request.frameworkVersion())));
        } else if (FrameworkContent.answeredBy(framework.get().areas(), subject).isEmpty()) {
            errors.add(new Violation("frameworkVersion", (subject == CriterionScope.GOVERNMENT
                    ? new LocalizedText("%s v%s has no criteria a government answers: government assessments start from "
                            + "a version whose criteria have a scope (2 or later)",
                            "لا يتضمن الإصدار %2$s من %1$s أي معيار تجيب عنه الحكومة: تبدأ تقييمات الحكومة من إصدار "
                                    + "حُدِّد فيه نطاق معاييره (الإصدار 2 أو ما بعده)",
                            "وەشانی %2$s لە %1$s هیچ پێوەرێکی تێدا نییە کە حکومەت وەڵامی بداتەوە: هەڵسەنگاندنی حکومەت "
                                    + "لە وەشانێکەوە دەست پێ دەکات کە مەودای پێوەرەکانی دیاری کرابێت (وەشانی 2 یان دواتر)")
                    : new LocalizedText("%s v%s has no criteria a ministry answers",
                            "لا يتضمن الإصدار %2$s من %1$s أي معيار تجيب عنه الوزارة",
                            "وەشانی %2$s لە %1$s هیچ پێوەرێکی تێدا نییە کە وەزارەت وەڵامی بداتەوە"))
                    .format(request.frameworkCode(), request.frameworkVersion())));
        } else {
            errors.addAll(answerErrors(framework.get(), subject, request.answersOrEmpty()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(REFERS_TO_NOTHING, errors);
        }
        Optional<Assessment> existing = request.ministryCode() != null
                ? Assessment.find("ministryCode = ?1 and frameworkCode = ?2 and period = ?3",
                        request.ministryCode(), request.frameworkCode(), request.period()).firstResultOptional()
                : Assessment.find("ministryCode is null and government = ?1 and frameworkCode = ?2 and period = ?3",
                        government, request.frameworkCode(), request.period()).firstResultOptional();
        if (existing.isPresent()) {
            UUID id = existing.get().id;
            LocalizedText exists = request.ministryCode() != null
                    ? new LocalizedText("%s already has a %s assessment for %s: %s; answer that one instead.",
                            "يوجد مسبقًا للوزارة %1$s تقييم %2$s للفترة %3$s: %4$s؛ أجب عن ذلك التقييم بدلًا من بدء تقييم جديد.",
                            "هەڵسەنگاندنێکی %2$s بۆ ماوەی %3$s پێشتر بۆ وەزارەتی %1$s هەیە: %4$s؛ "
                                    + "لە جیاتی دەستپێکردنی هەڵسەنگاندنێکی نوێ، وەڵامی ئەو هەڵسەنگاندنە بدەرەوە.")
                    : new LocalizedText("%s (government) already has a %s assessment for %s: %s; answer that one instead.",
                            "يوجد مسبقًا للحكومة %1$s تقييم %2$s للفترة %3$s: %4$s؛ أجب عن ذلك التقييم بدلًا من بدء تقييم جديد.",
                            "هەڵسەنگاندنێکی %2$s بۆ ماوەی %3$s پێشتر بۆ حکومەتی %1$s هەیە: %4$s؛ "
                                    + "لە جیاتی دەستپێکردنی هەڵسەنگاندنێکی نوێ، وەڵامی ئەو هەڵسەنگاندنە بدەرەوە.");
            String named = request.ministryCode() != null ? request.ministryCode() : String.valueOf(government);
            throw ApiException.conflict(exists.format(named, request.frameworkCode(), request.period(), id))
                    .withHeader("Link", "</api/v1/assessments/" + id + ">; rel=\"related\"");
        }
        frameworks.markInUse(framework.get());
        Assessment assessment = Assessment.start(government, request.ministryCode(), request.frameworkCode(),
                request.frameworkVersion(), request.period(), request.answersOrEmpty(), caller.name(), clock.instant());
        assessment.persist();
        assessment.created().persist();
        Assessment.flush();
        audit.record(caller.name(), "ASSESSMENT_CREATED", "assessment", assessment.id.toString(),
                Map.of("subject", request.ministryCode() == null ? government.name() : assessment.ministryCode,
                        "period", assessment.period,
                        "framework", assessment.frameworkCode + " v" + assessment.frameworkVersion,
                        "answers", assessment.answers.size()));
        return assessment;
    }

    /** {@link Order#CREATED} in a query's own words, for queries written out in full. */
    public static final String NEWEST_CREATED_FIRST = "createdAt desc, id";

    /**
     * The orders a list can come in: newest created first (the default), newest validated first, or
     * latest period first (by year, then quarter, a whole year after its quarters; then newest validated).
     */
    public enum Order {
        CREATED("-createdAt", Sort.descending("createdAt").and("id")),
        PERIOD("-period", Sort.descending("periodOrder")
                .and("validatedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id")),
        VALIDATED("-validatedAt", Sort.by("validatedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                .and("id"));

        private final String parameter;
        private final Sort sort;

        Order(String parameter, Sort sort) {
            this.parameter = parameter;
            this.sort = sort;
        }

        /** The order a {@code sort} query parameter names; absent means {@link #CREATED}. */
        public static Order of(String parameter) {
            if (parameter == null || parameter.isBlank()) {
                return CREATED;
            }
            for (Order order : values()) {
                if (order.parameter.equals(parameter)) {
                    return order;
                }
            }
            throw new ApiException(ProblemType.VALIDATION, INVALID_FIELDS,
                    List.of(Violation.parameter("sort", SORT_VALUES, FieldError.INVALID_FORMAT)));
        }
    }

    public Page list(Filter filter, Order order, PageRequest page) {
        Conditions conditions = conditions(filter);
        var query = conditions.where().isEmpty() ? Assessment.<Assessment>findAll(order.sort)
                : Assessment.<Assessment>find(conditions.where(), order.sort, conditions.params());
        return new Page(query.page(page.page, page.size).project(Summary.class).list(), query.count());
    }

    /**
     * The assessments that match the filter in the caller's scope, to be read a chunk at a time
     * without the caller (an export streams after its request's context has ended).
     */
    public ExportScope exportScope(Filter filter) {
        Conditions conditions = conditions(filter);
        return new ExportScope(conditions.where(), conditions.params().map());
    }

    /** A query of assessments read in {@link #NEWEST_CREATED_FIRST} order by keyset, so every row is reached. */
    public record ExportScope(String where, Map<String, Object> params) {

        /** Up to {@code size} assessments after {@code last} (null: from the start), read-only. */
        public List<Assessment> after(Assessment last, int size) {
            List<String> conditions = new ArrayList<>();
            if (!where.isEmpty()) {
                conditions.add("(" + where + ")");
            }
            Parameters params = new Parameters();
            this.params.forEach(params::and);
            if (last != null) {
                conditions.add("(createdAt < :lastCreated or (createdAt = :lastCreated and id > :lastId))");
                params.and("lastCreated", last.createdAt).and("lastId", last.id);
            }
            // read-only: nothing is written back, so Hibernate keeps no second copy of the answers to compare
            return Assessment.<Assessment>find((conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ")
                            + "order by " + NEWEST_CREATED_FIRST, params)
                    .withHint(HibernateHints.HINT_READ_ONLY, true)
                    .page(0, size)
                    .list();
        }
    }

    private record Conditions(String where, Parameters params) {
    }

    /** The filter, and for a ministry user its own ministry only, as a query condition. */
    private Conditions conditions(Filter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (scopedToOwnMinistry()) {
            Optional<Government> coordinated = ownMinistry().flatMap(coordinating::coordinatedBy);
            if (coordinated.isPresent()) {
                where.add("(ministryCode = :own or (ministryCode is null and government = :coordinated))");
                params.and("coordinated", coordinated.get());
            } else {
                where.add("ministryCode = :own");
            }
            params.and("own", ownMinistry().orElse(""));
        }
        if (filter.ministry() != null) {
            where.add("ministryCode = :ministry");
            params.and("ministry", filter.ministry());
        }
        if (filter.government() != null) {
            where.add("government = :government");
            params.and("government", filter.government());
        }
        if (filter.subject() != null) {
            where.add(filter.subject() == CriterionScope.GOVERNMENT ? "ministryCode is null" : "ministryCode is not null");
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.period() != null) {
            where.add("period = :period");
            params.and("period", filter.period());
        }
        return new Conditions(String.join(" and ", where), params);
    }

    /** The assessment, if the caller may read it; otherwise it does not exist for the caller (404). */
    public Assessment readable(UUID id) {
        return visible(id, Assessment.<Assessment>findByIdOptional(id));
    }

    /**
     * {@link #readable} for a change: the row stays locked until the transaction ends, so concurrent
     * writers take turns and each sees what the one before it left (a stale If-Match is 412, a
     * status already moved on 409), instead of failing at commit.
     */
    Assessment writable(UUID id) {
        return visible(id, Assessment.<Assessment>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Assessment visible(UUID id, Optional<Assessment> found) {
        Assessment assessment = found.orElseThrow(() -> notFound(id));
        if (scopedToOwnMinistry() && !(assessment.ministryCode == null ? coordinates(assessment.government)
                : ownMinistry().map(assessment.ministryCode::equals).orElse(false))) {
            throw notFound(id);
        }
        return assessment;
    }

    public List<StatusChange> history(UUID id) {
        return StatusChange.list("assessmentId = ?1 order by changedAt, id", id);
    }

    @Transactional
    public Assessment replaceAnswers(UUID id, AnswersRequest request, String ifMatch) {
        Assessment assessment = writable(id);
        ETags.requireIfMatch(ifMatch, assessment.revision);
        List<Violation> errors = answerErrors(framework(assessment), assessment.subject(), request.answers());
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ANSWERS_DO_NOT_FIT, errors);
        }
        assessment.replaceAnswers(request.answers(), caller.name(), clock.instant());
        Assessment.flush();
        audit.record(caller.name(), "ASSESSMENT_ANSWERS_REPLACED", "assessment", id.toString(),
                Map.of("answers", request.answers().size(), "revision", assessment.revision));
        return assessment;
    }

    @Transactional
    public Assessment submit(UUID id, String ifMatch) {
        Assessment assessment = writable(id);
        ETags.checkIfMatchWhenPresent(ifMatch, assessment.revision);
        StatusChange change = assessment.submit(answeredAreas(assessment), caller.name(), clock.instant());
        change.persist();
        Assessment.flush();
        recordStatus(change);
        publish("assessment.submitted", assessment);
        return assessment;
    }

    @Transactional
    public Assessment review(UUID id, ReviewRequest request, String ifMatch) {
        Assessment assessment = writable(id);
        ETags.checkIfMatchWhenPresent(ifMatch, assessment.revision);
        List<Violation> errors = new ArrayList<>();
        FrozenFrameworks.Content framework = framework(assessment);
        for (int i = 0; i < request.commentsOrEmpty().size(); i++) {
            String code = request.commentsOrEmpty().get(i).criterionCode();
            if (code != null && FrameworkContent.criterion(framework.areas(), code).isEmpty()) {
                errors.add(new Violation("comments[" + i + "].criterionCode", new LocalizedText(
                        "names no criterion of the framework: %s", "لا يوجد في الإطار معيار بهذا الرمز: %s",
                        "هیچ پێوەرێک بەم کۆدە لە چوارچێوەکەدا نییە: %s").format(code), FieldError.UNKNOWN));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(COMMENTS_NAME_UNKNOWN_CRITERIA, errors);
        }
        StatusChange change = switch (request.decision()) {
            case VALIDATE -> assessment.validate(score(assessment), caller.name(),
                    clock.instant(), request.commentsOrEmpty());
            case RETURN -> assessment.returnForRevision(caller.name(), clock.instant(), request.commentsOrEmpty());
        };
        change.persist();
        Assessment.flush();
        recordStatus(change);
        publish(request.decision() == ReviewRequest.Decision.VALIDATE ? "assessment.validated" : "assessment.returned",
                assessment);
        return assessment;
    }

    /** The score over the criteria the assessment's subject answers: a ministry's, or its government's. */
    public ReadinessScore score(Assessment assessment) {
        return Scoring.score(answeredAreas(assessment), assessment.answers);
    }

    /** The areas of the assessment's framework version with the criteria its subject answers. */
    public List<FrameworkContent.Area> answeredAreas(Assessment assessment) {
        return FrameworkContent.answeredBy(framework(assessment).areas(), assessment.subject());
    }

    /** The criteria of the version by code, named and scoped (version 1: as a later version names them). */
    public Map<String, FrameworkContent.Criterion> namedCriteria(FrozenFrameworks.Content framework) {
        return frameworks.namedCriteria(framework);
    }

    public FrozenFrameworks.Content framework(Assessment assessment) {
        return frameworks.find(assessment.frameworkCode, assessment.frameworkVersion).orElseThrow();
    }

    private void recordStatus(StatusChange change) {
        audit.record(change.changedBy, "ASSESSMENT_" + change.to.name(), "assessment", change.assessmentId.toString(),
                Map.of("from", String.valueOf(change.from), "to", change.to.name(), "comments", change.comments.size()));
    }

    /**
     * The event of a status change, in its transaction: ids, codes and the revision, never answers
     * or comments. Those who may read the assessment receive it: editors, and the ministry's users
     * (for a government's own assessment, its coordinating ministry's).
     */
    private void publish(String type, Assessment assessment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assessmentId", assessment.id.toString());
        data.put("ministryCode", assessment.ministryCode);
        data.put("government", assessment.government.name());
        data.put("frameworkCode", assessment.frameworkCode);
        data.put("frameworkVersion", assessment.frameworkVersion);
        data.put("period", assessment.period);
        data.put("version", assessment.revision);
        String readers = assessment.ministryCode != null ? assessment.ministryCode : coordinating.of(assessment.government);
        outbox.record(type, "/api/v1/assessments/" + assessment.id, data, EventAudience.ministries(List.of(readers)));
    }

    /**
     * Unknown criteria, criteria of the other subject's scope and criteria answered twice, one entry
     * per offending answer.
     */
    static List<Violation> answerErrors(FrozenFrameworks.Content framework, CriterionScope subject, List<Answer> answers) {
        List<Violation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FrameworkContent.Area> answered = FrameworkContent.answeredBy(framework.areas(), subject);
        for (int i = 0; i < answers.size(); i++) {
            String code = answers.get(i).criterionCode();
            Optional<FrameworkContent.Criterion> criterion = FrameworkContent.criterion(framework.areas(), code);
            if (criterion.isEmpty()) {
                errors.add(new Violation("answers[" + i + "].criterionCode", new LocalizedText("names no criterion of %s v%s: %s",
                        "لا يوجد في الإصدار %2$s من %1$s معيار بهذا الرمز: %3$s",
                        "وەشانی %2$s لە %1$s هیچ پێوەرێکی بەم کۆدە نییە: %3$s")
                        .format(framework.code(), framework.version(), code)));
            } else if (FrameworkContent.criterion(answered, code).isEmpty()) {
                errors.add(new Violation("answers[" + i + "].criterionCode", (subject == CriterionScope.MINISTRY
                        ? new LocalizedText("%s is answered by the government as a whole, in its own assessment, not by each ministry",
                                "تجيب الحكومة ككل عن المعيار %s في تقييمها الخاص، لا كل وزارة على حدة",
                                "وەڵامی پێوەری %s لەلایەن حکومەتەوە بە گشتی و لە هەڵسەنگاندنی تایبەتی خۆیدا دەدرێتەوە، نەک لەلایەن هەر وەزارەتێکەوە")
                        : new LocalizedText("%s is answered by each ministry, not in the government's assessment",
                                "تجيب كل وزارة عن المعيار %s، ولا يُجاب عنه في تقييم الحكومة",
                                "وەڵامی پێوەری %s لەلایەن هەر وەزارەتێکەوە دەدرێتەوە، نەک لە هەڵسەنگاندنی حکومەتدا"))
                        .format(code)));
            } else if (!seen.add(code)) {
                errors.add(new Violation("answers[" + i + "].criterionCode", new LocalizedText("answers %s a second time",
                        "إجابة مكرَّرة عن المعيار %s", "وەڵامی دووبارە بۆ پێوەری %s").format(code), FieldError.DUPLICATE));
            }
        }
        return errors;
    }

    private boolean scopedToOwnMinistry() {
        return !caller.hasAnyRole(Roles.UNDP_STAFF, Roles.ADVISOR);
    }

    /** True when the caller is a user of the government's coordinating ministry. */
    private boolean coordinates(Government government) {
        return ownMinistry().map(coordinating.of(government)::equals).orElse(false);
    }

    private Optional<String> ownMinistry() {
        return caller.ministry();
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound(new LocalizedText("No assessment %s.", "لا يوجد تقييم بالمعرِّف %s.",
                "هیچ هەڵسەنگاندنێک بە ناسنامەی %s نییە.").format(id));
    }
}
