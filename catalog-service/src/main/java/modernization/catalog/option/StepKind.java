package modernization.catalog.option;

/**
 * What kind of work an implementation step is. Roadmaps gather the LEGISLATION steps of every
 * chosen option into one legislative package, since one parliament passes them.
 */
public enum StepKind {
    /** a law passed by parliament */
    LEGISLATION,
    /** a regulation, instruction, standard or procedure the executive adopts */
    REGULATION,
    /** a body set up, mandated, appointed or staffed */
    INSTITUTION,
    /** an information system or platform */
    SYSTEM,
    /** training of the people who run the new rules */
    TRAINING,
    /** applying the design in ministries */
    ROLLOUT,
    /** an evaluation or review */
    REVIEW;

    /** The kind a step has when its author gave none: rollout while piloting and scaling up, review after. */
    public static StepKind defaultFor(Phase phase) {
        return switch (phase) {
            case FOUNDATION -> REGULATION;
            case PILOT, SCALE_UP -> ROLLOUT;
            case INSTITUTIONALIZE -> REVIEW;
        };
    }
}
