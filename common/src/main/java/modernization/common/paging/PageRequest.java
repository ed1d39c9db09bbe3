package modernization.common.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of every list; use with {@code @BeanParam @Valid}. */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any list here, and small enough that page times size never overflows. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{modernization.common.page-range}")
    @Max(value = MAX_PAGE, message = "{modernization.common.page-range}")
    @Parameter(description = "0-based page number, 0 to 1000000", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{modernization.common.size-range}")
    @Max(value = MAX_SIZE, message = "{modernization.common.size-range}")
    @Parameter(description = "page size, 1 to 100", example = "20")
    public int size = DEFAULT_SIZE;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
