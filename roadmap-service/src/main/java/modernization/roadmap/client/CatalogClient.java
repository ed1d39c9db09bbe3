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
 * Reads design options from catalog-service with a timeout, one retry and a circuit breaker. A 404
 * means the option is absent (or not visible to the caller), not a failure. A published version,
 * asked for by its number, is read once per language: its content never changes (an edit makes the
 * next version) and every role may read it.
 */
@ApplicationScoped
public class CatalogClient {

    @Inject
    @RestClient
    CatalogApi catalog;

    private final Cache<PublishedVersion, CatalogApi.OptionDto> published = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofHours(1)).build();

    private record PublishedVersion(UUID id, int version, String lang) {
    }

    @Timeout(value = 1200, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = AbsentOrRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            skipOn = AbsentOrRefused.class)
    public Optional<CatalogApi.OptionDto> option(UUID id, Integer version, String lang, CallerHeaders caller) {
        PublishedVersion key = version == null ? null : new PublishedVersion(id, version, lang);
        CatalogApi.OptionDto known = key == null ? null : published.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            CatalogApi.OptionDto option = catalog.option(id, version, lang, caller.authorization(), caller.requestId());
            if (key != null && "PUBLISHED".equals(option.status())) {
                published.put(key, option);
            }
            return Optional.of(option);
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
}
