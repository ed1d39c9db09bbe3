package modernization.roadmap.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The critical path method over the activity graph: a forward pass gives each activity's earliest
 * start and finish, a backward pass its latest start and finish; slack is latest minus earliest
 * start, and zero-slack activities are critical. The graph and its topological order come from
 * JGraphT; both passes are linear in activities plus dependencies.
 */
public final class CriticalPath {

    private CriticalPath() {
    }

    /**
     * @throws DependencyCycleException naming one cycle when the dependencies are circular
     * @throws IllegalArgumentException when a task depends on a code that is not a task
     */
    public static Schedule schedule(List<Task> tasks) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        Map<String, Task> byCode = new LinkedHashMap<>();
        for (Task task : tasks) {
            if (byCode.put(task.code(), task) != null) {
                throw new IllegalArgumentException("two activities share the code " + task.code());
            }
            graph.addVertex(task.code());
        }
        for (Task task : tasks) {
            for (String predecessor : task.dependsOn()) {
                if (!byCode.containsKey(predecessor)) {
                    throw new IllegalArgumentException(task.code() + " depends on unknown activity " + predecessor);
                }
                graph.addEdge(predecessor, task.code());
            }
        }
        CycleDetector<String, DefaultEdge> cycles = new CycleDetector<>(graph);
        if (cycles.detectCycles()) {
            throw new DependencyCycleException(oneCycle(byCode, cycles.findCycles()));
        }

        List<String> order = new ArrayList<>(tasks.size());
        // ties broken by code so the same graph always gives the same order
        new TopologicalOrderIterator<>(graph, Comparator.<String>naturalOrder()).forEachRemaining(order::add);

        Map<String, Integer> earliestStart = new HashMap<>();
        int projectEnd = 0;
        for (String code : order) {
            int start = 0;
            for (DefaultEdge in : graph.incomingEdgesOf(code)) {
                String predecessor = graph.getEdgeSource(in);
                start = Math.max(start, earliestStart.get(predecessor) + byCode.get(predecessor).durationDays());
            }
            earliestStart.put(code, start);
            projectEnd = Math.max(projectEnd, start + byCode.get(code).durationDays());
        }

        Map<String, Integer> latestFinish = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String code = order.get(i);
            int finish = projectEnd;
            for (DefaultEdge out : graph.outgoingEdgesOf(code)) {
                String successor = graph.getEdgeTarget(out);
                finish = Math.min(finish, latestFinish.get(successor) - byCode.get(successor).durationDays());
            }
            latestFinish.put(code, finish);
        }

        Map<String, ScheduledTask> scheduled = new LinkedHashMap<>();
        for (Task task : tasks) {
            int es = earliestStart.get(task.code());
            int lf = latestFinish.get(task.code());
            scheduled.put(task.code(), new ScheduledTask(task.code(), task.durationDays(), es, es + task.durationDays(),
                    lf - task.durationDays(), lf));
        }
        return new Schedule(scheduled, projectEnd, criticalChain(graph, order, scheduled));
    }

    /** One chain of critical activities from the start to the end, choosing the smallest code at each fork. */
    private static List<String> criticalChain(Graph<String, DefaultEdge> graph, List<String> order,
                                              Map<String, ScheduledTask> scheduled) {
        List<String> chain = new ArrayList<>();
        String current = order.stream()
                .filter(c -> scheduled.get(c).critical() && scheduled.get(c).earliestStart() == 0)
                .min(Comparator.naturalOrder()).orElse(null);
        while (current != null) {
            chain.add(current);
            ScheduledTask task = scheduled.get(current);
            current = graph.outgoingEdgesOf(current).stream()
                    .map(graph::getEdgeTarget)
                    .filter(c -> scheduled.get(c).critical() && scheduled.get(c).earliestStart() == task.earliestFinish())
                    .min(Comparator.naturalOrder()).orElse(null);
        }
        return chain;
    }

    /**
     * One cycle among the vertices that lie on cycles, in "depends on" order (each code depends on
     * the next), starting from the smallest code and closed by repeating it.
     */
    private static List<String> oneCycle(Map<String, Task> byCode, Set<String> cyclic) {
        String start = Collections.min(cyclic);
        List<String> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        Set<String> done = new HashSet<>();
        List<String> cycle = walk(start, byCode, cyclic, path, onPath, done);
        int from = cycle.indexOf(Collections.min(cycle));
        List<String> rotated = new ArrayList<>(cycle.subList(from, cycle.size()));
        rotated.addAll(cycle.subList(0, from));
        rotated.add(rotated.get(0));
        return rotated;
    }

    private static List<String> walk(String code, Map<String, Task> byCode, Set<String> cyclic, List<String> path,
                                     Set<String> onPath, Set<String> done) {
        if (onPath.contains(code)) {
            return new ArrayList<>(path.subList(path.indexOf(code), path.size()));
        }
        if (!done.add(code)) {
            return List.of();
        }
        path.add(code);
        onPath.add(code);
        for (String next : byCode.get(code).dependsOn().stream().filter(cyclic::contains).sorted().toList()) {
            List<String> cycle = walk(next, byCode, cyclic, path, onPath, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(code);
        return List.of();
    }
}
