package modernization.roadmap.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import modernization.common.i18n.LocalizedText;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads from assessment-service, with a timeout, one retry and a circuit breaker: a ministry's or
 * a government's latest validated assessment (latest by period, then by validation time) with its
 * score in the three languages, and a ministry's name and government. Which assessment is the
 * latest is asked every time, with the caller's token; its score is read once per version of the
 * assessment and language, since a score follows from the answers, which a version fixes.
 */
@ApplicationScoped
public class AssessmentClient {

    static final List<String> LANGUAGES = List.of("en", "ar", "ckb");

    /** A validated assessment and its score in English, Arabic and Kurdish (the same numbers, the names translated). */
    public record Validated(AssessmentApi.AssessmentDto assessment, List<AssessmentApi.ScoreDto> scores) {

        public AssessmentApi.ScoreDto score() {
            return scores.get(0);
        }

        /** The short name of a gap's criterion in the three languages. */
        public LocalizedText gapName(String criterionCode) {
            return new LocalizedText(name(0, criterionCode), name(1, criterionCode), name(2, criterionCode));
        }

        private String name(int language, String criterionCode) {
            return scores.get(language).gaps().stream().filter(g -> g.criterionCode().equals(criterionCode))
                    .map(AssessmentApi.GapDto::name).filter(n -> n != null && !n.isBlank()).findFirst()
                    .orElseGet(() -> language == 0 ? criterionCode : name(0, criterionCode));
        }
    }

    /** A ministry: its name in the three languages and its government. */
    public record MinistryRead(String code, LocalizedText name, String government) {
    }

    @Inject
    @RestClient
    AssessmentApi assessments;

    @Inject
    @RestClient
    MinistryApi ministries;

    private final Cache<ScoreKey, AssessmentApi.ScoreDto> scores = Caffeine.newBuilder()
            .maximumSize(30_000).expireAfterAccess(Duration.ofHours(1)).build();

    private record ScoreKey(UUID id, long version, String lang) {
    }

    @Timeout(value = 2500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = AbsentOrRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            skipOn = AbsentOrRefused.class)
    public Optional<Validated> latestValidated(String ministry, CallerHeaders caller) {
        return read(() -> latest(assessments.list(ministry, null, null, "VALIDATED", "-period", 1,
                caller.authorization(), caller.requestId()), caller));
    }

    @Timeout(value = 2500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = AbsentOrRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            skipOn = AbsentOrRefused.class)
    public Optional<Validated> latestGovernmentValidated(String government, CallerHeaders caller) {
        return read(() -> latest(assessments.list(null, government, "GOVERNMENT", "VALIDATED", "-period", 1,
                caller.authorization(), caller.requestId()), caller));
    }

    @Timeout(value = 2500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = AbsentOrRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            skipOn = AbsentOrRefused.class)
    public Optional<MinistryRead> ministry(String code, CallerHeaders caller) {
        return read(() -> {
            List<MinistryApi.MinistryDto> named = LANGUAGES.stream()
                    .map(lang -> ministries.ministry(code, lang, caller.authorization(), caller.requestId())).toList();
            return Optional.of(new MinistryRead(named.get(0).code(),
                    new LocalizedText(named.get(0).name(), named.get(1).name(), named.get(2).name()), named.get(0).government()));
        });
    }

    /** A read whose 404 is "none", whose other 4xx is refused, and whose 5xx is a failure to retry. */
    private static <T> Optional<T> read(Supplier<Optional<T>> call) {
        try {
            return call.get();
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

    private Optional<Validated> latest(List<AssessmentApi.AssessmentDto> newestFirst, CallerHeaders caller) {
        return newestFirst.stream().findFirst()
                .map(a -> new Validated(a, LANGUAGES.stream().map(lang -> score(a, lang, caller)).toList()));
    }

    /** The score of that version of the assessment in one language; the remote call is made outside the cache's lock. */
    private AssessmentApi.ScoreDto score(AssessmentApi.AssessmentDto assessment, String lang, CallerHeaders caller) {
        ScoreKey key = new ScoreKey(assessment.id(), assessment.version(), lang);
        AssessmentApi.ScoreDto known = scores.getIfPresent(key);
        if (known != null) {
            return known;
        }
        AssessmentApi.ScoreDto score = assessments.score(assessment.id(), lang, caller.authorization(), caller.requestId());
        scores.put(key, score);
        return score;
    }
}
