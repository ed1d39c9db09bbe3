package modernization.catalog.option;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import modernization.catalog.dimension.Dimension;
import modernization.catalog.legal.Jurisdiction;
import modernization.catalog.legal.LegalBasis;
import modernization.catalog.legal.LegalInstrument;
import modernization.catalog.legal.LegalInstrumentService;
import modernization.catalog.pillar.Pillar;
import modernization.common.http.ETags;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.Violation;

/** Design options: lists, reads by role, and the lifecycle of drafts, publications and retirements. */
@ApplicationScoped
public class DesignOptionService {

    /** ISO 3166 alpha-2 codes, which options' countries and the country filter must be. */
    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** A dimension code that names none, in the body and in the list's filter: {@code .format(code)}. */
    static final LocalizedText NAMES_NO_DIMENSION = new LocalizedText(
            "names no dimension: %s",
            "لا يشير إلى أي بُعد تصميم: %s",
            "ئاماژە بە هیچ ڕەهەندێکی دیزاین ناکات: %s");
    /** A pillar code that names none, in the body and in the list's filter: {@code .format(code)}. */
    static final LocalizedText NAMES_NO_PILLAR = new LocalizedText(
            "names no pillar: %s",
            "لا يشير إلى أي ركيزة: %s",
            "ئاماژە بە هیچ کۆڵەکەیەک ناکات: %s");
    private static final LocalizedText BROKEN_REFERENCES = new LocalizedText(
            "The option refers to things that do not exist or do not fit together.",
            "يشير خيار التصميم إلى عناصر غير موجودة أو غير متوافقة فيما بينها.",
            "هەڵبژاردەی دیزاینەکە ئاماژە بە شتانێک دەکات کە بوونیان نییە یان لەگەڵ یەکتر ناگونجێن.");
    private static final LocalizedText SELF_DEPENDENCY = new LocalizedText(
            "a step cannot depend on itself",
            "لا يمكن أن تعتمد الخطوة على نفسها",
            "هەنگاو ناتوانێت پشت بە خۆی ببەستێت");

    @Inject
    DesignOptionRepository repository;

    @Inject
    Clock clock;

    @Inject
    LegalInstrumentService legalInstruments;

    public DesignOptionRepository.Page search(OptionQuery query, boolean editor) {
        return repository.search(query, editor);
    }

    /**
     * Which version a caller sees, without loading its content: for editors the latest (or the
     * asked) version; for everybody else the published one, or an asked version that was
     * published. Anything else is absent (404).
     */
    public VersionRef find(UUID id, Integer version, boolean editor) {
        DesignOption option = DesignOption.<DesignOption>findByIdOptional(id).orElseThrow(() -> notFound(id));
        Integer number = version != null ? version : editor ? Integer.valueOf(option.latestVersion) : option.publishedVersion;
        if (number == null) {
            throw notFound(id);
        }
        VersionRow row = DesignOptionVersion.find("option = ?1 and number = ?2", option, number)
                .project(VersionRow.class)
                .firstResultOptional()
                .orElseThrow(() -> notFound(id));
        // the option's revision from the very row the view will show, not from a second read
        VersionRef ref = new VersionRef(row.id(), option.id, row.number(), row.revision(), option.lockVersion, row.status());
        if (!editor && ref.status() == OptionStatus.DRAFT) {
            throw notFound(id);
        }
        return ref;
    }

    /** The columns of a version that say which one it is and whether it changed. */
    public record VersionRow(UUID id, int number, long revision, OptionStatus status) {
    }

    /** The content of a version found by {@link #find}. */
    public DesignOptionVersion load(VersionRef ref) {
        return DesignOptionVersion.<DesignOptionVersion>findByIdOptional(ref.id()).orElseThrow(() -> notFound(ref.optionId()));
    }

