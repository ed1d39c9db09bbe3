package modernization.catalog.option;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import modernization.catalog.dimension.Dimension;
import modernization.catalog.pillar.Pillar;
import modernization.common.http.QueryParams;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import modernization.common.paging.PageRequest;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Violation;

/** Turns the list's query parameters into an {@link OptionQuery}, or a 400 naming each bad one. */
@ApplicationScoped
public class OptionQueryParser {

    static final int MAX_QUERY_LENGTH = 200;

    private static final LocalizedText INVALID_FIELDS = new LocalizedText(
            "The request has invalid fields.",
            "يحتوي الطلب على حقول غير صالحة.",
            "داواکارییەکە خانەی نادروستی تێدایە.");
    private static final LocalizedText COUNTRY_FORMAT = new LocalizedText(
            "must be an ISO 3166 alpha-2 country code, e.g. CL",
            "يجب أن يكون رمز بلد من حرفين وفق ISO 3166 alpha-2، مثل CL",
            "دەبێت کۆدی دوو پیتیی وڵات بێت بەپێی ISO 3166 alpha-2، بۆ نموونە CL");
    private static final LocalizedText SORT_KEYS = new LocalizedText(
            "must be one of title, -title, updatedAt, -updatedAt, relevance",
            "يجب أن يكون إحدى القيم: title, -title, updatedAt, -updatedAt, relevance",
            "دەبێت یەکێک بێت لەمانە: title, -title, updatedAt, -updatedAt, relevance");

    public OptionQuery parse(String dimension, String pillar, String country, String status, String q, String sort,
                             PageRequest page, Language language) {
        List<Violation> errors = new ArrayList<>();
        dimension = QueryParams.blankToNull(dimension);
        pillar = QueryParams.blankToNull(pillar);
        country = QueryParams.blankToNull(country);
        q = QueryParams.blankToNull(q);
        if (dimension != null && Dimension.findByIdOptional(dimension).isEmpty()) {
            errors.add(Violation.parameter("dimension", DesignOptionService.NAMES_NO_DIMENSION.format(dimension), FieldError.UNKNOWN));
        }
        if (pillar != null && Pillar.findByIdOptional(pillar).isEmpty()) {
            errors.add(Violation.parameter("pillar", DesignOptionService.NAMES_NO_PILLAR.format(pillar), FieldError.UNKNOWN));
        }
        if (country != null && !DesignOptionService.ISO_COUNTRIES.contains(country)) {
            errors.add(Violation.parameter("country", COUNTRY_FORMAT, FieldError.INVALID_FORMAT));
        }
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            errors.add(Violation.parameter("q", new LocalizedText(
                    "must be at most %s characters",
                    "يجب ألا يتجاوز عدد أحرفه %s",
                    "دەبێت ژمارەی پیتەکانی لە %s زیاتر نەبێت").format(MAX_QUERY_LENGTH), FieldError.SIZE));
        }
        OptionQuery.Sort order = null;
        if (sort != null && !sort.isBlank()) {
            order = OptionQuery.Sort.fromParameter(sort.trim()).orElse(null);
            if (order == null) {
                errors.add(Violation.parameter("sort", SORT_KEYS, FieldError.INVALID_FORMAT));
            }
        }
        OptionStatus parsedStatus = null;
        try {
            parsedStatus = QueryParams.enumValue(OptionStatus.class, "status", status);
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, INVALID_FIELDS, errors);
        }
        if (order == null) {
            order = q != null ? OptionQuery.Sort.RELEVANCE : OptionQuery.Sort.TITLE;
        }
        return new OptionQuery(dimension, pillar, country, parsedStatus, q, order, page, language);
    }

}
