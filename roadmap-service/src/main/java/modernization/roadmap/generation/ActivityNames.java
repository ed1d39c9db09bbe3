package modernization.roadmap.generation;

import java.util.List;
import java.util.function.Function;
import modernization.common.i18n.LocalizedText;

/**
 * The names and reasons of generated activities in the three languages, built from the names of
 * what they are about (an option's title, a ministry's name, a criterion's short name), never
 * from codes. A name missing in Arabic or Kurdish falls back to the English one inside the sentence.
 */
final class ActivityNames {

    private ActivityNames() {
    }

    static LocalizedText step(LocalizedText step, LocalizedText option) {
        return new LocalizedText("%s (%s)".formatted(step.en(), option.en()),
                "%s (%s)".formatted(ar(step), ar(option)), "%s (%s)".formatted(ckb(step), ckb(option)));
    }

    static LocalizedText rollout(LocalizedText option, LocalizedText ministry) {
        return new LocalizedText(
                "Roll out %s in the %s".formatted(option.en(), ministry.en()),
                "تطبيق %s في %s".formatted(ar(option), ar(ministry)),
                "جێبەجێکردنی %s لە %s".formatted(ckb(option), ckb(ministry)));
    }

    static LocalizedText ministryCapacity(LocalizedText criterion, LocalizedText ministry) {
        return new LocalizedText(
                "Close the gap in the %s: %s".formatted(ministry.en(), criterion.en()),
                "سدّ الفجوة لدى %s: %s".formatted(ar(ministry), ar(criterion)),
                "پڕکردنەوەی کەلێن لە %s: %s".formatted(ckb(ministry), ckb(criterion)));
    }

    static LocalizedText governmentCapacity(LocalizedText criterion) {
        return new LocalizedText(
                "Close the government's gap: " + criterion.en(),
                "سدّ فجوة الحكومة: " + ar(criterion),
                "پڕکردنەوەی کەلێنی حکومەت: " + ckb(criterion));
    }

    static LocalizedText legislativePackage(List<LocalizedText> laws, List<RoadmapGenerator.LawChange> changes) {
        LocalizedText named = new LocalizedText(
                "Pass the legislative package: " + join(laws, LocalizedText::en, "; "),
                "إقرار الحزمة التشريعية: " + join(laws, ActivityNames::ar, "؛ "),
                "پەسەندکردنی پاکێجی یاسایی: " + join(laws, ActivityNames::ckb, "؛ "));
        List<LocalizedText> amended = changes.stream().filter(RoadmapGenerator.LawChange::amendment)
                .map(RoadmapGenerator.LawChange::instrument).toList();
        List<LocalizedText> under = changes.stream().filter(c -> !c.amendment())
                .map(RoadmapGenerator.LawChange::instrument).toList();
        if (!amended.isEmpty()) {
            named = new LocalizedText(named.en() + " (amends " + join(amended, LocalizedText::en, "; ") + ")",
                    named.ar() + " (تعديل " + join(amended, ActivityNames::ar, "؛ ") + ")",
                    named.ckb() + " (هەموارکردنی " + join(amended, ActivityNames::ckb, "؛ ") + ")");
        }
        if (!under.isEmpty()) {
            named = new LocalizedText(named.en() + " (new law, with regard to " + join(under, LocalizedText::en, "; ") + ")",
                    named.ar() + " (قانون جديد، مع مراعاة " + join(under, ActivityNames::ar, "؛ ") + ")",
                    named.ckb() + " (یاسای نوێ، بە ڕەچاوکردنی " + join(under, ActivityNames::ckb, "؛ ") + ")");
        }
        return named;
    }

    static LocalizedText agreementCycle(int cycle) {
        return new LocalizedText(
                "Performance agreement cycle " + cycle + ": agree, monitor and assess",
                "دورة اتفاقيات الأداء " + cycle + ": الإبرام والمتابعة والتقييم",
                "خولی ڕێککەوتنی ئەدا " + cycle + ": ڕێککەوتن، چاودێری و هەڵسەنگاندن");
    }

    static LocalizedText evaluation() {
        return new LocalizedText("Evaluate the SES against its baseline",
                "تقييم الخدمة التنفيذية العليا مقارنة بخط الأساس",
                "هەڵسەنگاندنی خزمەتی باڵا بەراورد بە هێڵی بنەڕەت");
    }

    static LocalizedText designReview() {
        return new LocalizedText("Review the SES design", "مراجعة تصميم الخدمة التنفيذية العليا",
                "پێداچوونەوەی دیزاینی خزمەتی باڵا");
    }

    static LocalizedText milestone(Phase phase) {
        LocalizedText label = phase.label();
        return new LocalizedText(label.en() + " complete", "اكتمال " + label.ar(), "تەواوبوونی " + label.ckb());
    }

