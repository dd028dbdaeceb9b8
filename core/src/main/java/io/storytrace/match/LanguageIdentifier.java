package io.storytrace.match;

import io.storytrace.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which language an article is written in, as an ISO 639-3 code ("eng", "deu"), or {@link
 * #UNKNOWN} when the text is too short or the evidence too even. Text whose words are largely
 * English function words is English without asking the model; anything else goes to Apache
 * OpenNLP's language detector (103 languages), loaded on first use (about a second).
 */
public final class LanguageIdentifier {

    /** The code for a language that could not be told. */
    public static final String UNKNOWN = "und";

    public static final String ENGLISH = "eng";

    /** Fewer words than this say too little about their language. */
    private static final int MIN_TOKENS = 20;

    /** English prose has about half its words among the function words; other languages few. */
    private static final double ENGLISH_SHARE = 0.25;

    /** The model reads this much of the text: enough to decide, cheap to read. */
    private static final int SAMPLE = 600;

    /**
     * Answers remembered by a digest of the sample: matching profiles stored articles again and
     * again, and the model takes a few milliseconds a text.
     */
    private static final int REMEMBERED = 50_000;

    /** How far the best language must lead the second for a decision. */
    private static final double LEAD = 1.5;

    private static final LanguageIdentifier STANDARD = new LanguageIdentifier();

    private static final Map<String, String> NAMES = names();

    private LanguageDetectorME detector;

    private final Map<String, String> answers =
            new LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            };

    private LanguageIdentifier() {}

    /** The identifier shared by every caller: the model is large and loads once. */
    public static LanguageIdentifier standard() {
        return STANDARD;
    }

    /**
     * The language of a text whose word tokens (stop words kept, see {@link WordTokenizer}) are
     * {@code tokens}.
     */
    public String identify(List<String> tokens, String text) {
        if (tokens.size() < MIN_TOKENS) {
            return UNKNOWN;
        }
        long function = tokens.stream().filter(WordTokenizer::isStopword).count();
        if (function >= ENGLISH_SHARE * tokens.size()) {
            return ENGLISH;
        }
        String sample = text.substring(0, Math.min(SAMPLE, text.length()));
        String key = Fingerprinter.sha256(sample).substring(0, 24);
        synchronized (answers) {
            String known = answers.get(key);
            if (known != null) {
                return known;
            }
        }
        String answer = decide(ranked(sample));
        synchronized (answers) {
            answers.put(key, answer);
        }
        return answer;
    }

    private static String decide(Language[] ranked) {
        if (ranked.length == 0) {
            return UNKNOWN;
        }
        if (ranked.length > 1 && ranked[0].getConfidence() < LEAD * ranked[1].getConfidence()) {
            return UNKNOWN;
        }
        return ranked[0].getLang();
    }

    /** The language of an article's body. */
    public String identify(Article article) {
        String body = article.text().substring(article.bodyStart());
        return identify(new WordTokenizer().tokens(body), body);
    }

    /** Whether two identified languages are known and differ. */
    public static boolean differ(String a, String b) {
        return !a.equals(UNKNOWN) && !b.equals(UNKNOWN) && !a.equals(b);
    }

    /** The English name of a language code ("German" for "deu"), or the code itself. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** The model's ranking; one caller at a time, as OpenNLP's detectors are not thread-safe. */
    private synchronized Language[] ranked(String sample) {
        if (detector == null) {
            try (InputStream in =
                    LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the language model langdetect-183.bin is not on the class path");
                }
                detector = new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model", e);
            }
        }
        return detector.predictLanguages(sample);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            Locale locale = Locale.of(two);
            try {
                names.put(locale.getISO3Language(), locale.getDisplayLanguage(Locale.ENGLISH));
            } catch (java.util.MissingResourceException e) {
                // a language with no three-letter code: nothing to name
            }
        }
        return Map.copyOf(names);
    }
}
