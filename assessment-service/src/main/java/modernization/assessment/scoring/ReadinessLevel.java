package modernization.assessment.scoring;

/** The readiness level of an overall score: below 25, 50, 75, and the rest. */
public enum ReadinessLevel {
    NASCENT,
    EMERGING,
    ESTABLISHED,
    ADVANCED;

    /** The level of an unrounded overall score. */
    public static ReadinessLevel of(double overall) {
        if (overall < 25) {
            return NASCENT;
        }
        if (overall < 50) {
            return EMERGING;
        }
        if (overall < 75) {
            return ESTABLISHED;
        }
        return ADVANCED;
    }
}
