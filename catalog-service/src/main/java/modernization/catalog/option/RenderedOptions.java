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
import modernization.catalog.legal.LegalInstrumentService;
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
    private final LegalInstrumentService legalInstruments;

    /**
     * @param maxBytes the renderings kept, in bytes: 16 MB by default, an eighth of the 128 MB heap (the
     *                 seeded catalog in three languages and two views is under 1 MB)
     */
    RenderedOptions(ObjectMapper json, LegalInstrumentService legalInstruments,
                    @ConfigProperty(name = "catalog.rendered-options.max-bytes", defaultValue = "16777216") long maxBytes) {
        this.json = json;
        this.legalInstruments = legalInstruments;
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, byte[] bytes) -> bytes.length)
                .expireAfterWrite(Duration.ofHours(1))
                .build();
    }

    /**
     * The JSON of the view of a version for a language and role, rendered once per revision. A
     * rendering is kept only when the version loaded is the one {@code version} names: a change
     * committed between finding and loading it is sent, not kept under the older key.
     */
    public byte[] json(VersionRef version, Language lang, boolean editor, Supplier<DesignOptionVersion> load) {
        Key key = new Key(version.id(), version.revision(), version.optionRevision(), lang.tag(), editor);
        byte[] known = rendered.getIfPresent(key);
        if (known != null) {
            return known;
        }
        DesignOptionVersion loaded = load.get();
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(DesignOptionView.from(loaded, lang, editor,
                    legalInstruments.titles(loaded.legalBasis)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded.revision == version.revision() && loaded.option.lockVersion == version.optionRevision()) {
            rendered.put(key, bytes);
        }
        return bytes;
    }

    private record Key(UUID version, long revision, long optionRevision, String lang, boolean editor) {
    }
}
