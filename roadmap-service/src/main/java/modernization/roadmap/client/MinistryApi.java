package modernization.roadmap.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import modernization.common.http.RequestIds;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The ministries of assessment-service: a roadmap's ministries must belong to its government, and are named by name. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1/ministries")
public interface MinistryApi {

    @GET
    @Path("/{code}")
    MinistryDto ministry(@PathParam("code") String code, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(RequestIds.HEADER) String requestId);

    /** A ministry in one language. */
    record MinistryDto(String code, String name, String government) {
    }
}