    /**
     * Why an activity waits: each gap on a prerequisite by name, with the option it is a
     * prerequisite of; the gaps a ministry closes because of its wave (all of them) by number
     * when there are several, so that twenty rollouts of a ministry do not each list them all
     * ({@code dependsOn} names every one).
     */
    static LocalizedText reason(List<Hold> holds) {
        List<Hold> named = holds.stream().filter(h -> h.why() == Why.PREREQUISITE).toList();
        List<Hold> rest = holds.stream().filter(h -> h.why() != Why.PREREQUISITE).toList();
        List<String> en = new java.util.ArrayList<>(named.stream().map(Hold::en).toList());
        List<String> ar = new java.util.ArrayList<>(named.stream().map(Hold::ar).toList());
        List<String> ckb = new java.util.ArrayList<>(named.stream().map(Hold::ckb).toList());
        if (rest.size() == 1) {
            en.add(rest.get(0).en());
            ar.add(rest.get(0).ar());
            ckb.add(rest.get(0).ckb());
        } else if (rest.size() > 1) {
            Hold first = rest.get(0);
            int n = rest.size();
            boolean other = !named.isEmpty();
            en.add((other ? "its other " : "its ") + n + " gaps are closed (" + first.whyEn() + ")");
            ar.add("سدّ فجوات الوزارة " + (other ? "الأخرى " : "") + "وعددها " + n + " (" + first.whyAr() + ")");
            ckb.add("پڕکردنەوەی " + n + " کەلێن" + (other ? "ی تری" : "ی") + " وەزارەت (" + first.whyCkb() + ")");
        }
        return new LocalizedText(
                "Waits until " + String.join("; ", en) + ".",
                "ينتظر " + String.join("؛ ", ar) + ".",
                "چاوەڕێی " + String.join("؛ ", ckb) + " دەکات.");
    }

    /** Why a gap holds an activity back. */
    enum Why {
        /** the gap is on a prerequisite of the option */
        PREREQUISITE,
        /** a scale-up ministry closes all its gaps before its rollouts */
        SCALE_UP,
        /** without an ESTABLISHED ministry, the two highest-scoring ministries pilot after closing all their gaps */
        FALLBACK_PILOT
    }

    /** One gap an activity waits for: the activity closing it, the criterion's name, and the option it is a prerequisite of. */
    record Hold(String activity, LocalizedText criterion, LocalizedText option, boolean government, Why why) {

        String en() {
            return (government ? "the government's gap on " : "the gap on ") + criterion.en() + " is closed (" + whyEn() + ")";
        }

        String ar() {
            return (government ? "سدّ فجوة الحكومة في " : "سدّ الفجوة في ") + ActivityNames.ar(criterion) + " (" + whyAr() + ")";
        }

        String ckb() {
            return (government ? "پڕکردنەوەی کەلێنی حکومەت لە " : "پڕکردنەوەی کەلێنی ") + ActivityNames.ckb(criterion) + " ("
                    + whyCkb() + ")";
        }

        String whyEn() {
            return switch (why) {
                case PREREQUISITE -> "a prerequisite of " + option.en();
                case SCALE_UP -> "a ministry closes all its gaps before it scales up";
                case FALLBACK_PILOT -> "no ministry is established yet, so the two highest-scoring ones pilot once "
                        + "their gaps are closed";
            };
        }

        String whyAr() {
            return switch (why) {
                case PREREQUISITE -> "شرط مسبق لخيار «" + ActivityNames.ar(option) + "»";
                case SCALE_UP -> "تسدّ الوزارة جميع فجواتها قبل التوسع";
                case FALLBACK_PILOT -> "لا توجد بعدُ وزارة في مستوى الترسّخ، لذا تبدأ الوزارتان الأعلى تقييماً المرحلة "
                        + "التجريبية بعد سدّ فجواتهما";
            };
        }

        String whyCkb() {
            return switch (why) {
                case PREREQUISITE -> "پێشمەرجی " + ActivityNames.ckb(option);
                case SCALE_UP -> "وەزارەت پێش فراوانکردن هەموو کەلێنەکانی پڕ دەکاتەوە";
                case FALLBACK_PILOT -> "هێشتا هیچ وەزارەتێک لە ئاستی جێگیردا نییە، بۆیە دوو وەزارەتی خاوەن "
                        + "بەرزترین نمرە دوای پڕکردنەوەی کەلێنەکانیان تاقیکردنەوە دەکەن";
            };
        }
    }

    private static String ar(LocalizedText text) {
        return text.ar() == null || text.ar().isBlank() ? text.en() : text.ar();
    }

    private static String ckb(LocalizedText text) {
        return text.ckb() == null || text.ckb().isBlank() ? text.en() : text.ckb();
    }

    private static <T> String join(List<T> items, Function<T, String> text, String separator) {
        return String.join(separator, items.stream().map(text).toList());
    }
}
