package modernization.common.persistence.outbox;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** webhook-service's intake, called with the event-relay client's token (client credentials). */
@RegisterRestClient(configKey = "webhooks")
@OidcClientFilter
@Path("/api/v1/events")
public interface WebhookIntake {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> accept(EventBatch batch);
}
