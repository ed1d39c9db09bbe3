package modernization.catalog.option;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.i18n.Language;

/**
 * The option list query: filters, PostgreSQL full-text search in the served language and paging,
 * in three statements whatever the page size (ids of the page, their rows with their options,
 * the total).
 */
@ApplicationScoped
public class DesignOptionRepository {

    @Inject
    EntityManager em;

    public record Page(List<DesignOptionVersion> items, long total) {
    }

    /**
     * The visible version of each matching option: the latest for editors, the published one for
     * everybody else.
     */
    public Page search(OptionQuery query, boolean editor) {
        StringBuilder where = new StringBuilder(" FROM design_option o JOIN design_option_version v ON v.option_id = o.id AND v.version = ")
                .append(editor ? "o.latest_version" : "o.published_version")
                .append(" WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        if (query.dimension() != null) {
            where.append(" AND v.dimension_code = :dimension");
            params.put("dimension", query.dimension());
        }
        if (query.pillar() != null) {
            where.append(" AND v.pillars @> ARRAY[CAST(:pillar AS text)]");
            params.put("pillar", query.pillar());
        }
        if (query.country() != null) {
            where.append(" AND v.countries @> ARRAY[CAST(:country AS text)]");
            params.put("country", query.country());
        }
        if (query.status() != null) {
            where.append(" AND v.status = :status");
            params.put("status", query.status().name());
        }
        String vector = searchColumn(query.language());
        if (query.q() != null) {
            where.append(" AND v.").append(vector).append(" @@ websearch_to_tsquery(CAST(:config AS regconfig), :q)");
            params.put("config", searchConfig(query.language()));
            params.put("q", query.q());
        }

        var ids = em.createNativeQuery("SELECT CAST(v.id AS text)" + where + " ORDER BY " + order(query) + ", o.code"
                        + " LIMIT :limit OFFSET :offset")
                .setParameter("limit", query.page().size)
                .setParameter("offset", query.page().offset());
        params.forEach(ids::setParameter);
        @SuppressWarnings("unchecked")
        List<String> pageIds = ids.getResultList();

        var count = em.createNativeQuery("SELECT count(*)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        return new Page(load(pageIds.stream().map(UUID::fromString).toList()), total);
    }

    private List<DesignOptionVersion> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<DesignOptionVersion> rows = new ArrayList<>(em.createQuery(
                        "SELECT v FROM DesignOptionVersion v JOIN FETCH v.option WHERE v.id IN :ids", DesignOptionVersion.class)
                .setParameter("ids", ids)
                .getResultList());
        rows.sort(Comparator.comparing(v -> position.get(v.id)));
        return rows;
    }

    private static String order(OptionQuery query) {
        // ICU collation of the served language, so titles sort as readers of that language expect
        String title = "coalesce(v.title ->> '" + query.language().tag() + "', v.title ->> 'en') COLLATE \"" + query.language().tag() + "-x-icu\"";
        OptionQuery.Sort sort = query.sort() == OptionQuery.Sort.RELEVANCE && query.q() == null
                ? OptionQuery.Sort.TITLE : query.sort();
        return switch (sort) {
            case TITLE -> title + " ASC";
            case TITLE_DESC -> title + " DESC";
            case UPDATED_AT -> "v.updated_at ASC";
            case UPDATED_AT_DESC -> "v.updated_at DESC";
            case RELEVANCE -> "ts_rank(v." + searchColumn(query.language())
                    + ", websearch_to_tsquery(CAST(:config AS regconfig), :q)) DESC";
        };
    }

    private static String searchColumn(Language language) {
        return "search_" + language.tag();
    }

    /** PostgreSQL's text search configuration per language; Kurdish has no stemmer, so words match whole. */
    static String searchConfig(Language language) {
        return switch (language) {
            case EN -> "english";
            case AR -> "arabic";
            case CKB -> "simple";
        };
    }
}
