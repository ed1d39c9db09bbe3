package modernization.assessment.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content of framework versions as assessments use it. A version in use never changes again,
 * so its areas are kept in memory once read: every create, submission and score would otherwise
 * read and parse the whole framework document. Safe with several instances for the same reason.
 * The content is read as a value, not as a managed entity, so transactions do not dirty-check it.
 */
@ApplicationScoped
public class FrozenFrameworks {

    /** A framework version's areas and criteria. */
    public record Content(String code, int version, List<FrameworkContent.Area> areas) {
    }

    @Inject
    EntityManager em;

    private final Map<String, Content> inUse = new ConcurrentHashMap<>();

    /** The content of a version, or empty when the framework has no such version. */
    public Optional<Content> find(String code, int version) {
        Content cached = inUse.get(key(code, version));
        if (cached != null) {
            return Optional.of(cached);
        }
        List<Object[]> rows = em.createQuery("SELECT v.areas, v.inUse FROM FrameworkVersion v "
                        + "WHERE v.frameworkCode = :code AND v.number = :version", Object[].class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Content content = new Content(code, version, (List<FrameworkContent.Area>) rows.get(0)[0]);
        if (Boolean.TRUE.equals(rows.get(0)[1])) {
            inUse.put(key(code, version), content);
        }
        return Optional.of(content);
    }

    /**
     * The criteria of a version by code, each with a name and a scope: its own where it has them,
     * otherwise (version 1) those of the newest version that gives the same criterion a name and a scope.
     */
    public Map<String, FrameworkContent.Criterion> namedCriteria(Content content) {
        Map<String, FrameworkContent.Criterion> named = new java.util.HashMap<>();
        FrameworkContent.criteria(content.areas()).forEach(c -> named.put(c.code(), c));
        if (FrameworkContent.scoped(content.areas())) {
            return named;
        }
        List<Integer> later = em.createQuery("SELECT v.number FROM FrameworkVersion v WHERE v.frameworkCode = :code "
                        + "AND v.number > :version ORDER BY v.number DESC", Integer.class)
                .setParameter("code", content.code()).setParameter("version", content.version()).getResultList();
        for (int number : later) {
            Optional<Content> newer = find(content.code(), number);
            if (newer.isPresent() && FrameworkContent.scoped(newer.get().areas())) {
                FrameworkContent.criteria(newer.get().areas()).filter(c -> named.containsKey(c.code()))
                        .forEach(c -> named.put(c.code(), c));
                break;
            }
        }
        return named;
    }

    /** Freezes a version when an assessment starts on it; from then on it is served from memory. */
    public void markInUse(Content content) {
        if (inUse.containsKey(key(content.code(), content.version()))) {
            return;
        }
        em.createQuery("UPDATE FrameworkVersion v SET v.inUse = true, v.revision = v.revision + 1 "
                        + "WHERE v.frameworkCode = :code AND v.number = :version AND v.inUse = false")
                .setParameter("code", content.code())
                .setParameter("version", content.version())
                .executeUpdate();
    }

    private static String key(String code, int version) {
        return code + "#" + version;
    }
}
