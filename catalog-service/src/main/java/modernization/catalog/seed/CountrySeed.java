package modernization.catalog.seed;

import java.util.List;
import modernization.catalog.country.Source;
import modernization.common.i18n.LocalizedText;

/** A country model as written in {@code seed/country-models.json}. */
record CountrySeed(String code, LocalizedText name, LocalizedText systemName, LocalizedText established,
                   LocalizedText size, LocalizedText centralBody, LocalizedText traits, List<ChoiceSeed> choices,
                   List<Source> sources) {

    record ChoiceSeed(String dimension, String option, LocalizedText note) {
    }
}
