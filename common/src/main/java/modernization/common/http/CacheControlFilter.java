package modernization.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * API answers depend on the caller's token, so shared caches must not keep them, and clients must
 * revalidate with their ETag ({@code If-None-Match}) before reusing one. A body may be sent
 * compressed (gzip or brotli, as the caller's {@code Accept-Encoding} asks), which {@code Vary} says.
 */
public class CacheControlFilter {

    @ServerResponseFilter
    public void cacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        if ("GET".equals(request.getMethod()) && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        if (response.hasEntity()) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
    }
}
