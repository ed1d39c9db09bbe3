package modernization.roadmap.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import modernization.common.paging.PageRequest;
import modernization.common.security.Roles;

/** Roadmaps and who may see them: drafts and archived ones are for advisers and UNDP staff only. */
@ApplicationScoped
public class RoadmapService {

    @Inject
    SecurityIdentity caller;

    public record Page(List<Roadmap> items, long total) {
    }

    public Page list(Government government, RoadmapStatus status, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!seesDrafts()) {
            where.add("status = :published");
            params.and("published", RoadmapStatus.PUBLISHED);
        }
        if (government != null) {
            where.add("government = :government");
            params.and("government", government);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        Sort order = Sort.descending("createdAt").and("id");
        PanacheQuery<Roadmap> query = where.isEmpty()
                ? Roadmap.findAll(order)
                : Roadmap.find(String.join(" and ", where), order, params);
        return new Page(query.page(page.page, page.size).list(), query.count());
    }

    private boolean seesDrafts() {
        return caller.hasRole(Roles.ADVISOR) || caller.hasRole(Roles.UNDP_STAFF);
    }
}
