package modernization.roadmap.schedule;

/** An activity's place in the schedule, in days from the roadmap's start. */
public record ScheduledTask(String code, int durationDays, int earliestStart, int earliestFinish, int latestStart,
                            int latestFinish) {

    public int slack() {
        return latestStart - earliestStart;
    }

    public boolean critical() {
        return slack() == 0;
    }
}
