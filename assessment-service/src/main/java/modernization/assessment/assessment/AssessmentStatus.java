package modernization.assessment.assessment;

/** The workflow of an assessment: the ministry drafts and submits; a reviewer validates or returns it. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    VALIDATED;

    /** Whether the ministry may still change the answers. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
