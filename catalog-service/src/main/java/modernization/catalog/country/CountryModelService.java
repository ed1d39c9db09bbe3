package modernization.catalog.country;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import modernization.catalog.dimension.Dimension;
import modernization.catalog.option.DesignOptionVersion;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import modernization.common.paging.PageRequest;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Violation;

/** Country models, and the dimension-by-dimension comparison of several. */
@ApplicationScoped
public class CountryModelService {

    public static final int MAX_COMPARED = 8;

    /** The codes of country models that do not exist, one or several: {@code .format(codes)}. */
    private static final LocalizedText NO_COUNTRY_MODEL = new LocalizedText(
            "No country model for %s.",
            "لا يوجد نموذج بلد لـ %s.",
            "هیچ مۆدێلی وڵات بۆ %s نییە.");
    private static final LocalizedText INVALID_FIELDS = new LocalizedText(
            "The request has invalid fields.",
            "يحتوي الطلب على حقول غير صالحة.",
            "داواکارییەکە خانەی نادروستی تێدایە.");

    @Inject
    EntityManager em;

    public record Page(List<CountryModel> items, long total) {
    }

    public Page list(PageRequest page) {
        var query = CountryModel.<CountryModel>findAll(Sort.by("code"));
        return new Page(query.page(page.page, page.size).list(), query.count());
    }

    public CountryModel get(String code) {
        return CountryModel.<CountryModel>findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound(NO_COUNTRY_MODEL.format(code)));
    }

    /** The models named by a comma-separated list, in its order; 400 for a bad list, 404 naming unknown codes. */
    public List<CountryModel> forComparison(String codes) {
        if (codes == null || codes.isBlank()) {
            throw invalidCodes(new LocalizedText(
                    "list 2 to %s country codes, e.g. CA,GB,US",
                    "اذكر من 2 إلى %s من رموز البلدان، مثل CA,GB,US",
                    "لە 2 بۆ %s کۆدی وڵات بنووسە، بۆ نموونە CA,GB,US").format(MAX_COMPARED));
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String code : codes.split(",")) {
            String trimmed = code.trim();
            if (!trimmed.matches("[A-Z]{2}")) {
                throw invalidCodes(new LocalizedText(
                        "each code must be an ISO 3166 alpha-2 code; got '%s'",
                        "يجب أن يكون كل رمز وفق ISO 3166 alpha-2؛ لكن ورد '%s'",
                        "هەر کۆدێک دەبێت کۆدی ISO 3166 alpha-2 بێت؛ بەڵام '%s' هات").format(trimmed));
            }
            asked.add(trimmed);
        }
        if (asked.size() > MAX_COMPARED) {
            throw invalidCodes(new LocalizedText(
                    "at most %s countries can be compared",
                    "الحد الأقصى لعدد البلدان التي يمكن مقارنتها هو %s",
                    "ناتوانرێت زیاتر لە %s وڵات بەراورد بکرێن").format(MAX_COMPARED));
        }
        Map<String, CountryModel> found = CountryModel.<CountryModel>list("code in ?1", asked).stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<String> unknown = asked.stream().filter(c -> !found.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.notFound(NO_COUNTRY_MODEL.format(String.join(", ", unknown)));
        }
        return asked.stream().map(found::get).toList();
    }

    /** The options chosen by these countries, as the caller may see them, keyed by option code. */
    public Map<String, DesignOptionVersion> visibleOptions(Collection<CountryModel> countries, boolean editor) {
        Set<String> codes = countries.stream().flatMap(c -> c.choices.stream()).map(ch -> ch.option)
                .collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Map.of();
        }
        String version = editor ? "o.latestVersion" : "o.publishedVersion";
        return em.createQuery("SELECT v FROM DesignOptionVersion v JOIN FETCH v.option o WHERE v.number = " + version
                        + " AND o.code IN :codes", DesignOptionVersion.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(v -> v.option.code, Function.identity()));
    }

    public List<Dimension> dimensions() {
        return Dimension.listAll(Sort.by("order"));
    }

    public ComparisonView compare(List<CountryModel> countries, Map<String, DesignOptionVersion> options,
                                  Language lang) {
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (Dimension dimension : dimensions()) {
            List<ComparisonView.Cell> cells = countries.stream().map(country -> {
                Optional<Choice> choice = country.choices.stream().filter(ch -> ch.dimension.equals(dimension.code)).findFirst();
                DesignOptionVersion option = choice.map(ch -> options.get(ch.option)).orElse(null);
                return new ComparisonView.Cell(country.code,
                        option == null ? null : option.option.id,
                        choice.map(ch -> ch.option).orElse(null),
                        option == null ? null : option.title.in(lang),
                        choice.map(ch -> ch.note == null ? null : ch.note.in(lang)).orElse(null));
            }).toList();
            rows.add(new ComparisonView.Row(dimension.code, dimension.name.in(lang), cells));
        }
        List<ComparisonView.Column> columns = countries.stream()
                .map(c -> new ComparisonView.Column(c.code, c.name.in(lang), c.systemName.in(lang))).toList();
        return new ComparisonView(columns, rows, lang.tag(), lang.direction());
    }

    private static ApiException invalidCodes(LocalizedText message) {
        return new ApiException(ProblemType.VALIDATION, INVALID_FIELDS,
                List.of(Violation.parameter("codes", message, FieldError.INVALID_FORMAT)));
    }
}
