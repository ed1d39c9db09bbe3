package modernization.roadmap;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import modernization.common.testing.ServiceTestEnvironment;

/** Every test of this service runs against its own database, {@code roadmap_test}. */
@WithTestResource(value = ServiceTestEnvironment.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "roadmap_test"))
public final class RoadmapTestEnvironment {

    private RoadmapTestEnvironment() {
    }
}
