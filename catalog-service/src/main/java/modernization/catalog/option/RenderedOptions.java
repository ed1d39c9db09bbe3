package modernization.catalog.option;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import modernization.common.i18n.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Options as they are sent, in JSON, by the version and revision they were rendered from. An
 * entry is never stale: any change of the version or of its option bumps a revision and so
 * makes a new key, on every replica alike; old keys simply age out. Reading an option then costs
 * two small row reads instead of loading, decoding and rendering its whole content.
 */
@ApplicationScoped
public class RenderedOptions {

    private final Cache<Key, byte[]> rendered;
    private final ObjectMapper json;

    RenderedOptions(ObjectMapper json,
                    @ConfigProperty(name = "catalog.rendered-options.max-size", defaultValue = "2000") long maxSize) {
        this.json = json;
        this.rendered = Caffeine.newBuilder().maximumSize(maxSize).expireAfterAccess(Duration.ofHours(1)).build();
    }

    /** The JSON of the view of a version for a language and role, rendered once per revision. */
    public byte[] json(VersionRef version, Language lang, boolean editor, Supplier<DesignOptionView> view) {
        return rendered.get(new Key(version.id(), version.revision(), version.optionRevision(), lang.tag(), editor), key -> {
            try {
                return json.writeValueAsBytes(view.get());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private record Key(UUID version, long revision, long optionRevision, String lang, boolean editor) {
    }
}
