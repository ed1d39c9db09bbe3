package modernization.common.i18n;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Says in {@code Content-Language} which language a localized response was served in. */
public class ContentLanguageFilter {

    @Inject
    RequestLanguage language;

    @ServerResponseFilter
    public void contentLanguage(ContainerResponseContext response) {
        if (language.negotiated()) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.get().tag());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
