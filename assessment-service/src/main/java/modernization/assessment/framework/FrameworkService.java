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
import modernization.common.i18n.LocalizedText;
import modernization.common.paging.PageRequest;
import modernization.common.persistence.outbox.EventAudience;
import modernization.common.persistence.outbox.Outbox;
import modernization.common.problem.ApiException;
import modernization.common.problem.Violation;

/** Readiness frameworks and their versions. */
@ApplicationScoped
public class FrameworkService {

    private static final Set<String> PILLARS = Set.of("CITIZEN_ENGAGEMENT", "COLLABORATION", "MANAGING_IDENTITY",
            "ACCOUNTABILITY_PERFORMANCE");

    private static final LocalizedText NO_FRAMEWORK = new LocalizedText("No framework with code %s.",
            "لا يوجد إطار بالرمز %s.", "هیچ چوارچێوەیەک بە کۆدی %s نییە.");

    private static final LocalizedText SCOPE_REQUIRED = new LocalizedText(
            "must be GOVERNMENT or MINISTRY: other criteria of this version have a scope, so every one needs one",
            "يجب أن يكون GOVERNMENT أو MINISTRY: فلمعايير أخرى في هذا الإصدار نطاق محدد، لذا يلزم تحديد نطاق لكل معيار",
            "دەبێت GOVERNMENT یان MINISTRY بێت: پێوەرەکانی تری ئەم وەشانە مەودایان بۆ دیاری کراوە، بۆیە دەبێت مەودای هەموو پێوەرێک دیاری بکرێت");

    private static final LocalizedText NAME_REQUIRED = new LocalizedText(
            "must name the criterion in a few words, for gap lists and roadmap activities",
            "يجب أن يُسمّى المعيار باسم قصير من بضع كلمات، يُستخدم في قوائم الفجوات وأنشطة خارطة الطريق",
            "دەبێت ناوێکی کورتی چەند وشەیی بۆ پێوەرەکە دابنرێت، بۆ لیستی کەلێنەکان و چالاکییەکانی نەخشەڕێگا");

    private static final LocalizedText LEVELS_ONCE_EACH = new LocalizedText("must describe each level 0 to 5 once",
            "يجب وصف كل مستوى من 0 إلى 5 مرة واحدة فقط",
            "دەبێت هەر یەک لە ئاستەکانی 0 تا 5 تەنها یەک جار وەسف بکرێت");

    private static final LocalizedText AREAS_DO_NOT_FIT = new LocalizedText(
            "The framework's areas and criteria do not fit together.",
            "مجالات الإطار ومعاييره غير متوافقة فيما بينها.",
            "بوار و پێوەرەکانی چوارچێوەکە لەگەڵ یەکتر ناگونجێن.");

    @Inject
    Outbox outbox;

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
                .orElseThrow(() -> ApiException.notFound(NO_FRAMEWORK.format(code)));
    }

    /**
     * The framework, locked until the transaction ends: changes to one framework and its versions
     * take turns, so each new version gets the next number and a stale If-Match is a plain 412.
     */
    private Framework locked(String code) {
        return Framework.<Framework>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound(NO_FRAMEWORK.format(code)));
    }

    public List<FrameworkVersion> versions(String code) {
        return FrameworkVersion.list("frameworkCode = ?1 order by number", code);
    }

    public FrameworkVersion version(String code, int number) {
        get(code);
        return FrameworkVersion.find(code, number)
                .orElseThrow(() -> ApiException.notFound(new LocalizedText("Framework %s has no version %s.",
                        "لا يوجد إصدار رقم %2$s من الإطار %1$s.", "وەشانی %2$s لە چوارچێوەی %1$s بوونی نییە.")
                        .format(code, number)));
    }

    @Transactional
    public FrameworkVersion create(FrameworkRequest request, String user) {
        checkAreas(request.areas());
        if (Framework.findByIdOptional(request.code()).isPresent()) {
            throw ApiException.conflict(new LocalizedText("A framework with code %s already exists.",
                    "يوجد مسبقًا إطار بالرمز %s.", "چوارچێوەیەک بە کۆدی %s پێشتر هەیە.").format(request.code()));
        }
        new Framework(request.code(), request.name(), request.description(), user, clock.instant()).persist();
        FrameworkVersion first = new FrameworkVersion(request.code(), 1, request.areas(), user, clock.instant());
        first.persistAndFlush();
        published(first);
        return first;
    }

    @Transactional
    public FrameworkVersion addVersion(String code, FrameworkVersionRequest request, String user) {
        Framework framework = locked(code);
        checkAreas(request.areas());
        int next = versions(code).stream().mapToInt(v -> v.number).max().orElse(0) + 1;
        FrameworkVersion version = new FrameworkVersion(framework.code, next, request.areas(), user, clock.instant());
        version.persistAndFlush();
        published(version);
        return version;
    }

    /** A version is usable as soon as it exists: its event, in its transaction; every role reads frameworks. */
    private void published(FrameworkVersion version) {
        outbox.record("framework-version.published",
                "/api/v1/frameworks/" + version.frameworkCode + "/versions/" + version.number,
                Map.of("frameworkCode", version.frameworkCode, "version", version.number), EventAudience.everyone());
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
        List<Violation> errors = new ArrayList<>();
        Set<String> areaCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        boolean scoped = FrameworkContent.scoped(areas);
        for (int a = 0; a < areas.size(); a++) {
            FrameworkContent.Area area = areas.get(a);
            if (!areaCodes.add(area.code())) {
                errors.add(new Violation("areas[" + a + "].code", new LocalizedText("repeats area %s",
                        "رمز المجال %s مكرَّر", "کۆدی بواری %s دووبارە بووەتەوە").format(area.code())));
            }
            for (int p = 0; p < area.pillars().size(); p++) {
                if (!PILLARS.contains(area.pillars().get(p))) {
                    errors.add(new Violation("areas[" + a + "].pillars[" + p + "]", new LocalizedText("names no pillar: %s",
                            "لا توجد ركيزة بهذا الرمز: %s", "هیچ کۆڵەکەیەک بەم کۆدە نییە: %s").format(area.pillars().get(p))));
                }
            }
            for (int c = 0; c < area.criteria().size(); c++) {
                FrameworkContent.Criterion criterion = area.criteria().get(c);
                String field = "areas[" + a + "].criteria[" + c + "]";
                if (!criterionCodes.add(criterion.code())) {
                    errors.add(new Violation(field + ".code", new LocalizedText("repeats criterion %s",
                            "رمز المعيار %s مكرَّر", "کۆدی پێوەری %s دووبارە بووەتەوە").format(criterion.code())));
                }
                if (!criterion.code().startsWith(area.code() + ".")) {
                    errors.add(new Violation(field + ".code", new LocalizedText("must start with its area's code %s.",
                            "يجب أن يبدأ برمز المجال الذي ينتمي إليه: %s.",
                            "دەبێت بە کۆدی ئەو بوارەی سەر بەیەتی دەست پێ بکات: %s.").format(area.code())));
                }
                if (scoped && criterion.scope() == null) {
                    errors.add(new Violation(field + ".scope", SCOPE_REQUIRED));
                }
                if (criterion.scope() != null && criterion.name() == null) {
                    errors.add(new Violation(field + ".name", NAME_REQUIRED));
                }
                List<Integer> levels = criterion.levels().stream().map(FrameworkContent.Level::level).sorted().toList();
                if (!levels.equals(List.of(0, 1, 2, 3, 4, 5))) {
                    errors.add(new Violation(field + ".levels", LEVELS_ONCE_EACH));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(AREAS_DO_NOT_FIT, errors);
        }
    }
}
