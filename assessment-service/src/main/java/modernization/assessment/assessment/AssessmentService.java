package modernization.assessment.assessment;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import modernization.common.persistence.audit.AuditLog;
import modernization.assessment.framework.FrameworkContent;
import modernization.assessment.framework.FrozenFrameworks;
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
 * Assessments and the ministry scope: a ministry user acts only for the ministry in its token, and
 * another ministry's assessments do not exist for it (404, never in lists).
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

    public record Filter(String ministry, Government government, AssessmentStatus status, String period) {
    }

    public record Page(List<Assessment> items, long total) {
    }

    @Transactional
    public Assessment create(AssessmentRequest request) {
        if (!caller.hasAnyRole(Roles.UNDP_STAFF) && !ownMinistry().map(request.ministryCode()::equals).orElse(false)) {
            throw ApiException.forbidden("A ministry user starts assessments for its own ministry only ("
                    + ownMinistry().orElse("none in the token") + ").");
        }
        List<FieldError> errors = new ArrayList<>();
        if (Ministry.findByCode(request.ministryCode()).isEmpty()) {
            errors.add(new FieldError("ministryCode", "names no registered ministry: " + request.ministryCode()));
        }
        Optional<FrozenFrameworks.Content> framework = frameworks.find(request.frameworkCode(), request.frameworkVersion());
        if (framework.isEmpty()) {
            errors.add(new FieldError("frameworkVersion", "framework " + request.frameworkCode() + " has no version "
                    + request.frameworkVersion()));
        } else {
            errors.addAll(answerErrors(framework.get(), request.answersOrEmpty()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The assessment refers to things that do not exist.", errors);
        }
        if (Assessment.count("ministryCode = ?1 and frameworkCode = ?2 and period = ?3", request.ministryCode(),
                request.frameworkCode(), request.period()) > 0) {
            throw ApiException.conflict(request.ministryCode() + " already has a " + request.frameworkCode()
                    + " assessment for " + request.period() + ".");
        }
        frameworks.markInUse(framework.get());
        Assessment assessment = Assessment.start(request.ministryCode(), request.frameworkCode(),
                request.frameworkVersion(), request.period(), request.answersOrEmpty(), caller.name(), clock.instant());
        assessment.persist();
        assessment.created().persist();
        Assessment.flush();
        audit.record(caller.name(), "ASSESSMENT_CREATED", "assessment", assessment.id.toString(),
                Map.of("ministryCode", assessment.ministryCode, "period", assessment.period,
                        "framework", assessment.frameworkCode + " v" + assessment.frameworkVersion,
                        "answers", assessment.answers.size()));
        return assessment;
    }

    /** {@link Order#CREATED} in a query's own words, for queries written out in full. */
    public static final String NEWEST_CREATED_FIRST = "createdAt desc, id";

    /** The orders a list can come in: newest created first (the default), or newest validated first. */
    public enum Order {
        CREATED("-createdAt", Sort.descending("createdAt").and("id")),
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
                    List.of(new FieldError("sort", "must be -createdAt or -validatedAt")));
        }
    }

    public Page list(Filter filter, Order order, PageRequest page) {
        Conditions conditions = conditions(filter);
        var query = conditions.where().isEmpty() ? Assessment.<Assessment>findAll(order.sort)
                : Assessment.<Assessment>find(conditions.where(), order.sort, conditions.params());
        // read-only: a page of up to 100 assessments with their answers is sent, never changed
        return new Page(query.page(page.page, page.size).withHint(HibernateHints.HINT_READ_ONLY, true).list(), query.count());
    }

    /** The ids of the assessments a list would show, in its default order, at most {@code max}: cheap to hold. */
    public List<UUID> ids(Filter filter, int max) {
        Conditions conditions = conditions(filter);
        var query = Assessment.getEntityManager().createQuery("select id from Assessment"
                + (conditions.where().isEmpty() ? "" : " where " + conditions.where())
                + " order by " + NEWEST_CREATED_FIRST, UUID.class);
        conditions.params().map().forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    private record Conditions(String where, Parameters params) {
    }

    /** The filter, and for a ministry user its own ministry only, as a query condition. */
    private Conditions conditions(Filter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (scopedToOwnMinistry()) {
            where.add("ministryCode = :own");
            params.and("own", ownMinistry().orElse(""));
        }
        if (filter.ministry() != null) {
            where.add("ministryCode = :ministry");
            params.and("ministry", filter.ministry());
        }
        if (filter.government() != null) {
            where.add("ministryCode in (select m.code from Ministry m where m.government = :government)");
            params.and("government", filter.government());
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
        Assessment assessment = Assessment.<Assessment>findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (scopedToOwnMinistry() && !ownMinistry().map(assessment.ministryCode::equals).orElse(false)) {
            throw notFound(id);
        }
        return assessment;
    }

    public List<StatusChange> history(UUID id) {
        return StatusChange.list("assessmentId = ?1 order by changedAt, id", id);
    }

    public Map<UUID, List<StatusChange>> histories(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = assessments.stream().map(a -> a.id).toList();
        return StatusChange.<StatusChange>list("assessmentId in ?1 order by changedAt, id", ids).stream()
                .collect(java.util.stream.Collectors.groupingBy(c -> c.assessmentId));
    }

    @Transactional
    public Assessment replaceAnswers(UUID id, AnswersRequest request, String ifMatch) {
        Assessment assessment = readable(id);
        ETags.requireIfMatch(ifMatch, assessment.revision);
        List<FieldError> errors = answerErrors(framework(assessment), request.answers());
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
        Assessment assessment = readable(id);
        ETags.checkIfMatchWhenPresent(ifMatch, assessment.revision);
        StatusChange change = assessment.submit(framework(assessment).areas(), caller.name(), clock.instant());
        change.persist();
        Assessment.flush();
        recordStatus(change);
        return assessment;
    }

    @Transactional
    public Assessment review(UUID id, ReviewRequest request) {
        Assessment assessment = readable(id);
        List<FieldError> errors = new ArrayList<>();
        FrozenFrameworks.Content framework = framework(assessment);
        for (int i = 0; i < request.commentsOrEmpty().size(); i++) {
            String code = request.commentsOrEmpty().get(i).criterionCode();
            if (code != null && FrameworkContent.criterion(framework.areas(), code).isEmpty()) {
                errors.add(new FieldError("comments[" + i + "].criterionCode", "names no criterion of the framework: " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("Some comments name criteria the framework does not have.", errors);
        }
        StatusChange change = switch (request.decision()) {
            case VALIDATE -> assessment.validate(Scoring.score(framework.areas(), assessment.answers), caller.name(),
                    clock.instant(), request.commentsOrEmpty());
            case RETURN -> assessment.returnForRevision(caller.name(), clock.instant(), request.commentsOrEmpty());
        };
        change.persist();
        Assessment.flush();
        recordStatus(change);
        return assessment;
    }

    public ReadinessScore score(Assessment assessment) {
        return Scoring.score(framework(assessment).areas(), assessment.answers);
    }

    public FrozenFrameworks.Content framework(Assessment assessment) {
        return frameworks.find(assessment.frameworkCode, assessment.frameworkVersion).orElseThrow();
    }

    private void recordStatus(StatusChange change) {
        audit.record(change.changedBy, "ASSESSMENT_" + change.to.name(), "assessment", change.assessmentId.toString(),
                Map.of("from", String.valueOf(change.from), "to", change.to.name(), "comments", change.comments.size()));
    }

    /** Unknown criteria and criteria answered twice, one entry per offending answer. */
    static List<FieldError> answerErrors(FrozenFrameworks.Content framework, List<Answer> answers) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            String code = answers.get(i).criterionCode();
            if (FrameworkContent.criterion(framework.areas(), code).isEmpty()) {
                errors.add(new FieldError("answers[" + i + "].criterionCode", "names no criterion of "
                        + framework.code() + " v" + framework.version() + ": " + code));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("answers[" + i + "].criterionCode", "answers " + code + " a second time"));
            }
        }
        return errors;
    }

    private boolean scopedToOwnMinistry() {
        return !caller.hasAnyRole(Roles.UNDP_STAFF, Roles.ADVISOR);
    }

    private Optional<String> ownMinistry() {
        return caller.ministry();
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("No assessment " + id + ".");
    }
}
