package id.asn.platform.problem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized texts for one caller. Indonesian is the default; English is chosen by {@code Accept-Language: en}.
 * Keys are looked up first in the module's own {@code messages} bundle, then in the platform's
 * {@code asn-problems} bundle, so a service can add its texts without touching the platform.
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);
    private static final List<String> BUNDLES = List.of("messages", "asn-problems");
    // the base bundles are Indonesian; never fall back to the JVM's default locale
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale) {
        this.locale = locale;
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                found.add(ResourceBundle.getBundle(name, locale, classLoader(), NO_FALLBACK));
            } catch (MissingResourceException absent) {
                // a module without its own texts uses the platform's only
            }
        }
        this.bundles = List.copyOf(found);
    }

    // Quarkus loads application resources through the context class loader
    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Messages.class.getClassLoader();
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    /** The best supported language for an {@code Accept-Language} header; Indonesian when absent or unknown. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return INDONESIAN;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return chosen == null ? INDONESIAN : chosen;
        } catch (IllegalArgumentException malformedHeader) {
            return INDONESIAN;
        }
    }

    public static Messages forAcceptLanguage(String acceptLanguage) {
        return of(negotiate(acceptLanguage));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with its {@code {0}} placeholders filled; the key itself if no bundle has it. */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }
}
