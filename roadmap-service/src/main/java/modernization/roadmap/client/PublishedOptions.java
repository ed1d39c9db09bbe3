package modernization.roadmap.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Design options as {@link CatalogClient} reads them, with each published version, asked for by its
 * number, read once per language: its content never changes (an edit makes the next version) and
 * every role may read it. Kept outside the client's fault tolerance, so that what is answered from
 * memory neither counts as a success of catalog-service nor is refused while its breaker is open.
 */
@ApplicationScoped
public class PublishedOptions {

    private final CatalogClient catalog;
    private final Cache<PublishedVersion, CatalogApi.OptionDto> published = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofHours(1)).build();

    PublishedOptions(CatalogClient catalog) {
        this.catalog = catalog;
    }

    private record PublishedVersion(UUID id, int version, String lang) {
    }

    public Optional<CatalogApi.OptionDto> option(UUID id, Integer version, String lang, CallerHeaders caller) {
        PublishedVersion key = version == null ? null : new PublishedVersion(id, version, lang);
        CatalogApi.OptionDto known = key == null ? null : published.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CatalogApi.OptionDto> read = catalog.option(id, version, lang, caller);
        read.filter(option -> key != null && "PUBLISHED".equals(option.status()))
                .ifPresent(option -> published.put(key, option));
        return read;
    }
}