    public List<DesignOptionVersion> history(UUID id, boolean editor) {
        DesignOption option = DesignOption.<DesignOption>findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!editor && option.publishedVersion == null) {
            throw notFound(id);
        }
        return DesignOptionVersion.<DesignOptionVersion>find("option = ?1 order by number desc", option).stream()
                .filter(v -> editor || v.status != OptionStatus.DRAFT)
                .toList();
    }

    @Transactional
    public DesignOptionVersion create(DesignOptionRequest request, String user) {
        checkReferences(request);
        if (DesignOption.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict(new LocalizedText(
                    "An option with code %s already exists.",
                    "يوجد بالفعل خيار تصميم بالرمز %s.",
                    "هەڵبژاردەیەکی دیزاین بە کۆدی %s پێشتر هەیە.").format(request.code()));
        }
        DesignOptionVersion created = DesignOption.create(request, user, now());
        DesignOption.flush();
        return created;
    }

    @Transactional
    public DesignOptionVersion update(UUID id, DesignOptionRequest request, String ifMatch, String user) {
        DesignOption option = locked(id);
        DesignOptionVersion latest = option.latest();
        ETags.requireIfMatch(ifMatch, latest.number, latest.revision);
        checkReferences(request);
        DesignOptionVersion edited = option.edit(request, user, now());
        DesignOption.flush();
        return edited;
    }

    @Transactional
    public DesignOptionVersion publish(UUID id, String ifMatch, String user) {
        DesignOption option = locked(id);
        DesignOptionVersion latest = option.latest();
        ETags.checkIfMatchWhenPresent(ifMatch, latest.number, latest.revision);
        DesignOptionVersion published = option.publish(user, now());
        DesignOption.flush();
        return published;
    }

    @Transactional
    public DesignOptionVersion retire(UUID id, String ifMatch, String user) {
        DesignOption option = locked(id);
        DesignOptionVersion latest = option.latest();
        ETags.checkIfMatchWhenPresent(ifMatch, latest.number, latest.revision);
        DesignOptionVersion retired = option.retire(user, now());
        DesignOption.flush();
        return retired;
    }

    /** Checks seed content by the rules of the API; a broken seed file fails the start loudly. */
    public void checkSeed(DesignOptionRequest seed) {
        try {
            checkReferences(seed);
        } catch (ApiException e) {
            throw new IllegalStateException("Seed option " + seed.code() + " is invalid: "
                    + e.errors().stream().map(error -> error.in(Language.EN)).toList(), e);
        }
    }

    /** Rules that need the database or the whole request: 422 with one entry per offending field. */
    void checkReferences(DesignOptionRequest request) {
        List<Violation> errors = new ArrayList<>();
        if (Dimension.findByIdOptional(request.dimension()).isEmpty()) {
            errors.add(new Violation("dimension", NAMES_NO_DIMENSION.format(request.dimension()), FieldError.UNKNOWN));
        }
        for (int i = 0; i < request.pillars().size(); i++) {
            if (Pillar.findByIdOptional(request.pillars().get(i)).isEmpty()) {
                errors.add(new Violation("pillars[" + i + "]", NAMES_NO_PILLAR.format(request.pillars().get(i)), FieldError.UNKNOWN));
            }
        }
        for (int i = 0; i < request.countries().size(); i++) {
            if (!ISO_COUNTRIES.contains(request.countries().get(i))) {
                errors.add(new Violation("countries[" + i + "]", new LocalizedText(
                        "is not an ISO 3166 country code: %s",
                        "ليس رمز بلد وفق ISO 3166: %s",
                        "کۆدی وڵات بەپێی ISO 3166 نییە: %s").format(request.countries().get(i))));
            }
        }
        errors.addAll(stepErrors(request.implementationSteps()));
        Map<String, LegalInstrument> instruments = legalInstruments.byCode(request.legalBasis().stream()
                .map(LegalBasis::instrumentCode).collect(Collectors.toSet()));
        for (int i = 0; i < request.legalBasis().size(); i++) {
            LegalBasis basis = request.legalBasis().get(i);
            LegalInstrument instrument = instruments.get(basis.instrumentCode());
            if (instrument == null) {
                errors.add(new Violation("legalBasis[" + i + "].instrumentCode", new LocalizedText(
                        "names no legal instrument: %s",
                        "لا يشير إلى أي صك قانوني: %s",
                        "ئاماژە بە هیچ ئامرازێکی یاسایی ناکات: %s").format(basis.instrumentCode())));
            } else if (instrument.jurisdiction == Jurisdiction.KRG && basis.government() == Jurisdiction.FEDERAL_IRAQ) {
                // the KRG may apply a federal law (the Kurdistan Parliament decides which), never the reverse
                errors.add(new Violation("legalBasis[" + i + "].instrumentCode", new LocalizedText(
                        "%s is an instrument of %s, not of %s",
                        "%s صك قانوني تابع لـ %s، وليس لـ %s",
                        "%s دەکەوێتە ژێر دەسەڵاتی %s، نەک %s")
                        .format(basis.instrumentCode(), instrument.jurisdiction, basis.government())));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(BROKEN_REFERENCES, errors);
        }
    }

    static List<Violation> stepErrors(List<ImplementationStep> steps) {
        List<Violation> errors = new ArrayList<>();
        Map<String, ImplementationStep> byCode = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            if (byCode.putIfAbsent(steps.get(i).code(), steps.get(i)) != null) {
                errors.add(new Violation("implementationSteps[" + i + "].code", new LocalizedText(
                        "repeats step %s",
                        "يكرر الخطوة %s",
                        "هەنگاوی %s دووبارە دەکاتەوە").format(steps.get(i).code()), FieldError.DUPLICATE));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            ImplementationStep step = steps.get(i);
            for (String dependency : step.dependsOn()) {
                if (dependency.equals(step.code())) {
                    errors.add(new Violation("implementationSteps[" + i + "].dependsOn", SELF_DEPENDENCY));
                } else if (!byCode.containsKey(dependency)) {
                    errors.add(new Violation("implementationSteps[" + i + "].dependsOn", new LocalizedText(
                            "names no step of this option: %s",
                            "لا يشير إلى أي خطوة من خطوات هذا الخيار: %s",
                            "ئاماژە بە هیچ هەنگاوێکی ئەم هەڵبژاردەیە ناکات: %s").format(dependency)));
                }
            }
        }
        if (errors.isEmpty()) {
            List<String> cycle = findCycle(steps, byCode);
            if (!cycle.isEmpty()) {
                errors.add(new Violation("implementationSteps", new LocalizedText(
                        "the steps depend on each other in a cycle: %s",
                        "تعتمد الخطوات بعضها على بعض في حلقة مغلقة: %s",
                        "هەنگاوەکان بە شێوەی بازنەیی پشت بە یەکتر دەبەستن: %s").format(String.join(" -> ", cycle))));
            }
        }
        return errors;
    }

    /** A dependency cycle among the steps, as the codes along it (first repeated at the end), or empty. */
    static List<String> findCycle(List<ImplementationStep> steps, Map<String, ImplementationStep> byCode) {
        Set<String> done = new HashSet<>();
        for (ImplementationStep start : steps) {
            List<String> cycle = visit(start.code(), byCode, done, new LinkedHashSet<>());
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<String> visit(String code, Map<String, ImplementationStep> byCode, Set<String> done,
                                      LinkedHashSet<String> onPath) {
        if (done.contains(code)) {
            return List.of();
        }
        if (onPath.contains(code)) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (String c : onPath) {
                in |= c.equals(code);
                if (in) {
                    cycle.add(c);
                }
            }
            cycle.add(code);
            return cycle;
        }
        onPath.add(code);
        for (String dependency : byCode.get(code).dependsOn()) {
            List<String> cycle = visit(dependency, byCode, done, onPath);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        onPath.remove(code);
        done.add(code);
        return List.of();
    }

    private Instant now() {
        return clock.instant();
    }

    /**
     * The option, locked until the transaction ends: concurrent edits and lifecycle changes take
     * turns, and each sees what the one before it left (a stale If-Match is 412, a version already
     * published 409), instead of failing at commit.
     */
    private static DesignOption locked(UUID id) {
        return DesignOption.<DesignOption>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound(new LocalizedText(
                "No design option %s.",
                "لا يوجد خيار تصميم بالمعرّف %s.",
                "هیچ هەڵبژاردەیەکی دیزاین بە ناسنامەی %s نییە.").format(id));
    }
}
