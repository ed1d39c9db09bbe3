package modernization.roadmap.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads a ministry's latest validated assessment and its score from assessment-service, with a
 * timeout, one retry and a circuit breaker. Which assessment is the latest is asked every time,
 * with the caller's token; its score is read once per version of the assessment, since a score
 * follows from the answers, which a version fixes.
 */
@ApplicationScoped
public class AssessmentClient {

    /** A validated assessment and its score. */
    public record Validated(AssessmentApi.AssessmentDto assessment, AssessmentApi.ScoreDto score) {
    }

    @Inject
    @RestClient
    AssessmentApi assessments;

    private final Cache<AssessmentVersion, AssessmentApi.ScoreDto> scores = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofHours(1)).build();

    private record AssessmentVersion(UUID id, long version) {
    }

    @Timeout(value = 1200, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = AbsentOrRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            skipOn = AbsentOrRefused.class)
    public Optional<Validated> latestValidated(String ministry, CallerHeaders caller) {
        try {
            // newest validated first: the first is the one a roadmap uses
            var latest = assessments.list(ministry, "VALIDATED", "-validatedAt", 1, caller.authorization(), caller.requestId())
                    .stream().findFirst();
            return latest.map(a -> new Validated(a, score(a, caller)));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status < 500) {
                throw new AbsentOrRefused(status, e);
            }
            throw e;
        }
    }

    /** The score of that version of the assessment; the remote call is made outside the cache's lock. */
    private AssessmentApi.ScoreDto score(AssessmentApi.AssessmentDto assessment, CallerHeaders caller) {
        AssessmentVersion key = new AssessmentVersion(assessment.id(), assessment.version());
        AssessmentApi.ScoreDto known = scores.getIfPresent(key);
        if (known != null) {
            return known;
        }
        AssessmentApi.ScoreDto score = assessments.score(assessment.id(), caller.authorization(), caller.requestId());
        scores.put(key, score);
        return score;
    }
}
