package modernization.roadmap.generation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.Violation;
import modernization.roadmap.client.AbsentOrRefused;
import modernization.roadmap.client.DownstreamRefusedException;
import modernization.roadmap.client.AssessmentClient;
import modernization.roadmap.client.CallerHeaders;
import modernization.roadmap.client.CatalogApi;
import modernization.roadmap.client.KnownMinistries;
import modernization.roadmap.client.PublishedOptions;
import modernization.roadmap.client.DownstreamUnavailableException;
import modernization.roadmap.roadmap.Government;
import modernization.roadmap.roadmap.Sources;
import org.jboss.logging.Logger;

/**
 * Reads what a roadmap is generated from: the published version of each chosen option (with its
 * titles in the three languages), the government's latest validated government assessment, and
 * each ministry's name, government and latest validated score. Anything missing is
 * 422 naming it; a service that does not answer is 503 naming the service.
 */
@ApplicationScoped
public class RoadmapInputs {

    private static final Logger LOG = Logger.getLogger(RoadmapInputs.class);

    static final String CATALOG = "catalog-service";
    static final String ASSESSMENT = "assessment-service";

    private static final LocalizedText INPUTS_MISSING = new LocalizedText("Some inputs of the roadmap are not available.",
            "بعض مدخلات خارطة الطريق غير متاحة.", "هەندێک لە زانیارییە پێویستەکانی نەخشەڕێگاکە بەردەست نین.");

    @Inject
    PublishedOptions catalog;

    @Inject
    AssessmentClient assessment;

    @Inject
    KnownMinistries ministries;

    @Inject
    HttpServerRequest request;

