package modernization.common.problem;

import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;

/**
 * One invalid part of a request as a service finds it, its message in the three languages; the
 * error mapper turns it into the {@link Problem.FieldError} of the language the request is served
 * in. Located as a field error is: the dotted {@code field}, its JSON {@code pointer}, a
 * {@code parameter}, or the {@code criterion} an answer is missing for.
 */
public record Violation(String field, LocalizedText message, String code, String pointer, String parameter,
                        String criterion) {

    /** A field of the request body, by its dotted path, e.g. {@code answers[0].level}. */
    public Violation(String field, LocalizedText message) {
        this(field, message, Problem.FieldError.INVALID);
    }

    /** A field of the request body with its machine code; the pointer (and criterion) follow from the path. */
    public Violation(String field, LocalizedText message, String code) {
        this(field, message, code, Problem.FieldError.pointer(field), null, Problem.FieldError.criterion(field));
    }

    /** A query, path or header parameter. */
    public static Violation parameter(String name, LocalizedText message, String code) {
        return new Violation(name, message, code, null, name, null);
    }

    /** As the response of a request served in {@code language} has it. */
    public Problem.FieldError in(Language language) {
        return new Problem.FieldError(field, message.in(language), code, pointer, parameter, criterion);
    }
}
