package modernization.catalog.option;

/** The lifecycle of a design option version: drafted, published to all readers, retired. */
public enum OptionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
