package io.storytrace.quote;

import io.storytrace.mention.Mention;
import io.storytrace.mention.NameFinder;
import io.storytrace.mention.Names;
import io.storytrace.text.Passage;
import io.storytrace.text.Span;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Unresolved;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the quotations of an article with their speakers and the outlets credited, and the
 * statements it reports in its own words. The steps, each a class of this package:
 *
 * <ol>
 *   <li>{@link MarkPairer} pairs quotation marks into regions;
 *   <li>{@link AttributionFinder} reads the attribution on each side of each region;
 *   <li>{@link SpeechClassifier} keeps speech and sets titles, nicknames and scare quotes aside;
 *   <li>{@link QuoteAssembler} joins split quotations and quotations over several paragraphs and
 *       resolves each speaker with {@link SpeakerResolver}, falling back on the context;
 *   <li>{@link ReportedSpeechFinder} finds reported speech outside the quotations.
 * </ol>
 *
 * <p>All steps read bounded windows around each mark, so the work grows linearly with the text.
 * Nothing is thrown for odd input: unpaired marks and quotations without a speaker are reported as
 * {@link Unresolved}.
 */
public final class QuoteExtractor {

    private final QuoteLexicon lexicon;
    private final MarkPairer pairer = new MarkPairer();
    private final AttributionFinder attributions;
    private final SpeechClassifier classifier;
    private final ReportedSpeechFinder reporter;
    private final CueSubjectFinder cueSubjects;
    private final OutletRecognizer outlets;

    public QuoteExtractor(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.attributions = new AttributionFinder(lexicon);
        this.classifier = new SpeechClassifier(lexicon);
        this.reporter = new ReportedSpeechFinder(lexicon);
        this.outlets = new OutletRecognizer(lexicon);
        this.cueSubjects = new CueSubjectFinder(lexicon);
    }

    /** An extractor with the lexicon shipped with Storytrace. */
    public static QuoteExtractor standard() {
        return new QuoteExtractor(QuoteLexicon.standard());
    }

    /** The quotations and reported statements of {@code passage}, whose names are {@code names}. */
    public QuoteExtraction extract(Passage passage, Names names) {
        MarkPairer.Pairing pairing = pairer.pair(passage);
        List<QuotedRegion> regions = new ArrayList<>();
        List<Attribution> after = new ArrayList<>();
        List<Attribution> before = new ArrayList<>();
        for (QuotedRegion region : pairing.regions()) {
            if (region.depth() > 0) {
                continue;
            }
            AttributionFinder.Cut cut =
                    region.closed() || region.runsOn()
                            ? null
                            : attributions.insideUnclosed(passage, region);
            if (cut != null) {
                region = cut(region, cut.end());
            }
            regions.add(region);
            after.add(cut == null ? null : cut.attribution());
        }
        boolean[] named = new boolean[regions.size()];
        Set<String> titles = new HashSet<>();
        for (int k = 0; k < regions.size(); k++) {
            QuotedRegion region = regions.get(k);
            if (classifier.titleSignal(passage, region) != null) {
                titles.add(SpeechClassifier.key(passage, region));
                named[k] = true;
            } else {
                named[k] = nickname(passage, region);
            }
        }
        for (int k = 0; k < regions.size(); k++) {
            if (after.get(k) == null) {
                after.set(
                        k,
                        attributions.after(
                                passage, regions.get(k), nextOpen(passage, regions, named, k)));
            }
            before.add(
                    attributions.before(
                            passage, regions.get(k), previousClose(passage, regions, named, k)));
        }
        List<Span> contents = new ArrayList<>();
        for (QuotedRegion region : regions) {
            contents.add(region.content());
        }
        SpanSet inMarks = SpanSet.of(contents);
        SentenceCues sentenceCues = new SentenceCues(passage, inMarks, lexicon);
        List<Verdict> verdicts = new ArrayList<>();
        List<Mention> works = new ArrayList<>();
        List<Span> speech = new ArrayList<>();
        for (int k = 0; k < regions.size(); k++) {
            QuotedRegion region = regions.get(k);
            Verdict verdict =
                    classifier.classify(
                            passage,
                            region,
                            best(passage, region, after.get(k), before.get(k)),
                            titles,
                            sentenceCues,
                            k == 0 ? null : verdicts.get(k - 1));
            verdicts.add(verdict);
        }
        headlineEchoes(passage, regions, verdicts);
        for (int k = 0; k < regions.size(); k++) {
            QuotedRegion region = regions.get(k);
            Verdict verdict = verdicts.get(k);
            if (verdict.speech()) {
                speech.add(region.content());
            } else if (verdict.kind() == Verdict.Kind.TITLE) {
                String title = region.content().of(passage.text());
                works.add(
                        new Mention(title, region.content(), Mention.Type.WORK, trimTitle(title)));
            }
        }
        SpanSet speechSpans = SpanSet.of(speech);
        List<Span> closed = new ArrayList<>();
        for (QuotedRegion region : regions) {
            if (region.closed()) {
                closed.add(region.content());
            }
        }
        SpeakerResolver resolver =
                new SpeakerResolver(passage, names, SpanSet.of(closed), inMarks, lexicon);
        QuoteAssembler assembler =
                new QuoteAssembler(passage, names, lexicon, outlets, resolver, speechSpans);
        List<ReportedSpeechFinder.Found> found = reporter.find(passage, speechSpans);
        List<CueSubjectFinder.Found> cues = cueSubjects.find(passage, speechSpans);
        QuoteAssembler.Result assembled =
                assembler.assemble(regions, verdicts, after, before, found, cues);
        List<Unresolved> unresolved = new ArrayList<>(pairing.unresolved());
        unresolved.addAll(assembled.unresolved());
        unresolved.sort((a, b) -> a.span().compareTo(b.span()));
        return new QuoteExtraction(
                assembled.quotes(), assembled.reported(), works, capped(unresolved));
    }

