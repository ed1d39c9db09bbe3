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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import modernization.common.persistence.audit.AuditLog;
import modernization.assessment.framework.CriterionScope;
import modernization.assessment.framework.FrameworkContent;
import modernization.assessment.framework.FrozenFrameworks;
import modernization.assessment.ministry.CoordinatingMinistries;
import modernization.assessment.ministry.Government;
import modernization.assessment.ministry.Ministry;
import modernization.assessment.scoring.ReadinessScore;
import modernization.assessment.scoring.Scoring;
import modernization.common.http.ETags;
import modernization.common.paging.PageRequest;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.ProblemType;
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
            throw new ApiException(ProblemType.VALIDATION, "The request has invalid fields.", List.of(
                    new FieldError("ministryCode", "name either a ministry (ministryCode) or a government (government), not both"),
                    new FieldError("government", "name either a ministry (ministryCode) or a government (government), not both")));
        }
        List<FieldError> errors = new ArrayList<>();
        Government government = request.government();
        if (request.ministryCode() != null) {
            if (!caller.hasAnyRole(Roles.UNDP_STAFF) && !ownMinistry().map(request.ministryCode()::equals).orElse(false)) {
                throw ApiException.forbidden("A ministry user starts assessments for its own ministry only ("
                        + ownMinistry().orElse("none in the token") + ").");
            }
            Optional<Ministry> ministry = Ministry.findByCode(request.ministryCode());
            if (ministry.isEmpty()) {
                errors.add(new FieldError("ministryCode", "names no registered ministry: " + request.ministryCode(), FieldError.UNKNOWN));
            } else {
                government = ministry.get().government;
            }
        } else if (!caller.hasAnyRole(Roles.UNDP_STAFF) && !coordinates(government)) {
            throw ApiException.forbidden("A government's own assessment is started by UNDP staff or by users of its "
                    + "coordinating ministry, " + coordinating.of(government) + ".");
        }
        Optional<FrozenFrameworks.Content> framework = frameworks.find(request.frameworkCode(), request.frameworkVersion());
        CriterionScope subject = request.ministryCode() == null ? CriterionScope.GOVERNMENT : CriterionScope.MINISTRY;
        if (framework.isEmpty()) {
            errors.add(new FieldError("frameworkVersion", "framework " + request.frameworkCode() + " has no version "
                    + request.frameworkVersion()));
        } else if (FrameworkContent.answeredBy(framework.get().areas(), subject).isEmpty()) {
            errors.add(new FieldError("frameworkVersion", request.frameworkCode() + " v" + request.frameworkVersion()
                    + " has no criteria a " + (subject == CriterionScope.GOVERNMENT
                    ? "government answers: government assessments start from a version whose criteria have a scope (2 or later)"
                    : "ministry answers")));
        } else {
            errors.addAll(answerErrors(framework.get(), subject, request.answersOrEmpty()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The assessment refers to things that do not exist.", errors);
        }
        Optional<Assessment> existing = request.ministryCode() != null
                ? Assessment.find("ministryCode = ?1 and frameworkCode = ?2 and period = ?3",
                        request.ministryCode(), request.frameworkCode(), request.period()).firstResultOptional()
                : Assessment.find("ministryCode is null and government = ?1 and frameworkCode = ?2 and period = ?3",
                        government, request.frameworkCode(), request.period()).firstResultOptional();
        if (existing.isPresent()) {
            UUID id = existing.get().id;
            String named = request.ministryCode() != null ? request.ministryCode() : government + " (government)";
            throw ApiException.conflict(named + " already has a " + request.frameworkCode() + " assessment for "
                            + request.period() + ": " + id + "; answer that one instead.")
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
            throw new ApiException(ProblemType.VALIDATION, "The request has invalid fields.",
                    List.of(FieldError.parameter("sort", "must be -createdAt, -validatedAt or -period", FieldError.INVALID_FORMAT)));
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
        List<FieldError> errors = answerErrors(framework(assessment), assessment.subject(), request.answers());
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("Some answers do not fit the framework.", errors);
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
        return assessment;
    }

    @Transactional
    public Assessment review(UUID id, ReviewRequest request, String ifMatch) {
        Assessment assessment = writable(id);
        ETags.checkIfMatchWhenPresent(ifMatch, assessment.revision);
        List<FieldError> errors = new ArrayList<>();
        FrozenFrameworks.Content framework = framework(assessment);
        for (int i = 0; i < request.commentsOrEmpty().size(); i++) {
            String code = request.commentsOrEmpty().get(i).criterionCode();
            if (code != null && FrameworkContent.criterion(framework.areas(), code).isEmpty()) {
                errors.add(new FieldError("comments[" + i + "].criterionCode", "names no criterion of the framework: " + code, FieldError.UNKNOWN));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("Some comments name criteria the framework does not have.", errors);
        }
        StatusChange change = switch (request.decision()) {
            case VALIDATE -> assessment.validate(score(assessment), caller.name(),
                    clock.instant(), request.commentsOrEmpty());
            case RETURN -> assessment.returnForRevision(caller.name(), clock.instant(), request.commentsOrEmpty());
        };
        change.persist();
        Assessment.flush();
        recordStatus(change);
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
     * Unknown criteria, criteria of the other subject's scope and criteria answered twice, one entry
     * per offending answer.
     */
    static List<FieldError> answerErrors(FrozenFrameworks.Content framework, CriterionScope subject, List<Answer> answers) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FrameworkContent.Area> answered = FrameworkContent.answeredBy(framework.areas(), subject);
        for (int i = 0; i < answers.size(); i++) {
            String code = answers.get(i).criterionCode();
            Optional<FrameworkContent.Criterion> criterion = FrameworkContent.criterion(framework.areas(), code);
            if (criterion.isEmpty()) {
                errors.add(new FieldError("answers[" + i + "].criterionCode", "names no criterion of "
                        + framework.code() + " v" + framework.version() + ": " + code));
            } else if (FrameworkContent.criterion(answered, code).isEmpty()) {
                errors.add(new FieldError("answers[" + i + "].criterionCode", code + " is answered by "
                        + (subject == CriterionScope.MINISTRY ? "the government as a whole, in its own assessment, "
                        + "not by each ministry" : "each ministry, not in the government's assessment")));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("answers[" + i + "].criterionCode", "answers " + code + " a second time", FieldError.DUPLICATE));
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
        return ApiException.notFound("No assessment " + id + ".");
    }
}
