package modernization.common.i18n;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The longest a {@link LocalizedText} may be, in each of its languages. */
@Documented
@Constraint(validatedBy = TextLength.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface TextLength {

    int max();

    String message() default "must be at most {max} characters in each language";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks every language of the text. */
    class Validator implements ConstraintValidator<TextLength, LocalizedText> {

        private int max;

        @Override
        public void initialize(TextLength annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
            return text == null || (fits(text.en()) && fits(text.ar()) && fits(text.ckb()));
        }

        private boolean fits(String value) {
            return value == null || value.codePointCount(0, value.length()) <= max;
        }
    }
}
