package io.storytrace.match;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.quote.Quote;
import io.storytrace.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes an {@link ArticleProfile}. It uses the analysis's sentences and quotations and falls
 * back to plain rules of its own where the analysis gave none.
 */
public final class ArticleProfiler {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{Nd}'’-]*");
    private static final Pattern QUOTED = Pattern.compile("“([^”]{8,}?)”|\"([^\"]{8,}?)\"");
    private static final Pattern FIRST_PERSON =
            Pattern.compile(
                    "(?:^|[^\\p{L}])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|myself)(?:[^\\p{L}]|$)");

    /** What may precede a sentence's first word: white space, opening quotation marks, "(". */
    private static final String OPENERS = " \t\n\u000B\f\r\"“‘'(";

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final CreditFinder credits;

    public ArticleProfiler(CreditFinder credits) {
        this.credits = credits;
    }

    public ArticleProfiler() {
        this(new CreditFinder());
    }

    /** The profile of {@code analyzed}. */
    public ArticleProfile profile(AnalyzedArticle analyzed) {
        List<Sentence> sentences = analyzed.sentences();
        String text = analyzed.article().text();
        List<String> quotes = quotes(analyzed, text);
        List<Credit> credits = this.credits.find(analyzed.article());
        Set<String> midSentenceCapitals = new HashSet<>();
        List<ProfiledSentence> profiled = new ArrayList<>(sentences.size());
        Set<String> numbers = new LinkedHashSet<>();
        for (Sentence sentence : sentences) {
            List<String> tokens = tokenizer.tokens(sentence.text());
            LinkedHashSet<String> terms = new LinkedHashSet<>();
            for (String token : tokens) {
                if (!WordTokenizer.isStopword(token)) {
                    terms.add(token);
                }
                if (WordTokenizer.isNumber(token)) {
                    numbers.add(token);
                }
            }
            boolean headline = sentence.block() == 0 && !analyzed.article().headline().isEmpty();
            if (!headline) {
                collectCapitals(sentence.text(), midSentenceCapitals);
            }
            ProfiledSentence.Role role =
                    headline
                            ? ProfiledSentence.Role.HEADLINE
                            : isCreditLine(sentence, tokens, credits)
                                    ? ProfiledSentence.Role.CREDIT_LINE
                                    : ProfiledSentence.Role.BODY;
            profiled.add(
                    new ProfiledSentence(
                            sentence,
                            List.copyOf(terms),
                            String.join(" ", tokens),
                            isFirstPerson(sentence.text()),
                            role));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String capital : midSentenceCapitals) {
            if (!WordTokenizer.isStopword(capital)) {
                names.add(capital);
            }
        }
        int body = analyzed.article().bodyStart();
        String bodyText = text.substring(body);
        List<String> bodyTokens = tokenizer.tokens(bodyText);
        String language = LanguageIdentifier.standard().identify(bodyTokens, bodyText);
        return new ArticleProfile(
                analyzed, profiled, names, numbers, quotes, credits, bodyTokens, language);
    }

    /** A free-standing sentence (not from an article) ready for comparison. */
    public ProfiledSentence sentence(String text) {
        List<String> tokens = tokenizer.tokens(text);
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String token : tokens) {
            if (!WordTokenizer.isStopword(token)) {
                terms.add(token);
            }
        }
        return new ProfiledSentence(
                new Sentence(0, 0, new io.storytrace.text.Span(0, text.length()), text),
                List.copyOf(terms),
                String.join(" ", tokens),
                isFirstPerson(text),
                ProfiledSentence.Role.BODY);
    }

    /** Capitalised words after the first word of a sentence, as tokens. */
    private void collectCapitals(String sentence, Set<String> out) {
        int lead = 0;
        while (lead < sentence.length() && OPENERS.indexOf(sentence.charAt(lead)) >= 0) {
            lead++;
        }
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            if (m.start() > lead) {
                for (String token : tokenizer.tokens(m.group())) {
                    if (token.length() > 1) {
                        out.add(token);
                    }
                }
            }
        }
    }

    private static List<String> quotes(AnalyzedArticle analyzed, String text) {
        List<String> quotes = new ArrayList<>();
        if (!analyzed.quotes().isEmpty()) {
            for (Quote quote : analyzed.quotes()) {
                quotes.add(quote.text());
            }
            return quotes;
        }
        Matcher m = QUOTED.matcher(text.substring(analyzed.article().bodyStart()));
        while (m.find()) {
            String quoted = m.group(1) != null ? m.group(1) : m.group(2);
            if (quoted.strip().split("\\s+").length >= 4) {
                quotes.add(quoted.strip());
            }
        }
        return quotes;
    }

    /** A sentence of a dozen words or fewer that holds a credit, such as a closing source line. */
    private static boolean isCreditLine(
            Sentence sentence, List<String> tokens, List<Credit> credits) {
        if (tokens.size() > 12) {
            return false;
        }
        for (Credit credit : credits) {
            if (credit.span() != null && sentence.span().overlap(credit.span()) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFirstPerson(String sentence) {
        if (sentence.indexOf('I') < 0 && !sentence.contains("my") && !sentence.contains("me")) {
            return false;
        }
        boolean quoted = sentence.indexOf('“') >= 0 || sentence.indexOf('"') >= 0;
        String outside = quoted ? QUOTED.matcher(sentence).replaceAll(" ") : sentence;
        int open = Math.max(outside.indexOf('“'), outside.indexOf('"'));
        if (open >= 0) {
            outside = outside.substring(0, open);
        }
        return FIRST_PERSON.matcher(outside).find();
    }
}
