package modernization.roadmap.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The critical path method over the activity graph: a forward pass gives each activity's earliest
 * start and finish, a backward pass its latest start and finish; slack is latest minus earliest
 * start, and zero-slack activities are critical. The graph is kept as int arrays and ordered with
 * Kahn's algorithm, so the whole schedule is linear in activities plus dependencies.
 */
public final class CriticalPath {

    private CriticalPath() {
    }

    /**
     * @throws DependencyCycleException naming one cycle when the dependencies are circular
     * @throws IllegalArgumentException when a task depends on a code that is not a task
     */
    public static Schedule schedule(List<Task> tasks) {
        int n = tasks.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (index.put(tasks.get(i).code(), i) != null) {
                throw new IllegalArgumentException("two activities share the code " + tasks.get(i).code());
            }
        }
        // the graph as int arrays: predecessors and successors of each activity
        int[][] predecessors = new int[n][];
        int[] successorCount = new int[n];
        for (int i = 0; i < n; i++) {
            List<String> dependsOn = tasks.get(i).dependsOn();
            int[] preds = new int[dependsOn.size()];
            for (int d = 0; d < preds.length; d++) {
                Integer p = index.get(dependsOn.get(d));
                if (p == null) {
                    throw new IllegalArgumentException(tasks.get(i).code() + " depends on unknown activity " + dependsOn.get(d));
                }
                preds[d] = p;
                successorCount[p]++;
            }
            predecessors[i] = preds;
        }
        int[][] successors = new int[n][];
        for (int i = 0; i < n; i++) {
            successors[i] = new int[successorCount[i]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            for (int p : predecessors[i]) {
                successors[p][filled[p]++] = i;
            }
        }

        // topological order (Kahn); activities left over lie on or behind a cycle
        int[] waiting = new int[n];
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = predecessors[i].length;
            if (waiting[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int current = order[head++];
            for (int s : successors[current]) {
                if (--waiting[s] == 0) {
                    order[tail++] = s;
                }
            }
        }
        if (tail < n) {
            throw new DependencyCycleException(oneCycle(tasks, index, cyclic(tasks, successors, order, tail)));
        }

        int[] earliestStart = new int[n];
        int projectEnd = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int start = 0;
            for (int p : predecessors[i]) {
                start = Math.max(start, earliestStart[p] + tasks.get(p).durationDays());
            }
            earliestStart[i] = start;
            projectEnd = Math.max(projectEnd, start + tasks.get(i).durationDays());
        }
        int[] latestFinish = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            int finish = projectEnd;
            for (int s : successors[i]) {
                finish = Math.min(finish, latestFinish[s] - tasks.get(s).durationDays());
            }
            latestFinish[i] = finish;
        }

        Map<String, ScheduledTask> scheduled = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Task task = tasks.get(i);
            scheduled.put(task.code(), new ScheduledTask(task.code(), task.durationDays(), earliestStart[i],
                    earliestStart[i] + task.durationDays(), latestFinish[i] - task.durationDays(), latestFinish[i]));
        }
        return new Schedule(scheduled, projectEnd, criticalChain(tasks, successors, scheduled));
    }

    /** The activities Kahn's algorithm never freed: those on a cycle and those depending on one. */
    private static Set<String> cyclic(List<Task> tasks, int[][] successors, int[] order, int emitted) {
        boolean[] done = new boolean[tasks.size()];
        for (int k = 0; k < emitted; k++) {
            done[order[k]] = true;
        }
        Set<String> left = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (!done[i]) {
                left.add(tasks.get(i).code());
            }
        }
        return left;
    }

    /** One chain of critical activities from the start to the end, choosing the smallest code at each fork. */
    private static List<String> criticalChain(List<Task> tasks, int[][] successors, Map<String, ScheduledTask> scheduled) {
        List<String> chain = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < tasks.size(); i++) {
            ScheduledTask t = scheduled.get(tasks.get(i).code());
            if (t.critical() && t.earliestStart() == 0
                    && (current < 0 || tasks.get(i).code().compareTo(tasks.get(current).code()) < 0)) {
                current = i;
            }
        }
        while (current >= 0) {
            chain.add(tasks.get(current).code());
            int finish = scheduled.get(tasks.get(current).code()).earliestFinish();
            int next = -1;
            for (int s : successors[current]) {
                ScheduledTask t = scheduled.get(tasks.get(s).code());
                if (t.critical() && t.earliestStart() == finish
                        && (next < 0 || tasks.get(s).code().compareTo(tasks.get(next).code()) < 0)) {
                    next = s;
                }
            }
            current = next;
        }
        return chain;
    }

    /**
     * One cycle among the vertices that lie on cycles, in "depends on" order (each code depends on
     * the next), starting from the smallest code and closed by repeating it.
     */
    private static List<String> oneCycle(List<Task> tasks, Map<String, Integer> index, Set<String> cyclic) {
        Map<String, Task> byCode = new HashMap<>();
        cyclic.forEach(code -> byCode.put(code, tasks.get(index.get(code))));
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
