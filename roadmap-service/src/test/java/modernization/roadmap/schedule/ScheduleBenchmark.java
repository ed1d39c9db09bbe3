package modernization.roadmap.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the critical path method alone on generated graphs with five dependencies per activity.
 * Not a test: bench/roadmap.sh runs it. Arguments: activity counts, e.g. 1000 10000 100000.
 */
public final class ScheduleBenchmark {

    private ScheduleBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("| activities | dependencies | median ms | min ms | ms per 1k activities |");
        System.out.println("|---|---|---|---|---|");
        for (int size : sizes) {
            List<Task> graph = CriticalPathTest.randomGraph(size, size * 5, 42);
            int dependencies = graph.stream().mapToInt(t -> t.dependsOn().size()).sum();
            for (int i = 0; i < 5; i++) {
                CriticalPath.schedule(graph); // warm-up
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                long start = System.nanoTime();
                CriticalPath.schedule(graph);
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(Double::compare);
            System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.2f |%n", size, dependencies, times.get(4),
                    times.get(0), times.get(4) / (size / 1000.0));
        }
    }
}
