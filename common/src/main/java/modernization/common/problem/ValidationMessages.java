package modernization.common.problem;

import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import modernization.common.i18n.Language;

/**
 * A Bean Validation message in the language a request is served in. Hibernate Validator
 * interpolates in English; for Arabic and Central Kurdish the violation's template is looked up in
 * the {@code ContributorValidationMessages_<lang>.properties} of every module (the built-in
 * constraints' texts are in common's), and the constraint's attributes ({@code {min}},
 * {@code {max}}, {@code {value}}) are filled in. A template without a translation stays English.
 */
final class ValidationMessages {

    private static final Pattern BRACED = Pattern.compile("\\{([^{}]+)\\}");
    private static final String[] BUNDLES = {"org/hibernate/validator/ValidationMessages", "ContributorValidationMessages"};
    private static final Map<Language, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    private ValidationMessages() {
    }

    static String in(ConstraintViolation<?> violation, Language language) {
        if (language == Language.EN) {
            return violation.getMessage();
        }
        Map<String, String> texts = TEXTS.computeIfAbsent(language, ValidationMessages::load);
        String template = violation.getMessageTemplate();
        boolean[] translated = {false};
        String text = BRACED.matcher(template).replaceAll(key -> {
            String found = texts.get(key.group(1));
            translated[0] |= found != null;
            return Matcher.quoteReplacement(found != null ? found : key.group());
        });
        if (!translated[0]) {
            return violation.getMessage();
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return BRACED.matcher(text).replaceAll(name -> Matcher.quoteReplacement(
                attributes.containsKey(name.group(1)) ? String.valueOf(attributes.get(name.group(1))) : name.group()));
    }

    /** Every module's bundle for the language; common's and the services' override Hibernate Validator's own. */
    private static Map<String, String> load(Language language) {
        Properties merged = new Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            for (String bundle : BUNDLES) {
                for (URL url : Collections.list(loader.getResources(bundle + "_" + language.tag() + ".properties"))) {
                    try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                        merged.load(reader);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new ConcurrentHashMap<>();
        merged.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
