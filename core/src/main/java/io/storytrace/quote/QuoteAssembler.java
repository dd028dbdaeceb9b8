package io.storytrace.quote;

import io.storytrace.mention.Gender;
import io.storytrace.mention.Mention;
import io.storytrace.mention.NameLexicon;
import io.storytrace.mention.Names;
import io.storytrace.text.Passage;
import io.storytrace.text.Span;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Token;
import io.storytrace.text.Unresolved;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the regions judged to be speech into quotations: joins a quotation over several paragraphs
 * and a quotation split by its attribution (“A,” Connor explained, “B.”) into one, and names each
 * speaker. A quotation with no attribution of its own takes, in this order, the speaker of the
 * quotation just before it when no one else was named in between, the speaker of the statement
 * reported in the sentence before it, a speaker named inside it with a cue verb, or the person the
 * previous sentences are about; failing all of these its speaker stays unknown and is reported.
 */
final class QuoteAssembler {

    /** How many tokens may separate the two parts of a split quotation. */
    private static final int MAX_SPLIT_GAP = 14;

    /** How many sentences back an unattributed quotation looks for the person they are about. */
    private static final int CONTEXT_REACH = 3;

    /** The attributions below this confidence name no speaker. */
    private static final double MIN_CONFIDENCE = 0.5;

    record Result(List<Quote> quotes, List<ReportedSpeech> reported, List<Unresolved> unresolved) {}

    private final Passage passage;
    private final QuoteLexicon lexicon;
    private final SpeakerResolver resolver;
    private final SubjectReader subjects;
    private final NavigableMap<Integer, String> people = new TreeMap<>();
    private final OutletRecognizer recognizer;
    private final Map<Integer, ReportedSpeech> reportedBySentence = new java.util.HashMap<>();

    /** The cue that closes each sentence set off by a comma ("…, he says."), by sentence. */
    private final Map<Integer, CueSubjectFinder.Found> closingCues = new java.util.HashMap<>();

    /** The speaker of the first cue verb read in each sentence, by sentence. */
    private final Map<Integer, Cued> cuedBySentence = new java.util.HashMap<>();

    /** Who put the last question quoted, for a follow-up after an answer to an unnamed asker. */
    private String lastAsker;

    /**
     * A cue verb's subject as resolved: where it stands, who it is, what named them, and the outlet
     * its sentence credits them with, or null.
     */
    private record Cued(int at, String speaker, SpeakerBasis basis, String outlet) {}

    /** How each reported statement's speaker was found, by the statement. */
    private final Map<ReportedSpeech, SpeakerBasis> reportedBasis = new java.util.HashMap<>();

    private NavigableMap<Integer, String> outlets;

    /** The quoted words, where no outlet is named by the reporter. */
    private final SpanSet speech;

    QuoteAssembler(
            Passage passage,
            Names names,
            QuoteLexicon lexicon,
            OutletRecognizer recognizer,
            SpeakerResolver resolver,
            SpanSet speech) {
        this.passage = passage;
        this.lexicon = lexicon;
        this.resolver = resolver;
        this.subjects = new SubjectReader(lexicon);
        this.recognizer = recognizer;
        this.speech = speech;
        List<Span> named = new ArrayList<>();
        for (Mention mention : names.persons()) {
            named.add(mention.span());
            if (!speech.covers(mention.span())) {
                people.put(mention.span().start(), mention.canonical());
            }
        }
        this.personNames = SpanSet.of(named);
    }

    /** Where people are named: "Dawn Yablonski" names no newspaper Dawn. */
    private final SpanSet personNames;

    /** A group of regions that make one quotation. */
    private record Group(List<QuotedRegion> parts, List<Integer> indexes, boolean split) {}

    /** A quotation being built: its parts and what is known of its speaker. */
    private record Draft(
            Group group,
            Attribution attribution,
            String speaker,
            SpeakerBasis basis,
            String outlet,
            boolean outletBeside) {}

    /** Something said somewhere in the text, resolved in text order. */
    private sealed interface Utterance permits QuoteUtterance, Statement, CueEvent, InterviewEvent {
        int at();
    }

    private record QuoteUtterance(int at, int index) implements Utterance {}

    private record Statement(int at, ReportedSpeechFinder.Found found) implements Utterance {}

    private record CueEvent(int at, SpeakerRef speaker, int cue) implements Utterance {}

    /** A sentence that names an interview without a cue verb: "X, speaking to BBC Radio 5 Live". */
    private record InterviewEvent(int at, int sentence, String outlet, String person)
            implements Utterance {}

    Result assemble(
            List<QuotedRegion> regions,
            List<Verdict> verdicts,
            List<Attribution> after,
            List<Attribution> before,
            List<ReportedSpeechFinder.Found> found,
            List<CueSubjectFinder.Found> cues) {
        List<Group> groups = group(regions, verdicts, after);
        List<Attribution> attributions = new ArrayList<>();
        for (Group group : groups) {
            attributions.add(attributionOf(group, after, before));
        }
        List<Utterance> utterances = utterances(groups, attributions, found, cues);
        utterances.addAll(interviews());
        utterances.sort(java.util.Comparator.comparingInt(Utterance::at));
        Draft[] drafts = new Draft[groups.size()];
        List<ReportedSpeech> reported = new ArrayList<>();
        reportedBySentence.clear();
        cuedBySentence.clear();
        lastAsker = null;
        closingCues.clear();
        for (CueSubjectFinder.Found cue : cues) {
            if (closesSentence(cue)) {
                closingCues.put(passage.sentenceAt(cue.cue()), cue);
            }
        }
        interviewedBy.clear();
        interviewedAt.clear();
        reportedBasis.clear();
        // where the reported words of each statement start and end, for the cue verbs inside
        NavigableMap<Integer, Integer> reports = new TreeMap<>();
        for (ReportedSpeechFinder.Found statement : found) {
            reports.merge(statement.content().start(), statement.content().end(), Math::max);
        }
        Draft previous = null;
        // the last two quotations not inside another, for the turns of an exchange
        Draft turn = null;
        Draft turnBefore = null;
        for (Utterance utterance : utterances) {
            switch (utterance) {
                case CueEvent event -> {
                    if (event.cue() > event.speaker().offset()
                            && reportedWithoutThat(event.speaker().offset())) {
                        // "Hazel Dunmore … says Carrow still writes every day": the mother writes
                        // only inside the daughter's report, as after "that"
                        continue;
                    }
                    String speaker = resolver.resolve(event.speaker());
                    if (!insideReport(reports, event.at())) {
                        // "The son said the family learnt of it when his father asked him for a
                        // loan": the father speaks only inside the son's report
                        resolver.remember(event.at(), speaker);
                    }
                    String outlet = creditedIn(event.at(), speaker);
                    int sentence = passage.sentenceAt(event.at());
                    Cued earlier = cuedBySentence.get(sentence);
                    if (speaker != null
                            && (earlier == null
                                    || inOpeningClause(sentence, earlier.at(), event.at()))) {
                        cuedBySentence.put(
                                sentence,
                                new Cued(event.at(), speaker, basisOf(event.speaker()), outlet));
                    }
                }
                case Statement statement -> reported.add(report(statement.found()));
                case InterviewEvent interview -> interviewed(interview);
                case QuoteUtterance quote -> {
                    Draft draft = draft(groups.get(quote.index()), attributions.get(quote.index()));
                    Draft cued = toldBeforeAccording(draft);
                    if (cued != null) {
                        draft = cued;
                    }
                    Draft done =
                            draft.speaker() != null
                                    ? answering(draft, turn, turnBefore)
                                    : inherit(draft, previous, turn, turnBefore);
                    done = withContextOutlet(done, previous);
                    if (done.speaker() != null && done.outlet() != null) {
                        QuotedRegion last = done.group().parts().getLast();
                        lastCredited.put(
                                done.speaker(),
                                new Credited(
                                        last.end(),
                                        last.end(),
                                        last.block(),
                                        done.outlet(),
                                        done.attribution() != null
                                                && past(done.attribution().cue())));
                    }
                    resolver.remember(quote.at(), done.speaker());
                    drafts[quote.index()] = done;
                    if (done.speaker() != null && asks(done)) {
                        lastAsker = done.speaker();
                    }
                    previous = done;
                    if (done.group().parts().getFirst().depth() == 0 && !sameTurn(turn, done)) {
                        turnBefore = turn;
                        turn = done;
                    }
                }
            }
        }
        for (int g = drafts.length - 2; g >= 0; g--) {
            drafts[g] = closedByLater(drafts, g);
        }
        String[] words = new String[drafts.length];
        for (int g = drafts.length - 1; g >= 0; g--) {
            // from the last: a headline echoes the opening paragraph's speaker as it was found
            // there, echoing words further down in its turn
            drafts[g] = echoed(drafts, words, g);
        }
        for (int g = 0; g < drafts.length; g++) {
            drafts[g] = pulledOut(drafts, words, quotedAgain(drafts, words, g), g);
        }
        oneInterview(drafts);
        List<Quote> quotes = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (Draft draft : drafts) {
            Quote quote = quote(draft);
            if (termOrValue(quote, draft)) {
                continue;
            }
            quotes.add(quote);
            if (quote.speaker() == null) {
                unresolved.add(
                        new Unresolved(quote.extent(), "no speaker found for the quotation"));
            }
        }
        return new Result(quotes, reported, unresolved);
    }

    /**
     * Whether the subject at {@code offset} opens a clause reported without "that", right after a
     * verb of saying in the present or past: "says Carrow still writes", "said Hale had agreed".
     */
    private boolean reportedWithoutThat(int offset) {
        int k = passage.tokenAtOrAfter(offset);
        if (k < 1 || k >= passage.tokens().size()) {
            return false;
        }
        Token verb = passage.tokens().get(k - 1);
        Cue cue = verb.capitalized() ? null : lexicon.cue(verb);
        return cue != null
                && ZERO_THAT_VERBS.contains(cue.lemma())
                && !verb.lower().endsWith("ing")
                && !passage.tokens().get(k).lower().equals("that");
    }

    /** Verbs of saying whose reported clause may leave out "that": "says Carrow still writes". */
    private static final java.util.Set<String> ZERO_THAT_VERBS =
            java.util.Set.of("say", "add", "insist", "claim", "believe", "think");

    /** Whether {@code offset} lies inside the reported words of a statement found. */
    private static boolean insideReport(NavigableMap<Integer, Integer> reports, int offset) {
        Map.Entry<Integer, Integer> report = reports.floorEntry(offset);
        return report != null && offset < report.getValue();
    }

    /** Any whitespace: a quotation without it is a lone word. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    /**
     * Whether a quotation is a lone word that no speaker and no cue beside it attribute: a term or
     * a value written between marks ("Possible values are: “none”: default.", "a type, which is
     * “basic”, “cors” or “opaque”") far more often than speech. "He said: “Passports.”" stays,
     * though no one "he" can mean was found.
     */
    private static boolean termOrValue(Quote quote, Draft draft) {
        Attribution attribution = draft.attribution();
        return quote.speaker() == null
                && (attribution == null || attribution.cue() == null || !attribution.adjacent())
                && !WHITESPACE.matcher(quote.text().strip()).find();
    }

