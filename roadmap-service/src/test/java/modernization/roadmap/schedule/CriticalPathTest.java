package modernization.roadmap.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The critical path method against a schedule worked out by hand. */
class CriticalPathTest {

    /*
     *   A(3) ──> B(4) ──> D(2)
     *     └────> C(1) ──┘
     *   E(5) (no links)
     * ES: A0 B3 C3 D7 E0; project 9. LS: D7 B3 C6 A0 E4. Slack: C 3, E 4, others 0.
     */
    private static final List<Task> EXAMPLE = List.of(
            new Task("A", 3, List.of()),
            new Task("B", 4, List.of("A")),
            new Task("C", 1, List.of("A")),
            new Task("D", 2, List.of("B", "C")),
            new Task("E", 5, List.of()));

    @Test
    void forwardAndBackwardPassesGiveEarliestAndLatestStartsAndSlack() {
        Schedule schedule = CriticalPath.schedule(EXAMPLE);
        assertEquals(9, schedule.durationDays());
        assertTask(schedule, "A", 0, 3, 0);
        assertTask(schedule, "B", 3, 7, 3);
        assertTask(schedule, "C", 3, 4, 6);
        assertTask(schedule, "D", 7, 9, 7);
        assertTask(schedule, "E", 0, 5, 4);
        assertEquals(3, schedule.tasks().get("C").slack());
        assertFalse(schedule.tasks().get("E").critical());
        assertEquals(List.of("A", "B", "D"), schedule.criticalPath());
    }

    @Test
    void aZeroLengthMilestoneSitsAtTheFinishOfWhatItCloses() {
        List<Task> tasks = new ArrayList<>(EXAMPLE);
        tasks.add(new Task("MS", 0, List.of("D", "E")));
        Schedule schedule = CriticalPath.schedule(tasks);
        assertTask(schedule, "MS", 9, 9, 9);
        assertEquals(List.of("A", "B", "D", "MS"), schedule.criticalPath());
    }

    @Test
    void aCycleIsRejectedNamingTheActivitiesInIt() {
        List<Task> tasks = List.of(new Task("X", 1, List.of("Z")), new Task("Y", 1, List.of("X")),
                new Task("Z", 1, List.of("Y")), new Task("W", 1, List.of()));
        DependencyCycleException cycle = assertThrows(DependencyCycleException.class, () -> CriticalPath.schedule(tasks));
        assertEquals("X", cycle.cycle().get(0));
        assertEquals(4, cycle.cycle().size());
        assertTrue(cycle.cycle().containsAll(List.of("X", "Y", "Z")));
    }

    @Test
    void aCycleThroughAMilestoneIsNamedToo() {
        List<Task> tasks = List.of(new Task("EARLY", 1, List.of("LATE")), new Task("LATE", 1, List.of("MS")),
                new Task("MS", 0, List.of("EARLY")), new Task("END", 0, List.of("MS", "LATE")));
        DependencyCycleException cycle = assertThrows(DependencyCycleException.class, () -> CriticalPath.schedule(tasks));
        assertEquals(List.of("EARLY", "LATE", "MS", "EARLY"), cycle.cycle());
    }

    @Test
    void anUnknownDependencyIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CriticalPath.schedule(List.of(new Task("A", 1, List.of("GHOST")))));
    }

    @Test
    void theSameGraphAlwaysGivesTheSameSchedule() {
        List<Task> graph = randomGraph(300, 1200, 11);
        assertEquals(CriticalPath.schedule(graph), CriticalPath.schedule(graph));
    }

    @Test
    void everyActivityStartsAfterItsPredecessorsFinishAndSlackIsNeverNegative() {
        List<Task> graph = randomGraph(2000, 10_000, 5);
        Schedule schedule = CriticalPath.schedule(graph);
        for (Task task : graph) {
            ScheduledTask t = schedule.tasks().get(task.code());
            assertTrue(t.slack() >= 0);
            for (String p : task.dependsOn()) {
                assertTrue(schedule.tasks().get(p).earliestFinish() <= t.earliestStart());
                assertTrue(schedule.tasks().get(p).latestFinish() <= t.latestStart());
            }
        }
    }

    /** A random DAG: edges only go from a lower to a higher index. */
    static List<Task> randomGraph(int activities, int dependencies, long seed) {
        Random random = new Random(seed);
        List<List<String>> deps = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            deps.add(new ArrayList<>());
        }
        for (int e = 0; e < dependencies; e++) {
            int to = 1 + random.nextInt(activities - 1);
            String from = "T" + random.nextInt(to);
            if (!deps.get(to).contains(from)) {
                deps.get(to).add(from);
            }
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            tasks.add(new Task("T" + i, 1 + random.nextInt(60), deps.get(i)));
        }
        return tasks;
    }

    private static void assertTask(Schedule schedule, String code, int es, int ef, int ls) {
        ScheduledTask t = schedule.tasks().get(code);
        assertEquals(es, t.earliestStart(), code + " earliest start");
        assertEquals(ef, t.earliestFinish(), code + " earliest finish");
        assertEquals(ls, t.latestStart(), code + " latest start");
    }
}
