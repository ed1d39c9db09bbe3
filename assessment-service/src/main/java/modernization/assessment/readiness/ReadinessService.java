package modernization.assessment.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import modernization.assessment.assessment.Assessment;
import modernization.assessment.assessment.AssessmentStatus;
import modernization.assessment.framework.FrameworkVersion;
import modernization.assessment.ministry.Government;
import modernization.assessment.ministry.Ministry;
import modernization.assessment.scoring.Scoring;
import modernization.common.i18n.Language;

/**
 * Readiness across ministries, read from the scores frozen at validation: the answers and their
 * evidence are never loaded, and the area averages are computed by PostgreSQL over the stored
 * area scores.
 */
@ApplicationScoped
public class ReadinessService {

    @Inject
    EntityManager em;

    /** A ministry's latest validated assessment of a framework, without its answers. */
    public record Latest(UUID id, long revision, String ministryCode, String period, Double overallScore,
                         String readinessLevel, Instant validatedAt) {
    }

    /**
     * Each ministry's latest validated ministry assessment of the framework, by ministry code: latest
     * by period (year, then quarter, a whole year after its quarters), then by validation time.
     */
    public List<Latest> latest(Government government, String framework) {
        return em.createQuery("""
                SELECT new modernization.assessment.readiness.ReadinessService$Latest(a.id, a.revision, a.ministryCode,
                       a.period, a.overallScore, a.readinessLevel, a.validatedAt)
                FROM Assessment a
                WHERE a.status = :validated AND a.frameworkCode = :framework AND a.ministryCode IS NOT NULL
                  AND NOT EXISTS (SELECT b.id FROM Assessment b WHERE b.ministryCode = a.ministryCode
                      AND b.frameworkCode = a.frameworkCode AND b.status = a.status
                      AND (b.periodOrder > a.periodOrder OR (b.periodOrder = a.periodOrder AND b.validatedAt > a.validatedAt)))
                  AND (:government IS NULL OR a.government = :government)
                ORDER BY a.ministryCode""", Latest.class)
                .setParameter("validated", AssessmentStatus.VALIDATED)
                .setParameter("framework", framework)
                .setParameter("government", government)
                .getResultList();
    }

    /**
     * The government's latest validated assessment of its own (by period, then validation time), if
     * any; none when no government is named.
     */
    public Optional<Assessment> latestOfGovernment(Government government, String framework) {
        if (government == null) {
            return Optional.empty();
        }
        return Assessment.<Assessment>find("status = ?1 and frameworkCode = ?2 and ministryCode is null and government = ?3 "
                        + "order by periodOrder desc, validatedAt desc", AssessmentStatus.VALIDATED, framework, government)
                .firstResultOptional();
    }

    public ReadinessSummary summarize(Government government, String framework, List<Latest> latest,
                                      Optional<Assessment> ofGovernment, Language lang) {
        Map<String, Ministry> ministries = new LinkedHashMap<>();
        if (!latest.isEmpty()) {
            Ministry.<Ministry>list("code in ?1", latest.stream().map(Latest::ministryCode).toList())
                    .forEach(m -> ministries.put(m.code, m));
        }
        List<ReadinessSummary.MinistryReadiness> rows = new ArrayList<>();
        for (Latest a : latest) {
            Ministry m = ministries.get(a.ministryCode());
            rows.add(new ReadinessSummary.MinistryReadiness(a.ministryCode(), m == null ? a.ministryCode() : m.name.in(lang),
                    m == null ? null : m.government.name(), a.period(), Scoring.display(a.overallScore()),
                    a.readinessLevel(), a.validatedAt()));
        }
        Map<String, String> areaNames = new LinkedHashMap<>();
        FrameworkVersion.<FrameworkVersion>find("frameworkCode = ?1 order by number desc", framework).firstResultOptional()
                .ifPresent(v -> v.areas.forEach(area -> areaNames.put(area.code(), area.name().in(lang))));
        List<String> order = List.copyOf(areaNames.keySet());
        List<ReadinessSummary.AreaAverage> areas = areaAverages(latest, areaNames).stream()
                .sorted(Comparator.comparingInt((ReadinessSummary.AreaAverage a) -> position(order, a.code()))
                        .thenComparing(ReadinessSummary.AreaAverage::code))
                .toList();
        ReadinessSummary.GovernmentReadiness own = ofGovernment.map(a -> new ReadinessSummary.GovernmentReadiness(
                a.period, Scoring.display(a.overallScore), a.readinessLevel, a.validatedAt,
                a.areaScores.stream().map(s -> new ReadinessSummary.AreaScore(s.code(),
                        areaNames.getOrDefault(s.code(), s.code()), Scoring.display(s.score()))).toList())).orElse(null);
        return new ReadinessSummary(government == null ? null : government.name(), framework, own, latest.size(), rows,
                areas, lang.tag());
    }

    /** Each area's average score over the assessments, by SQL over the area scores frozen at validation. */
    private List<ReadinessSummary.AreaAverage> areaAverages(List<Latest> latest, Map<String, String> areaNames) {
        if (latest.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT area ->> 'code', avg(CAST(area ->> 'score' AS double precision)), count(*)
                FROM assessment a CROSS JOIN LATERAL jsonb_array_elements(a.area_scores) AS area
                WHERE a.id IN (:ids)
                GROUP BY area ->> 'code'""")
                .setParameter("ids", latest.stream().map(Latest::id).toList())
                .getResultList();
        return rows.stream()
                .map(r -> new ReadinessSummary.AreaAverage((String) r[0], areaNames.getOrDefault((String) r[0], (String) r[0]),
                        Scoring.display(((Number) r[1]).doubleValue()), ((Number) r[2]).intValue()))
                .toList();
    }

    private static int position(List<String> order, String code) {
        int i = order.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
