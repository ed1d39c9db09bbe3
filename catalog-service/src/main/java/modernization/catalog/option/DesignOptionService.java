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
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;

/** Design options: lists, reads by role, and the lifecycle of drafts, publications and retirements. */
@ApplicationScoped
public class DesignOptionService {

    /** ISO 3166 alpha-2 codes, which options' countries and the country filter must be. */
    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

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
            throw ApiException.conflict("An option with code " + request.code() + " already exists.");
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
            throw new IllegalStateException("Seed option " + seed.code() + " is invalid: " + e.errors(), e);
        }
    }

    /** Rules that need the database or the whole request: 422 with one entry per offending field. */
    void checkReferences(DesignOptionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (Dimension.findByIdOptional(request.dimension()).isEmpty()) {
            errors.add(new FieldError("dimension", "names no dimension: " + request.dimension(), FieldError.UNKNOWN));
        }
        for (int i = 0; i < request.pillars().size(); i++) {
            if (Pillar.findByIdOptional(request.pillars().get(i)).isEmpty()) {
                errors.add(new FieldError("pillars[" + i + "]", "names no pillar: " + request.pillars().get(i), FieldError.UNKNOWN));
            }
        }
        for (int i = 0; i < request.countries().size(); i++) {
            if (!ISO_COUNTRIES.contains(request.countries().get(i))) {
                errors.add(new FieldError("countries[" + i + "]", "is not an ISO 3166 country code: "
                        + request.countries().get(i)));
            }
        }
        errors.addAll(stepErrors(request.implementationSteps()));
        Map<String, LegalInstrument> instruments = legalInstruments.byCode(request.legalBasis().stream()
                .map(LegalBasis::instrumentCode).collect(Collectors.toSet()));
        for (int i = 0; i < request.legalBasis().size(); i++) {
            LegalBasis basis = request.legalBasis().get(i);
            LegalInstrument instrument = instruments.get(basis.instrumentCode());
            if (instrument == null) {
                errors.add(new FieldError("legalBasis[" + i + "].instrumentCode", "names no legal instrument: "
                        + basis.instrumentCode()));
            } else if (instrument.jurisdiction == Jurisdiction.KRG && basis.government() == Jurisdiction.FEDERAL_IRAQ) {
                // the KRG may apply a federal law (the Kurdistan Parliament decides which), never the reverse
                errors.add(new FieldError("legalBasis[" + i + "].instrumentCode", basis.instrumentCode()
                        + " is an instrument of " + instrument.jurisdiction + ", not of " + basis.government()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The option refers to things that do not exist or do not fit together.",
                    errors);
        }
    }

    static List<FieldError> stepErrors(List<ImplementationStep> steps) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, ImplementationStep> byCode = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            if (byCode.putIfAbsent(steps.get(i).code(), steps.get(i)) != null) {
                errors.add(new FieldError("implementationSteps[" + i + "].code", "repeats step " + steps.get(i).code(), FieldError.DUPLICATE));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            ImplementationStep step = steps.get(i);
            for (String dependency : step.dependsOn()) {
                if (dependency.equals(step.code())) {
                    errors.add(new FieldError("implementationSteps[" + i + "].dependsOn", "a step cannot depend on itself"));
                } else if (!byCode.containsKey(dependency)) {
                    errors.add(new FieldError("implementationSteps[" + i + "].dependsOn",
                            "names no step of this option: " + dependency));
                }
            }
        }
        if (errors.isEmpty()) {
            List<String> cycle = findCycle(steps, byCode);
            if (!cycle.isEmpty()) {
                errors.add(new FieldError("implementationSteps", "the steps depend on each other in a cycle: "
                        + String.join(" -> ", cycle)));
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
        return ApiException.notFound("No design option " + id + ".");
    }
}
