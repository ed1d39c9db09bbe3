package modernization.roadmap.schedule;

import java.util.List;

/** The activities depend on each other in a circle, so no schedule exists. */
public class DependencyCycleException extends RuntimeException {

    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("dependency cycle: " + String.join(" -> ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The codes along the cycle, the first repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}