    private static QuotedRegion cut(QuotedRegion region, int end) {
        return new QuotedRegion(
                region.open(),
                region.close(),
                new Span(region.content().start(), end),
                region.family(),
                region.depth(),
                region.block(),
                false);
    }

    /**
     * The token where the next region in the same block opens, or no limit. A title or nickname
     * ({@code named}) does not end the reading: "“…,” said Jessie Buckley, the star of “Fargo.”"
     */
    private static int nextOpen(
            Passage passage, List<QuotedRegion> regions, boolean[] named, int k) {
        int next = k + 1;
        while (next < regions.size() && next - k <= NAMED_REGIONS && named[next]) {
            next++;
        }
        if (next < regions.size() && regions.get(next).block() == regions.get(k).block()) {
            return passage.tokenAtOrAfter(regions.get(next).open());
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The token just past where the previous region in the same block closed, or 0. A title or
     * nickname ({@code named}) does not end the reading: "Jamie ‘Tank’ Okoro-Briggs — revealing she
     * ‘…’", "Buckley, who phoned in from the set of “Fargo,” had a similar experience: “…”".
     */
    private static int previousClose(
            Passage passage, List<QuotedRegion> regions, boolean[] named, int k) {
        int previous = k - 1;
        while (previous >= 0 && k - previous <= NAMED_REGIONS && named[previous]) {
            previous--;
        }
        if (previous >= 0 && regions.get(previous).block() == regions.get(k).block()) {
            return passage.tokenAtOrAfter(regions.get(previous).end());
        }
        return 0;
    }

    /** How many titles and nicknames in a row a region reads past for its attribution. */
    private static final int NAMED_REGIONS = 4;

    /** Whether a region is one capitalised word between a given name and a surname. */
    private static boolean nickname(Passage passage, QuotedRegion region) {
        int word = passage.tokenAtOrAfter(region.content().start());
        return word > 0 && NameFinder.nickname(passage.tokens(), word - 1);
    }

    /**
     * The attribution right beside the region, the one after it first; but where the quoted words
     * end their sentence inside the marks, the frame that opened the sentence (“the agency said the
     * drug was “not effective.” Two doctors disagreed.”), not the next sentence; and a name whose
     * cue introduces the words after a colon, not a pronoun after them.
     */
    static Attribution best(
            Passage passage, QuotedRegion region, Attribution after, Attribution before) {
        if (endsSentence(passage, region) && before != null) {
            return before;
        }
        if (afterThat(passage, region, before)) {
            // "even as Trump claimed on Tuesday that “General Petraeus got in trouble for far
            // less,” one of the former prosecutors said …": the words are the object of the cue
            // before, not of the clause after
            return before;
        }
        if (introducedByName(passage, region, after, before)) {
            // "Fallon fired back: “…,” he wrote, “…”": the name introducing the words after a
            // colon goes before the pronoun after them, whoever spoke last
            return before;
        }
        if (reportedBy(passage, region, after, before)) {
            // "Chief Minister Baghel stated, “…,” ANI reported.": the one who stated, to the
            // agency that reported it
            return before.outlet() == null ? before.withOutlet(after.speaker().text()) : before;
        }
        return best(after, before);
    }

    /**
     * Whether a name and its cue introduce the region after a comma or a colon while a name and
     * "reported" follow it: the second is whoever carried the words.
     */
    private static boolean reportedBy(
            Passage passage, QuotedRegion region, Attribution after, Attribution before) {
        return after != null
                && after.adjacent()
                && after.speaker().kind() == SpeakerRef.Kind.NAME
                && after.cue() != null
                && REPORTED.contains(after.cue().toLowerCase(java.util.Locale.ROOT))
                && namedCueRightBefore(passage, region, before, ",:");
    }

    /**
     * Whether a name and its cue verb stand right before the region, beside it, with one of {@code
     * stops} (a colon, a comma) between them and its mark.
     */
    private static boolean namedCueRightBefore(
            Passage passage, QuotedRegion region, Attribution before, String stops) {
        int open = passage.tokenAtOrAfter(region.open());
        return before != null
                && before.adjacent()
                && before.cue() != null
                && before.speaker().kind() == SpeakerRef.Kind.NAME
                && open > 0
                && stops.chars().anyMatch(stop -> passage.tokens().get(open - 1).is((char) stop));
    }

    /** Cue verbs of a news outlet carrying someone's words. */
    private static final java.util.Set<String> REPORTED = java.util.Set.of("reported", "reports");

    /**
     * Whether a name and its cue verb introduce the region after a colon while only a pronoun
     * follows it; a name read before a colon without a cue ("to back up his earlier statements:")
     * does not.
     */
    private static boolean introducedByName(
            Passage passage, QuotedRegion region, Attribution after, Attribution before) {
        return after != null
                && after.adjacent()
                && after.speaker().kind() == SpeakerRef.Kind.PRONOUN
                && namedCueRightBefore(passage, region, before, ":");
    }

    /** Whether a cue before the region reports it through "that" right before its mark. */
    private static boolean afterThat(Passage passage, QuotedRegion region, Attribution before) {
        int open = passage.tokenAtOrAfter(region.open());
        return before != null
                && before.adjacent()
                && before.cue() != null
                && open > 0
                && passage.tokens().get(open - 1).lower().equals("that");
    }

    /** The attribution right beside the region, the one after it first. */
    private static Attribution best(Attribution after, Attribution before) {
        if (after != null && after.adjacent()) {
            return after;
        }
        if (before != null && before.adjacent()) {
            return before;
        }
        return after != null ? after : before;
    }

    /** Whether the quoted words of {@code region} end with a full stop, "!" or "?". */
    static boolean endsSentence(Passage passage, QuotedRegion region) {
        Span content = region.content();
        int end = content.end();
        while (end > content.start() && Character.isWhitespace(passage.text().charAt(end - 1))) {
            end--;
        }
        return end > content.start() && ".!?".indexOf(passage.text().charAt(end - 1)) >= 0;
    }

    private static String trimTitle(String title) {
        return title.replaceAll("[\\s,.;:!?]+$", "");
    }

    /** A text of nothing but marks yields one problem per mark; a reader needs the first few. */
    private static List<Unresolved> capped(List<Unresolved> unresolved) {
        int cap = 50;
        if (unresolved.size() <= cap) {
            return unresolved;
        }
        List<Unresolved> kept = new ArrayList<>(unresolved.subList(0, cap));
        Unresolved last = unresolved.getLast();
        kept.add(
                new Unresolved(
                        new Span(unresolved.get(cap).span().start(), last.span().end()),
                        (unresolved.size() - cap) + " more problems of the same kinds"));
        return kept;
    }

    /**
     * A headline's quoted words written again between marks in the body take the body's verdict
     * when the body never gives them as speech: "Doctors Warn of Rise in ‘Tech Neck’" over "a
     * condition called “tech neck”" is a term, while "Mayor Calls Plan ‘a Disaster’" over "“a
     * disaster,” the mayor said" stays speech.
     */
    private static void headlineEchoes(
            Passage passage, List<QuotedRegion> regions, List<Verdict> verdicts) {
        java.util.Map<String, Verdict> body = new java.util.HashMap<>();
        java.util.Set<String> spoken = new java.util.HashSet<>();
        for (int k = 0; k < regions.size(); k++) {
            QuotedRegion region = regions.get(k);
            if (passage.inHeadline(passage.sentenceAt(region.open()))) {
                continue;
            }
            String key = echoKey(region.content().of(passage.text()));
            Verdict verdict = verdicts.get(k);
            if (verdict.speech()) {
                spoken.add(key);
            } else if (verdict.kind() != Verdict.Kind.SCARE
                    || NAMING.matcher(verdict.reason()).find()) {
                // a title, a nickname, or a term the body names as one; not a fragment the body
                // merely keeps at a distance, which may be speech it missed
                body.putIfAbsent(key, verdict);
            }
        }
        for (int k = 0; k < regions.size(); k++) {
            QuotedRegion region = regions.get(k);
            if (!verdicts.get(k).speech()
                    || !passage.inHeadline(passage.sentenceAt(region.open()))) {
                continue;
            }
            String key = echoKey(region.content().of(passage.text()));
            Verdict there = body.get(key);
            if (there != null && !spoken.contains(key)) {
                verdicts.set(
                        k, new Verdict(there.kind(), "is no one's words where the body quotes it"));
            }
        }
    }

    /** Reasons that show a term named as such: "is named by “so-called”", "is displayed on". */
    private static final java.util.regex.Pattern NAMING =
            java.util.regex.Pattern.compile("named|name given|term|displayed|set beside");

    /** Quoted words compared across headline and body: lower case, letters and digits only. */
    private static String echoKey(String words) {
        StringBuilder key = new StringBuilder();
        words.toLowerCase(java.util.Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
