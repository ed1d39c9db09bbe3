package modernization.assessment.framework;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import modernization.common.http.ETags;
import modernization.common.paging.PageRequest;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;

/** Readiness frameworks and their versions. */
@ApplicationScoped
public class FrameworkService {

    private static final Set<String> PILLARS = Set.of("CITIZEN_ENGAGEMENT", "COLLABORATION", "MANAGING_IDENTITY",
            "ACCOUNTABILITY_PERFORMANCE");

    @Inject
    Clock clock;

    public record Page(List<Framework> items, Map<String, List<FrameworkVersion>> versions, long total) {
    }

    public Page list(PageRequest page) {
        var query = Framework.<Framework>findAll(Sort.by("code"));
        List<Framework> frameworks = query.page(page.page, page.size).list();
        List<String> codes = frameworks.stream().map(f -> f.code).toList();
        Map<String, List<FrameworkVersion>> versions = codes.isEmpty() ? Map.of()
                : FrameworkVersion.<FrameworkVersion>list("frameworkCode in ?1 order by number", codes).stream()
                        .collect(Collectors.groupingBy(v -> v.frameworkCode));
        return new Page(frameworks, versions, query.count());
    }

    public Framework get(String code) {
        return Framework.<Framework>findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound("No framework with code " + code + "."));
    }

    /**
     * The framework, locked until the transaction ends: changes to one framework and its versions
     * take turns, so each new version gets the next number and a stale If-Match is a plain 412.
     */
    private Framework locked(String code) {
        return Framework.<Framework>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("No framework with code " + code + "."));
    }

    public List<FrameworkVersion> versions(String code) {
        return FrameworkVersion.list("frameworkCode = ?1 order by number", code);
    }

    public FrameworkVersion version(String code, int number) {
        get(code);
        return FrameworkVersion.find(code, number)
                .orElseThrow(() -> ApiException.notFound("Framework " + code + " has no version " + number + "."));
    }

    @Transactional
    public FrameworkVersion create(FrameworkRequest request, String user) {
        checkAreas(request.areas());
        if (Framework.findByIdOptional(request.code()).isPresent()) {
            throw ApiException.conflict("A framework with code " + request.code() + " already exists.");
        }
        new Framework(request.code(), request.name(), request.description(), user, clock.instant()).persist();
        FrameworkVersion first = new FrameworkVersion(request.code(), 1, request.areas(), user, clock.instant());
        first.persistAndFlush();
        return first;
    }

    @Transactional
    public FrameworkVersion addVersion(String code, FrameworkVersionRequest request, String user) {
        Framework framework = locked(code);
        checkAreas(request.areas());
        int next = versions(code).stream().mapToInt(v -> v.number).max().orElse(0) + 1;
        FrameworkVersion version = new FrameworkVersion(framework.code, next, request.areas(), user, clock.instant());
        version.persistAndFlush();
        return version;
    }

    @Transactional
    public FrameworkVersion replaceVersion(String code, int number, FrameworkVersionRequest request, String ifMatch,
                                           String user) {
        locked(code);
        FrameworkVersion version = version(code, number);
        ETags.requireIfMatch(ifMatch, version.revision);
        checkAreas(request.areas());
        version.replaceAreas(request.areas(), user, clock.instant());
        FrameworkVersion.flush();
        return version;
    }

    /** The rules of a framework's shape that bean validation cannot see: 422, one entry per field. */
    static void checkAreas(List<FrameworkContent.Area> areas) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> areaCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        boolean scoped = FrameworkContent.scoped(areas);
        for (int a = 0; a < areas.size(); a++) {
            FrameworkContent.Area area = areas.get(a);
            if (!areaCodes.add(area.code())) {
                errors.add(new FieldError("areas[" + a + "].code", "repeats area " + area.code()));
            }
            for (int p = 0; p < area.pillars().size(); p++) {
                if (!PILLARS.contains(area.pillars().get(p))) {
                    errors.add(new FieldError("areas[" + a + "].pillars[" + p + "]", "names no pillar: " + area.pillars().get(p)));
                }
            }
            for (int c = 0; c < area.criteria().size(); c++) {
                FrameworkContent.Criterion criterion = area.criteria().get(c);
                String field = "areas[" + a + "].criteria[" + c + "]";
                if (!criterionCodes.add(criterion.code())) {
                    errors.add(new FieldError(field + ".code", "repeats criterion " + criterion.code()));
                }
                if (!criterion.code().startsWith(area.code() + ".")) {
                    errors.add(new FieldError(field + ".code", "must start with its area's code " + area.code() + "."));
                }
                if (scoped && criterion.scope() == null) {
                    errors.add(new FieldError(field + ".scope", "must be GOVERNMENT or MINISTRY: other criteria of "
                            + "this version have a scope, so every one needs one"));
                }
                if (criterion.scope() != null && criterion.name() == null) {
                    errors.add(new FieldError(field + ".name", "must name the criterion in a few words, for gap lists "
                            + "and roadmap activities"));
                }
                List<Integer> levels = criterion.levels().stream().map(FrameworkContent.Level::level).sorted().toList();
                if (!levels.equals(List.of(0, 1, 2, 3, 4, 5))) {
                    errors.add(new FieldError(field + ".levels", "must describe each level 0 to 5 once"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The framework's areas and criteria do not fit together.", errors);
        }
    }
}
