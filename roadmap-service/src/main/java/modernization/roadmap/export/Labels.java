package modernization.roadmap.export;

import modernization.common.i18n.LocalizedText;

/** Fixed words of the exports in the three languages. */
final class Labels {

    static final LocalizedText NOT_STARTED = new LocalizedText("Not started", "لم يبدأ", "دەستی پێنەکردووە");
    static final LocalizedText IN_PROGRESS = new LocalizedText("In progress", "قيد التنفيذ", "لە جێبەجێکردندایە");
    static final LocalizedText DONE = new LocalizedText("Done", "منجز", "تەواوبووە");
    static final LocalizedText BLOCKED = new LocalizedText("Blocked", "متوقف", "ڕاگیراوە");

    private Labels() {
    }
}
