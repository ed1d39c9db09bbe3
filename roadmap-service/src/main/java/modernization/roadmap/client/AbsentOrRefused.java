package modernization.roadmap.client;

/** A downstream service answered with a 4xx other than 404: the request, not the service, is at fault. */
public class AbsentOrRefused extends RuntimeException {

    private final int status;

    public AbsentOrRefused(int status, Throwable cause) {
        super("downstream answered " + status, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
