package modernization.catalog.dimension;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import modernization.catalog.option.DesignOptionVersion;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;

/** Dimensions with their options, as the caller may see them, in two statements. */
@ApplicationScoped
public class DimensionService {

    @Inject
    EntityManager em;

    public record WithOptions(Dimension dimension, List<DesignOptionVersion> options) {
    }

    public List<WithOptions> all(boolean editor, Language lang) {
        Map<String, List<DesignOptionVersion>> options = visibleOptions(null, editor, lang);
        return Dimension.<Dimension>listAll(Sort.by("order")).stream()
                .map(d -> new WithOptions(d, options.getOrDefault(d.code, List.of())))
                .toList();
    }

    public WithOptions get(String code, boolean editor, Language lang) {
        Dimension dimension = Dimension.<Dimension>findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound(new LocalizedText(
                        "No dimension with code %s.",
                        "لا يوجد بُعد تصميم بالرمز %s.",
                        "هیچ ڕەهەندێکی دیزاین بە کۆدی %s نییە.").format(code)));
        return new WithOptions(dimension, visibleOptions(code, editor, lang).getOrDefault(code, List.of()));
    }

    private Map<String, List<DesignOptionVersion>> visibleOptions(String dimension, boolean editor, Language lang) {
        String version = editor ? "o.latestVersion" : "o.publishedVersion";
        var query = em.createQuery("SELECT v FROM DesignOptionVersion v JOIN FETCH v.option o WHERE v.number = " + version
                + (dimension == null ? "" : " AND v.dimension = :dimension"), DesignOptionVersion.class);
        if (dimension != null) {
            query.setParameter("dimension", dimension);
        }
        return query.getResultStream()
                .sorted(Comparator.comparing((DesignOptionVersion v) -> v.title.in(lang)))
                .collect(Collectors.groupingBy(v -> v.dimension));
    }
}
