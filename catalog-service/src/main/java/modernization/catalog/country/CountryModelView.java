package modernization.catalog.country;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.catalog.option.DesignOptionVersion;
import modernization.catalog.source.Source;
import modernization.common.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country model in the served language. */
@Schema(name = "CountryModel")
public record CountryModelView(
        @Schema(example = "CL") String code,
        @Schema(example = "Chile") String name,
        @Schema(example = "Alta Dirección Pública") String systemName,
        @Schema(example = "Law 19.882 (2003)") String established,
        @Schema(example = "417 posts (2004), 1,246 (2013)") String size,
        String centralBody,
        String traits,
        List<ChoiceView> choices,
        List<Source> sources,
        @Schema(description = "For each fact (established, size, centralBody, traits): the ids of its sources, and for size the year it describes")
        Map<String, CountryModel.Fact> facts,
        @Schema(description = "The share of women in senior posts, where a source gives it", nullable = true)
        WomenView womenInSeniorPosts,
        @Schema(example = "en") String lang,
        @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    /** The option the country chose on a dimension. */
    @Schema(name = "CountryChoice")
    public record ChoiceView(@Schema(example = "ENTRY_SELECTION") String dimension,
                             @Schema(description = "absent when the option is not visible to the caller") UUID optionId,
                             @Schema(example = "ENTRY_INDEPENDENT_BOARD") String optionCode,
                             String optionTitle, String note,
                             @Schema(description = "The ids of the sources that show this choice") List<String> sourceRefs) {

        static ChoiceView from(Choice choice, Map<String, DesignOptionVersion> options, Language lang) {
            DesignOptionVersion option = options.get(choice.option);
            return new ChoiceView(choice.dimension, option == null ? null : option.option.id, choice.option,
                    option == null ? null : option.title.in(lang), choice.note == null ? null : choice.note.in(lang),
                    choice.sourceRefs);
        }
    }

    /** The share of women in senior posts, in the served language. */
    @Schema(name = "WomenInSeniorPosts")
    public record WomenView(@Schema(description = "per cent", example = "41.5") BigDecimal share,
                            @Schema(example = "2020") int year, String text, List<String> sourceRefs) {

        static WomenView from(CountryModel.WomenInSeniorPosts women, Language lang) {
            return women == null ? null : new WomenView(women.share(), women.year(), women.text().in(lang),
                    women.sourceRefs());
        }
    }

    public static CountryModelView from(CountryModel c, Map<String, DesignOptionVersion> options,
                                        Map<String, Integer> dimensionOrder, Language lang) {
        List<ChoiceView> choices = c.choices.stream()
                .sorted(java.util.Comparator.comparing(ch -> dimensionOrder.getOrDefault(ch.dimension, Integer.MAX_VALUE)))
                .map(ch -> ChoiceView.from(ch, options, lang))
                .toList();
        return new CountryModelView(c.code, c.name.in(lang), c.systemName.in(lang), c.established.in(lang),
                c.size.in(lang), c.centralBody.in(lang), c.traits.in(lang), choices, c.sources, c.facts,
                WomenView.from(c.womenInSeniorPosts, lang), lang.tag(),
                lang.direction());
    }
}
