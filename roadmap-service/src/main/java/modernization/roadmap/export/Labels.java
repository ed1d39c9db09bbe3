package modernization.roadmap.export;

import modernization.common.i18n.LocalizedText;

/** Fixed words of the exports in the three languages. */
final class Labels {

    static final LocalizedText NOT_STARTED = new LocalizedText("Not started", "لم يبدأ", "دەستی پێنەکردووە");
    static final LocalizedText IN_PROGRESS = new LocalizedText("In progress", "قيد التنفيذ", "لە جێبەجێکردندایە");
    static final LocalizedText DONE = new LocalizedText("Done", "منجز", "تەواوبووە");
    static final LocalizedText BLOCKED = new LocalizedText("Blocked", "متوقف", "ڕاگیراوە");
    static final LocalizedText CRITICAL_PATH = new LocalizedText("Critical path: no slack, any delay moves the end date (dark outline)",
            "المسار الحرج: بلا هامش زمني، وأي تأخير يؤخر تاريخ الانتهاء (إطار داكن)",
            "ڕێڕەوی هەستیار: بێ ماوەی زیادە، هەر دواکەوتنێک کۆتایی دوادەخات (چوارچێوەی تاریک)");
    static final LocalizedText MILESTONE = new LocalizedText("Milestone: a phase is complete",
            "معلم رئيسي: اكتمال مرحلة", "خاڵی سەرەکی: تەواوبوونی قۆناغێک");
    static final LocalizedText TODAY = new LocalizedText("Today", "اليوم", "ئەمڕۆ");

    private Labels() {
    }
}
