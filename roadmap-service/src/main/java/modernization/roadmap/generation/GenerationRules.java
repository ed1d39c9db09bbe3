package modernization.roadmap.generation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** The configurable rules of generation ({@code roadmap.*}, or the environment's {@code ROADMAP_*}). */
@ConfigMapping(prefix = "roadmap")
public interface GenerationRules {

    /** Months the legislative package adds to its longest law: one parliament, readings, committee work. */
    @WithDefault("3")
    int legislativeMarginMonths();

    /**
     * Options that are performance agreements themselves: with one of them chosen (or an option that
     * names performance agreements as a prerequisite), INSTITUTIONALIZE holds yearly agreement cycles.
     */
    @WithDefault("PERF_MINISTER_AGREEMENT")
    Set<String> performanceAgreementOptions();

    default RoadmapGenerator.Rules rules() {
        return new RoadmapGenerator.Rules(legislativeMarginMonths() * RoadmapGenerator.DAYS_PER_MONTH,
                performanceAgreementOptions());
    }
}
