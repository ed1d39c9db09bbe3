package modernization.roadmap.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Ministries as {@link AssessmentClient} reads them, each remembered for five minutes: they are
 * registered rarely and renamed more rarely still. Kept outside the client's fault tolerance, so
 * that what is answered from memory neither counts as a success of assessment-service nor is
 * refused while its breaker is open.
 */
@ApplicationScoped
public class KnownMinistries {

    private final AssessmentClient assessment;
    private final Cache<String, AssessmentClient.MinistryRead> known = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    KnownMinistries(AssessmentClient assessment) {
        this.assessment = assessment;
    }

    public Optional<AssessmentClient.MinistryRead> ministry(String code, CallerHeaders caller) {
        AssessmentClient.MinistryRead cached = known.getIfPresent(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<AssessmentClient.MinistryRead> read = assessment.ministry(code, caller);
        read.ifPresent(ministry -> known.put(code, ministry));
        return read;
    }
}
