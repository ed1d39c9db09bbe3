package modernization.roadmap.generation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.roadmap.client.AbsentOrRefused;
import modernization.roadmap.client.AssessmentClient;
import modernization.roadmap.client.CatalogApi;
import modernization.roadmap.client.CatalogClient;
import modernization.roadmap.client.DownstreamUnavailableException;
import modernization.roadmap.roadmap.Sources;

/**
 * Reads what a roadmap is generated from: the published version of each chosen option (with its
 * titles in the three languages) and each ministry's latest validated score. Anything missing is
 * 422 naming it; a service that does not answer is 503 naming the service.
 */
@ApplicationScoped
public class RoadmapInputs {

    static final String CATALOG = "catalog-service";
    static final String ASSESSMENT = "assessment-service";

    @Inject
    CatalogClient catalog;

    @Inject
    AssessmentClient assessment;

    /** The inputs of the generator and the snapshot of what they came from. */
    public record Inputs(List<RoadmapGenerator.OptionInput> options, List<RoadmapGenerator.MinistryInput> ministries,
                         Sources sources) {
    }

    public Inputs read(List<UUID> optionIds, List<String> ministryCodes) {
        List<FieldError> missing = new ArrayList<>();
        List<RoadmapGenerator.OptionInput> options = new ArrayList<>();
        List<Sources.OptionSource> optionSources = new ArrayList<>();
        List<UUID> distinctOptions = optionIds.stream().distinct().toList();
        for (int i = 0; i < distinctOptions.size(); i++) {
            UUID id = distinctOptions.get(i);
            Optional<CatalogApi.OptionDto> published = published(id);
            if (published.isEmpty()) {
                missing.add(new FieldError("selectedOptionIds[" + optionIds.indexOf(id) + "]",
                        "names no published design option: " + id));
                continue;
            }
            CatalogApi.OptionDto en = published.get();
            CatalogApi.OptionDto ar = call(CATALOG, () -> catalog.option(id, en.version(), "ar")).orElse(en);
            CatalogApi.OptionDto ckb = call(CATALOG, () -> catalog.option(id, en.version(), "ckb")).orElse(en);
            List<RoadmapGenerator.StepInput> steps = new ArrayList<>();
            for (int s = 0; s < en.implementationSteps().size(); s++) {
                CatalogApi.StepDto step = en.implementationSteps().get(s);
                steps.add(new RoadmapGenerator.StepInput(step.code(), new LocalizedText(step.title(),
                        stepTitle(ar, s), stepTitle(ckb, s)), step.durationMonths(), step.dependsOn(),
                        Phase.valueOf(step.phase())));
            }
            options.add(new RoadmapGenerator.OptionInput(en.code(), new LocalizedText(en.title(), ar.title(), ckb.title()),
                    en.pillars(), steps));
            optionSources.add(new Sources.OptionSource(en.id(), en.code(), en.version(), en.title()));
        }

        List<RoadmapGenerator.MinistryInput> ministries = new ArrayList<>();
        List<Sources.AssessmentSource> assessmentSources = new ArrayList<>();
        List<String> distinctMinistries = ministryCodes.stream().distinct().toList();
        for (String code : distinctMinistries) {
            var validated = call(ASSESSMENT, () -> assessment.latestValidated(code));
            if (validated.isEmpty()) {
                missing.add(new FieldError("ministryCodes[" + ministryCodes.indexOf(code) + "]",
                        "has no validated assessment: " + code));
                continue;
            }
            var a = validated.get().assessment();
            var score = validated.get().score();
            ministries.add(new RoadmapGenerator.MinistryInput(code, score.level(), score.overall(),
                    score.gaps().stream().map(g -> new RoadmapGenerator.GapInput(g.criterionCode(), g.level())).toList()));
            assessmentSources.add(new Sources.AssessmentSource(a.id(), code, a.period(), a.version(), score.overall(),
                    score.level(), a.validatedAt(), score.gaps().size()));
        }
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable("Some inputs of the roadmap are not available.", missing);
        }
        return new Inputs(options, ministries, new Sources(optionSources, assessmentSources));
    }

    /** The published version of an option, whatever version the caller would see by default. */
    private Optional<CatalogApi.OptionDto> published(UUID id) {
        Optional<CatalogApi.OptionDto> seen = call(CATALOG, () -> catalog.option(id, null, "en"));
        if (seen.isEmpty() || "PUBLISHED".equals(seen.get().status())) {
            return seen;
        }
        Integer publishedVersion = seen.get().publishedVersion();
        return publishedVersion == null ? Optional.empty()
                : call(CATALOG, () -> catalog.option(id, publishedVersion, "en"));
    }

    private static String stepTitle(CatalogApi.OptionDto option, int index) {
        return index < option.implementationSteps().size() ? option.implementationSteps().get(index).title() : null;
    }

    private static <T> Optional<T> call(String service, java.util.function.Supplier<Optional<T>> call) {
        try {
            return call.get();
        } catch (AbsentOrRefused refused) {
            return Optional.empty();
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException failure) {
            throw new DownstreamUnavailableException(service, failure);
        }
    }
}
