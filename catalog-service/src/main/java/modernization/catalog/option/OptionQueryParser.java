package modernization.catalog.option;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import modernization.catalog.dimension.Dimension;
import modernization.catalog.pillar.Pillar;
import modernization.common.http.QueryParams;
import modernization.common.i18n.Language;
import modernization.common.paging.PageRequest;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.ProblemType;

/** Turns the list's query parameters into an {@link OptionQuery}, or a 400 naming each bad one. */
@ApplicationScoped
public class OptionQueryParser {

    static final int MAX_QUERY_LENGTH = 200;

    public OptionQuery parse(String dimension, String pillar, String country, String status, String q, String sort,
                             PageRequest page, Language language) {
        List<FieldError> errors = new ArrayList<>();
        dimension = QueryParams.blankToNull(dimension);
        pillar = QueryParams.blankToNull(pillar);
        country = QueryParams.blankToNull(country);
        q = QueryParams.blankToNull(q);
        if (dimension != null && Dimension.findByIdOptional(dimension).isEmpty()) {
            errors.add(FieldError.parameter("dimension", "names no dimension: " + dimension, FieldError.UNKNOWN));
        }
        if (pillar != null && Pillar.findByIdOptional(pillar).isEmpty()) {
            errors.add(FieldError.parameter("pillar", "names no pillar: " + pillar, FieldError.UNKNOWN));
        }
        if (country != null && !DesignOptionService.ISO_COUNTRIES.contains(country)) {
            errors.add(FieldError.parameter("country", "must be an ISO 3166 alpha-2 country code, e.g. CL", FieldError.INVALID_FORMAT));
        }
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            errors.add(FieldError.parameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters", FieldError.SIZE));
        }
        OptionQuery.Sort order = null;
        if (sort != null && !sort.isBlank()) {
            order = OptionQuery.Sort.fromParameter(sort.trim()).orElse(null);
            if (order == null) {
                errors.add(FieldError.parameter("sort", "must be one of title, -title, updatedAt, -updatedAt, relevance", FieldError.INVALID_FORMAT));
            }
        }
        OptionStatus parsedStatus = null;
        try {
            parsedStatus = QueryParams.enumValue(OptionStatus.class, "status", status);
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The request has invalid fields.", errors);
        }
        if (order == null) {
            order = q != null ? OptionQuery.Sort.RELEVANCE : OptionQuery.Sort.TITLE;
        }
        return new OptionQuery(dimension, pillar, country, parsedStatus, q, order, page, language);
    }

}
