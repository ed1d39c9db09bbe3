package modernization.roadmap;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import modernization.common.testing.PostgresTestDatabase;
import modernization.common.testing.TrustTestTokens;

/** Every test of this service runs against its own database, {@code roadmap_test}, trusts test tokens, and
 * talks to stubs of catalog-service and assessment-service. */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "roadmap_test"))
@WithTestResource(value = TrustTestTokens.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = DownstreamStubs.class, scope = TestResourceScope.GLOBAL)
public final class RoadmapTestEnvironment {

    private RoadmapTestEnvironment() {
    }
}
