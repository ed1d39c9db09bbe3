package modernization.common.paging;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list as the API sends it: the body is a JSON array, the total travels in
 * {@code X-Total-Count} and the neighbours in an RFC 8288 {@code Link} header.
 */
public record Paged<T>(List<T> items, long total, PageRequest request) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    public Response toResponse(UriInfo uri) {
        int lastPage = total == 0 ? 0 : (int) ((total - 1) / request.size);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (request.page > 0) {
            links.add(link(uri, Math.min(request.page - 1, lastPage), "prev"));
        }
        if (request.page < lastPage) {
            links.add(link(uri, request.page + 1, "next"));
        }
        links.add(link(uri, lastPage, "last"));
        // one header with all relations: some HTTP clients keep only the last of repeated headers
        return Response.ok(items)
                .header(TOTAL_COUNT, total)
                .header(HttpHeaders.LINK, String.join(", ", links))
                .build();
    }

    private String link(UriInfo uri, int page, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", request.size))
                .rel(rel)
                .build()
                .toString();
    }
}
