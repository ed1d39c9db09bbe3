package modernization.roadmap.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads design options from catalog-service with a timeout, one retry and a circuit breaker. A 404
 * means the option is absent (or not visible to the caller), not a failure. {@link PublishedOptions}
 * keeps published versions in front of it.
 */
@ApplicationScoped
public class CatalogClient {

    @Inject
    @RestClient
    CatalogApi catalog;

    @Timeout(value = 1200, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = AbsentOrRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            skipOn = AbsentOrRefused.class)
    public Optional<CatalogApi.OptionDto> option(UUID id, Integer version, String lang, CallerHeaders caller) {
        try {
            return Optional.of(catalog.option(id, version, lang, caller.authorization(), caller.requestId()));
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
