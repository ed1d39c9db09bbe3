package modernization.assessment.ministry;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import modernization.common.paging.PageRequest;
import modernization.common.problem.ApiException;

/** The ministry registry. */
@ApplicationScoped
public class MinistryService {

    public record Page(List<Ministry> items, long total) {
    }

    public Page list(Government government, PageRequest page) {
        var query = government == null
                ? Ministry.<Ministry>findAll(Sort.by("code"))
                : Ministry.<Ministry>find("government", Sort.by("code"), government);
        return new Page(query.page(page.page, page.size).list(), query.count());
    }

    public Ministry get(String code) {
        return Ministry.findByCode(code)
                .orElseThrow(() -> ApiException.notFound(new LocalizedText("No ministry with code %s.",
                        "لا توجد وزارة بالرمز %s.", "هیچ وەزارەتێک بە کۆدی %s نییە.").format(code)));
    }

    @Transactional
    public Ministry register(MinistryRequest request) {
        if (Ministry.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict(new LocalizedText("A ministry with code %s is already registered.",
                    "الوزارة ذات الرمز %s مسجَّلة مسبقًا.", "وەزارەتێک بە کۆدی %s پێشتر تۆمار کراوە.").format(request.code()));
        }
        Ministry ministry = new Ministry(request.code(), request.name(), request.government());
        ministry.persistAndFlush();
        return ministry;
    }
}
