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

    static LocalizedText legislativePackage(List<LocalizedText> laws) {
        return new LocalizedText(
                "Pass the legislative package: " + join(laws, LocalizedText::en, "; "),
                "إقرار الحزمة التشريعية: " + join(laws, ActivityNames::ar, "؛ "),
                "پەسەندکردنی پاکێجی یاسایی: " + join(laws, ActivityNames::ckb, "؛ "));
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

    /** Why an activity waits: the gaps it waits for, each with the option whose prerequisite it is, if any. */
    static LocalizedText reason(List<Hold> holds) {
        return new LocalizedText(
                "Waits until " + join(holds, h -> h.en(), "; ") + ".",
                "ينتظر " + join(holds, h -> h.ar(), "؛ ") + ".",
                "چاوەڕێی " + join(holds, h -> h.ckb(), "؛ ") + " دەکات.");
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
            return (government ? "the government's gap on " : "the gap on ") + criterion.en() + " is closed (" + switch (why) {
                case PREREQUISITE -> "a prerequisite of " + option.en();
                case SCALE_UP -> "a ministry closes all its gaps before it scales up";
                case FALLBACK_PILOT -> "no ministry is established yet, so the two highest-scoring ones pilot once "
                        + "their gaps are closed";
            } + ")";
        }

        String ar() {
            return (government ? "سدّ فجوة الحكومة في " : "سدّ الفجوة في ") + ActivityNames.ar(criterion) + " (" + switch (why) {
                case PREREQUISITE -> "شرط مسبق لخيار «" + ActivityNames.ar(option) + "»";
                case SCALE_UP -> "تسدّ الوزارة جميع فجواتها قبل التوسع";
                case FALLBACK_PILOT -> "لا توجد بعدُ وزارة في مستوى الترسّخ، لذا تبدأ الوزارتان الأعلى تقييماً المرحلة "
                        + "التجريبية بعد سدّ فجواتهما";
            } + ")";
        }

        String ckb() {
            return (government ? "پڕکردنەوەی کەلێنی حکومەت لە " : "پڕکردنەوەی کەلێنی ") + ActivityNames.ckb(criterion) + " ("
                    + switch (why) {
                        case PREREQUISITE -> "پێشمەرجی " + ActivityNames.ckb(option);
                        case SCALE_UP -> "وەزارەت پێش فراوانکردن هەموو کەلێنەکانی پڕ دەکاتەوە";
                        case FALLBACK_PILOT -> "هێشتا هیچ وەزارەتێک لە ئاستی جێگیردا نییە، بۆیە دوو وەزارەتی خاوەن "
                                + "بەرزترین نمرە دوای پڕکردنەوەی کەلێنەکانیان تاقیکردنەوە دەکەن";
                    } + ")";
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
