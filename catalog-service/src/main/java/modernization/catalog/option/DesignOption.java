package modernization.catalog.option;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem;
import modernization.common.problem.Violation;

/**
 * A design option across its versions. Its rules: a new option starts as a draft; a draft is
 * edited in place; editing a published version starts the next version as a draft; only a draft
 * is published, only a published option is retired, and a retired option is not edited again.
 */
@Entity
@Table(name = "design_option")
public class DesignOption extends PanacheEntityBase {

    private static final LocalizedText CODE_CANNOT_CHANGE = new LocalizedText(
            "The code of an option cannot change.",
            "لا يمكن تغيير رمز خيار التصميم.",
            "کۆدی هەڵبژاردەی دیزاین ناتوانرێت بگۆڕدرێت.");
    private static final LocalizedText NEEDS_A_PRO = new LocalizedText(
            "a published option needs at least one pro",
            "يحتاج خيار التصميم المنشور إلى ميزة واحدة على الأقل",
            "هەڵبژاردەی دیزاینی بڵاوکراوە پێویستی بە لانیکەم یەک لایەنی باش هەیە");
    private static final LocalizedText NEEDS_A_CON = new LocalizedText(
            "a published option needs at least one con",
            "يحتاج خيار التصميم المنشور إلى عيب واحد على الأقل",
            "هەڵبژاردەی دیزاینی بڵاوکراوە پێویستی بە لانیکەم یەک لایەنی خراپ هەیە");
    private static final LocalizedText NEEDS_A_STEP = new LocalizedText(
            "a published option needs at least one step",
            "يحتاج خيار التصميم المنشور إلى خطوة تنفيذ واحدة على الأقل",
            "هەڵبژاردەی دیزاینی بڵاوکراوە پێویستی بە لانیکەم یەک هەنگاوی جێبەجێکردن هەیە");
    private static final LocalizedText NEEDS_A_PILLAR = new LocalizedText(
            "a published option serves at least one pillar",
            "يخدم خيار التصميم المنشور ركيزة واحدة على الأقل",
            "هەڵبژاردەی دیزاینی بڵاوکراوە لانیکەم خزمەتی یەک کۆڵەکە دەکات");
    private static final LocalizedText DRAFT_INCOMPLETE = new LocalizedText(
            "The draft is not complete enough to publish.",
            "المسودة غير مكتملة بما يكفي لنشرها.",
            "ڕەشنووسەکە هێشتا ئەوەندە تەواو نییە کە بڵاو بکرێتەوە.");

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    /** The version readers see; null before the first publication and after retirement. */
    @Column(name = "published_version")
    public Integer publishedVersion;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    protected DesignOption() {
    }

    /** A new option whose first version is a draft with this content; persists both. */
    public static DesignOptionVersion create(DesignOptionRequest content, String user, Instant now) {
        DesignOption option = new DesignOption();
        option.id = UUID.randomUUID();
        option.code = content.code();
        option.latestVersion = 1;
        option.createdBy = user;
        option.createdAt = now;
        option.persist();
        DesignOptionVersion first = new DesignOptionVersion(option, 1, content, user, now);
        first.persist();
        return first;
    }

    public static Optional<DesignOption> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public DesignOptionVersion latest() {
        return version(latestVersion).orElseThrow();
    }

    public Optional<DesignOptionVersion> version(int number) {
        return DesignOptionVersion.find("option = ?1 and number = ?2", this, number).firstResultOptional();
    }

    /** Applies an edit and returns the version that now holds it (the same draft, or a new one). */
    public DesignOptionVersion edit(DesignOptionRequest content, String user, Instant now) {
        if (!code.equals(content.code())) {
            throw ApiException.unprocessable(CODE_CANNOT_CHANGE,
                    List.of(new Violation("code", new LocalizedText("must stay %s", "يجب أن يبقى %s",
                            "دەبێت %s بمێنێتەوە").format(code))));
        }
        DesignOptionVersion latest = latest();
        return switch (latest.status) {
            case DRAFT -> {
                latest.replaceContent(content, user, now);
                yield latest;
            }
            case PUBLISHED -> {
                latestVersion = latest.number + 1;
                DesignOptionVersion next = new DesignOptionVersion(this, latestVersion, content, user, now);
                next.persist();
                yield next;
            }
            case RETIRED -> throw ApiException.conflict(new LocalizedText(
                    "Option %s is retired and can no longer be edited.",
                    "خيار التصميم %s مسحوب ولم يعد من الممكن تعديله.",
                    "هەڵبژاردەی دیزاینی %s کشێنراوەتەوە و چیتر ناتوانرێت دەستکاری بکرێت.").format(code));
        };
    }

    /** Publishes the draft; it replaces the previously published version for readers. */
    public DesignOptionVersion publish(String user, Instant now) {
        DesignOptionVersion latest = latest();
        if (latest.status != OptionStatus.DRAFT) {
            throw ApiException.conflict(new LocalizedText(
                    "Option %s has no draft to publish (its latest version %s is %s).",
                    "ليس لخيار التصميم %s مسودة يمكن نشرها (إصداره الأخير %s حالته %s).",
                    "هەڵبژاردەی دیزاینی %s هیچ ڕەشنووسێکی نییە بۆ بڵاوکردنەوە (دوایین وەشانەکەی، %s، لە دۆخی %s دایە).")
                    .format(code, latest.number, latest.status));
        }
        List<Violation> missing = new ArrayList<>();
        if (latest.pros.isEmpty()) {
            missing.add(new Violation("pros", NEEDS_A_PRO, Problem.FieldError.REQUIRED));
        }
        if (latest.cons.isEmpty()) {
            missing.add(new Violation("cons", NEEDS_A_CON, Problem.FieldError.REQUIRED));
        }
        if (latest.implementationSteps.isEmpty()) {
            missing.add(new Violation("implementationSteps", NEEDS_A_STEP, Problem.FieldError.REQUIRED));
        }
        if (latest.pillars.length == 0) {
            missing.add(new Violation("pillars", NEEDS_A_PILLAR, Problem.FieldError.REQUIRED));
        }
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable(DRAFT_INCOMPLETE, missing);
        }
        latest.publish(user, now);
        publishedVersion = latest.number;
        return latest;
    }

    /** Withdraws the published option from readers; its history stays. */
    public DesignOptionVersion retire(String user, Instant now) {
        DesignOptionVersion latest = latest();
        if (latest.status != OptionStatus.PUBLISHED) {
            throw ApiException.conflict(new LocalizedText(
                    "Only a published option can be retired; the latest version of %s is %s.",
                    "لا يمكن سحب خيار التصميم إلا إذا كان منشورًا؛ الإصدار الأخير من %s حالته %s.",
                    "تەنها هەڵبژاردەی دیزاینی بڵاوکراوە دەتوانرێت بکشێنرێتەوە؛ دوایین وەشانی %s لە دۆخی %s دایە.")
                    .format(code, latest.status));
        }
        latest.retire(user, now);
        publishedVersion = null;
        return latest;
    }
}