    /** The downstream reads of all generations share these threads (calls wait on the network, not the CPU). */
    private final ExecutorService downstream = Executors.newFixedThreadPool(16, runnable -> {
        Thread thread = new Thread(runnable, "roadmap-inputs");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        downstream.shutdownNow();
    }

    /** The inputs of the generator and the snapshot of what they came from. */
    public record Inputs(List<RoadmapGenerator.OptionInput> options, RoadmapGenerator.GovernmentInput government,
                         List<RoadmapGenerator.MinistryInput> ministries, Sources sources) {
    }

    /** A ministry's name and government, and its latest validated assessment. */
    private record MinistryReads(CompletableFuture<Optional<AssessmentClient.MinistryRead>> ministry,
                                 CompletableFuture<Optional<AssessmentClient.Validated>> validated) {
    }

    public Inputs read(Government government, List<UUID> optionIds, List<String> ministryCodes) {
        CallerHeaders caller = CallerHeaders.of(request);
        // every option and every ministry is read at once: a roadmap of 20 options and 12 ministries
        // takes a few round trips, not 70 in a row
        List<UUID> distinctOptions = optionIds.stream().distinct().toList();
        List<String> distinctMinistries = ministryCodes.stream().distinct().toList();
        List<CompletableFuture<Optional<OptionRead>>> optionReads = distinctOptions.stream()
                .map(id -> readOption(id, government, caller)).toList();
        var governmentRead = CompletableFuture.supplyAsync(
                () -> call(ASSESSMENT, () -> assessment.latestGovernmentValidated(government.name(), caller)), downstream);
        List<MinistryReads> ministryReads = distinctMinistries.stream().map(code -> new MinistryReads(
                CompletableFuture.supplyAsync(() -> call(ASSESSMENT, () -> ministries.ministry(code, caller)), downstream),
                CompletableFuture.supplyAsync(() -> call(ASSESSMENT, () -> assessment.latestValidated(code, caller)),
                        downstream))).toList();

        List<Violation> missing = new ArrayList<>();
        List<RoadmapGenerator.OptionInput> options = new ArrayList<>();
        List<Sources.OptionSource> optionSources = new ArrayList<>();
        for (int i = 0; i < distinctOptions.size(); i++) {
            UUID id = distinctOptions.get(i);
            Optional<OptionRead> read = await(optionReads.get(i));
            if (read.isEmpty()) {
                missing.add(new Violation("selectedOptionIds[" + optionIds.indexOf(id) + "]", new LocalizedText(
                        "names no published design option: %s", "لا يطابق أي خيار تصميم منشور: %s",
                        "ئاماژە بە هیچ هەڵبژاردەیەکی دیزاینی بڵاوکراوە ناکات: %s").format(id)));
                continue;
            }
            options.add(read.get().input());
            optionSources.add(read.get().source());
        }
        RoadmapGenerator.GovernmentInput governmentInput = null;
        Sources.AssessmentSource governmentSource = null;
        var governmentValidated = await(governmentRead);
        if (governmentValidated.isEmpty()) {
            missing.add(new Violation("government", new LocalizedText(
                    "has no validated government assessment: %1$s (its coordinating ministry or UNDP staff assess the "
                            + "government's laws, central bodies and budget with an assessment of "
                            + "{\"government\": \"%1$s\"}, SES-READINESS version 2 or later)",
                    "لا يوجد تقييم جاهزية معتمد للحكومة: %1$s (تقيّم وزارتها المنسِّقة أو موظفو برنامج الأمم المتحدة "
                            + "الإنمائي (UNDP) قوانين الحكومة وهيئاتها المركزية وموازنتها بتقييم فيه "
                            + "{\"government\": \"%1$s\"}، وفق SES-READINESS الإصدار 2 أو أحدث)",
                    "هیچ هەڵسەنگاندنێکی ئامادەیی پەسەندکراوی حکومەت نییە: %1$s (وەزارەتی هەماهەنگیکاری حکومەت یان "
                            + "کارمەندانی UNDP یاساکان، دەزگا ناوەندییەکان و بودجەی حکومەت هەڵدەسەنگێنن بە "
                            + "هەڵسەنگاندنێک بە {\"government\": \"%1$s\"}، بە SES-READINESS وەشانی 2 یان نوێتر)")
                    .format(government)));
        } else {
            var validated = governmentValidated.get();
            governmentInput = new RoadmapGenerator.GovernmentInput(validated.score().level(), validated.score().unrounded(),
                    gaps(validated, "GOVERNMENT"));
            governmentSource = source(validated, governmentInput.gaps().size());
        }
        List<RoadmapGenerator.MinistryInput> ministries = new ArrayList<>();
        List<Sources.AssessmentSource> assessmentSources = new ArrayList<>();
        for (int i = 0; i < distinctMinistries.size(); i++) {
            String code = distinctMinistries.get(i);
            String field = "ministryCodes[" + ministryCodes.indexOf(code) + "]";
            // who the ministry is comes first: a ministry of the other government is named as such, whatever
            // its assessment read gives
            var ministry = await(ministryReads.get(i).ministry());
            if (ministry.isEmpty()) {
                missing.add(new Violation(field, new LocalizedText("names no ministry: %s", "لا يطابق أي وزارة: %s",
                        "ئاماژە بە هیچ وەزارەتێک ناکات: %s").format(code), FieldError.UNKNOWN));
                continue;
            }
            if (!government.name().equals(ministry.get().government())) {
                missing.add(new Violation(field, new LocalizedText(
                        "belongs to %s, not to %s, the government of this roadmap: %s",
                        "تتبع %s وليس %s، حكومة خارطة الطريق هذه: %s",
                        "دەگەڕێتەوە بۆ %s، نەک بۆ %s کە حکومەتی ئەم نەخشەڕێگایەیە: %s")
                        .format(ministry.get().government(), government, code)));
                continue;
            }
            var validated = await(ministryReads.get(i).validated());
            if (validated.isEmpty()) {
                missing.add(new Violation(field, new LocalizedText("has no validated assessment: %s",
                        "ليس لها تقييم جاهزية معتمد: %s", "هیچ هەڵسەنگاندنێکی ئامادەیی پەسەندکراوی نییە: %s")
                        .format(code)));
                continue;
            }
            var score = validated.get().score();
            // a ministry's answers to government-wide criteria (a version-1 assessment has them) are the government's to close
            var gaps = gaps(validated.get(), "MINISTRY");
            ministries.add(new RoadmapGenerator.MinistryInput(code, ministry.get().name(), score.level(), score.unrounded(),
                    gaps));
            assessmentSources.add(source(validated.get(), gaps.size()));
        }
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable(INPUTS_MISSING, missing);
        }
        return new Inputs(options, governmentInput, ministries,
                new Sources(optionSources, assessmentSources, governmentSource));
    }

    /** The gaps a subject plans for: those of its own scope (a gap of no known scope stays with whoever answered it). */
    private static List<RoadmapGenerator.GapInput> gaps(AssessmentClient.Validated validated, String scope) {
        String other = "GOVERNMENT".equals(scope) ? "MINISTRY" : "GOVERNMENT";
        return validated.score().gaps().stream().filter(g -> !other.equals(g.scope()))
                .map(g -> new RoadmapGenerator.GapInput(g.criterionCode(), validated.gapName(g.criterionCode()),
                        g.pillars() == null || g.pillars().isEmpty() ? null : g.pillars().get(0), g.level()))
                .toList();
    }

    private static Sources.AssessmentSource source(AssessmentClient.Validated validated, int gaps) {
        var a = validated.assessment();
        var score = validated.score();
        return new Sources.AssessmentSource(a.id(), a.ministryCode(), a.government(), a.subject(), a.period(), a.version(),
                score.unrounded(), score.level(), a.validatedAt(), gaps);
    }

    /** One option as the generator needs it and as the roadmap records it. */
    private record OptionRead(RoadmapGenerator.OptionInput input, Sources.OptionSource source) {
    }

