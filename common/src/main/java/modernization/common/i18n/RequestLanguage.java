package modernization.common.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The language this request is served in: {@code ?lang=} wins, then {@code Accept-Language} with
 * its q-values, then English. A resource that asks for it gets {@code Content-Language} set.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpServerRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            language = negotiate(request.getParam("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return language;
    }

    /** Whether this request has asked for its language, i.e. serves something localized. */
    public boolean negotiated() {
        return language != null;
    }

    /** The language of a request outside a request-scoped bean (filters, error mappers). */
    public static Language of(HttpServerRequest request) {
        if (request == null) {
            return Language.EN;
        }
        String lang;
        try {
            lang = request.getParam("lang");
        } catch (IllegalArgumentException undecodableQuery) {
            lang = null; // a query that is no URI (a stray %): its problem is told in Accept-Language's language
        }
        return negotiate(lang, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Language negotiate(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Language.fromTag(lang).orElse(Language.EN);
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Locale.filterTags(ranges, Language.tags()).stream()
                    .findFirst()
                    .flatMap(Language::fromTag)
                    .orElse(Language.EN);
        } catch (IllegalArgumentException malformed) {
            return Language.EN;
        }
    }
}