    /**
     * The quotations, reported statements and other cue verbs in text order; a cue verb that
     * already frames a quotation or a statement is not counted twice.
     */
    private static List<Utterance> utterances(
            List<Group> groups,
            List<Attribution> attributions,
            List<ReportedSpeechFinder.Found> found,
            List<CueSubjectFinder.Found> cues) {
        List<Utterance> utterances = new ArrayList<>();
        java.util.Set<Integer> framed = new java.util.HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            utterances.add(new QuoteUtterance(groups.get(g).parts().getFirst().open(), g));
            if (attributions.get(g) != null) {
                framed.add(attributions.get(g).speaker().offset());
            }
        }
        for (ReportedSpeechFinder.Found statement : found) {
            utterances.add(new Statement(statement.speaker().offset(), statement));
            framed.add(statement.speaker().offset());
        }
        for (CueSubjectFinder.Found cue : cues) {
            if (!framed.contains(cue.speaker().offset())) {
                utterances.add(new CueEvent(cue.speaker().offset(), cue.speaker(), cue.cue()));
            }
        }
        utterances.sort(java.util.Comparator.comparingInt(Utterance::at));
        return utterances;
    }

    private Draft draft(Group group, Attribution attribution) {
        String speaker = null;
        if (attribution != null && attribution.confidence() >= MIN_CONFIDENCE) {
            speaker =
                    attribution.speaker().kind() == SpeakerRef.Kind.PERSON_ROLE
                                    && relatedHeadline(
                                                    passage.sentenceAt(
                                                            group.parts().getFirst().open()))
                                            != null
                            // "RELATED: State fire marshal calls …": that story's role, as
                            // written, not anyone this story names
                            ? attribution.speaker().text()
                            : resolver.resolve(attribution.speaker());
        }
        return new Draft(
                group,
                attribution,
                speaker,
                speaker == null ? null : basisOf(attribution.speaker()),
                attribution == null ? null : attribution.outlet(),
                true);
    }

    /**
     * "One shareholder told Merrow executives last week that the offer was “…”, according to people
     * familiar with the matter": where the sentence opened with its own speaker and cue, an
     * "according to" after the words names who reported them, not who said them. Null when the
     * draft is not so framed.
     */
    private Draft toldBeforeAccording(Draft draft) {
        Attribution attribution = draft.attribution();
        if (attribution == null
                || !attribution.after()
                || !"according to".equals(attribution.cue())) {
            return null;
        }
        return bySentence(draft);
    }

    /**
     * The draft given to whoever its sentence reports (the quotation inside a reported statement)
     * or to the speaker of a cue verb earlier in its sentence ("Strategists at Penwick Capital said
     * in a note … that the cycle — … — was “…”": the cue stands too far before the quotation to be
     * its attribution, but the sentence is still the strategists'). Null when neither is there.
     */
    private Draft bySentence(Draft draft) {
        QuotedRegion first = draft.group().parts().getFirst();
        int sentence = passage.sentenceAt(first.open());
        String owner = resolver.ownerOfReport(0, first.open());
        if (owner != null) {
            // "The candidates say … Clinton, who has been battered by Comey’s conclusion that her
            // actions were “…”": the words of the one whose conclusion it is
            return with(draft, owner, SpeakerBasis.NAMED);
        }
        ReportedSpeech around = reportedIn(sentence, first.block());
        if (around != null
                && around.speaker() != null
                && (around.span().contains(first.content())
                        || around.span().start() <= first.content().start()
                                && first.content().end() == around.span().end() + 1
                                && !cueBetween(around.span().start(), first.open()))) {
            // the quotation inside the reported words, or ending one past them with the full
            // stop inside its closing mark: "… was “a start, not a solution.”"
            return with(draft, around.speaker(), reportedBasis.get(around), around.outlet(), true);
        }
        Cued cued = cuedBySentence.get(sentence);
        if (cued != null && cued.at() < first.open()) {
            return cued.outlet() == null
                    ? with(draft, cued.speaker(), cued.basis())
                    : with(draft, cued.speaker(), cued.basis(), cued.outlet(), true);
        }
        return null;
    }

    /**
     * "A developer who wants to defraud someone can “make up something wild and crazy” and get away
     * with it …, he says.": a quotation with no cue of its own, in a sentence that a cue set off by
     * a comma closes, is the words of that cue's subject. Null when no such cue closes the sentence
     * after the quotation, or its subject resolves to no one who fits.
     */
    private Draft closedByCue(Draft draft, Attribution own, int sentence) {
        CueSubjectFinder.Found cue = closingCues.get(sentence);
        QuotedRegion last = draft.group().parts().getLast();
        if (cue == null || cue.speaker().offset() <= last.close()) {
            return null;
        }
        String speaker = resolver.resolve(cue.speaker());
        return speaker != null && ownPronounFits(own, speaker)
                ? with(draft, speaker, basisOf(cue.speaker()))
                : null;
    }

    /** The kinds of subject a cue closing a sentence may have to take its quotations. */
    private static final java.util.Set<SpeakerRef.Kind> CLOSING_SUBJECTS =
            java.util.Set.of(
                    SpeakerRef.Kind.NAME,
                    SpeakerRef.Kind.PRONOUN,
                    SpeakerRef.Kind.PERSON_ROLE,
                    SpeakerRef.Kind.ORGANISATION_ROLE);

    /**
     * Whether {@code cue} closes its sentence after a comma: the subject and its verb in either
     * order ("…, he says.", "…, said Ortiz.") and a few words at most after them.
     */
    private boolean closesSentence(CueSubjectFinder.Found cue) {
        if (!CLOSING_SUBJECTS.contains(cue.speaker().kind())) {
            return false;
        }
        List<Token> tokens = passage.tokens();
        int verb = passage.tokenAtOrAfter(cue.cue());
        int subject = passage.tokenAtOrAfter(cue.speaker().offset());
        int sentence = passage.sentenceAt(cue.cue());
        int last = passage.firstToken(sentence + 1) - 1;
        int opening = subject < verb ? roleOpening(tokens, subject) : verb;
        int end = Math.max(verb, subject);
        while (subject > verb
                && end + 1 < last
                && (tokens.get(end + 1).capitalized() || tokens.get(end + 1).is('.'))) {
            // "…, said the bureau's director, James B. Comey.": past the name after the verb
            end++;
        }
        if (end + 2 < last
                && tokens.get(end + 1).is(',')
                && SubjectReader.timeStart(tokens, last - 1, end + 2) == end + 2) {
            // "…, James B. Comey, on Monday.": the day the words were said closes it too
            end = last - 1;
        }
        return opening > passage.firstToken(sentence)
                && tokens.get(opening - 1).is(',')
                && (Math.abs(verb - subject) <= CLOSING_SUBJECT_TOKENS
                        || apposedAfterVerb(tokens, verb, subject))
                && last - end <= CUE_TO_END;
    }

    /**
     * Whether the name at token {@code subject} comes after the inverted verb at {@code verb} and a
     * short role phrase set off by a comma: "said the bureau's director, James B. Comey".
     */
    private static boolean apposedAfterVerb(List<Token> tokens, int verb, int subject) {
        if (subject <= verb + 2
                || subject - verb > CLOSING_SUBJECT_TOKENS + CLOSING_ROLE_WORDS
                || !tokens.get(subject - 1).is(',')) {
            return false;
        }
        for (int k = verb + 1; k < subject - 1; k++) {
            if (tokens.get(k).type() != Token.Type.WORD) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the role phrase before the name at token {@code subject} starts, when a role noun
     * stands right before the name and a comma a few words before it ("…, DFA spokesman Neil Sroka
     * said."); {@code subject} otherwise.
     */
    private int roleOpening(List<Token> tokens, int subject) {
        if (subject < 2 || !lexicon.roles().contains(tokens.get(subject - 1).lower())) {
            return subject;
        }
        for (int k = subject - 1; k > 0 && subject - k <= CLOSING_ROLE_WORDS; k--) {
            if (tokens.get(k - 1).is(',')) {
                return k;
            }
            if (tokens.get(k - 1).type() != Token.Type.WORD) {
                return subject;
            }
        }
        return subject;
    }

    /** How many words a role phrase before a name closing a sentence may run: "DFA spokesman". */
    private static final int CLOSING_ROLE_WORDS = 4;

    /** How many tokens a subject closing a sentence may stand from its cue: "said Ana Ortiz". */
    private static final int CLOSING_SUBJECT_TOKENS = 3;

    /**
     * Whether a verb of speech stands between {@code from} and {@code to}, inside reported words
     * before a quotation: "Marsh claimed that …, a rep for Cassidy Lane told E! News that … “…”"
     * quotes the rep, not Marsh.
     */
    private boolean cueBetween(int from, int to) {
        List<Token> tokens = passage.tokens();
        for (int k = passage.tokenAtOrAfter(from); k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.start() >= to) {
                break;
            }
            if (!token.capitalized()
                    && lexicon.cue(token) != null
                    && !speech.contains(token.start())) {
                return true;
            }
        }
        return false;
    }

    /** What an attribution beside a quotation offers: a name, or a word that refers back. */
    private static SpeakerBasis basisOf(SpeakerRef ref) {
        return switch (ref.kind()) {
            case NAME, UNNAMED, RELAYED -> SpeakerBasis.NAMED;
            case PRONOUN, PERSON_ROLE, ORGANISATION_ROLE, SENTENCE_SUBJECT ->
                    SpeakerBasis.REFERENCE;
        };
    }

    private ReportedSpeech report(ReportedSpeechFinder.Found statement) {
        String speaker = resolver.resolve(statement.speaker());
        resolver.remember(statement.speaker().offset(), speaker);
        ReportedSpeech speech =
                new ReportedSpeech(
                        statement.content().of(passage.text()),
                        statement.content(),
                        statement.sentence(),
                        speaker,
                        statement.cue(),
                        outletNamed(statement.outlet(), statement.content().start()));
        reportedBySentence.put(statement.sentence().start(), speech);
        creditSentence(
                speaker,
                passage.sentenceAt(statement.sentence().end() - 1),
                speech.outlet(),
                past(statement.cue()));
        reportedBasis.put(speech, basisOf(statement.speaker()));
        return speech;
    }

    private List<Group> group(
            List<QuotedRegion> regions, List<Verdict> verdicts, List<Attribution> after) {
        List<Group> groups = new ArrayList<>();
        List<QuotedRegion> parts = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        boolean split = false;
        for (int k = 0; k < regions.size(); k++) {
            if (!verdicts.get(k).speech()) {
                continue;
            }
            QuotedRegion region = regions.get(k);
            if (!parts.isEmpty()) {
                QuotedRegion last = parts.getLast();
                boolean runsOn =
                        last.runsOn()
                                && region.block() == last.block() + 1
                                && AttributionFinder.transcriptLabelWord(passage, region) == null;
                boolean splits = !runsOn && splits(last, region, after.get(indexes.getLast()));
                if (!runsOn && !splits) {
                    groups.add(new Group(parts, indexes, split));
                    parts = new ArrayList<>();
                    indexes = new ArrayList<>();
                    split = false;
                }
                split |= splits;
            }
            parts.add(region);
            indexes.add(k);
        }
        if (!parts.isEmpty()) {
            groups.add(new Group(parts, indexes, split));
        }
        return groups;
    }

    /** Whether {@code second} continues {@code first} across its attribution: “A,” X said, “B.” */
    private boolean splits(QuotedRegion first, QuotedRegion second, Attribution attribution) {
        if (!first.closed() || first.block() != second.block() || attribution == null) {
            return false;
        }
        char end = passage.text().charAt(first.content().end() - 1);
        if (",—–-…:".indexOf(end) < 0) {
            return false;
        }
        int from = passage.tokenAtOrAfter(first.end());
        int to = passage.tokenAtOrAfter(second.open());
        if (to - from > MAX_SPLIT_GAP) {
            return false;
        }
        for (Token token : passage.tokens().subList(from, to)) {
            if (token.is('.') || token.is('!') || token.is('?') || token.is(';')) {
                return false;
            }
        }
        return !anotherSpeaks(from, to, attribution);
    }

    /** Words before a cue verb that say the speech did not happen: "could answer", "to reply". */
    private static final java.util.Set<String> UNSPOKEN =
            java.util.Set.of("could", "would", "can", "will", "might", "may", "to", "not", "n't");

    /**
     * Whether a second cue verb between two quotations has a named subject other than the first's
     * speaker: "“…,” she said, before Reed interrupted: “…”" is two people, not one split
     * quotation.
     */
    private boolean anotherSpeaks(int from, int to, Attribution attribution) {
        List<Token> tokens = passage.tokens();
        boolean first = true;
        for (int k = from; k < to; k++) {
            Cue cue = lexicon.cue(tokens.get(k));
            if (cue == null
                    || !cue.can(Cue.Use.SPEECH)
                    || UNSPOKEN.contains(tokens.get(k - 1).lower())
                            && subjects.forSomeoneTo(tokens, k, from) == null) {
                // "before Vasilescu could answer": no one spoke there
                continue;
            }
            if (first) {
                // the cue of the quotation before
                first = false;
                continue;
            }
            SpeakerRef subject = subjects.ofCue(tokens, k, from);
            if (subject != null
                    && subject.kind() == SpeakerRef.Kind.NAME
                    && !subject.text().equals(attribution.speaker().text())) {
                return true;
            }
        }
        return false;
    }

    private Attribution attributionOf(
            Group group, List<Attribution> after, List<Attribution> before) {
        Attribution weak = null;
        for (int p = 0; p < group.indexes().size(); p++) {
            int index = group.indexes().get(p);
            Attribution best =
                    QuoteExtractor.best(
                            passage, group.parts().get(p), after.get(index), before.get(index));
            if (best != null && best.adjacent()) {
                return best;
            }
            if (weak == null) {
                weak = best;
            }
        }
        return weak;
    }

    /**
     * Whether {@code person} can be the "he" or "she" of the quotation's own attribution, which
     * found no one: "At the border a guard stopped us. He said: “…”" does not go on with "a woman"
     * quoted before. A name's gender is only guessed from the given name, which the article's own
     * pronoun overrules. True for any other attribution, or none.
     */
    private boolean ownPronounFits(Attribution own, String person) {
        return own == null || !resolver.describedAsOther(own.speaker(), person);
    }

    /**
     * Whether {@code own} gives the words to "I" beside them, whom neither a byline, an interview
     * nor a speaker's label opening the paragraph names.
     */
    private boolean writerUnnamed(Attribution own) {
        return own != null
                && own.adjacent()
                && own.speaker().kind() == SpeakerRef.Kind.PRONOUN
                && own.speaker().text().equals("i")
                && resolver.resolve(own.speaker()) == null
                && !resolver.inLabelledParagraph(own.speaker().offset());
    }

    /**
     * Whether {@code draft} goes on, in the same paragraph with no one named between, from a
     * quotation that an unnamed "I" said.
     */
    private boolean writerGoesOn(Draft draft, Draft previous) {
        if (previous == null
                || previous.speaker() != null
                || !writerUnnamed(previous.attribution())) {
            return false;
        }
        QuotedRegion first = draft.group().parts().getFirst();
        QuotedRegion last = previous.group().parts().getLast();
        return first.block() == last.block() && people.subMap(last.end(), first.open()).isEmpty();
    }

    /**
     * The person the paragraph after {@code draft} opens with, when {@code draft} is the article's
     * first quotation, a paragraph of its own right under the headline (or a standfirst) with no
     * one named before it; null otherwise.
     */
    private String introducedAfterLede(Draft draft) {
        QuotedRegion only = draft.group().parts().getFirst();
        if (!standsAlone(draft) || only.block() > LEDE_BLOCK) {
            return null;
        }
        for (int named : people.headMap(only.open()).keySet()) {
            if (!passage.inHeadline(passage.sentenceAt(named))) {
                return null;
            }
        }
        int next = passage.sentenceAt(only.close()) + 1;
        return next < passage.sentences().size() && passage.blockOf(next) == only.block() + 1
                ? resolver.ledeSpeaker(next)
                : null;
    }

    /** The last paragraph a lede quotation may stand in: under a headline and a standfirst. */
    private static final int LEDE_BLOCK = 2;

    /** Whether "on behalf of" follows the document noun at token {@code k}. */
    static boolean onBehalfOf(List<Token> tokens, int k) {
        return k + 4 < tokens.size()
                && tokens.get(k + 1).lower().equals("on")
                && tokens.get(k + 2).lower().equals("behalf")
                && tokens.get(k + 3).lower().equals("of");
    }

    /** Nouns for what was issued rather than who issued it: "the statement said". */
    static final java.util.Set<String> DOCUMENTS =
            java.util.Set.of(
                    "statement",
                    "report",
                    "release",
                    "letter",
                    "filing",
                    "memo",
                    "post",
                    "website",
                    "note",
                    "email",
                    "tweet",
                    "document",
                    "notice",
                    "alert",
                    "advisory",
                    "bulletin",
                    "editorial");

    /** Whether {@code ref} is a noun for an organisation ("the company"), not for a document. */
    static boolean organisationNoun(SpeakerRef ref) {
        if (ref.kind() != SpeakerRef.Kind.ORGANISATION_ROLE) {
            return false;
        }
        String[] words = ref.text().toLowerCase(Locale.ROOT).split(" ");
        return !DOCUMENTS.contains(words[words.length - 1]);
    }

    /** How many words may join a quotation to the one before it in its clause: "against". */
    private static final int JOINING_WORDS = 3;

    /** Subject pronouns that open a clause of their own between two quotations. */
    private static final java.util.Set<String> CLAUSE_SUBJECTS =
            java.util.Set.of(
                    "i", "he", "she", "it", "we", "they", "she’d", "he’d", "she'd", "he'd");

    /**
     * Whether {@code next} follows the last part of {@code previous} within a few words and no
     * clause of its own: "a “cultural war” against “liberals and radicals”", not "“on her worst
     * day” she’d be “…”".
     */
    private boolean joinedToPrevious(Draft previous, QuotedRegion next) {
        List<Token> tokens = passage.tokens();
        int from = passage.tokenAtOrAfter(previous.group().parts().getLast().close() + 1);
        int to = passage.tokenAtOrAfter(next.open());
        if (to - from > JOINING_WORDS) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (CLAUSE_SUBJECTS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private Draft inherit(Draft draft, Draft previous, Draft turn, Draft turnBefore) {
        QuotedRegion first = draft.group().parts().getFirst();
        int[] related = relatedHeadline(passage.sentenceAt(first.open()));
        if (related != null) {
            // a link to another story: its words are that story's, not the last speaker's
            String person = resolver.firstPersonIn(related[0], related[1]);
            return with(
                    draft,
                    person != null ? person : relatedSubject(related[0], related[1], first),
                    SpeakerBasis.CONTEXT);
        }
        Attribution own = draft.attribution();
        if (own != null
                && own.adjacent()
                && (own.speaker().kind() == SpeakerRef.Kind.UNNAMED
                        || own.speaker().kind() == SpeakerRef.Kind.RELAYED
                        || organisationNoun(own.speaker()))) {
            // "a spokeswoman", a relayed text, or "the company" no organisation answers to: the
            // words are not the last speaker's
            return draft;
        }
        String introduced = own == null && previous == null ? introducedAfterLede(draft) : null;
        if (introduced != null) {
            // "“Honestly, we assumed the pigeons would ignore it.” ¶ Ingrid Sørensen, a
            // behavioral ecologist, had good reason to be skeptical.": the one the next paragraph
            // brings in
            return with(draft, introduced, SpeakerBasis.CONTEXT);
        }
        if (own != null ? writerUnnamed(own) : writerGoesOn(draft, previous)) {
            // "“I am not shy,” I said. “I have never been.”" in a memoir no byline names: the
            // writer's words, whom nothing names, not the last person the writer mentioned
            return draft;
        }
        int sentence = passage.sentenceAt(first.open());
        Cued cued = cuedBySentence.get(sentence);
        if (own == null
                && cued != null
                && previous != null
                && previous.speaker() != null
                && previous.attribution() != null
                && passage.sentenceAt(previous.group().parts().getLast().close()) == sentence
                && previous.attribution().speaker().offset() > cued.at()
                && joinedToPrevious(previous, first)) {
            // "Some Democrats feared a repeat of the 1992 convention, when Mr. Buchanan called
            // for a ‘cultural war’ against ‘liberals and radicals’": the quotation before, closer
            // than the sentence's cue, goes on
            return with(draft, previous.speaker(), SpeakerBasis.CONTINUED, null, false);
        }
        Draft framed = bySentence(draft);
        if (framed != null) {
            return framed;
        }
        Draft closed = closedByCue(draft, own, sentence);
        if (closed != null) {
            return closed;
        }
        String turnTaker = ownTurn(draft, turn, turnBefore);
        if (turnTaker != null && ownPronounFits(own, turnTaker)) {
            return with(draft, turnTaker, SpeakerBasis.CONTINUED, null, false);
        }
        String asker = followUpAsker(draft, turn, turnBefore);
        if (asker != null) {
            return with(draft, asker, SpeakerBasis.CONTEXT, null, false);
        }
        String answerer = answererOf(draft, turn);
        if (answerer != null) {
            return with(draft, answerer, SpeakerBasis.CONTEXT, null, false);
        }
        String addressed = previous == null ? null : previous.speaker();
        if (own == null && addressed != null && bareAnswer(draft)) {
            // "“So a warning about the warning system went to a dead inbox,” Ruiz said. ¶
            // “Yes.”": a paragraph of one word of assent or denial answers the last speaker
            String other = otherSide(addressed, turn, turnBefore);
            if (other != null) {
                return with(draft, other, SpeakerBasis.CONTEXT, null, false);
            }
        }
        if (own == null && addressed != null && addresses(draft, addressed)) {
            // "“So it's on the table,” Tran said. ¶ “Everything is always on the table,
            // Michael.”": no one speaks to themselves by name; the other side of the exchange
            // answers
            String other = otherSide(addressed, turn, turnBefore);
            if (other != null) {
                return with(draft, other, SpeakerBasis.CONTEXT, null, false);
            }
        }
        String called = own == null && addressed != null ? addressee(previous, addressed) : null;
        if (called != null && standsAlone(draft)) {
            // "“Eighteen months isn't long in football, Steve,” presenter Jim Haddon said. ¶
            // “It's long when you're paying six hundred quid …”": the one called by name answers
            return with(draft, called, SpeakerBasis.CONTEXT, null, false);
        }
        if (previous != null
                && previous.speaker() != null
                && ownPronounFits(own, previous.speaker())
                && follows(draft, previous, previous.speaker())) {
            return with(
                    draft, previous.speaker(), SpeakerBasis.CONTINUED, previous.outlet(), false);
        }
        ReportedSpeech context = reportedIn(sentence - 1, first.block());
        if (context != null
                && context.speaker() != null
                && !reportedInRelative(context)
                && ownPronounFits(own, context.speaker())) {
            return with(draft, context.speaker(), SpeakerBasis.CONTINUED, context.outlet(), false);
        }
        String inside = speakerInside(draft.group());
        if (inside != null) {
            return with(draft, inside, SpeakerBasis.NAMED);
        }
        if (draft.attribution() != null) {
            String weak = resolver.resolve(draft.attribution().speaker());
            if (weak != null) {
                return with(draft, weak, basisOf(draft.attribution().speaker()));
            }
        }
        if (partial(first)) {
            String subject = resolver.personEarlierInSentence(first.open());
            if (subject == null) {
                subject = resolver.organisationOpeningSentence(first.open());
            }
            if (subject != null && ownPronounFits(own, subject)) {
                return with(draft, subject, SpeakerBasis.SUBJECT);
            }
        }
        String owner =
                own == null && passage.tokenAtOrAfter(first.open()) == passage.firstToken(sentence)
                        ? resolver.ownerOfDocumentReadOut(first.open())
                        : null;
        if (owner != null) {
            // "Her victim impact statement was read to the court by her daughter. ¶ ‘…’": the
            // words of the one whose statement it is
            return with(draft, owner, SpeakerBasis.CONTEXT);
        }
        String subject =
                passage.tokenAtOrAfter(first.open()) == passage.firstToken(sentence)
                        ? resolver.namedSubjectBefore(first.open())
                        : null;
        if (subject != null && ownPronounFits(own, subject)) {
            // "Halloran was unmoved. “Two goals with no service.”": the one the sentence before
            // is about, not whoever spoke last in the paragraph
            return with(draft, subject, SpeakerBasis.CONTEXT);
        }
        String running = resolver.runningSpeaker(first.open());
        if (running != null && ownPronounFits(own, running)) {
            return with(draft, running, SpeakerBasis.CONTINUED);
        }
        String guessed =
                passage.inHeadline(sentence)
                        ? resolver.firstPersonFrom(first.open())
                        : resolver.personAbout(first.open(), CONTEXT_REACH);
        return guessed != null
                        && ownPronounFits(own, guessed)
                        && !(own != null && resolver.otherGender(own.speaker(), guessed))
                ? with(draft, guessed, SpeakerBasis.CONTEXT)
                : draft;
    }

    /**
     * From the start of the first sentence to the end of the last of the block holding {@code
     * sentence}.
     */
    private Span paragraphOf(int sentence) {
        int block = passage.blockOf(sentence);
        int first = sentence;
        while (first > 0 && passage.blockOf(first - 1) == block) {
            first--;
        }
        int last = sentence;
        while (last + 1 < passage.sentences().size() && passage.blockOf(last + 1) == block) {
            last++;
        }
        return new Span(
                passage.sentences().get(first).span().start(),
                passage.sentences().get(last).span().end());
    }

    /** The label of a line that links to another story: "Related:", "READ MORE:", "See also:". */
    private static final Pattern RELATED =
            Pattern.compile(
                    "(?i)(related( articles?| stories| content| news)?|(read|see) (more|next|also)"
                            + "|more|see also|also (read|see)|recommended|watch|don[’']t miss"
                            + "|must read)\\s*:\\s");

    /**
     * The start and end of the paragraph that holds sentence {@code sentence} when it is a link to
     * another story, the headline of that story under a label ("Read More: Dante Reyes Opens Up
     * About Becoming a Dad: ‘Everything Sounds Different’"); null otherwise.
     */
    private int[] relatedHeadline(int sentence) {
        Span paragraph = paragraphOf(sentence);
        int start = paragraph.start();
        int end = paragraph.end();
        CharSequence text = passage.text();
        java.util.regex.Matcher label = RELATED.matcher(text).region(start, end);
        return label.lookingAt() && text.subSequence(start, end).toString().indexOf('\n') < 0
                ? new int[] {start, end}
                : null;
    }

    /**
     * The speaker of {@code quoted} in a linked story's headline between {@code from} and {@code
     * to}, as written: the few words before the cue verb that takes the quotation right after it,
     * or that follow the quotation and its colon ("MORE: Loose Women star admits ‘…’", "READ MORE:
     * ‘…’: Residents speak out after …"; not "Hospital trust apologises after patient death ‘…’").
     * Null when no such words stand there.
     */
    private String relatedSubject(int from, int to, QuotedRegion quoted) {
        List<Token> tokens = passage.tokens();
        int start = -1;
        boolean inMarks = false;
        for (int k = passage.tokenAtOrAfter(from); k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.start() >= to) {
                return null;
            }
            if (Mark.is(token)) {
                inMarks = !inMarks;
                continue;
            }
            if (inMarks) {
                continue;
            }
            if (token.is(':')) {
                start = k + 1;
                continue;
            }
            if (start >= 0 && lexicon.cue(token) != null) {
                boolean takesQuotation = takesQuotation(tokens, k, quoted);
                boolean afterQuotation =
                        start >= 2 && tokens.get(start - 2).start() == quoted.close();
                if (k == start
                        || k - start > RELATED_SUBJECT_WORDS
                        || !takesQuotation && !afterQuotation) {
                    return null;
                }
                for (int j = start; j < k; j++) {
                    if (tokens.get(j).type() != Token.Type.WORD) {
                        return null;
                    }
                }
                return passage.text()
                        .subSequence(tokens.get(start).start(), tokens.get(k - 1).end())
                        .toString();
            }
        }
        return null;
    }

    /**
     * Whether the quotation opens right after the cue at token {@code cue}, or after the few words
     * of its object, with no preposition: "admits ‘…’", "calls space heaters ‘…’".
     */
    private static boolean takesQuotation(List<Token> tokens, int cue, QuotedRegion quoted) {
        for (int k = cue + 1; k < tokens.size() && k - cue <= RELATED_OBJECT_WORDS + 1; k++) {
            if (tokens.get(k).start() == quoted.open()) {
                return true;
            }
            if (tokens.get(k).type() != Token.Type.WORD
                    || SubjectReader.PREPOSITIONS.contains(tokens.get(k).lower())) {
                // "apologises after patient death ‘…’": the words are not its object's
                return false;
            }
        }
        return false;
    }

    /** How many words may stand between a linked headline's cue and its quotation. */
    private static final int RELATED_OBJECT_WORDS = 3;

    /** How many words a linked headline's subject may run: "State fire marshal". */
    private static final int RELATED_SUBJECT_WORDS = 5;

    /** The blocks that open an article: its headline and the paragraph under it. */
    private static final int OPENING_BLOCKS = 2;

    /** How many quotations later the words of an opening quotation are looked for. */
    private static final int ECHO_REACH = 40;

    /**
     * A quotation at the top of the article with no name beside it ("‘It’s daylight robbery’")
     * whose words are quoted again further down (“It’s daylight robbery,” Dobbs said) is the
     * speaker's found there.
     */
    private Draft echoed(Draft[] drafts, String[] words, int g) {
        Draft draft = drafts[g];
        QuotedRegion first = draft.group().parts().getFirst();
        Attribution own = draft.attribution();
        boolean headline = passage.inHeadline(passage.sentenceAt(first.open()));
        boolean named =
                own != null
                        && own.adjacent()
                        && own.speaker().kind() == SpeakerRef.Kind.NAME
                        && own.cue() != null
                        && !(headline && headlineRole(own.speaker().text()));
        boolean cued =
                own != null
                        && draft.speaker() != null
                        && own.speaker().kind() == SpeakerRef.Kind.NAME
                        && own.cue() != null
                        && !own.cue().endsWith("ing")
                        && !headline;
        boolean referred =
                own != null
                        && own.adjacent()
                        && own.cue() != null
                        && own.speaker().kind() == SpeakerRef.Kind.PRONOUN
                        && draft.basis() == SpeakerBasis.REFERENCE
                        && namedInSentence(passage.sentenceAt(first.open()), draft.speaker());
        if (first.block() >= OPENING_BLOCKS && !subheading(draft)
                || named && !headline
                || wordsOf(drafts, words, g).isBlank()
                || cued && wordCount(words[g]) < ECHO_WORDS) {
            // "Donald Trump says parts of his plans are “negotiable,”": a name and its cue in the
            // same clause hold against a word or two quoted again below
            return draft;
        }
        for (int k = g + 1; k < drafts.length && k - g <= ECHO_REACH; k++) {
            Draft later = drafts[k];
            if (later.group().parts().getFirst().block() <= first.block()
                    || later.speaker() == null
                    || (named || referred) && later.basis() != SpeakerBasis.NAMED) {
                // a headline's own name gives way only to a name beside the same words below, and
                // so does "Doyle insisted …, but he added: “I won tonight.”"
                continue;
            }
            String said = wordsOf(drafts, words, k);
            boolean repeats =
                    said.contains(words[g])
                            || words[g].contains(said) && wordCount(said) >= ECHO_WORDS;
            if (repeats) {
                // "Coroner finds ‘…’" and the coroner below: the headline's own attribution holds
                boolean holds =
                        later.speaker().equals(draft.speaker())
                                && draft.basis() != null
                                && draft.basis().attributed();
                if (holds && draft.outlet() == null && later.outlet() != null) {
                    // "actress claims he ‘vanished’" above "told Vanity Fair … “simply
                    // vanished”": the same speaker, and the outlet the words were given to
                    return with(draft, draft.speaker(), draft.basis(), later.outlet(), false);
                }
                return holds
                        ? draft
                        : with(
                                draft,
                                later.speaker(),
                                SpeakerBasis.REPEATED,
                                later.outlet(),
                                false);
            }
        }
        return draft;
    }

    /** Whether sentence {@code sentence} names {@code speaker} (in any form the names resolve). */
    private boolean namedInSentence(int sentence, String speaker) {
        Span span = passage.sentences().get(sentence).span();
        return people.subMap(span.start(), span.end()).containsValue(speaker);
    }

    /**
     * Whether a headline's subject is an office or a role in capitals, not a name: "PM accuses…",
     * "Witness tells trial: ‘…’", "Landlord … says he ‘never knew’".
     */
    private boolean headlineRole(String subject) {
        if (subject.indexOf(' ') >= 0) {
            return false;
        }
        return NameLexicon.initials(subject, ACRONYM_LETTERS)
                || lexicon.names().roles().contains(subject.toLowerCase(java.util.Locale.ROOT));
    }

    /** How many letters an office written as its initials runs: "PM", "FM". */
    private static final int ACRONYM_LETTERS = 3;

    /**
     * "“If NASA focuses on …,” said Doug Cooke" and further down the same words again after "he
     * said": words quoted a second time are the speaker's named beside them the first time, when
     * the pronoun or role beside them now fits that speaker. Otherwise the draft unchanged.
     */
    private Draft quotedAgain(Draft[] drafts, String[] words, int g) {
        Draft draft = drafts[g];
        Attribution own = draft.attribution();
        if (draft.speaker() == null
                || draft.basis() != SpeakerBasis.REFERENCE
                || own == null
                || wordCount(wordsOf(drafts, words, g)) < AGAIN_WORDS) {
            return draft;
        }
        for (int k = g - 1; k >= 0 && g - k <= ECHO_REACH; k--) {
            Draft earlier = drafts[k];
            if (earlier.basis() != SpeakerBasis.NAMED
                    || earlier.speaker().equals(draft.speaker())
                    || !wordsOf(drafts, words, k).equals(words[g])) {
                continue;
            }
            return resolver.fits(own.speaker(), earlier.speaker())
                    ? with(draft, earlier.speaker(), SpeakerBasis.REPEATED)
                    : draft;
        }
        return draft;
    }

    /**
     * A pull quote: words printed again as a paragraph of their own ("“It is time for me to go”"
     * between paragraphs) after someone said them beside a cue. They are that speaker's, not those
     * of the one the paragraphs around it follow. Otherwise the draft unchanged.
     */
    private Draft pulledOut(Draft[] drafts, String[] words, Draft draft, int g) {
        if (draft.basis() == SpeakerBasis.NAMED
                || draft.basis() == SpeakerBasis.REFERENCE
                || !standsAlone(draft)
                || wordCount(wordsOf(drafts, words, g)) < PULLED_WORDS) {
            return draft;
        }
        for (int k = g - 1; k >= 0 && g - k <= ECHO_REACH; k--) {
            Draft earlier = drafts[k];
            if (earlier.speaker() != null
                    && earlier.basis() != null
                    && earlier.basis().attributed()
                    && wordsOf(drafts, words, k).contains(words[g])) {
                return earlier.speaker().equals(draft.speaker())
                        ? draft
                        : with(draft, earlier.speaker(), SpeakerBasis.REPEATED);
            }
        }
        return draft;
    }

    /** How many words a pull quote needs to count as the same words printed again. */
    private static final int PULLED_WORDS = 4;

    /** How many words a quotation needs before its second printing counts as the same words. */
    private static final int AGAIN_WORDS = 8;

    /** How many words a quotation standing as a subheading may run. */
    private static final int SUBHEADING_WORDS = 12;

    /**
     * Whether a quotation is a paragraph of its own that heads the section under it, as a
     * subheading does ("‘It went black at midday’"): a few words, no punctuation to end them.
     */
    private boolean subheading(Draft draft) {
        if (!standsAlone(draft)) {
            return false;
        }
        String words = draft.group().parts().getFirst().content().of(passage.text()).strip();
        return !words.isEmpty()
                && ".,;:!?…".indexOf(words.charAt(words.length() - 1)) < 0
                && words.split("\\s+").length <= SUBHEADING_WORDS;
    }

    /** Whether a quotation in one pair of marks is the whole of a paragraph below the headline. */
    private boolean standsAlone(Draft draft) {
        List<QuotedRegion> parts = draft.group().parts();
        QuotedRegion only = parts.getFirst();
        if (parts.size() != 1 || !only.closed() || only.depth() > 0) {
            return false;
        }
        int first = passage.sentenceAt(only.open());
        int last = passage.sentenceAt(only.close());
        int block = passage.blockOf(first);
        if (passage.inHeadline(first)
                || passage.blockOf(last) != block
                || first > 0 && passage.blockOf(first - 1) == block
                || last + 1 < passage.sentences().size() && passage.blockOf(last + 1) == block) {
            return false;
        }
        // the paragraph's sentences hold nothing but the marks and their words: read only what
        // stands outside the marks, so that a long paragraph costs nothing here
        CharSequence text = passage.text();
        Span opening = passage.sentences().get(first).span();
        Span closing = passage.sentences().get(last).span();
        return opening.start() <= only.open()
                && only.close() < closing.end()
                && blank(text, opening.start(), only.open())
                && blank(text, only.close() + 1, closing.end());
    }

    /** Whether only white space stands from {@code from} to {@code to}, read up to the first. */
    private static boolean blank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many words a later quotation needs to count as the part an opening one repeats. */
    private static final int ECHO_WORDS = 3;

    private static final java.util.regex.Pattern NON_WORD =
            java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The words of draft {@code g}, read when first needed. */
    private String wordsOf(Draft[] drafts, String[] words, int g) {
        if (words[g] == null) {
            words[g] = words(drafts[g]);
        }
        return words[g];
    }

    /** The quoted words of a draft in lower case, letters and digits only, padded with spaces. */
    private String words(Draft draft) {
        StringBuilder words = new StringBuilder(" ");
        for (QuotedRegion part : draft.group().parts()) {
            String text = part.content().of(passage.text()).toLowerCase(Locale.ROOT);
            for (String word : NON_WORD.split(text)) {
                if (!word.isEmpty()) {
                    words.append(word).append(' ');
                }
            }
        }
        return words.toString();
    }

    private static int wordCount(String padded) {
        return (int) padded.chars().filter(c -> c == ' ').count() - 1;
    }

    /**
     * "The outages have been “terribly disruptive” and … “we won’t roll the dice on public safety,”
     * company CEO Andy Vesey said.": a quotation with no cue of its own takes the speaker of the
     * attribution that closes its sentence after a later quotation in it. Otherwise the draft
     * unchanged.
     */
    private Draft closedByLater(Draft[] drafts, int g) {
        Draft draft = drafts[g];
        Draft next = drafts[g + 1];
        QuotedRegion first = draft.group().parts().getFirst();
        QuotedRegion later = next.group().parts().getLast();
        int sentence = passage.sentenceAt(first.open());
        if (draft.attribution() != null
                || draft.basis() == SpeakerBasis.NAMED
                || first.depth() > 0
                || next.speaker() == null
                || next.attribution() == null
                || !next.attribution().after()
                || !next.attribution().adjacent()
                || passage.sentenceAt(later.open()) != sentence
                || passage.sentenceAt(later.close()) != sentence) {
            return draft;
        }
        String words = later.content().of(passage.text()).toString().strip();
        if (words.isEmpty() || ",?!".indexOf(words.charAt(words.length() - 1)) < 0) {
            // "…drop.” Halcyon says banking apps are excluded": a sentence of its own follows
            return draft;
        }
        List<Token> tokens = passage.tokens();
        int closing = passage.tokenAtOrAfter(later.close() + 1);
        int last = passage.firstToken(sentence + 1) - 1;
        int cue = -1;
        for (int k = closing; k <= last; k++) {
            if (tokens.get(k).text().equals(next.attribution().cue())) {
                cue = k;
            }
        }
        return cue >= 0 && last - closing <= CLOSING_WORDS && last - cue <= CUE_TO_END
                ? with(draft, next.speaker(), SpeakerBasis.NAMED, next.outlet(), false)
                : draft;
    }

    /** How many tokens may follow the cue closing a sentence: "said on Monday." */
    private static final int CUE_TO_END = 3;

    /**
     * How many tokens an attribution closing a sentence may run: ", company CEO Andy Vesey said."
     */
    private static final int CLOSING_WORDS = 10;

    /** {@code draft} with a speaker found for it, its own outlet kept. */
    private static Draft with(Draft draft, String speaker, SpeakerBasis basis) {
        return with(draft, speaker, basis, draft.outlet(), draft.outletBeside());
    }

    private static Draft with(
            Draft draft, String speaker, SpeakerBasis basis, String outlet, boolean beside) {
        return new Draft(
                draft.group(),
                draft.attribution(),
                speaker,
                speaker == null ? null : basis,
                outlet,
                beside);
    }

    /**
     * "‘Did anybody check?’ ¶ ‘No,’ the witness said": a pronoun or role that resolved to the one
     * who asked the question just before answers it, so it is the other party of the exchange when
     * they fit it; "she added" or "she asked" goes on with the asker.
     */
    private Draft answering(Draft draft, Draft previous, Draft earlier) {
        Attribution own = draft.attribution();
        if (own == null
                || previous == null
                || !draft.speaker().equals(previous.speaker())
                        && !draft.speaker().equals(own.speaker().text())
                || own.speaker().kind() != SpeakerRef.Kind.PRONOUN
                        && own.speaker().kind() != SpeakerRef.Kind.PERSON_ROLE
                || !asks(previous)
                || asks(draft)
                || resolver.goesOn(own.speaker())) {
            return draft;
        }
        String turn = ownTurn(draft, previous, earlier);
        return turn != null && resolver.fits(own.speaker(), turn)
                ? with(draft, turn, draft.basis())
                : draft;
    }

    /**
     * In an exchange of questions and answers, paragraph by paragraph, the speaker whose turn it
     * is: "“Who told you?” the prosecutor asked. ¶ “Darren did,” she replied. ¶ “Did you ask him
     * why?” ¶ “Once.”" gives the third to the prosecutor and the fourth to the witness. A quotation
     * opening its own paragraph, right after two from two people of whom one asked and the other
     * answered, goes to the one who did as it does (asks or answers); the earlier of the two may
     * run over paragraphs or follow narration in its own. Null otherwise.
     */
    private String ownTurn(Draft draft, Draft previous, Draft earlier) {
        if (previous == null
                || earlier == null
                || previous.speaker() == null
                || earlier.speaker() == null
                || previous.speaker().equals(earlier.speaker())) {
            return null;
        }
        QuotedRegion first = draft.group().parts().getFirst();
        int block = first.block();
        int previousBlock = previous.group().parts().getLast().block();
        int earlierBlock = earlier.group().parts().getLast().block();
        if (!opensBlock(first)
                || block != previousBlock + 1
                || previousBlock != earlierBlock + 1
                || !opensBlock(previous.group().parts().getFirst())
                || previous.group().parts().getFirst().block() != previousBlock) {
            return null;
        }
        boolean asks = asks(draft);
        if (asks != asks(previous) && asks == asks(earlier)) {
            return earlier.speaker();
        }
        // "“I was open,” Pierce said. ¶ “Nobody thought you could shoot,” Ellwood replied. ¶ “I
        // was shooting 41%.” ¶ “On nineteen attempts.”": short lines traded back and forth, the
        // first answered with a reply, go on by turns, and so do lines already traded without a
        // name ("“Would you give it back?” ¶ “That's a hypothetical.” ¶ “It isn't.”")
        boolean traded =
                previous.attribution() != null
                                && previous.attribution().cue() != null
                                && REPLYING.contains(
                                        previous.attribution().cue().toLowerCase(Locale.ROOT))
                        || previous.attribution() == null && draft.attribution() == null
                        // "“What are you going to do about it?” one audience member asked. ¶
                        // “We are building homes,” Doyle said. ¶ “Not round here you're not.”":
                        // the asker's comeback, spoken to the one who answered
                        || asks(earlier) && !asks(previous) && words(draft).contains(" you");
        return draft.attribution() == null
                        && traded
                        && wordCount(words(draft)) <= TRADED_WORDS
                        && wordCount(words(previous)) <= TRADED_WORDS
                ? earlier.speaker()
                : null;
    }

    /**
     * Whether the words of {@code draft} call {@code person} by a name of theirs set off by a
     * comma, as one speaks to someone: "Everything is always on the table, Michael."
     */
    private boolean addresses(Draft draft, String person) {
        List<String> names = List.of(person.split(" "));
        if (names.size() < 2) {
            return false;
        }
        for (Token called : vocatives(draft)) {
            Gender polite = POLITE_ADDRESS.get(called.lower());
            if (polite != null && resolver.hasGender(person, polite)) {
                // "“I'm asking you, sir.”" after his answer: spoken to him
                return true;
            }
            if (names.getFirst().equals(called.text()) || names.getLast().equals(called.text())) {
                return true;
            }
        }
        return false;
    }

    /** Polite words of address and the gender of the one they address: "sir", "madam". */
    private static final java.util.Map<String, Gender> POLITE_ADDRESS =
            java.util.Map.of(
                    "sir", Gender.MALE,
                    "madam", Gender.FEMALE,
                    "ma'am", Gender.FEMALE,
                    "ma’am", Gender.FEMALE);

    /**
     * The words {@code draft} calls someone by: one word after a comma, before a stop, question
     * mark or comma ("“…, Steve,”", "“Everything is on the table, Michael.”").
     */
    private List<Token> vocatives(Draft draft) {
        List<Token> tokens = passage.tokens();
        List<Token> called = new ArrayList<>();
        for (QuotedRegion part : draft.group().parts()) {
            int end = passage.tokenAtOrAfter(part.content().end());
            for (int k = passage.tokenAtOrAfter(part.content().start()) + 1; k + 1 < end; k++) {
                Token next = tokens.get(k + 1);
                if (tokens.get(k - 1).is(',')
                        && next.type() == Token.Type.PUNCT
                        && ".?!,".indexOf(next.text().charAt(0)) >= 0) {
                    called.add(tokens.get(k));
                }
            }
        }
        return called;
    }

    /**
     * The person {@code draft}, spoken by {@code speaker}, calls by name at its end or after a
     * comma ("“…, Steve,” presenter Jim Haddon said"): someone the article names, by a given name
     * or surname alone, other than the speaker. Null when it calls no one so.
     */
    private String addressee(Draft draft, String speaker) {
        int open = draft.group().parts().getFirst().open();
        for (Token word : vocatives(draft)) {
            String called = word.capitalized() ? personCalled(word.text(), open) : null;
            if (called != null && !called.equals(speaker)) {
                return called;
            }
        }
        return null;
    }

    /** The one person named before {@code offset} whose given name or surname is {@code word}. */
    private String personCalled(String word, int offset) {
        String found = null;
        for (String person : people.headMap(offset).values()) {
            String[] names = person.split(" ");
            if (names[0].equals(word) || names[names.length - 1].equals(word)) {
                if (found != null && !found.equals(person)) {
                    return null;
                }
                found = person;
            }
        }
        return found;
    }

    /**
     * Whether a reported statement is told inside a relative clause ("The anchor cited a local poll
     * in which most residents said they felt less safe"): those who said it are not whom the
     * sentence is about, and the quotation after it is not theirs.
     */
    private boolean reportedInRelative(ReportedSpeech said) {
        List<Token> tokens = passage.tokens();
        int content = passage.tokenAtOrAfter(said.span().start());
        int from =
                Math.max(passage.tokenAtOrAfter(said.sentence().start()), content - RELATIVE_REACH);
        for (int k = content - 1; k >= from; k--) {
            if (PhraseReader.RELATIVE_PRONOUNS.contains(tokens.get(k).lower())
                    && !tokens.get(k).lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens before a reported statement a relative pronoun may open its clause. */
    private static final int RELATIVE_REACH = 6;

    /**
     * Whether {@code draft} is a paragraph of its own that says only yes or no: "“Yes.”", "“No,
     * sir.”", "“Correct.”".
     */
    private boolean bareAnswer(Draft draft) {
        List<QuotedRegion> parts = draft.group().parts();
        QuotedRegion only = parts.getFirst();
        if (parts.size() != 1) {
            return false;
        }
        Span paragraph = paragraphOf(passage.sentenceAt(only.open()));
        if (paragraph.start() < only.open() || paragraph.end() > only.close() + 1) {
            return false;
        }
        String said =
                only.content()
                        .of(passage.text())
                        .toString()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[\\p{Punct}’]+$", "")
                        .strip();
        int comma = said.indexOf(',');
        return ANSWERS.contains(comma > 0 ? said.substring(0, comma) : said);
    }

    /** Words that alone answer a question or a claim. */
    private static final java.util.Set<String> ANSWERS =
            java.util.Set.of(
                    "yes",
                    "no",
                    "yeah",
                    "yep",
                    "nope",
                    "correct",
                    "that's correct",
                    "that’s correct",
                    "that's right",
                    "that’s right",
                    "right",
                    "exactly",
                    "absolutely",
                    "absolutely not",
                    "not at all",
                    "of course",
                    "of course not",
                    "i do",
                    "i did",
                    "i don't",
                    "i don’t",
                    "i didn't",
                    "i didn’t");

    /** The speaker of the last two turns who is not {@code person}, or null. */
    private static String otherSide(String person, Draft turn, Draft turnBefore) {
        for (Draft side : new Draft[] {turn, turnBefore}) {
            if (side != null && side.speaker() != null && !side.speaker().equals(person)) {
                return side.speaker();
            }
        }
        return null;
    }

    /**
     * Who asks a question that stands as its own paragraph with no cue, right after the answer its
     * speaker gave to someone else's question: "Co-anchor Rebecca Lund asked whether tariffs would
     * raise prices. “Some will go up,” he said. ¶ “Like what?”" is Lund's follow-up. The asker is
     * the one a sentence with "ask" names in the answer's paragraph, else the one who asked the
     * turn before when introduced as a host, anchor or the like; null without either.
     */
    private String followUpAsker(Draft draft, Draft turn, Draft turnBefore) {
        if (draft.attribution() != null || turn == null || turn.speaker() == null || !asks(draft)) {
            return null;
        }
        QuotedRegion first = draft.group().parts().getFirst();
        QuotedRegion answer = turn.group().parts().getFirst();
        if (!opensBlock(first)
                || draft.group().parts().getLast().block() != first.block()
                || turn.group().parts().getLast().block() != first.block() - 1
                || answer.block() != first.block() - 1) {
            return null;
        }
        for (int s = passage.sentenceAt(answer.open());
                s >= 0 && passage.blockOf(s) == answer.block();
                s--) {
            Cued cued = cuedBySentence.get(s);
            if (cued != null && !cued.speaker().equals(turn.speaker()) && asking(s)) {
                return cued.speaker();
            }
            if (!passage.tokensOf(s).isEmpty()
                    && passage.tokensOf(s).getFirst().text().equals("Asked")
                    && lastAsker != null
                    && !lastAsker.equals(turn.speaker())) {
                // "“Was there any damage?” a reporter asked. … Asked whether sabotage had been
                // ruled out, the spokeswoman said … ¶ “So it hasn't been ruled out?”": the one
                // who asked before asks again
                return lastAsker;
            }
            String host = cued == null ? resolver.interviewerOpening(s) : null;
            if (host != null && !host.equals(turn.speaker())) {
                // "The host put it to her that … “…,” she said. ¶ “Including that one?”": the
                // host the answer's paragraph opens with asks again
                return host;
            }
        }
        if (turnBefore != null
                && turnBefore.speaker() != null
                && !turnBefore.speaker().equals(turn.speaker())
                && resolver.interviewer(turnBefore.speaker())) {
            // "“Does it ever tell you to stop?” / “It tells me to ice more,” she said. /
            // “Would you swim in 2028?”": the anchor who asked before asks again
            return turnBefore.speaker();
        }
        return null;
    }

    /** Whether sentence {@code s} has a form of "ask". */
    private boolean asking(int s) {
        for (Token token : passage.tokensOf(s)) {
            Cue cue = lexicon.cue(token);
            if (cue != null && cue.lemma().equals("ask")) {
                return true;
            }
        }
        return false;
    }

    /** Cue verbs that answer the one who spoke before, as in an exchange. */
    private static final java.util.Set<String> REPLYING =
            java.util.Set.of(
                    "replied",
                    "responded",
                    "retorted",
                    "countered",
                    "answered",
                    "interjected",
                    "snapped",
                    "quipped");

    /** How many words each line of a quick exchange runs at most. */
    private static final int TRADED_WORDS = 20;

    /**
     * Whether {@code draft} goes on with the turn {@code turn} opened: the same speaker in the same
     * paragraph ("“Top three,” Parr said. “Maybe top two.”"), one turn of an exchange.
     */
    private static boolean sameTurn(Draft turn, Draft draft) {
        return turn != null
                && draft.speaker() != null
                && draft.speaker().equals(turn.speaker())
                && turn.group().parts().getLast().block()
                        == draft.group().parts().getFirst().block();
    }

    /** Whether the region opens its paragraph. */
    private boolean opensBlock(QuotedRegion region) {
        int sentence = passage.sentenceAt(region.open());
        return passage.tokenAtOrAfter(region.open()) == passage.firstToken(sentence)
                && (sentence == 0 || passage.blockOf(sentence - 1) != region.block());
    }

    /**
     * Who answers, in the paragraph after it, a question an interviewer put: "Neil Dorsey … ended a
     * live interview … ¶ “Why should you get a bonus?” presenter Rosa Kendrick asked. ¶ “The bonus
     * was set by the committee.”" is Dorsey's, the last other person named before the question. An
     * interviewer is someone introduced as a presenter, host, interviewer, anchor or reporter, so
     * that a speaker's own question and answer ("“Why does this matter?” Smith asked. ¶ “Because
     * …”") stay the speaker's. Null otherwise.
     */
    private String answererOf(Draft draft, Draft question) {
        QuotedRegion first = draft.group().parts().getFirst();
        if (question == null
                || question.speaker() == null
                || draft.attribution() != null
                || question.attribution() == null
                || question.attribution().cue() == null
                || !question.attribution().cue().toLowerCase(Locale.ROOT).startsWith("ask")
                || !opensBlock(first)
                || question.group().parts().getLast().block() + 1 != first.block()
                || !asks(question)
                || asks(draft)
                || !resolver.interviewer(question.speaker())) {
            return null;
        }
        return resolver.lastOtherPersonBefore(
                question.group().parts().getFirst().open(), question.speaker());
    }

    /**
     * Whether the last part of a draft's quotation asks a question, at its end or before the
     * grounds for it ("“Never? You've lived in New York for fifteen years,” Quinn said").
     */
    private boolean asks(Draft draft) {
        List<Token> content = SpeechClassifier.content(passage, draft.group().parts().getLast());
        return content.stream().anyMatch(token -> token.is('?'));
    }

    /**
     * Whether {@code draft} follows {@code previous} closely: in the same paragraph with no one but
     * {@code speaker} speaking in between (a name merely mentioned does not break the speech), or
     * in the next paragraph with no one but {@code speaker} named in between.
     */
    private boolean follows(Draft draft, Draft previous, String speaker) {
        QuotedRegion first = draft.group().parts().getFirst();
        QuotedRegion last = previous.group().parts().getLast();
        if (first.block() - last.block() > 1) {
            return false;
        }
        Map.Entry<Integer, String> unnamed = resolver.unnamedEarlierInSentence(first.open());
        if (unnamed != null
                && unnamed.getKey() > last.end()
                && !unnamed.getValue().equals(speaker)) {
            // "Lifeguards cleared the water as a surfer described the moment the shark “…”"
            return false;
        }
        if (first.block() == last.block()) {
            return resolver.onlySpeakerBetween(last.end(), first.open(), speaker);
        }
        String body = resolver.organisationOpeningSentence(first.open());
        if (body != null && !body.equals(speaker) && partial(first)) {
            // "One Home Depot refers to investments intended to create a “…”": a new paragraph
            // about a body, quoting it
            return false;
        }
        // "“…,” she wrote, speaking of Clinton adviser Philippe Reines. ¶ “…”": those named in
        // the sentence that closes the quotation before are spoken of, not turned to
        int closing = passage.sentences().get(passage.sentenceAt(last.end())).span().end();
        for (String named : people.subMap(Math.max(last.end(), closing), first.open()).values()) {
            if (!named.equals(speaker)) {
                return false;
            }
        }
        for (int s = passage.sentenceAt(last.end()) + 1;
                s < passage.sentenceAt(first.open());
                s++) {
            ReportedSpeech said = reportedIn(s, first.block());
            Cued cued = cuedBySentence.get(s);
            String other = said != null ? said.speaker() : cued != null ? cued.speaker() : null;
            if (other != null && !other.equals(speaker)) {
                // "Asked whether further job cuts were on the table, the chief executive said
                // nothing had been decided. “…”": someone else has spoken since
                return false;
            }
        }
        String role = resolver.roleSubjectBetween(last.end(), first.open());
        if (role != null && !role.equals(speaker)) {
            // "The Magpies coach was unmoved when told of Haddad's comments. “It's one week.”":
            // the story has turned to someone else by a role
            return false;
        }
        String turnedTo = resolver.unnamedSubjectBetween(last.end(), first.open());
        // "A veteran English teacher recalls the staff meeting. “You could hear …”": the story
        // has turned to someone it does not name
        return turnedTo == null || turnedTo.equals(speaker);
    }

    /**
     * A quotation whose own attribution names no outlet takes the one its speaker was credited to
     * just before: by the previous quotation, or by the statement reported in the sentence before.
     */
    private Draft withContextOutlet(Draft draft, Draft previous) {
        if (draft.outlet() != null || draft.speaker() == null) {
            return draft;
        }
        String outlet = null;
        QuotedRegion first = draft.group().parts().getFirst();
        ReportedSpeech own = reportedIn(passage.sentenceAt(first.open()), first.block());
        if (own != null && own.outlet() != null && draft.speaker().equals(own.speaker())) {
            // "Hale said that the lineout had been “…” in an interview with the Guardian": the
            // interview the speaker's own statement names, after the words
            outlet = own.outlet();
        }
        ReportedSpeech context = reportedIn(passage.sentenceAt(first.open()) - 1, first.block());
        boolean ownInterview = draft.attribution() != null && present(draft.attribution().cue());
        Credited told = lastCredited.get(draft.speaker());
        if (ownInterview && told != null && told.past()) {
            // "“…,” she says now": the interview told in the past is over for what follows too
            lastCredited.remove(draft.speaker());
        }
        if (outlet == null
                && context != null
                && draft.speaker().equals(context.speaker())
                && !(ownInterview && past(context.cue()))) {
            // "She had earlier told GMA News that … “…”": the interview the sentence before
            // names, rather than the one her last quotation was given to
            outlet = context.outlet();
        }
        if (outlet == null
                && previous != null
                && draft.speaker().equals(previous.speaker())
                && follows(draft, previous, draft.speaker())
                && !(ownInterview
                        && previous.attribution() != null
                        && past(previous.attribution().cue()))) {
            outlet = previous.outlet();
        }
        if (outlet == null) {
            outlet = sameInterview(draft);
        }
        return outlet == null
                ? draft
                : new Draft(
                        draft.group(),
                        draft.attribution(),
                        draft.speaker(),
                        draft.basis(),
                        outlet,
                        false);
    }

    /**
     * Gives a speaker's quotations with no outlet the outlet of the one interview the article says
     * they gave, where no other outlet is credited to them: "In an interview with the BBC, Mr Obama
     * said …" or "Mr Obama was speaking to the BBC" makes the BBC the outlet of every quotation of
     * Obama's in the piece, those before it too. A plain "told The Sun" credits only the words it
     * frames and those right after.
     */
    private void oneInterview(Draft[] drafts) {
        if (interviewedBy.isEmpty()) {
            return;
        }
        java.util.Set<String> several = new java.util.HashSet<>();
        for (Map.Entry<String, java.util.Set<String>> interviews : interviewedBy.entrySet()) {
            if (interviews.getValue().size() > 1) {
                several.add(interviews.getKey());
            }
        }
        for (Draft draft : drafts) {
            java.util.Set<String> interviews =
                    draft.speaker() == null ? null : interviewedBy.get(draft.speaker());
            if (interviews != null
                    && draft.outlet() != null
                    && !interviews.contains(draft.outlet())) {
                several.add(draft.speaker());
            }
        }
        for (int g = 0; g < drafts.length; g++) {
            Draft draft = drafts[g];
            java.util.Set<String> interviews =
                    draft.speaker() == null ? null : interviewedBy.get(draft.speaker());
            String outlet = interviews == null ? null : interviews.iterator().next();
            if (draft.outlet() == null
                    && outlet != null
                    && !several.contains(draft.speaker())
                    && draft.group().parts().getFirst().open() > interviewedAt.get(draft.speaker())
                    && !elsewhere(draft)) {
                drafts[g] = with(draft, draft.speaker(), draft.basis(), outlet, false);
            }
        }
    }

    /**
     * Whether the sentence of a quotation's first part names another place its words were given:
     * "said in a note to clients that …", "in a statement of her own", "told trustees".
     */
    private boolean elsewhere(Draft draft) {
        int sentence = passage.sentenceAt(draft.group().parts().getFirst().open());
        for (Token token : passage.tokensOf(sentence)) {
            if (VENUES.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words for a place words are given other than an interview with an outlet. */
    private static final java.util.Set<String> VENUES =
            java.util.Set.of(
                    "statement",
                    "note",
                    "letter",
                    "release",
                    "post",
                    "posted",
                    "tweet",
                    "tweeted",
                    "wrote",
                    "email",
                    "memo",
                    "conference",
                    "briefing",
                    "hearing",
                    "court",
                    "meeting",
                    "speech",
                    "told",
                    "podcast");

    /** The outlets each person is said to have given an interview to, by an interview word. */
    private final Map<String, java.util.Set<String>> interviewedBy = new java.util.HashMap<>();

    /** Where the article first says each person gave an interview. */
    private final Map<String, Integer> interviewedAt = new java.util.HashMap<>();

    /** Interview words that say a whole interview was given, not one remark told. */
    private static final java.util.Set<String> WHOLE_INTERVIEW =
            java.util.Set.of("interview", "speaking", "spoke", "talking", "talked", "sat");

    /** How many paragraphs on a speaker's later quotations still come from the same interview. */
    private static final int INTERVIEW_REACH = 3;

    /** How many times an interview's outlet may be named again before it stops carrying over. */
    private static final int INTERVIEW_OUTLETS = 8;

    /**
     * Words that name an interview or an appearance, with a cue verb or without: a sentence where
     * one stands by a sure outlet frame credits that outlet to the quotations after it of the
     * person it is about ("Greg Falco told the Northfield News that …", "when she stopped by Watch
     * What Happens Live").
     */
    private static final java.util.Set<String> INTERVIEW_WORDS =
            java.util.Set.of(
                    "speaking",
                    "talking",
                    "spoke",
                    "talked",
                    "interview",
                    "appearance",
                    "appearing",
                    "appeared",
                    "episode",
                    "opened",
                    "sat",
                    "profile",
                    "stopped",
                    "told",
                    "tells");

    /** How many tokens before an interview word its frame may start: "in a lengthy interview". */
    private static final int INTERVIEW_FRAME = 5;

    /**
     * The sentences that credit an outlet with an interview word but may have no cue verb: "Tom
     * Ashworth was blunt speaking to BBC Radio 5 Live.", "In an interview with CNBC, Whitaker
     * played down the risk."; one per sentence.
     */
    private List<InterviewEvent> interviews() {
        List<InterviewEvent> events = new ArrayList<>();
        List<Token> tokens = passage.tokens();
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (!INTERVIEW_WORDS.contains(tokens.get(k).lower())) {
                continue;
            }
            int sentence = passage.sentenceAt(tokens.get(k).start());
            if (sentence == last) {
                continue;
            }
            OutletRecognizer.Credit credit =
                    recognizer.find(
                            tokens,
                            Math.max(passage.firstToken(sentence), k - INTERVIEW_FRAME),
                            Math.min(passage.firstToken(sentence + 1), k + CREDIT_REACH));
            if (credit != null && credit.confidence() >= SURE_CREDIT) {
                events.add(
                        new InterviewEvent(tokens.get(k).start(), sentence, credit.outlet(), null));
                last = sentence;
            }
        }
        events.addAll(questionings());
        return events;
    }

    /** Verbs for an interviewer at work on the person after them: "pressing Andrew". */
    private static final java.util.Set<String> QUESTIONING =
            java.util.Set.of(
                    "pressed",
                    "pressing",
                    "asked",
                    "asking",
                    "questioned",
                    "questioning",
                    "grilled",
                    "grilling",
                    "quizzed",
                    "interviewed",
                    "interviewing",
                    "challenged");

    /**
     * How many tokens before the verb its interviewer may stand: "BBC’s Emily Maitlis did an
     * excellent job pressing". A bound, so that a paragraph of names and "asked" reads in linear
     * time.
     */
    private static final int INTERVIEWER_REACH = 12;

    /** How many tokens after the verb the person questioned may stand: "pressed the prince". */
    private static final int QUESTIONED_REACH = 4;

    /**
     * The sentences where an outlet's interviewer questions someone: "BBC’s Emily Maitlis did an
     * excellent job pressing Andrew", "CNN’s Jake Tapper asked Hale whether…". The person
     * questioned, not the interviewer, gave their words to the outlet.
     */
    private List<InterviewEvent> questionings() {
        List<InterviewEvent> events = new ArrayList<>();
        List<Token> tokens = passage.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (!QUESTIONING.contains(tokens.get(k).lower())) {
                continue;
            }
            int sentence = passage.sentenceAt(tokens.get(k).start());
            int from = Math.max(passage.firstToken(sentence), k - INTERVIEWER_REACH);
            String outlet = interviewerOutlet(tokens.get(from).start(), tokens.get(k).start());
            if (outlet == null) {
                continue;
            }
            int limit = Math.min(passage.firstToken(sentence + 1), k + 1 + QUESTIONED_REACH);
            Map.Entry<Integer, String> questioned = people.ceilingEntry(tokens.get(k).end());
            if (questioned != null
                    && limit < tokens.size()
                    && questioned.getKey() < tokens.get(limit).start()) {
                events.add(
                        new InterviewEvent(
                                tokens.get(k).start(), sentence, outlet, questioned.getValue()));
            }
        }
        return events;
    }

    /** Nouns for the outlet's journalist before a name: "ESPN sideline reporter Tamsin Greer". */
    private static final java.util.Set<String> JOURNALISTS =
            java.util.Set.of(
                    "reporter",
                    "correspondent",
                    "host",
                    "anchor",
                    "presenter",
                    "interviewer",
                    "journalist",
                    "editor");

    /** How many lower-case words may stand between an outlet and its journalist's name. */
    private static final int JOURNALIST_WORDS = 3;

    /**
     * The outlet of an interviewer named between {@code from} and {@code to} as "BBC’s Emily
     * Maitlis" or "ESPN sideline reporter Tamsin Greer": an outlet, its possessive or a noun for
     * its journalist, then a person; null when there is none.
     */
    private String interviewerOutlet(int from, int to) {
        List<Token> tokens = passage.tokens();
        for (Map.Entry<Integer, String> person : people.subMap(from, true, to, false).entrySet()) {
            int k = passage.tokenAtOrAfter(person.getKey());
            int j = k;
            while (j > 0
                    && k - j < JOURNALIST_WORDS
                    && tokens.get(j - 1).type() == Token.Type.WORD
                    && !tokens.get(j - 1).capitalized()) {
                j--;
            }
            boolean journalist = j < k && JOURNALISTS.contains(tokens.get(k - 1).lower());
            if (!journalist) {
                // "CNN sideline reporter Tamsin Greer" or else "BBC’s Emily Maitlis"
                j = k;
            }
            if (j < 1) {
                continue;
            }
            if (!journalist && !PhraseReader.possessive(tokens.get(j - 1))) {
                continue;
            }
            Map.Entry<Integer, String> outlet = outlets().floorEntry(tokens.get(j - 1).start());
            if (outlet != null
                    && outlet.getKey() >= from
                    && passage.tokenAtOrAfter(outlet.getKey()) >= j - 2) {
                return outlet.getValue();
            }
        }
        return null;
    }

    /** Notes the interview a sentence names for the person it is about. */
    private void interviewed(InterviewEvent event) {
        Span sentence = passage.sentences().get(event.sentence()).span();
        String person =
                event.person() != null
                        ? event.person()
                        : resolver.personEarlierInSentence(sentence.end() - 1);
        if (person == null) {
            // "Speaking to Kass FM on Thursday, the elder urged…": a role names the person
            List<Token> tokens = passage.tokens();
            int from = passage.firstToken(event.sentence());
            int to = passage.firstToken(event.sentence() + 1);
            if (tokens.get(from).lower().endsWith("ing")) {
                // past the opening "Speaking to Kass FM on Thursday evening,"
                while (from < to && !tokens.get(from).is(',')) {
                    from++;
                }
                from++;
            }
            SpeakerRef subject = from < to ? subjects.subjectOf(tokens, from, to) : null;
            person = subject == null ? null : resolver.resolve(subject);
        }
        String outlet = outletNamed(event.outlet(), event.at());
        String word = passage.tokens().get(passage.tokenAtOrAfter(event.at())).lower();
        if (person != null && outlet != null && WHOLE_INTERVIEW.contains(word)) {
            interviewedBy.computeIfAbsent(person, p -> new java.util.HashSet<>()).add(outlet);
            interviewedAt.putIfAbsent(person, event.at());
        }
        if (person != null && outlet != null) {
            // "Speaking on the “Huddle Up” podcast, Caldwell said: “…”": the quotations after
            // the interview's words, in its sentence too
            lastCredited.put(
                    person,
                    new Credited(
                            event.at(),
                            passage.sentences().get(event.sentence()).span().end(),
                            passage.blockOf(event.sentence()),
                            outlet,
                            false));
        }
    }

    /**
     * How sure an outlet frame must be for a sentence without a quotation to credit the quotations
     * after it: "told", "in an interview with", "speaking to", not "on" or "with".
     */
    private static final double SURE_CREDIT = 0.8;

    /**
     * How many tokens either side of a cue's subject are read for the outlet it credits: a whole
     * sentence may be a 5 MB paragraph with a cue verb every few words.
     */
    private static final int CREDIT_REACH = 40;

    /**
     * Notes the outlet the sentence at {@code offset} credits {@code speaker}'s words to, when it
     * names one: "A source told Us Weekly the proposal had been months in the planning."; that
     * outlet, or null.
     */
    private String creditedIn(int offset, String speaker) {
        if (speaker == null) {
            return null;
        }
        int sentence = passage.sentenceAt(offset);
        int at = passage.tokenAtOrAfter(offset);
        OutletRecognizer.Credit credit =
                recognizer.find(
                        passage.tokens(),
                        Math.max(passage.firstToken(sentence), at - CREDIT_REACH),
                        Math.min(passage.firstToken(sentence + 1), at + CREDIT_REACH));
        if (credit == null || credit.confidence() < SURE_CREDIT) {
            // "shared a picture on Facebook", "a post with Instagram": no interview to go on with
            return null;
        }
        String outlet = outletNamed(credit.outlet(), offset);
        creditSentence(speaker, sentence, outlet, false);
        return outlet;
    }

    /** Notes that sentence {@code sentence} credits {@code speaker}'s words to {@code outlet}. */
    private void creditSentence(String speaker, int sentence, String outlet, boolean past) {
        if (speaker != null && outlet != null) {
            int end = passage.sentences().get(sentence).span().end();
            lastCredited.put(
                    speaker, new Credited(end, end, passage.blockOf(sentence), outlet, past));
        }
    }

    /** Whether a cue verb is in the past tense: "told", "said", "wrote". */
    private static boolean past(String cue) {
        String verb = verb(cue);
        return verb.endsWith("ed") || PAST_CUES.contains(verb);
    }

    /** Whether a cue verb is in the present tense of a feature's own interview: "says", "adds". */
    private static boolean present(String cue) {
        String verb = verb(cue);
        return verb.endsWith("s") && !verb.endsWith("ss") && !PAST_CUES.contains(verb);
    }

    /** The last word of a cue, lower case ("said"; "to" of "according to"), or "" for none. */
    private static String verb(String cue) {
        return cue == null ? "" : cue.substring(cue.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Irregular past forms of cue verbs. */
    private static final java.util.Set<String> PAST_CUES =
            java.util.Set.of("said", "told", "wrote", "spoke", "put", "gave", "sang", "thought");

    /**
     * Where a speaker's words were last credited to an outlet, and to which: quotations from {@code
     * from} on go on with it, and the words that credit it end at {@code end}. {@code past} when
     * the credit was told in the past tense ("she told Cineuropa"), which a feature's own present
     * ("she says now") has moved on from.
     */
    private record Credited(int from, int end, int block, String outlet, boolean past) {}

    /** For each speaker, their last quotation or reported statement credited to an outlet. */
    private final Map<String, Credited> lastCredited = new java.util.HashMap<>();

    /**
     * The outlet of the interview {@code draft} goes on with: the last of its speaker's quotations
     * or reported statements credited to an outlet, a few paragraphs back at most, with no other
     * outlet named since ("…,” she told The Sunday Times. … three paragraphs on … “…,” she said.;
     * "Whitaker told CNBC that the rift was overstated. … “…,” she said."). Null otherwise.
     */
    private String sameInterview(Draft draft) {
        Credited earlier = lastCredited.get(draft.speaker());
        if (earlier == null) {
            return null;
        }
        QuotedRegion first = draft.group().parts().getFirst();
        if (first.block() - earlier.block() > INTERVIEW_REACH || first.open() < earlier.from()) {
            return null;
        }
        int seen = 0;
        int since = Math.min(earlier.end(), first.open());
        for (String named : outlets().subMap(since, first.open()).values()) {
            if (!named.equals(earlier.outlet()) || ++seen > INTERVIEW_OUTLETS) {
                // another outlet, or the same one named over and over: no longer one interview
                return null;
            }
        }
        return earlier.outlet();
    }

    /**
     * Whether the cue at offset {@code earlier} stands in a clause opening sentence {@code
     * sentence} and the cue at {@code later} in its main clause: "In 1995, when Sherwood suggested
     * a cut, he wrote back a single line." is his cue, not hers.
     */
    private boolean inOpeningClause(int sentence, int earlier, int later) {
        List<Token> tokens = passage.tokensOf(sentence);
        int main = SubjectReader.mainClauseStart(tokens, 0, tokens.size());
        if (main == 0 || main >= tokens.size()) {
            return false;
        }
        int start = tokens.get(main).start();
        return earlier < start && later >= start;
    }

    /** The statement reported in sentence {@code sentence}, if it is in this block or the last. */
    private ReportedSpeech reportedIn(int sentence, int block) {
        if (sentence < 0 || block - passage.blockOf(sentence) > 1) {
            return null;
        }
        return reportedBySentence.get(passage.sentences().get(sentence).span().start());
    }

    /** A speaker named inside the quotation with a cue verb: "…, which Connor discussed with …". */
    private String speakerInside(Group group) {
        for (QuotedRegion part : group.parts()) {
            List<Token> tokens = SpeechClassifier.content(passage, part);
            for (int k = 1; k < tokens.size(); k++) {
                Cue cue = lexicon.cue(tokens.get(k));
                if (cue == null
                        || !cue.can(Cue.Use.SPEECH)
                        || !tokens.get(k).lower().endsWith("ed")) {
                    continue;
                }
                SubjectReader.Read read = subjects.backward(tokens, k, Math.max(0, k - 4));
                if (read != null && read.ref().kind() == SpeakerRef.Kind.NAME) {
                    return resolver.resolve(read.ref());
                }
            }
        }
        return null;
    }

    private Quote quote(Draft draft) {
        List<QuotedRegion> parts = draft.group().parts();
        List<Span> spans = parts.stream().map(QuotedRegion::content).toList();
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(span.of(passage.text()));
        }
        Quote.Kind kind =
                draft.group().split()
                        ? Quote.Kind.SPLIT
                        : parts.size() == 1 && partial(parts.getFirst())
                                ? Quote.Kind.PARTIAL
                                : Quote.Kind.FULL;
        Attribution attribution = draft.attribution();
        String cue = attribution == null || draft.speaker() == null ? null : attribution.cue();
        String outlet = outletNamed(draft.outlet(), spans.getFirst().start());
        return new Quote(
                text.toString(),
                spans,
                kind,
                draft.speaker(),
                draft.basis(),
                cue,
                outlet,
                outlet == null
                        ? null
                        : draft.outletBeside() ? OutletBasis.CREDITED : OutletBasis.CARRIED);
    }

    /**
     * The outlet credited, with "told the outlet" resolved to the outlet named last before {@code
     * offset}, or null when none was named.
     */
    private String outletNamed(String outlet, int offset) {
        if (!OutletRecognizer.THE_OUTLET.equals(outlet)) {
            return outlet == null ? null : inFull.computeIfAbsent(outlet, this::inFull);
        }
        for (Map.Entry<Integer, String> named :
                outlets().headMap(offset, false).descendingMap().entrySet()) {
            if (!employer(named.getKey())) {
                return named.getValue();
            }
        }
        return null;
    }

    /**
     * Whether the outlet named at {@code offset} only says where someone works ("Her daughter, a
     * BBC producer, …"): a role noun right after its name. "She told the paper" means an outlet the
     * story named for itself, not that one.
     */
    private boolean employer(int offset) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(offset);
        while (k < tokens.size() && tokens.get(k).capitalized()) {
            k++;
        }
        return k < tokens.size() && lexicon.names().roles().contains(tokens.get(k).lower());
    }

    /**
     * The fullest form the text gives an outlet: "The Wall Street Journal" for "the Journal" where
     * the article names it so with its article, as a name is given in full. Kept as written when
     * the text names no longer form, or more than one ("the Times" beside both "The New York Times"
     * and "The Sunday Times"), or writes the outlet as it stands on its own too ("The Times and The
     * New York Times").
     */
    private String inFull(String outlet) {
        // the outlet written with its article and standing alone: "The Times and …"
        String alone = "\\bThe " + Pattern.quote(bare(outlet)) + "(?![\\p{L}\\p{N}]| \\p{Lu})";
        if (Pattern.compile(alone).matcher(passage.text()).find()) {
            return outlet;
        }
        List<String> words = List.of(bare(outlet).split(" "));
        String full = null;
        for (String named : new java.util.HashSet<>(outlets().values())) {
            List<String> longer = List.of(bare(named).split(" "));
            if (named.startsWith("The ")
                    && longer.size() > words.size()
                    && longer.subList(longer.size() - words.size(), longer.size()).equals(words)) {
                if (full != null) {
                    return outlet;
                }
                full = named;
            }
        }
        return full != null ? full : outlet;
    }

    /** Each credited outlet's fullest form, worked out once per outlet. */
    private final Map<String, String> inFull = new java.util.HashMap<>();

    /** An outlet's name without a leading "The". */
    private static String bare(String outlet) {
        return outlet.startsWith("The ") ? outlet.substring(4) : outlet;
    }

    /**
     * The outlets the reporter names, by where they start; read once, when first needed. Not the
     * words of a quotation (“People want a villain,” she said), nor a person's name ("Dawn
     * Yablonski"), nor the platforms people post on ("Mercer wrote on Instagram"), which name no
     * outlet an interview was given to.
     */
    private NavigableMap<Integer, String> outlets() {
        if (outlets == null) {
            outlets = new TreeMap<>();
            List<Token> tokens = passage.tokens();
            // a name ends with its sentence: "Podcast" over "Beatriz Okonjo-Hale spoke" is a
            // headline above a name
            for (int s = 0; s < passage.sentences().size(); s++) {
                int end = passage.firstToken(s + 1);
                for (int k = passage.firstToken(s); k < end; k++) {
                    if (!tokens.get(k).capitalized()
                            || speech.contains(tokens.get(k).start())
                            || personNames.contains(tokens.get(k).start())
                            || !recognizer.mayNameOutlet(tokens, k, end)) {
                        continue;
                    }
                    OutletRecognizer.Name name =
                            recognizer.outletAt(tokens, k, Math.min(end, k + 8), false);
                    if (name != null) {
                        if (!OutletRecognizer.platform(name.canonical())
                                && !OutletRecognizer.kindOnly(name.canonical())) {
                            outlets.put(tokens.get(k).start(), name.canonical());
                        }
                        k = name.end() - 1;
                    }
                }
            }
        }
        return outlets;
    }

    /** A fragment inside the reporter's sentence: a word, not a colon or comma, right before it. */
    private boolean partial(QuotedRegion region) {
        int open = passage.tokenAtOrAfter(region.open());
        if (open == 0) {
            return false;
        }
        Token before = passage.tokens().get(open - 1);
        boolean sameSentence =
                passage.sentenceAt(before.start()) == passage.sentenceAt(region.open());
        return sameSentence && before.type() != Token.Type.PUNCT;
    }
}