    /**
     * The published version of an option in the three languages, or empty when there is none: the
     * Arabic and Kurdish versions are read at once, after the English one says which version it is.
     */
    private CompletableFuture<Optional<OptionRead>> readOption(UUID id, Government government, CallerHeaders caller) {
        return CompletableFuture.supplyAsync(() -> published(id, caller), downstream).thenCompose(published -> {
            if (published.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            CatalogApi.OptionDto en = published.get();
            var ar = CompletableFuture.supplyAsync(() -> call(CATALOG, () -> catalog.option(id, en.version(), "ar", caller)), downstream);
            var ckb = CompletableFuture.supplyAsync(() -> call(CATALOG, () -> catalog.option(id, en.version(), "ckb", caller)), downstream);
            return ar.thenCombine(ckb, (arabic, kurdish) -> Optional.of(option(en, arabic.orElse(en), kurdish.orElse(en),
                    government)));
        });
    }

    private static OptionRead option(CatalogApi.OptionDto en, CatalogApi.OptionDto ar, CatalogApi.OptionDto ckb,
                                     Government government) {
        List<RoadmapGenerator.StepInput> steps = new ArrayList<>();
        for (int s = 0; s < en.implementationSteps().size(); s++) {
            CatalogApi.StepDto step = en.implementationSteps().get(s);
            steps.add(new RoadmapGenerator.StepInput(step.code(), new LocalizedText(step.title(),
                    stepTitle(ar, s), stepTitle(ckb, s)), step.durationMonths(), step.dependsOn(),
                    Phase.valueOf(step.phase()), step.kind()));
        }
        return new OptionRead(
                new RoadmapGenerator.OptionInput(en.code(), new LocalizedText(en.title(), ar.title(), ckb.title()),
                        en.pillars() == null ? List.of() : en.pillars(), en.prerequisiteCriteria(), steps,
                        lawChanges(en, ar, ckb, government)),
                new Sources.OptionSource(en.id(), en.code(), en.version(), en.title()));
    }

    /** The laws of the government that the option amends or takes a new law under, titled in the three languages. */
    private static List<RoadmapGenerator.LawChange> lawChanges(CatalogApi.OptionDto en, CatalogApi.OptionDto ar,
                                                                CatalogApi.OptionDto ckb, Government government) {
        List<RoadmapGenerator.LawChange> changes = new ArrayList<>();
        List<CatalogApi.LegalBasisDto> basis = en.legalBasis() == null ? List.of() : en.legalBasis();
        for (int i = 0; i < basis.size(); i++) {
            CatalogApi.LegalBasisDto b = basis.get(i);
            boolean amendment = "AMENDMENT".equals(b.action());
            if (government.name().equals(b.government()) && (amendment || "NEW_LAW".equals(b.action()))) {
                String title = b.instrumentTitle() == null ? b.instrumentCode() : b.instrumentTitle();
                changes.add(new RoadmapGenerator.LawChange(b.instrumentCode(),
                        new LocalizedText(title, instrumentTitle(ar, i, title), instrumentTitle(ckb, i, title)), amendment));
            }
        }
        return changes;
    }

    private static String instrumentTitle(CatalogApi.OptionDto translated, int index, String fallback) {
        List<CatalogApi.LegalBasisDto> basis = translated.legalBasis();
        return basis == null || basis.size() <= index || basis.get(index).instrumentTitle() == null ? fallback
                : basis.get(index).instrumentTitle();
    }

    /** A downstream read's result; its failure (422, 502 or 503 material) is rethrown as it was. */
    private static <T> T await(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The published version of an option, whatever version the caller would see by default. */
    private Optional<CatalogApi.OptionDto> published(UUID id, CallerHeaders caller) {
        Optional<CatalogApi.OptionDto> seen = call(CATALOG, () -> catalog.option(id, null, "en", caller));
        if (seen.isEmpty() || "PUBLISHED".equals(seen.get().status())) {
            return seen;
        }
        Integer publishedVersion = seen.get().publishedVersion();
        return publishedVersion == null ? Optional.empty()
                : call(CATALOG, () -> catalog.option(id, publishedVersion, "en", caller));
    }

    private static String stepTitle(CatalogApi.OptionDto option, int index) {
        return index < option.implementationSteps().size() ? option.implementationSteps().get(index).title() : null;
    }

    private static <T> Optional<T> call(String service, java.util.function.Supplier<Optional<T>> call) {
        try {
            return call.get();
        } catch (AbsentOrRefused refused) {
            throw new DownstreamRefusedException(service, refused.status(), refused);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException failure) {
            LOG.debugf("A read from %s failed: %s", service, failure);
            throw new DownstreamUnavailableException(service, failure);
        }
    }
}
