package modernization.roadmap.generation;

import modernization.common.i18n.LocalizedText;

/** The four phases of every roadmap, in order. */
public enum Phase {
    FOUNDATION(new LocalizedText("Foundation", "التأسيس", "بنیاتنان")),
    PILOT(new LocalizedText("Pilot", "المرحلة التجريبية", "تاقیکردنەوە")),
    SCALE_UP(new LocalizedText("Scale-up", "التوسع", "فراوانکردن")),
    INSTITUTIONALIZE(new LocalizedText("Institutionalize", "المأسسة", "دامەزراوەییکردن"));

    private final LocalizedText name;

    Phase(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText label() {
        return name;
    }

    /** The milestone that closes the phase. */
    public String milestone() {
        return "MS." + name();
    }
}
