package modernization.catalog;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import modernization.common.testing.ServiceTestEnvironment;

/** Every test of this service runs against its own database, {@code catalog_test}. */
@WithTestResource(value = ServiceTestEnvironment.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "catalog_test"))
public final class CatalogTestEnvironment {

    private CatalogTestEnvironment() {
    }
}
