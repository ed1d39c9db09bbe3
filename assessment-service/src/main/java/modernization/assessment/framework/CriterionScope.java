package modernization.assessment.framework;

/** Who answers a criterion: the government as a whole (its laws, central bodies, budget) or each ministry. */
public enum CriterionScope {
    GOVERNMENT,
    MINISTRY
}
