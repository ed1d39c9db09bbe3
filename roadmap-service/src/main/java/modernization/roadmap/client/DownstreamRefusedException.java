package modernization.roadmap.client;

/**
 * A service roadmap-service depends on refused a read with a 4xx other than 404 (a 404 means the
 * thing is absent): the caller's token or rights do not reach that far, or the two services
 * disagree. Not a missing input, and not the caller's request to fix by changing its body.
 */
public class DownstreamRefusedException extends RuntimeException {

    private final String service;
    private final int status;

    public DownstreamRefusedException(String service, int status, Throwable cause) {
        super(service + " answered " + status, cause);
        this.service = service;
        this.status = status;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }
}
