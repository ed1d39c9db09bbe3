package modernization.catalog.option;

import modernization.common.i18n.Language;
import modernization.common.paging.PageRequest;

/** A validated list request: filters (null when absent), full-text query, order, page, language. */
public record OptionQuery(String dimension, String pillar, String country, OptionStatus status, String q,
                          Sort sort, PageRequest page, Language language) {

    /** The orders a list can be asked for; relevance only applies with {@code q}. */
    public enum Sort {
        TITLE("title"),
        TITLE_DESC("-title"),
        UPDATED_AT("updatedAt"),
        UPDATED_AT_DESC("-updatedAt"),
        RELEVANCE("relevance");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static java.util.Optional<Sort> fromParameter(String value) {
            for (Sort sort : values()) {
                if (sort.parameter.equals(value)) {
                    return java.util.Optional.of(sort);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
