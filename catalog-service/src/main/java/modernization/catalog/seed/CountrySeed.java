package modernization.catalog.seed;

import java.util.List;
import java.util.Map;
import modernization.catalog.country.Choice;
import modernization.catalog.country.CountryModel;
import modernization.catalog.source.Source;
import modernization.common.i18n.LocalizedText;

/** A country model as written in {@code seed/country-models.json}. */
record CountrySeed(String code, LocalizedText name, LocalizedText systemName, LocalizedText established,
                   LocalizedText size, LocalizedText centralBody, LocalizedText traits, List<ChoiceSeed> choices,
                   List<Source> sources, Map<String, CountryModel.Fact> facts,
                   CountryModel.WomenInSeniorPosts womenInSeniorPosts) {

    record ChoiceSeed(String dimension, String option, LocalizedText note, List<String> sourceRefs) {
    }

    CountryModel.Content content() {
        return new CountryModel.Content(name, systemName, established, size, centralBody, traits, sources,
                facts == null ? Map.of() : facts, womenInSeniorPosts,
                choices.stream().map(c -> new Choice.Content(c.dimension(), c.option(), c.note(),
                        c.sourceRefs() == null ? List.of() : c.sourceRefs())).toList());
    }
}
