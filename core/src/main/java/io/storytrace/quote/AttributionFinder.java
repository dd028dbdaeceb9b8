package io.storytrace.quote;

import io.storytrace.mention.NameFinder;
import io.storytrace.text.Passage;
import io.storytrace.text.Token;
import java.util.List;

/**
 * Finds the words beside a quoted region that attribute it: after the closing mark (“…,” Connor
 * explained / “…,” said the actor / “…,” Smith, a lawyer, said), before the opening mark (He noted,
 * “…” / Smith told Variety: “…” / …, adding: “…”), a colon frame (Kit Connor: ‘…’), "according to",
 * and a cue verb elsewhere in the sentence of a partial quotation (finding it “totally foreign”).
 * The outlet credited is looked for in the same clause. Windows are bounded, so the work per region
 * is constant.
 */
final class AttributionFinder {

    /** How many words the listener of a cue may run before "who": "tells young voters who". */
    private static final int LISTENER_WORDS = 4;

    /**
     * Whether the cue at token {@code c} follows "who" in a relative clause about the listener of a
     * cue just before: "tells voters who wonder".
     */
    private boolean aboutListener(List<Token> tokens, int c, int start) {
        if (c - 2 < start || !tokens.get(c - 1).lower().equals("who")) {
            return false;
        }
        for (int k = c - 2; k >= start && c - k <= LISTENER_WORDS + 1; k--) {
            Cue cue = cueAt(tokens.get(k), false);
            if (cue != null && cue.can(Cue.Use.LISTENER)) {
                return true;
            }
            if (tokens.get(k).type() != Token.Type.WORD) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the cue at token {@code c} stands in a relative clause that is not the quotation's:
     * one set off by commas and closed before the quotation at {@code open} ("…, which some have
     * argued was a ploy, was an “…”"), or one bound to a preposition's object ("coming from a
     * candidate who promised …: “…”").
     */
    private static boolean inRelativeClause(List<Token> tokens, int c, int start, int open) {
        for (int r = c - 1; r >= start && c - r <= RELATIVE_SUBJECT_WORDS + 1; r--) {
            Token token = tokens.get(r);
            if (SubjectReader.RELATIVES.contains(token.lower())) {
                if (r > start && tokens.get(r - 1).is(',')) {
                    for (int k = c + 1; k < open; k++) {
                        if (tokens.get(k).is(',')) {
                            return true;
                        }
                    }
                    return false;
                }
                return r == c - 1
                        && open - 1 > c + 1
                        && tokens.get(open - 1).is(':')
                        && prepositionsObject(tokens, r, start);
            }
            if (token.type() != Token.Type.WORD) {
                return false;
            }
        }
        return false;
    }

    /** Whether the few words before the relative pronoun at {@code r} follow a preposition. */
    private static boolean prepositionsObject(List<Token> tokens, int r, int start) {
        for (int k = r - 1; k >= start && r - k <= RELATIVE_SUBJECT_WORDS; k--) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD) {
                return false;
            }
            if (SubjectReader.PREPOSITIONS.contains(token.lower())) {
                return k < r - 1;
            }
        }
        return false;
    }

    /** Cues that, after "to", begin a deed rather than words: "to begin “building bridges”". */
    private static final java.util.Set<String> STARTING =
            java.util.Set.of("begin", "start", "continue");

    /**
     * How many words may stand between a relative pronoun and its clause's cue: "which some have".
     */
    private static final int RELATIVE_SUBJECT_WORDS = 3;

    /**
     * Whether the cue at token {@code c} stands in an aside opened by a dash and "as" that a dash
     * closes right before the quotation at {@code open}: "— as many researchers believe, but Moscow
     * strongly denies — “…”".
     */
    private static boolean inAsAside(List<Token> tokens, int c, int start, int open) {
        if (open - 1 <= c || !dash(tokens.get(open - 1))) {
            return false;
        }
        for (int k = c - 1; k >= start; k--) {
            if (dash(tokens.get(k))) {
                return k + 1 < c && tokens.get(k + 1).lower().equals("as");
            }
        }
        return false;
    }

    private static boolean dash(Token token) {
        return token.is('—') || token.is('–');
    }

    /** Verbs whose passive names the one questioned, not the questioner: "was asked". */
    private static final java.util.Set<String> QUESTIONED =
            java.util.Set.of("asked", "questioned", "pressed", "quizzed");

    /** Words before a naming verb that make it passive: "it is called “…”" names, nobody speaks. */
    static final java.util.Set<String> PASSIVE =
            java.util.Set.of("is", "are", "was", "were", "be", "been", "being", "what’s", "what's");

    /**
     * Whoever does the naming in a passive, "by" and a phrase right after the verb at {@code verb}
     * and "as" after it: "described by his family as “…”". Null when the passive gives no one.
     */
    private SpeakerRef agentOfPassive(List<Token> tokens, int verb, int open) {
        if (verb + 2 >= open || !tokens.get(verb + 1).lower().equals("by")) {
            return null;
        }
        int by = verb + 2;
        if (by + 2 < open
                && OWNERS.contains(tokens.get(by).lower())
                && tokens.get(by + 1).type() == Token.Type.WORD
                && !tokens.get(by + 1).capitalized()
                && tokens.get(by + 2).lower().equals("as")) {
            // "by his family as": whose family is for the resolver to find
            Token owner = tokens.get(by);
            String phrase = owner.lower() + " " + tokens.get(by + 1).text();
            return new SpeakerRef(SpeakerRef.Kind.UNNAMED, phrase, owner.start());
        }
        SubjectReader.Read agent = subjects.forward(tokens, by, open);
        if (agent == null || agent.ref().kind() == SpeakerRef.Kind.PRONOUN) {
            return null;
        }
        int as = agent.next();
        return as < open && AFTER_AGENT.contains(tokens.get(as).lower()) ? agent.ref() : null;
    }

    /** Whether the passive verb at {@code verb} names the quotation opening at {@code open}. */
    private static boolean namesQuotation(List<Token> tokens, int verb, int open) {
        return verb + 1 == open || verb + 2 == open && tokens.get(verb + 1).lower().equals("as");
    }

    /**
     * The agent named right after a quotation a passive verb gives: "has been described as
     * “heartbreaking” by the conservation department", "was called “…” by the president of the
     * farmers’ association, Bernd Kessler". A crowd ("by fans", "by the tabloids") is no one's
     * voice: null.
     */
    private SpeakerRef agentAfter(Passage passage, QuotedRegion region) {
        List<Token> tokens = passage.tokens();
        int by = passage.tokenAtOrAfter(region.end());
        int end = passage.firstToken(passage.sentenceAt(region.open()) + 1);
        if (by + 1 >= end || !tokens.get(by).lower().equals("by")) {
            return null;
        }
        Token first = tokens.get(by + 1);
        int head = PhraseReader.DETERMINERS.contains(first.lower()) ? by + 2 : by + 1;
        if (head >= end || crowd(tokens.get(head))) {
            return null;
        }
        SubjectReader.Read agent = subjects.forward(tokens, by + 1, end);
        if (agent == null || agent.ref().kind() == SpeakerRef.Kind.PRONOUN) {
            return null;
        }
        for (int k = agent.next(); k < end && k - by <= APPOSED_NAME_REACH; k++) {
            if (tokens.get(k).is(',')) {
                // "by the president of the farmers’ association, Bernd Kessler."
                SubjectReader.Read named = subjects.forward(tokens, k + 1, end);
                boolean closes =
                        named != null
                                && (named.next() >= end - 1 || tokens.get(named.next()).is(','));
                return closes && named.ref().kind() == SpeakerRef.Kind.NAME
                        ? named.ref()
                        : agent.ref();
            }
        }
        return agent.ref();
    }

    /** How many tokens after "by" a name set off by a comma may stand for the agent. */
    private static final int APPOSED_NAME_REACH = 12;

    /** Whether {@code word} opens a phrase for many unnamed people: "fans", "critics", "some". */
    private static boolean crowd(Token word) {
        String lower = word.lower();
        return !word.capitalized() && lower.endsWith("s") && !lower.endsWith("ss")
                || CROWDS.contains(lower);
    }

    /** Words for many people that do not end in "s": "by many", "by people". */
    private static final java.util.Set<String> CROWDS =
            java.util.Set.of("many", "some", "people", "others", "everyone", "all", "most");

    /**
     * Words after the agent of a passive that lead to what was said: "described by critics as “…”",
     * "told by an officer that …".
     */
    private static final java.util.Set<String> AFTER_AGENT = java.util.Set.of("as", "that");

    /** Possessive pronouns before the noun for those who did something: "by his family". */
    private static final java.util.Set<String> OWNERS = java.util.Set.of("his", "her", "their");

    /** How many tokens of a clause beside a quotation are read for its subject or outlet. */
    private static final int CLAUSE_REACH = 30;

    /** How far before an opening mark a cue verb may stand. */
    private static final int BEFORE_WINDOW = 14;

    /**
     * Whether token {@code c} opens a reported clause with "that" that runs on to the opening mark
     * at {@code open} with no other mark or semicolon between: "The coalition countered that the
     * law would force adults to hand over government IDs or facial scans “simply to …”" quotes the
     * coalition, however long the clause.
     */
    private static boolean reportsClause(List<Token> tokens, int c, int open) {
        int that = c + 1;
        while (that < open
                && that - c <= TIME_BEFORE_THAT
                && tokens.get(that).type() == Token.Type.WORD
                && !tokens.get(that).lower().equals("that")) {
            that++;
        }
        if (that >= open || !tokens.get(that).lower().equals("that")) {
            return false;
        }
        if (that > c + 1) {
            // "reported on Thursday that", "wrote last week that": when, not whom
            int time = SubjectReader.timeStart(tokens, that - 1, c + 1);
            if (time > c + 1 && tokens.get(time - 1).lower().equals("on")) {
                time--;
            }
            if (time != c + 1) {
                return false;
            }
        }
        for (int k = that + 1; k < open; k++) {
            Token token = tokens.get(k);
            if (token.is(';') || token.is(':') || Mark.familyOf(token.text().charAt(0)) != null) {
                return false;
            }
        }
        return true;
    }

    /** How many words may stand between a cue and the "that" of its clause. */
    private static final int TIME_BEFORE_THAT = 3;

    /** How far after a closing mark a cue verb may stand when a title or role comes first. */
    private static final int AHEAD_WINDOW = 12;

    /** How long an appositive between a name and its cue verb may be. */
    private static final int LONG_APPOSITIVE = 32;

    /** How many tokens a sentence of attribution alone may have ("Connor said."). */
    private static final int SHORT_SENTENCE = 10;

    private final QuoteLexicon lexicon;
    private final SubjectReader subjects;
    private final OutletRecognizer outlets;

    AttributionFinder(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.subjects = new SubjectReader(lexicon);
        this.outlets = new OutletRecognizer(lexicon);
    }

    /**
     * The attribution after {@code region}, reading no further than token {@code limit} (where the
     * next region opens), or null.
     */
    Attribution after(Passage passage, QuotedRegion region, int limit) {
        if (!region.closed()) {
            return null;
        }
        boolean headline = passage.inHeadline(passage.sentenceAt(region.open()));
        List<Token> tokens = passage.tokens();
        int sentence = passage.sentenceAt(region.close());
        int i = passage.tokenAtOrAfter(region.close() + 1);
        Attribution post = postSignature(tokens, i, Math.min(limit, tokens.size()));
        if (post == null && i < tokens.size() && i == passage.firstToken(sentence + 1)) {
            post = wordsOf(tokens, i, Math.min(limit, tokens.size()));
        }
        if (post == null) {
            post = signatureParagraph(passage, region, sentence);
        }
        if (post != null) {
            return post;
        }
        if (headline) {
            Attribution closing = headlineClosingCue(passage, region);
            if (closing != null) {
                // "‘ISIS Truther’ Donald Trump Is Like A Lawyer’s Dumbest Client, Trevor Noah
                // Says": the headline's every quotation is the one its closing cue names
                return closing;
            }
        }
        int end = Math.min(limit, passage.firstToken(sentence + 1));
        if (i >= end
                && sentence + 1 < passage.sentences().size()
                && passage.blockOf(sentence + 1) == region.block()
                && (passage.tokensOf(sentence + 1).size() <= SHORT_SENTENCE
                        || endsUtterance(passage, region))
                && !introducesNext(
                        tokens,
                        limit,
                        passage.firstToken(sentence + 1),
                        sentence + 2 < passage.sentences().size()
                                ? passage.firstToken(sentence + 2)
                                : tokens.size())
                && !reportsOwnQuotation(passage, sentence + 1)
                && !reportsOwnClause(passage, sentence + 1)
                && !cuedBefore(passage, region)) {
            end = Math.min(limit, passage.firstToken(sentence + 2));
        }
        end = Math.min(end, i + CLAUSE_REACH);
        boolean dashed = i < end && (tokens.get(i).is('—') || tokens.get(i).is('–'));
        boolean comma = i < end && tokens.get(i).is(',');
        boolean colon = headline && i < end && tokens.get(i).is(':');
        if (comma || dashed || colon) {
            i++;
        }
        boolean heading =
                i < end
                        && (dashed || tokens.get(i).is('-') && spacedHyphen(passage, tokens, i))
                        && !headline
                        && headingLine(passage, region);
        if (heading && !dashed) {
            // "‘I'll miss you all’ - Sartori bids farewell": a hyphen set off by spaces
            i++;
        }
        if (colon || dashed && headline || heading) {
            // "‘Do not wait’: Residents told to leave": those the words were said to; otherwise
            // the subject, with no cue, so the same words quoted below with a speaker prevail
            return headlineSubject(tokens, i, end);
        }
        if (!headline && i + 1 < end && tokens.get(i).is(':') && opensParagraph(passage, region)) {
            // "‘BoC to stay on sidelines next week’: TD Economics" heading a section of reactions:
            // the name that signs the words, as after a dash
            Attribution signed = signature(tokens, i + 1, end);
            if (signed == null && headingLine(passage, region)) {
                // "‘Wasn't Super Rugby, was it?’: Scott Robertson on his first Test" under a
                // page's menus: a headline all the same
                return headlineSubject(tokens, i + 1, end);
            }
            return signed;
        }
        if (i >= end || renamesQuotation(tokens, i, end)) {
            return null;
        }
        boolean commaInside = region.content().of(passage.text()).strip().endsWith(",");
        if ((comma || commaInside) && CLAUSE_JOINERS.contains(tokens.get(i).lower())) {
            // "The judges called it “quietly radical,” and the critic Owen Tavistock described
            // it as …", "“better than feared,” while Shreya Nanda said": a clause of its own,
            // about the next quotation
            return null;
        }
        // "would “no longer tolerate” repeat offenders": words in the middle of a sentence, run
        // straight on, are no "“…,” said X"
        boolean inverted =
                comma || commaInside || dashed || headline || !midSentence(passage, region);
        Attribution found = inverted ? cueThenSubject(tokens, i, end, headline) : null;
        if (found == null && inverted) {
            found = subjectThenCue(tokens, i, end, headline);
        }
        if (found == null && inverted && !headline) {
            found = longSubjectThenCue(tokens, i, end);
        }
        if (found == null) {
            found = accordingTo(tokens, i, end);
        }
        if (found == null) {
            found = howSubjectPutIt(tokens, i, end);
        }
        if (found == null) {
            found = asSubjectPutIt(tokens, i, Math.min(limit, passage.firstToken(sentence + 1)));
        }
        if (found == null && endsUtterance(passage, region)) {
            found = cueAhead(tokens, i, end, headline);
        }
        if (found == null) {
            boolean opening =
                    passage.tokenAtOrAfter(region.open())
                            == passage.firstToken(passage.sentenceAt(region.open()));
            found =
                    clauseEndCue(
                            tokens,
                            i,
                            Math.min(limit, passage.firstToken(sentence + 1)),
                            opening ? CLAUSE_END_REACH : SUBJECT_CLOSING_REACH);
        }
        if (found == null && dashed && !headline) {
            // a headline's "‘…’ — Full Winners List" is a section, not a signature
            found = signature(tokens, i, end);
        }
        if (found != null
                && found.cue() != null
                && found.cue().endsWith("ing")
                && found.speaker().kind() != SpeakerRef.Kind.NAME
                && found.speaker().kind() != SpeakerRef.Kind.PRONOUN
                && !afterAs(tokens, i, end, found.cue())) {
            // "call Brell “very flexible,” a nod to the front-runner acknowledging that …": a
            // phrase and a participle after the quotation describe it; no one says it
            return null;
        }
        return found;
    }

    /**
     * The speaker a headline names after its last comma with a cue that closes it ("…, Trevor Noah
     * Says", "…, Police Chief Warns"), when {@code region} stands before that comma; else null.
     */
    private Attribution headlineClosingCue(Passage passage, QuotedRegion region) {
        List<Token> tokens = passage.tokens();
        int sentence = passage.sentenceAt(region.open());
        int first = passage.firstToken(sentence);
        int last = passage.firstToken(sentence + 1) - 1;
        while (last > first && tokens.get(last).type() != Token.Type.WORD) {
            last--;
        }
        Cue cue = last > first ? speechCue(tokens.get(last), true) : null;
        if (cue == null) {
            return null;
        }
        int comma = last - 1;
        while (comma > first && last - comma <= HEADLINE_SIGNATURE && !tokens.get(comma).is(',')) {
            comma--;
        }
        if (!tokens.get(comma).is(',')
                || comma + 1 >= last
                || tokens.get(comma).start() < region.close()) {
            return null;
        }
        SubjectReader.Read subject = subjects.forward(tokens, comma + 1, last);
        if (subject == null
                || subject.next() != last
                || subject.ref().kind() != SpeakerRef.Kind.NAME) {
            return null;
        }
        return new Attribution(
                subject.ref(), tokens.get(last).text(), null, cue.confidence(), false, true);
    }

    /**
     * How many words a headline's closing speaker and cue may run: ", Supreme Court Judge Says".
     */
    private static final int HEADLINE_SIGNATURE = 6;

    /**
     * Whether the participle {@code cue} after the quotation follows "as": "Reuters quoted a police
     * spokesman as saying", where the phrase before it does speak.
     */
    private static boolean afterAs(List<Token> tokens, int i, int end, String cue) {
        for (int k = i + 1; k < end; k++) {
            if (tokens.get(k).text().equals(cue)) {
                return tokens.get(k - 1).lower().equals("as");
            }
        }
        return false;
    }

    /** Words that open a clause of its own after a quotation and its comma. */
    private static final java.util.Set<String> CLAUSE_JOINERS =
            java.util.Set.of("and", "but", "while", "whereas");

    /**
     * The subject that opens a headline after its quotation and a colon or dash, whatever its verb:
     * "‘Trial will take years’: Delhi HC judge grants bail", "‘It’s over’ – Smith quits", "‘We will
     * not back down’: Unite". A headline puts the speaker there; null when what follows is no one
     * (a pronoun, or a phrase the reading takes for none) or those the words were said to
     * ("Residents told to leave").
     */
    private Attribution headlineSubject(List<Token> tokens, int i, int end) {
        SubjectReader.Read subject = subjects.forward(tokens, i, end);
        if (subject == null || !SOMEONE.contains(subject.ref().kind())) {
            return null;
        }
        SpeakerRef ref = subject.ref();
        int next = subject.next();
        if (next < end && ADDRESSED.contains(tokens.get(next).lower())) {
            return null;
        }
        if (ref.kind() == SpeakerRef.Kind.NAME) {
            String lower = ref.text().toLowerCase(java.util.Locale.ROOT);
            String last = lower.substring(lower.lastIndexOf(' ') + 1);
            if (lexicon.anonymous().contains(last)) {
                // "‘…’ – Cabinet Spokesman": whoever the story names below, found as for no cue
                return null;
            } else if (lexicon.roles().contains(last)) {
                // "‘…’: Delhi HC Judge": a role in a headline's capitals
                ref = new SpeakerRef(SpeakerRef.Kind.PERSON_ROLE, ref.text(), ref.offset());
            } else if (next < end
                    && tokens.get(next).type() == Token.Type.WORD
                    && lexicon.roles().contains(tokens.get(next).lower())) {
                // "Delhi HC judge grants bail": the capitals say where the role serves
                ref =
                        new SpeakerRef(
                                SpeakerRef.Kind.PERSON_ROLE,
                                ref.text() + " " + tokens.get(next).text(),
                                ref.offset());
            } else if (!ref.text().contains(" ") && lexicon.organisations().contains(lower)) {
                // "‘…’: Union vows to strike": the noun in a headline's capitals
                ref =
                        new SpeakerRef(
                                SpeakerRef.Kind.ORGANISATION_ROLE, "the " + lower, ref.offset());
            } else if (!ref.text().contains(" ") && !namedAgain(tokens, ref, end)) {
                // "‘Devastating’: Tributes paid to teenager": a word no one is named by below
                return null;
            }
        }
        return new Attribution(ref, null, null, HEADLINE_SUBJECT, true, true);
    }

    /** Whether the one word of {@code ref} stands again after token {@code from}, capitalised. */
    private static boolean namedAgain(List<Token> tokens, SpeakerRef ref, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(ref.text())) {
                return true;
            }
        }
        return false;
    }

    /** Passive verbs after a headline's subject that make it the one spoken to. */
    private static final java.util.Set<String> ADDRESSED =
            java.util.Set.of("told", "urged", "warned", "asked", "ordered", "advised", "given");

    /** How surely a headline's subject after its quotation is its speaker. */
    private static final double HEADLINE_SUBJECT = 0.6;

    /**
     * Whether the next sentence, from token {@code next} to token {@code after}, ends in a colon
     * right before the next quotation ("Smith agreed: “…”") or runs into it after a comma ("Minwoo
     * added, “…”"): its cue introduces that quotation, not this one.
     */
    private static boolean introducesNext(List<Token> tokens, int limit, int next, int after) {
        return limit != Integer.MAX_VALUE
                && limit - 1 >= next
                && limit - 1 < tokens.size()
                && (tokens.get(limit - 1).is(':')
                        || tokens.get(limit - 1).is(',') && limit - 1 < after);
    }

    /** Whether the hyphen at token {@code k} stands between spaces, as a dash. */
    private static boolean spacedHyphen(Passage passage, List<Token> tokens, int k) {
        Token hyphen = tokens.get(k);
        CharSequence text = passage.text();
        return hyphen.start() > 0
                && hyphen.end() < text.length()
                && Character.isWhitespace(text.charAt(hyphen.start() - 1))
                && Character.isWhitespace(text.charAt(hyphen.end()));
    }

    /**
     * Whether {@code region} opens a paragraph of one sentence that ends without a stop, as the
     * headings of a live blog do: "20:44 / ‘I'll miss you all’ – Sartori bids farewell".
     */
    private static boolean headingLine(Passage passage, QuotedRegion region) {
        int sentence = passage.sentenceAt(region.open());
        List<Token> tokens = passage.tokensOf(sentence);
        boolean alone =
                sentence + 1 >= passage.sentences().size()
                        || passage.blockOf(sentence + 1) != region.block();
        return alone
                && opensParagraph(passage, region)
                && !tokens.isEmpty()
                && tokens.getLast().type() == Token.Type.WORD;
    }

    /** Whether {@code region} opens its paragraph. */
    private static boolean opensParagraph(Passage passage, QuotedRegion region) {
        int sentence = passage.sentenceAt(region.open());
        return passage.tokenAtOrAfter(region.open()) == passage.firstToken(sentence)
                && (sentence == 0 || passage.blockOf(sentence - 1) != region.block());
    }

    /**
     * "“…” — Jane Doe, café owner.": a name after a dash, closing the sentence or followed by its
     * role, signs the quotation before it.
     */
    private Attribution signature(List<Token> tokens, int i, int end) {
        SubjectReader.Read name = subjects.forward(tokens, i, end);
        if (name == null
                || name.ref().kind() != SpeakerRef.Kind.NAME
                || WEB_ADDRESS.matcher(name.ref().text()).find()) {
            // "– Rappler.com" closing an article credits its publisher, not a speaker
            return null;
        }
        return closesAt(tokens, name.next(), end)
                ? new Attribution(name.ref(), null, null, 0.8, true, true)
                : null;
    }

    /** Whether the clause ends at token {@code k}: the end, a stop or a comma. */
    private static boolean closesAt(List<Token> tokens, int k, int end) {
        return k >= end || tokens.get(k).is('.') || tokens.get(k).is(',');
    }

    /**
     * The account that signs an embedded post right after the quotation, in its own paragraph or
     * not: "— Harbour City FC (@HarbourCityFC) November 20, 2019", "A post shared by Ana Ruiz
     * (@anaruiz)". A link to the post's picture may come first. Null when none does.
     */
    private Attribution postSignature(List<Token> tokens, int i, int limit) {
        int k = i;
        if (k < limit && LINK.matcher(tokens.get(k).text()).lookingAt()) {
            // "pic.twitter.com/abc123", however it was cut into tokens
            k++;
            while (k < limit && tokens.get(k).start() == tokens.get(k - 1).end()) {
                k++;
            }
        }
        if (k + 1 < limit && SubjectReader.DATELINE_DASHES.contains(tokens.get(k).text())) {
            k++;
        } else if (k + 4 < limit
                && String.join(" ", PhraseReader.texts(tokens, k, k + 4))
                        .equalsIgnoreCase("A post shared by")) {
            k += 4;
        } else {
            return null;
        }
        SubjectReader.Read name = subjects.forward(tokens, k, Math.min(limit, k + POST_NAME));
        if (name == null || name.ref().kind() != SpeakerRef.Kind.NAME) {
            return null;
        }
        int h = name.next();
        boolean handle =
                h + 2 < limit
                        && tokens.get(h).is('(')
                        && tokens.get(h + 1).text().startsWith("@")
                        && tokens.get(h + 2).is(')');
        return handle ? new Attribution(name.ref(), null, null, 0.9, true, true) : null;
    }

    /**
     * The name that signs a quotation from a paragraph of its own right after it, behind a dash, as
     * fact-checks list claims: "“…” ¶ - Bernie Sanders." Null when the next paragraph is no such
     * signature or the quotation does not end its own paragraph.
     */
    private Attribution signatureParagraph(Passage passage, QuotedRegion region, int sentence) {
        int next = sentence + 1;
        if (next >= passage.sentences().size()
                || passage.blockOf(next) == region.block()
                || next + 1 < passage.sentences().size()
                        && passage.blockOf(next + 1) == passage.blockOf(next)
                || passage.sentences().get(sentence).span().end() > region.close() + 2) {
            return null;
        }
        List<Token> tokens = passage.tokensOf(next);
        int last = tokens.size();
        if (last > 0 && tokens.get(last - 1).is('.')) {
            last--;
        }
        if (last < 2 || !SubjectReader.DATELINE_DASHES.contains(tokens.getFirst().text())) {
            return null;
        }
        SubjectReader.Read name = subjects.forward(tokens, 1, last);
        // "-Michelle Marks, Philadelphia.", "-President Obama, tweeting after the speech.": what
        // follows a comma says where the one signing is or how the words came
        return name != null
                        && name.ref().kind() == SpeakerRef.Kind.NAME
                        && (name.next() == last || tokens.get(name.next()).is(','))
                ? new Attribution(name.ref(), null, null, 0.9, true, true)
                : null;
    }

    /**
     * “We didn't score,” was coach Peter Tamm's explanation: the owner of the reply is the speaker.
     */
    private Attribution wasTheirReply(List<Token> tokens, int i, int end) {
        if (i + 2 >= end || !tokens.get(i).lower().equals("was")) {
            return null;
        }
        for (int k = i + 2; k < end && k - i <= POST_NAME; k++) {
            if (REPLIES.contains(tokens.get(k).lower())) {
                if (!PhraseReader.possessive(tokens.get(k - 1))) {
                    return null;
                }
                SubjectReader.Read owner = subjects.forward(tokens, i + 1, k);
                return owner != null && owner.ref().kind() == SpeakerRef.Kind.NAME
                        ? new Attribution(owner.ref(), tokens.get(i).text(), null, 0.9, true, true)
                        : null;
            }
        }
        return null;
    }

    /** Whether nothing but a stop follows an outlet's name ending at {@code end}. */
    private static boolean outletAlone(List<Token> tokens, int end, int to) {
        return end >= to || end + 1 == to && tokens.get(end).type() == Token.Type.PUNCT;
    }

    /** Verbs that say who uttered words: "Those words, spoken by Ana Ruiz". */
    private static final java.util.Set<String> UTTERED =
            java.util.Set.of("spoken", "uttered", "said", "written", "posted", "tweeted");

    /**
     * The sentence opening at token {@code i} says whose the words before it were: "“I'm done.”
     * Those three words, spoken by Ana Ruiz after the final, …", "Those were the words of
     * Councillor Tom Hale". Null otherwise.
     */
    private Attribution wordsOf(List<Token> tokens, int i, int limit) {
        // "“…” So says Ana Ruiz", "That’s according to …", "That was the verdict of …"
        int by = creditingOpener(tokens, i, limit);
        String first = tokens.get(i).lower();
        if (by < 0 && (first.equals("those") || first.equals("these") || first.equals("the"))) {
            by = wordsBy(tokens, i, limit);
        }
        if (by < 0 || by >= limit) {
            return null;
        }
        int to = Math.min(limit, by + POST_NAME);
        SubjectReader.Read name = subjects.forward(tokens, by, to);
        for (int k = by + 1; name != null && k + 1 < to; k++) {
            if (tokens.get(k).type() != Token.Type.WORD) {
                break;
            }
            if (!tokens.get(k).capitalized()
                    && lexicon.names().roles().contains(tokens.get(k).lower())
                    && tokens.get(k + 1).capitalized()) {
                // "came from Portland Bureau of Transportation spokesperson Dylan Rivas": the
                // organisation's role and then the person in it
                SubjectReader.Read person =
                        subjects.forward(tokens, k + 1, Math.min(limit, k + 1 + POST_NAME));
                if (person != null && person.ref().kind() == SpeakerRef.Kind.NAME) {
                    name = person;
                }
                break;
            }
        }
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME
                ? new Attribution(name.ref(), null, null, 0.8, false, true)
                : null;
    }

    /**
     * The token after "Those were the words of" or "Those three words, spoken by" starting at
     * {@code i}, or -1.
     */
    private static int wordsBy(List<Token> tokens, int i, int limit) {
        int k = i + 1;
        if (k + 4 < limit
                && String.join(" ", PhraseReader.texts(tokens, k, k + 4))
                        .equalsIgnoreCase("were the words of")) {
            return k + 4;
        }
        while (k < limit && k - i <= 3 && !tokens.get(k).lower().equals("words")) {
            if (tokens.get(k).type() != Token.Type.WORD || tokens.get(k).capitalized()) {
                return -1;
            }
            k++;
        }
        if (k >= limit || !tokens.get(k).lower().equals("words")) {
            return -1;
        }
        k++;
        if (k < limit && tokens.get(k).is(',')) {
            k++;
        }
        return k + 1 < limit
                        && UTTERED.contains(tokens.get(k).lower())
                        && tokens.get(k + 1).lower().equals("by")
                ? k + 2
                : -1;
    }

    /**
     * Openings of the sentence after a quotation that give it to the name after them: "So says Ana
     * Ruiz", "That’s according to …", "That was the verdict of …".
     */
    private static final List<List<String>> CREDITING_OPENERS =
            List.of(
                    List.of("so", "says"),
                    List.of("so", "said"),
                    List.of("that's", "according", "to"),
                    List.of("that", "is", "according", "to"),
                    List.of("that", "was", "the", "verdict", "of"),
                    List.of("that's", "the", "verdict", "of"),
                    List.of("such", "was", "the", "verdict", "of"),
                    List.of("that", "was", "the", "view", "of"),
                    List.of("that's", "the", "view", "of"),
                    List.of("that's", "what"),
                    List.of("that", "is", "what"),
                    List.of("that", "was", "what"),
                    List.of("that's", "how"),
                    List.of("that", "is", "how"),
                    List.of("that", "was", "how"),
                    List.of("that", "was", "the", "message", "from"),
                    List.of("that's", "the", "message", "from"),
                    List.of("that", "was", "the", "advice", "of"),
                    List.of("that", "was", "the", "advice", "from"));

    /** The token after a crediting opener starting at {@code i}, or -1 when none starts there. */
    private static int creditingOpener(List<Token> tokens, int i, int limit) {
        int from = cameFrom(tokens, i, limit);
        if (from > 0) {
            return from;
        }
        for (List<String> opener : CREDITING_OPENERS) {
            int k = i;
            for (String word : opener) {
                if (k >= limit || !tokens.get(k).lower().replace('’', '\'').equals(word)) {
                    k = -1;
                    break;
                }
                k++;
            }
            if (k > 0) {
                return k;
            }
        }
        return judgementOf(tokens, i, limit);
    }

    /**
     * The token after "That was the assessment of" or "That's the reaction from" starting at {@code
     * i}: the words before were the judge's. -1 otherwise.
     */
    private static int judgementOf(List<Token> tokens, int i, int limit) {
        int k = i;
        if (k + 1 < limit && tokens.get(k).lower().replace('’', '\'').equals("that's")) {
            k++;
        } else if (k + 2 < limit
                && tokens.get(k).lower().equals("that")
                && (tokens.get(k + 1).lower().equals("was")
                        || tokens.get(k + 1).lower().equals("is"))) {
            k += 2;
        } else {
            return -1;
        }
        if (k + 3 < limit
                && tokens.get(k).lower().equals("the")
                && MESSAGES.contains(tokens.get(k + 1).lower())
                && (tokens.get(k + 2).lower().equals("of")
                        || tokens.get(k + 2).lower().equals("from"))) {
            return k + 3;
        }
        return -1;
    }

    /**
     * The token after "That plea came Tuesday from" or "The warning came from" starting at {@code
     * i}: the words before were the sender's. -1 otherwise.
     */
    private static int cameFrom(List<Token> tokens, int i, int limit) {
        if (i + 3 >= limit
                || !CAME_OPENERS.contains(tokens.get(i).lower())
                || !MESSAGES.contains(tokens.get(i + 1).lower())
                || !tokens.get(i + 2).lower().equals("came")) {
            return -1;
        }
        for (int k = i + 3; k + 1 < limit && k - i <= CAME_REACH; k++) {
            if (tokens.get(k).lower().equals("from")) {
                return k + 1;
            }
            if (tokens.get(k).type() == Token.Type.PUNCT) {
                return -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> CAME_OPENERS =
            java.util.Set.of("that", "this", "the");

    /** What a quotation may be called when a sentence says whom it came from. */
    private static final java.util.Set<String> MESSAGES =
            java.util.Set.of(
                    "plea",
                    "warning",
                    "message",
                    "advice",
                    "appeal",
                    "call",
                    "verdict",
                    "assessment",
                    "view",
                    "reaction",
                    "response",
                    "reply",
                    "jab",
                    "rebuke",
                    "retort",
                    "swipe",
                    "admission",
                    "conclusion",
                    "take",
                    "prediction",
                    "promise",
                    "pledge",
                    "vow",
                    "demand",
                    "criticism",
                    "praise",
                    "tribute",
                    "remark");

    /** How many words may stand between "came" and "from": "came on Tuesday from". */
    private static final int CAME_REACH = 6;

    /** The start of a link to a post's picture or page: "pic.twitter.com/…", "https://…". */
    private static final java.util.regex.Pattern LINK =
            java.util.regex.Pattern.compile("(?i)pic\\.|https?\\b");

    /** How many tokens the name signing a post may run. */
    private static final int POST_NAME = 8;

    /** A web address's ending: ".com", ".co.uk". */
    private static final java.util.regex.Pattern WEB_ADDRESS =
            java.util.regex.Pattern.compile("\\.[a-z]{2,}\\b");

    /** How far past a quotation a sentence-closing ", X said." may stand ("…” of the patients"). */
    private static final int SUBJECT_CLOSING_REACH = 8;

    /** How far past a quotation a sentence-closing ", said X." may stand. */
    private static final int CLAUSE_END_REACH = 30;

    /**
     * “…” announced in October, said Derek Scissors, a China scholar.: a cue verb inverted after a
     * comma, its subject closing the sentence, speaks for the whole sentence and so for the
     * quotation inside it. A subject that is a role followed by the person's name ("another witness
     * in the probe, former adviser Fiona Hill") gives the name. ", X said." closing the sentence
     * counts within {@code subjectReach} tokens of the quotation: a few, unless the quotation opens
     * the sentence ("“…” to hold up on their plans, Indyk said."). Not adjacent: a cue right by the
     * quotation wins over it.
     */
    private Attribution clauseEndCue(List<Token> tokens, int i, int end, int subjectReach) {
        for (int k = i; k + 2 < end && k - i <= CLAUSE_END_REACH; k++) {
            Token token = tokens.get(k);
            if (Mark.familyOf(token.text().charAt(0)) != null) {
                return null;
            }
            if (!token.is(',')) {
                continue;
            }
            Token verb = tokens.get(k + 1);
            if (verb.lower().equals("according") && tokens.get(k + 2).lower().equals("to")) {
                // "“…” are all thought to contribute, according to the Department of
                // Conservation.": the source credited for the whole sentence
                Attribution according = accordingClosing(tokens, k + 3, end);
                if (according != null) {
                    return according;
                }
                continue;
            }
            Cue cue = verb.capitalized() ? null : lexicon.cue(verb);
            if (cue == null || !cue.can(Cue.Use.SPEECH) || cue.can(Cue.Use.LISTENER)) {
                Attribution closing =
                        k - i <= subjectReach ? subjectThenCue(tokens, k + 1, end, false) : null;
                if (closing != null && closesSentence(tokens, k + 1, end, closing)) {
                    // "“…” of the patients, Dempsey said."
                    return closing.apart(0.8);
                }
                continue;
            }
            if (verb.lower().endsWith("ing")) {
                // "“…” the management’s choices, saying the new selectors would have": a
                // participle goes on with the sentence's subject; the words after it are what
                // was said, not who said it
                continue;
            }
            SubjectReader.Read subject = subjects.forward(tokens, k + 2, end);
            if (subject == null) {
                return null;
            }
            SpeakerRef ref = subject.ref();
            if (ref.kind() != SpeakerRef.Kind.NAME) {
                SpeakerRef named = nameClosing(tokens, subject.next(), end);
                ref = named != null ? named : ref;
            }
            return new Attribution(ref, verb.text(), null, cue.confidence() * 0.8, false, true);
        }
        return null;
    }

    /**
     * "“…,” NSW Nurses and Midwives’ Association general secretary Bronwyn Keech said.": a subject
     * too long to read forward, with no comma in it, then a cue that closes the sentence, read back
     * from the cue to the name before it. Null otherwise.
     */
    private Attribution longSubjectThenCue(List<Token> tokens, int i, int end) {
        for (int c = i + 1; c < end && c - i <= LONG_SUBJECT; c++) {
            Token token = tokens.get(c);
            if (token.is(',')
                    || token.is(';')
                    || Mark.familyOf(token.text().charAt(0)) != null
                            && !PhraseReader.pluralPossessive(tokens, c)) {
                return null;
            }
            Cue cue = cueAt(token, false);
            if (cue == null || !cue.can(Cue.Use.SPEECH) || token.lower().endsWith("ing")) {
                continue;
            }
            if (!tokens.get(c - 1).capitalized() || c + 1 < end && !tokens.get(c + 1).is('.')) {
                return null;
            }
            SubjectReader.Read name = subjects.backward(tokens, c, i);
            if (name == null || name.ref().kind() != SpeakerRef.Kind.NAME) {
                return null;
            }
            return new Attribution(
                    name.ref(), token.text(), null, cue.confidence() * 0.9, true, false);
        }
        return null;
    }

    /** How many tokens a subject before a closing cue may run: a body, a role and a name. */
    private static final int LONG_SUBJECT = 16;

    /** How many tokens a source credited "according to" at a sentence's end may run. */
    private static final int CLOSING_SOURCE_TOKENS = 12;

    /**
     * The source "according to" credits from token {@code from} when it closes the sentence in a
     * few words with no comma ("according to the Department of Conservation."), or null.
     */
    private Attribution accordingClosing(List<Token> tokens, int from, int end) {
        if (from >= end || end - from > CLOSING_SOURCE_TOKENS) {
            return null;
        }
        for (int k = from; k < end; k++) {
            if (tokens.get(k).is(',') || tokens.get(k).is('.') && k + 1 < end) {
                return null;
            }
        }
        Attribution credited = credited(tokens, from, end, 0.9, true, true);
        return credited == null ? null : credited.apart(0.8);
    }

    /** Whether the cue of {@code found}, read from token {@code from}, ends the sentence. */
    private static boolean closesSentence(
            List<Token> tokens, int from, int end, Attribution found) {
        for (int k = from; k < end; k++) {
            if (tokens.get(k).text().equals(found.cue())) {
                return k + 1 >= end
                        || tokens.get(k + 1).is('.') && k + 2 >= end
                        || tokens.get(k + 1).is(',')
                                && k + 2 < end
                                && CLOSING_CLAUSES.contains(tokens.get(k + 2).lower())
                        || closingCircumstance(tokens, k + 1, end);
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code from} to the sentence's end say only where or when: "she said
     * in a video message.", "he said on Tuesday."
     */
    private static boolean closingCircumstance(List<Token> tokens, int from, int end) {
        int last = end > from && tokens.get(end - 1).is('.') ? end - 1 : end;
        if (from >= last || last - from > CLOSING_TAIL) {
            return false;
        }
        String first = tokens.get(from).lower();
        if (!SubjectReader.PREPOSITIONS.contains(first)
                && !io.storytrace.text.CalendarWords.WEEKDAYS.contains(first)) {
            return false;
        }
        for (int k = from; k < last; k++) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.PUNCT
                    || token.capitalized()
                            && !io.storytrace.text.CalendarWords.WEEKDAYS.contains(token.lower())) {
                // "said in a wide-ranging interview with The Washington Post": an outlet is read
                // with the attribution, not passed over
                return false;
            }
        }
        return true;
    }

    /** How many words of where or when may close a sentence after its cue. */
    private static final int CLOSING_TAIL = 8;

    /**
     * Whether token {@code c} is a passive verb of asking with its agent after "by": "Sanders was
     * asked by host Bill Maher, who …, “…?”" reaches its question past a long relative clause.
     */
    private static boolean askedBy(List<Token> tokens, int c) {
        return c > 0
                && c + 1 < tokens.size()
                && PASSIVE.contains(tokens.get(c - 1).lower())
                && QUESTIONED.contains(tokens.get(c).lower())
                && tokens.get(c + 1).lower().equals("by");
    }

    /**
     * Words opening a clause after a sentence-closing ", X has said,": "…, a health leader has
     * said, as it emerged that …".
     */
    private static final java.util.Set<String> CLOSING_CLAUSES =
            java.util.Set.of("as", "after", "while", "amid", "following", "adding", "before");

    /** The name after the last comma before the sentence's end, if it closes the sentence. */
    private SpeakerRef nameClosing(List<Token> tokens, int from, int end) {
        for (int k = end - 1; k >= from; k--) {
            if (tokens.get(k).is(',')) {
                SubjectReader.Read read = subjects.forward(tokens, k + 1, end);
                boolean closes =
                        read != null
                                && (read.next() >= end
                                        || tokens.get(read.next()).is('.')
                                                && read.next() + 1 >= end);
                return closes && read.ref().kind() == SpeakerRef.Kind.NAME ? read.ref() : null;
            }
        }
        return null;
    }

    /** Where a quotation left open really ends, and who its attribution names. */
    record Cut(int end, Attribution attribution) {}

    /**
     * In a region whose closing mark was never written, a comma followed by an attribution is where
     * the quotation ended: “We need the report first, said councillor Tomas Reeve after the
     * meeting.
     */
    Cut insideUnclosed(Passage passage, QuotedRegion region) {
        List<Token> tokens = passage.tokens();
        int from = passage.tokenAtOrAfter(region.content().start());
        int to = passage.tokenAtOrAfter(region.content().end());
        for (int k = from + 1; k + 2 < to; k++) {
            if (!tokens.get(k).is(',')) {
                continue;
            }
            Attribution found = cueThenSubject(tokens, k + 1, to, false);
            if (found == null) {
                found = subjectThenCue(tokens, k + 1, to, false);
            }
            if (found != null && names(found.speaker())) {
                return new Cut(tokens.get(k).end(), found);
            }
        }
        return null;
    }

    /**
     * The full name after a comma that follows an organisation's role, closing the clause: "Opera
     * spokeswoman, Berit Hanson." (the name read first being the organisation's). Null otherwise.
     */
    private SubjectReader.Read nameAfterRole(
            List<Token> tokens, SubjectReader.Read subject, int end) {
        int k = subject.next();
        int roles = 0;
        while (k < end && lexicon.roles().contains(tokens.get(k).lower())) {
            k++;
            roles++;
        }
        if (subject.ref().kind() != SpeakerRef.Kind.NAME
                || roles == 0
                || k + 1 >= end
                || !tokens.get(k).is(',')) {
            return null;
        }
        SubjectReader.Read name = subjects.forward(tokens, k + 1, end);
        return name != null
                        && closesAt(tokens, name.next(), end)
                        && name.ref().kind() == SpeakerRef.Kind.NAME
                        && name.ref().text().contains(" ")
                ? name
                : null;
    }

    /**
     * Whether {@code region} sits inside its sentence as a fragment: words before it in the
     * sentence, and no stop, comma or question mark closing its words.
     */
    private static boolean midSentence(Passage passage, QuotedRegion region) {
        int open = passage.tokenAtOrAfter(region.open());
        if (open <= passage.firstToken(passage.sentenceAt(region.open()))) {
            return false;
        }
        List<Token> content = SpeechClassifier.content(passage, region);
        if (content.isEmpty()) {
            return false;
        }
        Token last = content.getLast();
        return last.type() != Token.Type.PUNCT;
    }

    private static boolean names(SpeakerRef ref) {
        return ref.kind() == SpeakerRef.Kind.NAME || ref.kind() == SpeakerRef.Kind.PERSON_ROLE;
    }

    private Attribution cueThenSubject(List<Token> tokens, int i, int end, boolean headline) {
        Cue cue = speechCue(tokens.get(i), headline);
        if (cue == null && reads(tokens.get(i))) {
            // "“…,” read a statement from Vesey Motors."
            SpeakerRef issuer = document(tokens, i, end);
            return issuer == null
                    ? null
                    : new Attribution(
                            issuer,
                            tokens.get(i).text(),
                            null,
                            DOCUMENT_READS.confidence(),
                            true,
                            true);
        }
        if (cue == null) {
            return cameTheReply(tokens, i, end);
        }
        if (tokens.get(i).lower().endsWith("ing")) {
            // "“…,” citing a peak of 3.4 million viewers": a participle's object, no subject
            return null;
        }
        SubjectReader.Read subject =
                appositiveName(tokens, subjects.forward(tokens, i + 1, end), end);
        SubjectReader.Read spokesperson =
                subject == null ? null : nameAfterRole(tokens, subject, end);
        if (spokesperson != null) {
            // "“…,” said Opera spokeswoman, Berit Hanson."
            subject = spokesperson;
        }
        if (headline && subject != null) {
            subject = headlineRoleOf(tokens, subject, end);
        }
        SpeakerRef ref = subject != null ? issuer(tokens, subject, end) : document(tokens, i, end);
        if (ref == null) {
            return null;
        }
        return withOutlet(
                new Attribution(ref, tokens.get(i).text(), null, cue.confidence(), true, true),
                tokens,
                i,
                end);
    }

    /**
     * A headline's name and the role noun after it, which closes the headline: "warns Fiji
     * ambassador", "says Tesla boss". The one who holds the role there speaks, not the place or the
     * firm; {@code read} itself otherwise.
     */
    private SubjectReader.Read headlineRoleOf(
            List<Token> tokens, SubjectReader.Read read, int end) {
        int role = read.next();
        if (read.ref().kind() != SpeakerRef.Kind.NAME
                || role >= end
                || tokens.get(role).capitalized()
                || !lexicon.names().roles().contains(tokens.get(role).lower())
                || role + 1 < end && tokens.get(role + 1).type() == Token.Type.WORD) {
            return read;
        }
        int from = role - 1;
        while (from > 0 && tokens.get(from - 1).end() > read.ref().offset()) {
            from--;
        }
        String text = String.join(" ", PhraseReader.texts(tokens, from, role + 1));
        return new SubjectReader.Read(
                new SpeakerRef(SpeakerRef.Kind.PERSON_ROLE, text, tokens.get(from).start()),
                role + 1);
    }

    /** The nouns of "came the reply from X": who sent the answer is its speaker. */
    private static final java.util.Set<String> REPLIES =
            java.util.Set.of(
                    "reply",
                    "response",
                    "answer",
                    "retort",
                    "rejoinder",
                    "verdict",
                    "explanation",
                    "reaction",
                    "warning",
                    "message",
                    "assessment");

    /**
     * “That is not true,” came the (swift) reply from Jane Smith: the sender after "from" is the
     * speaker. Without "from" the reply names no one, and none is guessed here.
     */
    private Attribution cameTheReply(List<Token> tokens, int i, int end) {
        Attribution owned = wasTheirReply(tokens, i, end);
        if (owned != null) {
            return owned;
        }
        if (i + 1 >= end
                || !tokens.get(i).lower().equals("came")
                || !PhraseReader.DETERMINERS.contains(tokens.get(i + 1).lower())) {
            return null;
        }
        // "came the swift response from": a word or two describing the reply
        int noun = i + 2;
        while (noun < end && noun - i <= 4 && !REPLIES.contains(tokens.get(noun).lower())) {
            if (tokens.get(noun).type() != Token.Type.WORD || tokens.get(noun).capitalized()) {
                return null;
            }
            noun++;
        }
        if (noun + 2 >= end
                || !REPLIES.contains(tokens.get(noun).lower())
                || !tokens.get(noun + 1).lower().equals("from")) {
            return null;
        }
        // "came the reply from his race engineer, Tom Ferris": the name apposed to the role
        SubjectReader.Read sender =
                appositiveName(tokens, subjects.forward(tokens, noun + 2, end), end);
        if (sender == null || sender.ref().kind() == SpeakerRef.Kind.PRONOUN) {
            return null;
        }
        return new Attribution(sender.ref(), tokens.get(i).text(), null, 0.9, true, true);
    }

    /**
     * "said the lawyer, Ana Ruiz", "said a spokeswoman, Jo Pike": a role and then, in apposition,
     * the name of the person who holds it; the name is the subject. Otherwise {@code subject}.
     */
    private SubjectReader.Read appositiveName(
            List<Token> tokens, SubjectReader.Read subject, int end) {
        if (subject == null
                || subject.ref().kind() != SpeakerRef.Kind.PERSON_ROLE
                        && subject.ref().kind() != SpeakerRef.Kind.UNNAMED
                        && !Character.isLowerCase(subject.ref().text().charAt(0))) {
            // ("one of the protesters, Ana Ruiz," is read as a group's one member: lower case)
            return subject;
        }
        int k = subject.next();
        if (k + 1 >= end || !tokens.get(k).is(',')) {
            return subject;
        }
        int at = k + 1 < end - 1 && SINCE.contains(tokens.get(k + 1).lower()) ? k + 2 : k + 1;
        // "says the student, now Professor Anil Rao": who the role's holder has since become
        SubjectReader.Read name = subjects.forward(tokens, at, end);
        return name != null
                        && name.ref().kind() == SpeakerRef.Kind.NAME
                        && opensAppositive(tokens, at, name.ref().offset())
                ? name
                : subject;
    }

    /**
     * Whether the name at {@code offset} is whom the appositive at token {@code at} names, no
     * preposition before it: "former doubles champion Renée Castellane", not "a nurse headed to
     * Boston Medical Center", whose name is where she works.
     */
    private static boolean opensAppositive(List<Token> tokens, int at, int offset) {
        for (int k = at; k < tokens.size() && tokens.get(k).start() < offset; k++) {
            if (SubjectReader.PREPOSITIONS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Words before what a person named by an old role has since become: "now", "later". */
    private static final java.util.Set<String> SINCE =
            java.util.Set.of("now", "later", "since", "formerly", "then");

    /**
     * "said a report from Kotak Institutional Equities", "said a statement by the ministry": a
     * document speaks for whoever issued it, when a name follows "from" or "by"; null otherwise.
     */
    private SpeakerRef document(List<Token> tokens, int cue, int end) {
        int k = cue + 1;
        if (k < end && PhraseReader.DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k < end && io.storytrace.text.CalendarWords.WEEKDAYS.contains(tokens.get(k).lower())) {
            // "reads a Wednesday editorial in The Des Moines Register"
            k++;
        }
        boolean written = k < end && QuoteAssembler.DOCUMENTS.contains(tokens.get(k).lower());
        if (written && k + 1 == end) {
            // "“…,” reads the editorial.": the document, which speaks for whoever issued it
            return new SpeakerRef(
                    SpeakerRef.Kind.ORGANISATION_ROLE,
                    "the " + tokens.get(k).lower(),
                    tokens.get(k).start());
        }
        if (k + 2 >= end
                || !written
                        && !lexicon.names().organisationRoles().contains(tokens.get(k).lower())) {
            return null;
        }
        String by = tokens.get(k + 1).lower();
        if (!by.equals("from") && !by.equals("by") && !(written && by.equals("in"))) {
            return null;
        }
        SubjectReader.Read issuer = subjects.forward(tokens, k + 2, end);
        // "read a statement from the club", "said a statement from his lawyer": a body or a
        // person the story goes on to name, found as a role is
        return issuer != null && SOMEONE.contains(issuer.ref().kind()) ? issuer.ref() : null;
    }

    /**
     * What names someone by itself, to issue a document or head a headline: a name, a body's or a
     * person's role, someone unnamed (not a pronoun, nor the sentence's subject to be found again).
     */
    private static final java.util.Set<SpeakerRef.Kind> SOMEONE =
            java.util.EnumSet.of(
                    SpeakerRef.Kind.NAME,
                    SpeakerRef.Kind.ORGANISATION_ROLE,
                    SpeakerRef.Kind.PERSON_ROLE,
                    SpeakerRef.Kind.UNNAMED);

    /** Words that open a description of someone: "his neighbor in …", "the owner of …". */
    private static final java.util.Set<String> DESCRIPTION_OPENERS =
            java.util.Set.of("his", "her", "their", "the", "a", "an");

    /**
     * The full name set off by commas after a description that opens at token {@code i} and ends in
     * the name {@code subject} read inside it: "his neighbor in New York, Donald Trump,". Read past
     * the name: the name and the comma after it, the next token after it. Null otherwise.
     */
    private SubjectReader.Read nameAfterDescribedPlace(
            List<Token> tokens, int i, SubjectReader.Read subject, int end) {
        int comma = subject.next();
        if (!DESCRIPTION_OPENERS.contains(tokens.get(i).lower())
                || subject.ref().kind() != SpeakerRef.Kind.NAME
                || subject.ref().offset() <= tokens.get(i).start()
                || comma + 2 >= end
                || !tokens.get(comma).is(',')) {
            return null;
        }
        SubjectReader.Read name = subjects.forward(tokens, comma + 1, end);
        if (name == null
                || name.ref().kind() != SpeakerRef.Kind.NAME
                || !name.ref().text().contains(" ")
                || name.next() + 1 >= end
                || !tokens.get(name.next()).is(',')
                || speechCue(tokens.get(name.next() + 1), false) == null) {
            return null;
        }
        return new SubjectReader.Read(name.ref(), name.next() + 1);
    }

    /** The subject as read, or the issuer a document subject names ("the report by Acme"). */
    private SpeakerRef issuer(List<Token> tokens, SubjectReader.Read subject, int end) {
        int k = subject.next();
        if (subject.ref().kind() != SpeakerRef.Kind.ORGANISATION_ROLE
                || k + 1 >= end
                || !(tokens.get(k).lower().equals("from") || tokens.get(k).lower().equals("by"))) {
            return subject.ref();
        }
        SubjectReader.Read issuer = subjects.forward(tokens, k + 1, end);
        return issuer != null && issuer.ref().kind() == SpeakerRef.Kind.NAME
                ? issuer.ref()
                : subject.ref();
    }

    private Attribution subjectThenCue(List<Token> tokens, int i, int end, boolean headline) {
        Attribution described = describedThenCue(tokens, i, end, headline);
        if (described != null) {
            return described;
        }
        for (int j = i + 1; j < end && j - i <= QUOTER_WORDS; j++) {
            if (tokens.get(j).type() != Token.Type.WORD) {
                break;
            }
            Attribution quoted = quotedAsSaying(tokens, i, j, end);
            if (quoted != null) {
                return quoted;
            }
        }
        SubjectReader.Read subject = subjects.forward(tokens, i, end);
        if (subject == null) {
            subject = nameApposedToDescription(tokens, i, end);
        }
        if (subject == null) {
            return null;
        }
        SubjectReader.Read holder = nameAfterDescribedPlace(tokens, i, subject, end);
        if (holder != null) {
            // "“…,” his neighbor in both Florida and New York, Donald Trump, said": the name set
            // off after the description, not the place inside it
            subject = holder;
        }
        SubjectReader.Read named = appositiveName(tokens, subject, end);
        if (named != subject && named.next() < end && tokens.get(named.next()).is(',')) {
            // "the actress, Mara Quill, told …": the role's holder is the subject
            subject = new SubjectReader.Read(named.ref(), named.next() + 1);
        }
        int j = skipCompanions(tokens, skipAppositive(tokens, subject.next(), end), end);
        if (subject.ref().kind() == SpeakerRef.Kind.NAME) {
            j = skipCoauthor(tokens, j, end);
        }
        if (j < end && PhraseReader.isInitialDot(tokens, j)) {
            // "Acme Corp. said": the abbreviation's dot, left after the name
            j++;
        }
        while (j < end && isSkippable(tokens.get(j))) {
            j++;
        }
        Cue cue = j < end ? speechCue(tokens.get(j), headline) : null;
        if (cue == null && j < end && j > i && tokens.get(j - 1).is(',')) {
            // "“…” Murphy, the head of Right to Rise USA, Tweeted on Friday": a cue in the past
            // written with a capital after the appositive
            cue = capitalisedCue(tokens.get(j));
        }
        if (cue != null && j > i && PhraseReader.possessive(tokens.get(j - 1))) {
            // "“…” BA's shares closed up four pence.": a noun after its owner, not a verb
            cue = null;
        }
        if (cue == null && subject.ref().kind() == SpeakerRef.Kind.NAME) {
            int affiliated = afterAffiliation(tokens, j, end);
            Cue after =
                    affiliated > j && affiliated < end
                            ? speechCue(tokens.get(affiliated), headline)
                            : null;
            if (after != null) {
                // "U.S. Attorney Kendra Oyelaran for the Southern District of Florida said"
                j = affiliated;
                cue = after;
            }
        }
        if (cue == null && j < end && calledOut(tokens, j, end)) {
            // "“And that is the Fenrir plant!” Forsythe called.": calling out, not naming
            cue = CALLED_OUT;
        }
        if (cue == null
                && j + 1 < end
                && QuoteAssembler.DOCUMENTS.contains(tokens.get(j).lower())
                && reads(tokens.get(j + 1))) {
            // "a Greater Northfield Police statement read": the name, then its document
            j++;
            cue = DOCUMENT_READS;
        }
        if (cue == null && subject.ref().kind() == SpeakerRef.Kind.NAME) {
            // "Sen. Maria Delgado-Ferris (D-Ore.), said": a comma after the bracket too
            int comma = j < end && tokens.get(j).is(',') ? j : subject.next();
            j = cueAfterAppositive(tokens, comma, end, headline);
            cue = j < 0 ? null : speechCue(tokens.get(j), headline);
        }
        if (cue == null && j >= 0 && j < end && documentReads(subject.ref(), tokens.get(j))) {
            cue = DOCUMENT_READS;
        }

        boolean it =
                subject.ref().kind() == SpeakerRef.Kind.PRONOUN
                        && subject.ref().text().equalsIgnoreCase("it");
        String document =
                it && cue == null && j >= 0 && j < end && reads(tokens.get(j))
                        ? documentBefore(tokens, i, false)
                        : null;
        if (document == null && it && cue != null) {
            // "read a statement on behalf of Ms Brett's family. “…,” it said."
            document = documentBefore(tokens, i, true);
        }
        if (document != null) {
            // "Hollis released his own statement through the League Managers Association. “…,”
            // it read.": the statement, which speaks for whoever issued it
            subject =
                    new SubjectReader.Read(
                            new SpeakerRef(
                                    SpeakerRef.Kind.ORGANISATION_ROLE,
                                    "the " + document,
                                    subject.ref().offset()),
                            subject.next());
            cue = DOCUMENT_READS;
        }
        if (cue == null || beforeInfinitive(tokens, j, cue)) {
            return null;
        }
        return withOutlet(
                new Attribution(
                        subject.ref(), tokens.get(j).text(), null, cue.confidence(), true, true),
                tokens,
                j,
                end);
    }

    /** Nouns for news outlets in general: "local newspapers quote …", "state media quoted …". */
    private static final java.util.Set<String> OUTLET_NOUNS =
            java.util.Set.of(
                    "newspaper",
                    "newspapers",
                    "paper",
                    "papers",
                    "media",
                    "outlets",
                    "agency",
                    "television",
                    "tv",
                    "radio",
                    "broadcaster",
                    "press",
                    "tabloid",
                    "tabloids");

    /**
     * "“…,” local newspapers quote Salinas as saying", "“…,” Reuters quoted a police spokesman as
     * saying": the one quoted is the speaker and the subject, tokens {@code i} to the cue at {@code
     * j}, is where the words were printed when it is an outlet or a noun for outlets. Null when the
     * words are not so.
     */
    private Attribution quotedAsSaying(List<Token> tokens, int i, int j, int end) {
        if (!SubjectReader.QUOTING.contains(tokens.get(j).lower())
                || !OutletRecognizer.asSaying(tokens, j, end)) {
            return null;
        }
        SpeakerRef quoted = subjects.quotedAsSaying(tokens, j, i);
        if (quoted == null) {
            return null;
        }
        boolean the = tokens.get(i).lower().equals("the");
        OutletRecognizer.Name outlet = outlets.outletAt(tokens, the ? i + 1 : i, j, the);
        String printedIn = outlet != null ? outlet.canonical() : null;
        int noun = j - 1;
        while (noun >= i && !OUTLET_NOUNS.contains(tokens.get(noun).lower())) {
            noun--;
        }
        if (printedIn == null && noun == j - 1) {
            // "local newspapers", "state media": outlets as written
            printedIn = PhraseReader.text(tokens, the ? i + 1 : i, j);
        } else if (printedIn == null
                && noun >= i
                && tokens.subList(noun + 1, j).stream().allMatch(Token::capitalized)) {
            // "the official news agency KCNA": the name after the noun
            printedIn = PhraseReader.text(tokens, noun + 1, j);
        }
        return new Attribution(quoted, "saying", printedIn, 0.9, true, true);
    }

    /**
     * "At the end you can hear him say, “…”": the one heard, an object pronoun between a verb of
     * perceiving and the cue at token {@code c}, as the pronoun that finds them again. Null
     * otherwise.
     */
    private static SpeakerRef heardSpeaking(List<Token> tokens, int c, int start) {
        if (c - 2 < start || !SpeechClassifier.PERCEIVING.contains(tokens.get(c - 2).lower())) {
            return null;
        }
        String pronoun = SubjectReader.OBJECT_PRONOUNS.get(tokens.get(c - 1).lower());
        return pronoun == null
                ? null
                : new SpeakerRef(SpeakerRef.Kind.PRONOUN, pronoun, tokens.get(c - 1).start());
    }

    /** How many words may name who quoted someone "as saying": "the official news agency". */
    private static final int QUOTER_WORDS = 5;

    /** How many tokens an unnamed speaker and the clause describing them may run. */
    private static final int DESCRIBED_REACH = 14;

    /**
     * “…,” a woman who lives two doors down said / an official who spoke on condition of anonymity
     * said: an unnamed speaker, a clause saying who they are, then the cue; the clause's own verb
     * ("spoke") is not the cue. Null when the words after the quotation are not so.
     */
    private Attribution describedThenCue(List<Token> tokens, int i, int end, boolean headline) {
        boolean described = false;
        for (int c = i + 1; c < end && c - i <= DESCRIBED_REACH; c++) {
            Token token = tokens.get(c);
            if (token.type() != Token.Type.WORD) {
                return null;
            }
            described |= SubjectReader.POST_MODIFIERS.contains(token.lower());
            Cue cue = speechCue(token, headline);
            if (cue == null || PhraseReader.DETERMINERS.contains(tokens.get(c - 1).lower())) {
                // "briefed on the talks said": a cue's form after "the" is a noun
                continue;
            }
            if (!described) {
                // "“…,” a spokesman said in a statement that he had told …": the first cue,
                // before any description, is the plain reading's
                return null;
            }
            SubjectReader.Read read = subjects.unnamedWithClause(tokens, c - 1, i, false);
            if (read != null
                    && read.ref().offset() == tokens.get(i).start()
                    && !beforeInfinitive(tokens, c, cue)) {
                return withOutlet(
                        new Attribution(
                                read.ref(), token.text(), null, cue.confidence(), true, true),
                        tokens,
                        c,
                        end);
            }
        }
        return null;
    }

    /**
     * Where the words after the body a person is said to be of, at or for end, when token {@code j}
     * opens such a complement: "for the Southern District of Florida", "of the University of
     * Leeds". {@code j} itself otherwise.
     */
    private static int afterAffiliation(List<Token> tokens, int j, int end) {
        if (j + 1 >= end || !AFFILIATED.contains(tokens.get(j).lower())) {
            return j;
        }
        int k = tokens.get(j + 1).lower().equals("the") ? j + 2 : j + 1;
        if (k >= end || !tokens.get(k).capitalized()) {
            return j;
        }
        while (k < end
                && k - j <= AFFILIATION_WORDS
                && (tokens.get(k).capitalized()
                        || AFFILIATION_JOINERS.contains(tokens.get(k).text())
                                && k + 1 < end
                                && tokens.get(k + 1).capitalized())) {
            k++;
        }
        return k;
    }

    /** Prepositions that tie a person to a body after the name: "of", "at", "for". */
    private static final java.util.Set<String> AFFILIATED = java.util.Set.of("of", "at", "for");

    /** Small words inside a body's name after a person: "District of Florida". */
    private static final java.util.Set<String> AFFILIATION_JOINERS =
            java.util.Set.of("of", "the", "and", "for", "&");

    /** How many tokens the body after a person's name may run. */
    private static final int AFFILIATION_WORDS = 10;

    /** "called" closing its clause after a quotation and its subject: words called out. */
    private static final Cue CALLED_OUT = new Cue("call", 0.8, java.util.Set.of(Cue.Use.SPEECH));

    /**
     * Whether token {@code j} is "called" or "calls" ending its clause ("Forsythe called."), where
     * the verb gives words called out rather than a name.
     */
    private static boolean calledOut(List<Token> tokens, int j, int end) {
        if (j + 1 >= tokens.size()
                || !(tokens.get(j).lower().equals("called")
                        || tokens.get(j).lower().equals("calls"))) {
            return false;
        }
        Token next = tokens.get(j + 1);
        return next.is('.') || next.is('!') || next.is(',') && j + 1 < end;
    }

    /** "Read" after a document: “…,” the statement read. */
    private static final Cue DOCUMENT_READS =
            new Cue("read", 0.8, java.util.Set.of(Cue.Use.SPEECH));

    /** Whether {@code verb} is "read" or "reads", as a document's words are given. */
    static boolean reads(Token verb) {
        return verb.lower().equals("read") || verb.lower().equals("reads");
    }

    /**
     * Whether {@code verb} is "read" or "reads" after a document that speaks for its issuer: “…,”
     * the statement read / it read / a statement from her family read. A sign or a headline that
     * reads is no one's words.
     */
    private static boolean documentReads(SpeakerRef subject, Token verb) {
        if (!reads(verb)) {
            return false;
        }
        for (String word : subject.text().toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (QuoteAssembler.DOCUMENTS.contains(word)) {
                return true;
            }
            if (SubjectReader.PREPOSITIONS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "It read:" opening a sentence after one that names a document ("sharing a cryptic post on her
     * Instagram Stories. It read: “…”"): the document, which speaks for whoever issued it; null
     * otherwise.
     */
    private static Attribution itReadBefore(List<Token> tokens, int start, int open) {
        if (open - 3 != start
                || !tokens.get(start).lower().equals("it")
                || !reads(tokens.get(start + 1))) {
            return null;
        }
        String document = documentBefore(tokens, start, false);
        if (document == null) {
            return null;
        }
        SpeakerRef ref =
                new SpeakerRef(
                        SpeakerRef.Kind.ORGANISATION_ROLE,
                        "the " + document,
                        tokens.get(start).start());
        return new Attribution(
                ref, tokens.get(start + 1).text(), null, DOCUMENT_READS.confidence(), true, false);
    }

    /** How many tokens before a quotation "it read" looks for the document it is. */
    private static final int DOCUMENT_BACK = 60;

    /**
     * The noun of the last document ("statement", "post", "letter") within reach before token
     * {@code i}, for an "it" that then reads, or, when {@code onBehalf}, the last one given "on
     * behalf of" someone ("a statement on behalf of Ms Brett's family"); null when none stands
     * there.
     */
    private static String documentBefore(List<Token> tokens, int i, boolean onBehalf) {
        for (int k = i - 1; k >= 0 && i - k <= DOCUMENT_BACK; k--) {
            if (QuoteAssembler.DOCUMENTS.contains(tokens.get(k).lower())
                    && (!onBehalf || QuoteAssembler.onBehalfOf(tokens, k))) {
                return tokens.get(k).lower();
            }
        }
        return null;
    }

    /** Whether the colon at {@code colon} follows token {@code c} directly or after "in part". */
    private static boolean readsUpTo(List<Token> tokens, int c, int colon) {
        return c + 1 == colon
                || c + 3 == colon
                        && tokens.get(c + 1).lower().equals("in")
                        && tokens.get(c + 2).lower().equals("part");
    }

    /**
     * Whether token {@code c} is "read" or "reads" after a document whose issuer the subject names:
     * "A statement from Acme Corp read:", "A statement from her family read:". A pronoun ("It
     * read:") leaves the issuer to be found as before, and a sign names no one.
     */
    private boolean documentNamed(List<Token> tokens, int c, int start) {
        if (!reads(tokens.get(c))) {
            return false;
        }
        if (c > start && subjects.senderAside(tokens, c, start) != null) {
            // "One, from a fourth-grade class, read:": the sender set off before the verb
            return true;
        }
        SpeakerRef subject = subjects.ofCue(tokens, c, start);
        if (subject == null
                || subject.kind() != SpeakerRef.Kind.NAME
                        && subject.kind() != SpeakerRef.Kind.UNNAMED) {
            return false;
        }
        for (int k = c - 1; k >= start && c - k <= CLAUSE_REACH; k--) {
            if (QuoteAssembler.DOCUMENTS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for quoted words themselves: "…,” a line Sveinsdottir says she will steal". */
    private static final java.util.Set<String> QUOTATION_NOUNS =
            java.util.Set.of(
                    "line",
                    "phrase",
                    "remark",
                    "comment",
                    "quip",
                    "description",
                    "verdict",
                    "assessment",
                    "words",
                    "sentiment",
                    "characterisation",
                    "characterization",
                    "label",
                    "jibe",
                    "barb",
                    "put-down");

    /**
     * Whether the words after a quotation's comma rename the quotation ("“a ghost story,” a line
     * Sveinsdottir says she will steal", "words that she will treasure"): someone named there is
     * talking about the words, not saying them.
     */
    private boolean renamesQuotation(List<Token> tokens, int i, int end) {
        String first = tokens.get(i).lower();
        if (QUOTATION_NOUNS.contains(first)) {
            return true;
        }
        if (i + 1 >= end
                || !PhraseReader.DETERMINERS.contains(first)
                || !QUOTATION_NOUNS.contains(tokens.get(i + 1).lower())) {
            return false;
        }
        // "“…,” the label said": a noun that speaks, a record label, not the words renamed
        Cue cue = i + 2 < end ? lexicon.cue(tokens.get(i + 2)) : null;
        return cue == null || !cue.can(Cue.Use.SPEECH);
    }

    /**
     * Whether a speech verb stands before {@code region} in its own sentence ("The Alliance said in
     * a statement that the package was “a start, not a solution.”"): the sentence names its
     * speaker, and a cue in the next one ("Its secretary-general told reporters …") is another
     * statement.
     */
    private boolean cuedBefore(Passage passage, QuotedRegion region) {
        List<Token> tokens = passage.tokens();
        int open = passage.tokenAtOrAfter(region.open());
        for (int k = passage.firstToken(passage.sentenceAt(region.open())); k < open; k++) {
            Token token = tokens.get(k);
            Cue cue = token.capitalized() ? null : lexicon.cue(token);
            if (cue != null
                    && !cue.can(Cue.Use.WEAK)
                    && (cue.can(Cue.Use.SPEECH) || cue.can(Cue.Use.REPORTED))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a speech cue earlier in the sentence whose reported clause holds the cue at
     * {@code c} after a modal ("She said her committee would call ministers …"): what is yet to be
     * said is told by that subject. Null when no modal stands before the cue or no such cue before.
     */
    private SpeakerRef reporterOfIntent(List<Token> tokens, int c, int start) {
        if (c - 1 <= start || !MODALS.contains(tokens.get(c - 1).lower())) {
            return null;
        }
        for (int k = c - 2; k >= start; k--) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.PUNCT) {
                // "when she tells them she's in a movie, her mother will say": a clause of its
                // own before the comma, not the one that reports
                return null;
            }
            Cue cue = token.capitalized() ? null : lexicon.cue(token);
            if (cue != null
                    && cue.can(Cue.Use.SPEECH)
                    && !cue.can(Cue.Use.WEAK)
                    && REPORTING.contains(token.lower())) {
                SpeakerRef reporter = subjects.ofCue(tokens, k, start);
                return reporter != null && reporter.kind() != SpeakerRef.Kind.SENTENCE_SUBJECT
                        ? reporter
                        : null;
            }
        }
        return null;
    }

    /** Modals before a cue for words not yet said: "would ask", "will call". */
    static final java.util.Set<String> MODALS =
            java.util.Set.of("would", "will", "could", "might", "may", "should", "must");

    /** Cue forms that report what someone intends: "said", "says", "told". */
    private static final java.util.Set<String> REPORTING =
            java.util.Set.of("said", "says", "told", "tells", "added", "announced");

    /**
     * Whether sentence {@code s} has a cue verb whose clause, after "that", holds a quotation of
     * its own: "His coach, Han Seo-yeon, told Dexerto after the match that the team had “…”". Its
     * cue is that quotation's, not the one before the sentence.
     */
    private boolean reportsOwnQuotation(Passage passage, int s) {
        List<Token> tokens = passage.tokens();
        int end = passage.firstToken(s + 1);
        boolean cued = false;
        boolean that = false;
        for (int k = passage.firstToken(s); k < end; k++) {
            Token token = tokens.get(k);
            if (Mark.is(token)) {
                return that && SubjectReader.openingMark(tokens, k);
            }
            Cue cue = token.capitalized() ? null : lexicon.cue(token);
            cued |= cue != null && cue.can(Cue.Use.SPEECH);
            that |= cued && token.lower().equals("that");
        }
        return false;
    }

    /** Subjects of a clause reported right after its verb: "said it had …", "says they will". */
    private static final java.util.Set<String> CLAUSE_SUBJECTS =
            java.util.Set.of("it", "he", "she", "they", "we", "there", "his", "their");

    /** How many words a cue's "that" may stand after it: "point out that". */
    private static final int THAT_REACH = 2;

    /**
     * Whether sentence {@code s} reports words of its own with no quotation: a verb of speech and
     * "that" right after it ("Other opponents point out that even a test would be risky."). Such a
     * sentence is no attribution of the quotation before it.
     */
    private boolean reportsOwnClause(Passage passage, int s) {
        List<Token> tokens = passage.tokens();
        int end = passage.firstToken(s + 1);
        for (int k = passage.firstToken(s); k < end; k++) {
            Token token = tokens.get(k);
            Cue cue = token.capitalized() ? null : lexicon.cue(token);
            if (cue == null || !cue.can(Cue.Use.SPEECH)) {
                continue;
            }
            if (k + 1 < end && CLAUSE_SUBJECTS.contains(tokens.get(k + 1).lower())) {
                // "The SEC said it had taken views into consideration."
                return true;
            }
            if (parenthetical(tokens, passage.firstToken(s), k, end)) {
                // "Ohio, he said, was “where we have a chance.”"
                return true;
            }
            for (int j = k + 1; j < end && j - k <= THAT_REACH; j++) {
                if (tokens.get(j).lower().equals("that")) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether the cue at token {@code k} stands in an aside set off by commas inside the clause it
     * reports, its subject a pronoun or a capitalised word or two: "Ohio, he said, was …", "Trump,
     * Sexton said, has created …". The words around it are the speaker's own sentence.
     */
    private static boolean parenthetical(List<Token> tokens, int first, int k, int end) {
        if (k + 2 >= end || !tokens.get(k + 1).is(',')) {
            return false;
        }
        int comma = k - 1;
        while (comma > first && k - comma <= 3 && !tokens.get(comma).is(',')) {
            comma--;
        }
        if (comma <= first || !tokens.get(comma).is(',') || comma == k - 1) {
            return false;
        }
        if (comma == k - 2 && CLAUSE_SUBJECTS.contains(tokens.get(k - 1).lower())) {
            return true;
        }
        for (int j = comma + 1; j < k; j++) {
            if (!tokens.get(j).capitalized() || tokens.get(j).type() != Token.Type.WORD) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cue verb a little further on, its subject read back from it: “…” chairman, CEO and
     * president Craig Menear said.
     */
    private Attribution cueAhead(List<Token> tokens, int i, int end, boolean headline) {
        for (int c = i + 1; c < end && c - i <= AHEAD_WINDOW; c++) {
            Token token = tokens.get(c);
            if (initialInName(tokens, c, end)) {
                // "former George W. Bush speechwriter Noam Neusner wrote": an initial's dot
                continue;
            }
            if (token.is('.') && c + 1 < end && tokens.get(c + 1).is(')')) {
                // "Senate Minority Leader Harry M. Reid (D-Nev.) said": the party tag's dot
                continue;
            }
            if (token.is('.') || token.is(';') || Mark.familyOf(token.text().charAt(0)) != null) {
                return null;
            }
            Cue cue = speechCue(token, headline);
            if (cue == null
                    || beforeInfinitive(tokens, c, cue)
                    || PhraseReader.possessive(tokens.get(c - 1))) {
                // "BA's shares closed": a noun after its owner
                continue;
            }
            if (tokens.get(c - 1).lower().equals("to")) {
                // "“…” A wonderful model for young readers wanting to write their own stories.":
                // an infinitive's subject is not the words before it
                return null;
            }
            SubjectReader.Read subject = subjects.backward(tokens, c, i);
            if (subject == null || !explicit(subject.ref())) {
                return null;
            }
            Attribution found =
                    new Attribution(
                            subject.ref(), token.text(), null, cue.confidence() * 0.9, true, true);
            return withOutlet(found, tokens, c, end);
        }
        return null;
    }

    /** Whether token {@code k} is the dot of an initial inside a name: "George W. Bush". */
    private static boolean initialInName(List<Token> tokens, int k, int end) {
        return k + 1 < end
                && tokens.get(k).is('.')
                && tokens.get(k - 1).text().length() == 1
                && PhraseReader.isInitialDot(tokens, k)
                && tokens.get(k + 1).capitalized();
    }

    /** Whether {@code ref} says who spoke by itself: a name, or someone unnamed ("one CEO"). */
    private static boolean explicit(SpeakerRef ref) {
        return ref.kind() == SpeakerRef.Kind.NAME || ref.kind() == SpeakerRef.Kind.UNNAMED;
    }

    /** (“…,” was how Ford described it.) and “…” is how she put it. */
    private Attribution howSubjectPutIt(List<Token> tokens, int i, int end) {
        if (i + 3 >= end
                || !HOW_FRAMES.contains(tokens.get(i).lower())
                || !tokens.get(i + 1).lower().equals("how")) {
            return null;
        }
        SubjectReader.Read subject = subjects.forward(tokens, i + 2, end);
        if (subject == null || subject.next() >= end) {
            return null;
        }
        Token verb = tokens.get(subject.next());
        Cue cue = lexicon.cue(verb);
        boolean framing =
                HOW_VERBS.contains(verb.lower())
                        || cue != null && (cue.can(Cue.Use.SPEECH) || cue.can(Cue.Use.NAMING));
        return framing ? new Attribution(subject.ref(), verb.text(), null, 0.9, true, true) : null;
    }

    /** How many appositives may stand between "as" and its subject's "put it". */
    private static final int AS_PUT_APPOSITIVES = 2;

    /**
     * "“…,” as Van Okoro, a lecturer at the institute, put it.": the one who put the words so,
     * named after "as" and before "put it", appositives between; null otherwise.
     */
    private Attribution asSubjectPutIt(List<Token> tokens, int i, int end) {
        if (i + 3 >= end || !tokens.get(i).lower().equals("as")) {
            return null;
        }
        int verb = putIt(tokens, i + 2, end);
        if (verb < 0) {
            return null;
        }
        SubjectReader.Read subject = subjectBefore(tokens, i + 1, verb);
        return subject != null
                ? new Attribution(subject.ref(), tokens.get(verb).text(), null, 0.9, true, true)
                : null;
    }

    /**
     * The subject read from token {@code from} when it, and the appositives after it, run up to the
     * verb at {@code verb}: "Van Okoro, a lecturer at the institute, a college in Leeds, put it";
     * null otherwise.
     */
    private SubjectReader.Read subjectBefore(List<Token> tokens, int from, int verb) {
        SubjectReader.Read subject = subjects.forward(tokens, from, verb);
        if (subject == null) {
            return null;
        }
        int j = subject.next();
        for (int n = 0; n < AS_PUT_APPOSITIVES && j < verb && tokens.get(j).is(','); n++) {
            int past = skipAppositive(tokens, j, verb);
            if (past == j) {
                break;
            }
            // the comma closing one appositive may open the next
            j = past == verb ? verb : past - 1;
        }
        return j == verb ? subject : null;
    }

    private static final java.util.Set<String> HOW_FRAMES = java.util.Set.of("was", "is", "that's");

    /**
     * A sentence that opens with its verb of speech and its subject up to a colon before the
     * quotation: "Added one voter: “…”", "Asked a Pennsylvania Republican: “…?”". The subject is
     * the speaker. Null otherwise.
     */
    private Attribution invertedOpening(
            Passage passage, List<Token> tokens, int start, int open, boolean headline) {
        if (headline
                || open - start < 3
                || start != passage.firstToken(passage.sentenceAt(tokens.get(start).start()))
                || !tokens.get(open - 1).is(':')
                || !tokens.get(start).capitalized()) {
            return null;
        }
        Cue cue = lexicon.cue(tokens.get(start).lower());
        if (cue == null || !cue.can(Cue.Use.SPEECH)) {
            return null;
        }
        return invertedSubject(tokens, start, cue, open);
    }

    /**
     * The cue at {@code c} with the subject that runs from it to the comma or colon right before
     * the quotation opening at {@code open}; null when no such subject stands there, or a pronoun.
     */
    private Attribution invertedSubject(List<Token> tokens, int c, Cue cue, int open) {
        SubjectReader.Read subject = subjects.forward(tokens, c + 1, open - 1);
        if (subject == null
                || subject.next() != open - 1
                || subject.ref().kind() == SpeakerRef.Kind.PRONOUN) {
            return null;
        }
        return new Attribution(
                subject.ref(), tokens.get(c).text(), null, cue.confidence(), true, false);
    }

    /** How many tokens an inverted subject between its cue and the quotation may run. */
    private static final int INVERTED_SUBJECT_TOKENS = 8;

    /**
     * "Because of how Democrats crafted the schedule, explained Rosenberg, “…”": a cue after a
     * comma, its subject after it, and a comma or colon right before the quotation. Null otherwise,
     * and for a pronoun.
     */
    private Attribution invertedAfterComma(List<Token> tokens, int start, int open) {
        Token before = tokens.get(open - 1);
        if (!before.is(',') && !before.is(':')) {
            return null;
        }
        for (int c = open - 2; c > start && open - c <= INVERTED_SUBJECT_TOKENS; c--) {
            if (!tokens.get(c - 1).is(',')) {
                continue;
            }
            Cue cue = lexicon.cue(tokens.get(c));
            if (cue == null
                    || !cue.can(Cue.Use.SPEECH)
                    || cue.can(Cue.Use.LISTENER)
                    || tokens.get(c).capitalized()
                    || tokens.get(c).lower().endsWith("ing")) {
                // "…, told reporters, “…”": the one told, not the speaker
                return null;
            }
            return invertedSubject(tokens, c, cue, open);
        }
        return null;
    }

    /**
     * "to — as Enslin puts it — “…”", "will, as one fan put it, “…”": the one who put the words so,
     * right before them, or null.
     */
    private Attribution asSomeonePutIt(List<Token> tokens, int start, int open) {
        int k = open - 1;
        while (k >= start && tokens.get(k).type() == Token.Type.PUNCT && open - k <= 2) {
            k--;
        }
        if (k - 2 < start
                || !tokens.get(k).lower().equals("it")
                || !HOW_VERBS.contains(tokens.get(k - 1).lower())) {
            return null;
        }
        for (int as = k - 3; as >= start && k - as <= AS_PUT_OPENING_REACH; as--) {
            if (tokens.get(as).lower().equals("as")) {
                // "As John Cornyn, the No. 2 in the leadership, put it: “…”"
                SubjectReader.Read subject = subjectBefore(tokens, as + 1, k - 1);
                if (subject == null) {
                    return null;
                }
                return new Attribution(
                        subject.ref(), tokens.get(k - 1).text(), null, 0.9, true, false);
            }
        }
        return null;
    }

    /** How many tokens "put it to him directly –" may run before the quotation. */
    private static final int PUT_IT_TO_REACH = 8;

    /**
     * "one reporter put it to him directly – “Is this on you?” –": the one who put the words to
     * someone right before them, named before the verb. Null otherwise.
     */
    private Attribution putItTo(List<Token> tokens, int start, int open) {
        int from = Math.max(start + 1, open - PUT_IT_TO_REACH);
        int verb = putIt(tokens, from, open);
        if (verb < 0 || verb + 2 >= open || !tokens.get(verb + 2).lower().equals("to")) {
            return null;
        }
        SubjectReader.Read subject = subjects.backward(tokens, verb, start);
        return subject == null
                ? null
                : new Attribution(subject.ref(), tokens.get(verb).text(), null, 0.9, true, false);
    }

    /** How many tokens the opening "As X put it …," may run. */
    private static final int AS_PUT_OPENING_REACH = 24;

    /**
     * "As Ms. Okafor put it in a statement to my colleague in July, RT is “…”": a sentence that
     * opens with "as", its subject and "put it", then a comma before the main clause that quotes,
     * gives the quotation to that subject. Null otherwise.
     */
    private Attribution asPutItOpening(Passage passage, List<Token> tokens, int open) {
        int first = passage.firstToken(passage.sentenceAt(tokens.get(open).start()));
        if (open - first < 5 || !tokens.get(first).lower().equals("as")) {
            return null;
        }
        int verb = putIt(tokens, first + 2, Math.min(open, first + AS_PUT_OPENING_REACH + 2));
        if (verb < 0) {
            return null;
        }
        int comma = verb + 2;
        while (comma < open && !tokens.get(comma).is(',')) {
            comma++;
        }
        SubjectReader.Read subject = subjects.forward(tokens, first + 1, verb);
        if (comma >= open || subject == null || subject.next() != verb) {
            return null;
        }
        return new Attribution(subject.ref(), tokens.get(verb).text(), null, 0.9, true, false);
    }

    /**
     * "As Breitbart News reported, even on Friday the White House was refusing to call it
     * terrorism: ¶ “…”": a sentence that opens with "as", a subject and a verb that reports, then a
     * main clause with no cue of its own closing on a colon, gives the quotation after the colon to
     * that subject. Null otherwise.
     */
    private Attribution asReportedOpening(
            Passage passage, List<Token> tokens, int start, int open) {
        if (open - 1 < start || !tokens.get(open - 1).is(':')) {
            return null;
        }
        int first = passage.firstToken(passage.sentenceAt(tokens.get(open - 1).start()));
        if (first < start || !tokens.get(first).lower().equals("as")) {
            return null;
        }
        int verb = first + 2;
        while (verb < open - 1
                && verb - first <= AS_REPORTED_REACH
                && !(tokens.get(verb + 1).is(',') && reportingVerb(tokens.get(verb)))) {
            verb++;
        }
        if (verb >= open - 1 || verb - first > AS_REPORTED_REACH) {
            return null;
        }
        for (int k = verb + 2; k < open - 1; k++) {
            if (Mark.familyOf(tokens.get(k).text().charAt(0)) != null
                    || speechCue(tokens.get(k), false) != null) {
                // "As the Times reported, the mayor said:": the main clause's own cue
                return null;
            }
        }
        SubjectReader.Read subject = subjects.forward(tokens, first + 1, verb);
        if (subject == null || subject.next() != verb) {
            return null;
        }
        return new Attribution(subject.ref(), tokens.get(verb).text(), null, 0.8, true, false);
    }

    /** How many tokens "As X reported," may run to its verb. */
    private static final int AS_REPORTED_REACH = 8;

    /** Whether {@code token} reports what was said or written, in the past: "reported", "noted". */
    private boolean reportingVerb(Token token) {
        Cue cue = cueAt(token, false);
        return cue != null && token.lower().endsWith("ed") && cue.can(Cue.Use.REPORTED)
                || token.lower().equals("wrote")
                || token.lower().equals("said");
    }

    /** Where "put it" ("puts it", "summed it") first stands from token {@code from}, or -1. */
    private static int putIt(List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (HOW_VERBS.contains(tokens.get(k).lower())
                    && tokens.get(k + 1).lower().equals("it")) {
                return k;
            }
        }
        return -1;
    }

    /** Verbs of putting words a certain way: "was how Doyle summed it up". */
    private static final java.util.Set<String> HOW_VERBS =
            java.util.Set.of(
                    "put", "puts", "summed", "sums", "summarised", "summarized", "phrased");

    private Attribution accordingTo(List<Token> tokens, int i, int end) {
        if (i + 1 < end && tokens.get(i).lower().equals("per")) {
            // "“…,” per ESPN's Adam Schefter."
            Attribution credited = credited(tokens, i + 1, end, 0.9, true, true);
            return credited == null ? null : credited.withCue("per");
        }
        if (i + 4 < end
                && tokens.get(i).lower().equals("in")
                && tokens.get(i + 1).lower().equals("the")
                && tokens.get(i + 2).lower().equals("words")
                && tokens.get(i + 3).lower().equals("of")) {
            // "“…,” in the words of one supporter."
            Attribution credited = credited(tokens, i + 4, end, 0.9, true, true);
            return credited == null ? null : credited.withCue("words");
        }
        if (i + 2 >= end
                || !tokens.get(i).text().equalsIgnoreCase("according")
                || !tokens.get(i + 1).text().equals("to")) {
            return null;
        }
        int author = documentAuthor(tokens, i + 2, end);
        if (author >= 0) {
            // "according to a court document filed by state attorney Dave Aronberg": the one
            // who filed it
            Attribution filer = credited(tokens, author, end, 0.9, true, true);
            if (filer != null) {
                return filer;
            }
        }
        return credited(tokens, i + 2, end, 0.9, true, true);
    }

    /**
     * Where the author of a document named from token {@code from} starts: "a court document filed
     * by …", "the letter signed by …". -1 when the words name no document and its author so.
     */
    private static int documentAuthor(List<Token> tokens, int from, int end) {
        for (int k = from; k + 2 < end && k - from <= DOCUMENT_WORDS; k++) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD) {
                return -1;
            }
            if (QuoteAssembler.DOCUMENTS.contains(token.lower())
                    && AUTHORED.contains(tokens.get(k + 1).lower())
                    && tokens.get(k + 2).lower().equals("by")) {
                return k + 3 < end ? k + 3 : -1;
            }
        }
        return -1;
    }

    /** How many words may open a document's noun phrase before its noun: "a new court". */
    private static final int DOCUMENT_WORDS = 3;

    /** Participles that name a document's author after "by": "filed by", "signed by". */
    private static final java.util.Set<String> AUTHORED =
            java.util.Set.of("filed", "issued", "signed", "written", "submitted", "sent");

    /**
     * The noun a possessive at token {@code from} owns, lower case: the last word before a
     * preposition or the end ("her lawyers in a court filing" owns "lawyers").
     */
    private static String ownedHead(List<Token> tokens, int from, int to) {
        int k = from + 1;
        while (k < to
                && tokens.get(k).type() == Token.Type.WORD
                && !SubjectReader.PREPOSITIONS.contains(tokens.get(k).lower())) {
            k++;
        }
        return tokens.get(Math.max(from, k - 1)).lower();
    }

    /** Whether {@code noun}, lower case, or its singular names people: "lawyers", "aide". */
    private boolean people(String noun) {
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        return lexicon.personNoun(noun) || lexicon.personNoun(singular);
    }

    /** The pronoun for the owner each possessive names: "its analysis" is what "it" is. */
    private static final java.util.Map<String, String> OWNER_PRONOUNS =
            java.util.Map.of("its", "it", "their", "they", "his", "he", "her", "she");

    /**
     * The "according to" attribution of the source named in {@code from..to}: a person or a body,
     * an outlet's own reporter ("ESPN's Adam Schefter", the outlet credited too), or, closing the
     * sentence after a quotation or before one, an outlet alone ("according to Reuters."), speaking
     * for itself.
     */
    private Attribution credited(
            List<Token> tokens,
            int from,
            int to,
            double confidence,
            boolean adjacent,
            boolean after) {
        String owner = from < to ? OWNER_PRONOUNS.get(tokens.get(from).lower()) : null;
        if (owner != null && !people(ownedHead(tokens, from, to))) {
            // "according to its analysis", "according to her official bio": whoever the
            // possessive points at, as its pronoun would ("according to her lawyers" are
            // people of hers)
            return new Attribution(
                    new SpeakerRef(SpeakerRef.Kind.PRONOUN, owner, tokens.get(from).start()),
                    "according to",
                    null,
                    confidence,
                    adjacent,
                    after);
        }
        SubjectReader.Read subject = subjects.source(tokens, from, to);
        if (subject == null) {
            return null;
        }
        boolean the = tokens.get(from).text().equals("the");
        OutletRecognizer.Name outlet = outlets.outletAt(tokens, the ? from + 1 : from, to, the);
        String credited = null;
        if (outlet != null && outletAlone(tokens, outlet.end(), to)) {
            // "“Talks have stalled,” according to Reuters.", "According to Bloomberg, the company
            // is “exploring options”": the outlet's own words
            return new Attribution(
                    new SpeakerRef(
                            SpeakerRef.Kind.NAME, outlet.canonical(), tokens.get(from).start()),
                    "according to",
                    outlet.canonical(),
                    confidence,
                    adjacent,
                    after);
        }
        if (outlet != null) {
            if (outlet.end() >= to
                    || !PhraseReader.possessive(tokens.get(outlet.end() - 1))
                    || subject.ref().kind() != SpeakerRef.Kind.NAME
                    || subject.ref().offset() < tokens.get(outlet.end()).start()) {
                return null;
            }
            credited = outlet.canonical();
        }
        return new Attribution(
                subject.ref(), "according to", credited, confidence, adjacent, after);
    }

    /**
     * The attribution before {@code region}, reading no further back than token {@code from} (where
     * the previous region closed), or null.
     */
    Attribution before(Passage passage, QuotedRegion region, int from) {
        List<Token> tokens = passage.tokens();
        int open = passage.tokenAtOrAfter(region.open());
        int sentence = passage.sentenceAt(region.open());
        int start = Math.max(from, passage.firstToken(sentence));
        if (open <= start && sentence > 0 && open - 1 >= from && tokens.get(open - 1).is(':')) {
            // "In a statement, the organisers, Kestrel Live, said:" closing the paragraph before:
            // the quotation it introduces opens the next
            start = Math.max(from, passage.firstToken(sentence - 1));
        }
        Attribution labelled = transcriptLabel(passage, region);
        if (labelled != null) {
            return labelled;
        }
        Attribution manner = mannerBefore(passage, open, from, sentence);
        if (manner != null) {
            return manner;
        }
        if (open <= start) {
            return null;
        }
        Token last = tokens.get(open - 1);
        boolean headline = passage.inHeadline(sentence);
        labelled = headline ? headlineLabel(tokens, start, open) : null;
        if (labelled != null) {
            return labelled;
        }
        Attribution asked = askedQuestion(passage, region, start, open);
        if (asked != null) {
            return asked;
        }
        Attribution asPut = asSomeonePutIt(tokens, start, open);
        if (asPut == null) {
            asPut = asPutItOpening(passage, tokens, open);
        }
        if (asPut == null) {
            asPut = putItTo(tokens, start, open);
        }
        if (asPut == null) {
            asPut = asReportedOpening(passage, tokens, start, open);
        }
        if (asPut != null) {
            return asPut;
        }
        Attribution inverted = invertedOpening(passage, tokens, start, open, headline);
        if (inverted == null && !headline) {
            inverted = invertedAfterComma(tokens, start, open);
        }
        if (inverted != null) {
            return inverted;
        }
        Attribution participle = openingParticiple(passage, region, start, open, headline);
        if (participle != null) {
            return participle;
        }
        boolean posted = postedContent(tokens, open);
        // "Slinker, whose start-up …, said Trump was a candidate in the spirit of the valley: “…”":
        // a colon hands the quotation to the clause's cue however far back it stands
        int window = posted || last.is(':') ? CLAUSE_REACH : BEFORE_WINDOW;
        int asking = SubjectReader.afterOpeningParticiple(tokens, start, open);
        // "When Pimm called the budget a disgrace, Vole hit back: “…”": the colon ends the main
        // clause, whose subject speaks, not the verb of the clause opening the sentence
        int main =
                last.is(':') && !headline
                        ? SubjectReader.mainClauseStart(tokens, start, open)
                        : start;
        for (int c = open - 1; c >= start && open - c <= CLAUSE_REACH; c--) {
            if (c < main) {
                break;
            }
            if (open - c > window && !reportsClause(tokens, c, open) && !askedBy(tokens, c)) {
                continue;
            }
            if (c < asking) {
                // "Asked whether he would call members back, Tillman had been blunt: “…”": the
                // verbs of the question are not the answer's cue
                break;
            }
            Cue cue = cueAt(tokens.get(c), headline);
            if (cue == null
                    && last.is(':')
                    && readsUpTo(tokens, c, open - 1)
                    && documentNamed(tokens, c, start)) {
                cue = DOCUMENT_READS;
            }
            if (cue == null || !(cue.can(Cue.Use.SPEECH) || cue.can(Cue.Use.NAMING))) {
                continue;
            }
            if (c + 1 < open && CueSubjectFinder.unsaid(tokens, c, start)) {
                // "said the hospital could not comment but was “…”": a verb denied says nothing
                continue;
            }
            if (aboutListener(tokens, c, start)) {
                // "Mr. Bush tells voters who wonder why he cannot summon such fury that he “…”":
                // the verb of those told, in their relative clause, is not the quotation's cue
                continue;
            }
            if (inRelativeClause(tokens, c, start, open)) {
                // "the announcement, which some have argued was a ploy, was an “insult”", "coming
                // from a candidate who promised mass deportation: “…”": the verb of a relative
                // clause about someone else, not the quotation's cue
                continue;
            }
            if (inAsAside(tokens, c, start, open)) {
                // "— as many researchers believe, but Moscow strongly denies — “…?” asked Dunn":
                // an aside on the claim, not who asks
                continue;
            }
            if (cue.can(Cue.Use.WEAK)
                    && open - c > 3
                    && !posted
                    && !onPlatformBeforeColon(tokens, c, open)
                    && !(cue.can(Cue.Use.REPORTED) && reportsClause(tokens, c, open))) {
                // "Page Six reported that Mbeki has been “spending most weekends”" reports
                continue;
            }
            if (c > start
                    && (PhraseReader.possessive(tokens.get(c - 1))
                            || PhraseReader.ARTICLES.contains(tokens.get(c - 1).lower())
                            || c - 1 > start
                                    && io.storytrace.mention.NameFinder.pluralPossessiveMark(
                                            tokens.get(c - 2), tokens.get(c - 1)))) {
                // "described Trump’s call as “improper”", "that the state had “long been
                // concerned”", "the editors’ email boxes were “flooded”": a noun after its owner
                // or an article, not the verb
                continue;
            }
            if (c > start
                    && PASSIVE.contains(tokens.get(c - 1).lower())
                    && QUESTIONED.contains(tokens.get(c).lower())) {
                SubjectReader.Read asker =
                        c + 2 < open && askedBy(tokens, c)
                                ? subjects.forward(tokens, c + 2, open)
                                : null;
                if (asker != null && asker.ref().kind() != SpeakerRef.Kind.PRONOUN) {
                    // "Sanders was asked by host Bill Maher, who …, “…?”": the one who asked
                    return new Attribution(
                            asker.ref(), tokens.get(c).text(), null, cue.confidence(), true, false);
                }
                // "Brell was asked, “What’s the most dangerous place …?”": the one asked does
                // not put the question
                return new Attribution(
                        new SpeakerRef(SpeakerRef.Kind.RELAYED, "", tokens.get(c).start()),
                        tokens.get(c).text(),
                        null,
                        cue.confidence(),
                        true,
                        false);
            }
            if (QuoteLexicon.nounAfterName(tokens, c, start)
                    || QuoteLexicon.nounAfterIndefinite(tokens, c, start)) {
                // "the final Senate text “bears little resemblance”": the Senate's text
                continue;
            }
            if (c + 1 < open && QuoteLexicon.nounBeforeVerb(tokens, c)) {
                // "that U.S. demand was “too large …”": the noun, the sentence's subject
                continue;
            }
            if (cue.lemma().equals("continue")
                            && c + 1 < open
                            && PhraseReader.DETERMINERS.contains(tokens.get(c + 1).lower())
                    || beforeInfinitive(tokens, c, cue)
                    || c > start
                            && tokens.get(c - 1).lower().equals("to")
                            && STARTING.contains(cue.lemma())) {
                // "would do well to begin “building bridges”": a deed begun, not words
                // "would continue their strike “until the end”", "said that Jobs will continue
                // to provide “…”": continuing a thing or a deed, not talk
                continue;
            }
            if (c > start
                    && PASSIVE.contains(tokens.get(c - 1).lower())
                    && !tokens.get(c).lower().endsWith("ing")
                    && (cue.can(Cue.Use.NAMING) || cue.can(Cue.Use.LISTENER))) {
                SpeakerRef agent = agentOfPassive(tokens, c, open);
                if (agent == null && namesQuotation(tokens, c, open)) {
                    agent = agentAfter(passage, region);
                }
                if (agent != null) {
                    // "was described by his family as a ‘gentle giant’", "were told by Inspector
                    // Tom Hale that the search would be “scaled back”"
                    return new Attribution(
                            agent, tokens.get(c).text(), null, cue.confidence(), true, false);
                }
                continue;
            }
            SpeakerRef subject = heardSpeaking(tokens, c, start);
            if (subject == null) {
                subject = subjects.ofCue(tokens, c, start);
            }
            if (subject == null) {
                continue;
            }
            SpeakerRef reporter = reporterOfIntent(tokens, c, start);
            if (reporter != null) {
                // "She said her committee would ask the department for “…”": words still to be
                // said are the reporter's, not the body's that would say them
                subject = reporter;
            }
            boolean adjacent =
                    last.is(':')
                            || last.is(',') && open - c <= 8
                            || open - c <= 2
                            || open - c <= TIME_BEFORE_THAT + 2 && reportsClause(tokens, c, open)
                            || cue.can(Cue.Use.NAMING) && open - c <= 5;
            double confidence = cue.confidence() * (adjacent ? 1 : 0.75);
            Attribution attribution =
                    new Attribution(
                            subject, tokens.get(c).text(), null, confidence, adjacent, false);
            attribution =
                    withOutlet(attribution, tokens, Math.max(start, open - CLAUSE_REACH), open);
            return attribution.outlet() != null
                    ? attribution
                    : trailingCredit(attribution, passage, region);
        }
        if (last.is(':') || last.is(',')) {
            Attribution according = accordingBefore(tokens, start, open - 1);
            if (according != null) {
                return according;
            }
        }
        if (last.is(':')) {
            Attribution read = itReadBefore(tokens, start, open);
            if (read != null) {
                return read;
            }
            Attribution came =
                    cameFromBefore(tokens, Math.max(start, open - CLAUSE_REACH), open - 1);
            if (came != null) {
                return came;
            }
            int relay = relayVerb(tokens, Math.max(start, open - CLAUSE_REACH), open - 1);
            if (relay >= 0) {
                SpeakerRef relayed =
                        new SpeakerRef(SpeakerRef.Kind.RELAYED, "", tokens.get(relay).start());
                return new Attribution(relayed, null, null, 0.6, true, false);
            }
            SubjectReader.Read name = subjects.backward(tokens, open - 1, start);
            if (name != null
                    && name.ref().kind() == SpeakerRef.Kind.NAME
                    && writtenAsName(name.ref().text())
                    && name.next() <= open - 2
                    && !objectAt(tokens, passage.tokenAtOrAfter(name.ref().offset()), start)) {
                return new Attribution(name.ref(), null, null, 0.7, true, false);
            }
            SpeakerRef subject =
                    subjects.subjectOf(tokens, Math.max(start, open - CLAUSE_REACH), open - 1);
            if (subject != null
                    && subject.kind() == SpeakerRef.Kind.NAME
                    && !afterThat(tokens, passage.tokenAtOrAfter(subject.offset()), start)) {
                return new Attribution(subject, null, null, 0.6, true, false);
            }
        }
        return accordingInSentence(tokens, start, open);
    }

    /**
     * Whether {@code text} is written as a name: capitalised words, with only the small words of
     * names and bodies between ("Ministry of Defence", "Ludwig van Beethoven"). "She turned to the
     * protesters" or "supporters" before a colon are no name.
     */
    private static boolean writtenAsName(String text) {
        for (String word : text.split(" ")) {
            if (!word.isEmpty()
                    && !Character.isUpperCase(word.charAt(0))
                    && !Character.isDigit(word.charAt(0))
                    && !NAME_SMALL_WORDS.contains(word)
                    && !io.storytrace.mention.NameFinder.PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Small words inside the names of people and bodies. */
    private static final java.util.Set<String> NAME_SMALL_WORDS =
            java.util.Set.of("the", "of", "and", "for", "on", "&");

    /**
     * Whether the subject at token {@code k} opens a clause that "that" reports: "he hoped … that
     * Trump wins the election: “…”" is not Trump introducing the words.
     */
    private static boolean afterThat(List<Token> tokens, int k, int start) {
        return k - 1 >= start && tokens.get(k - 1).lower().equals("that");
    }

    /**
     * The attribution with the outlet a sentence credits at its end, after the quotation: "Carl
     * Jennings said he was “not surprised” by the request, via The Athletic." Only "via", "per" and
     * "according to" after a comma, running to the sentence's end, credit so.
     */
    private Attribution trailingCredit(
            Attribution attribution, Passage passage, QuotedRegion region) {
        List<Token> tokens = passage.tokens();
        int from = passage.tokenAtOrAfter(region.end());
        int end = passage.firstToken(passage.sentenceAt(region.open()) + 1);
        for (int k = from; k + 1 < end; k++) {
            if (!tokens.get(k).is(',') || !TRAILING_CREDITS.contains(tokens.get(k + 1).lower())) {
                continue;
            }
            OutletRecognizer.Credit credit = outlets.find(tokens, k + 1, end);
            if (credit != null && credit.start() == k + 1 && credit.end() >= end - 1) {
                return attribution.withOutlet(credit.outlet());
            }
        }
        return attribution;
    }

    /** Words that open an outlet credit closing a sentence: ", via The Athletic." */
    private static final java.util.Set<String> TRAILING_CREDITS =
            java.util.Set.of("via", "per", "according");

    /**
     * Whether the words before the opening mark at token {@code open} present what a post says:
     * "posted an Instagram story that read simply: “…”", "a photo, with the caption: “…”". A weak
     * cue then reaches that far.
     */
    private static boolean postedContent(List<Token> tokens, int open) {
        if (open < 2) {
            return false;
        }
        Token last = tokens.get(open - 1);
        Token before = tokens.get(open - 2);
        return last.is(':')
                        && (POST_CONTENT.contains(before.lower()) || before.lower().endsWith("ly"))
                || POST_CONTENT.contains(last.lower());
    }

    /** How many tokens after "on" a platform's name may stand: "on its Instagram account". */
    private static final int PLATFORM_REACH = 3;

    /**
     * Whether the weak cue at {@code c} says where it was posted and a colon then opens the words
     * at {@code open}: "The restaurant posted on its Instagram account Friday night: “…”", "One
     * resident posted on social media: “…”", "posted online: “…”".
     */
    private static boolean onPlatformBeforeColon(List<Token> tokens, int c, int open) {
        if (c + 1 >= open || !tokens.get(open - 1).is(':')) {
            return false;
        }
        if (tokens.get(c + 1).lower().equals("online")) {
            return true;
        }
        if (c + 2 >= open || !tokens.get(c + 1).lower().equals("on")) {
            return false;
        }
        for (int k = c + 2; k < open - 1 && k - c - 1 <= PLATFORM_REACH; k++) {
            if (OutletRecognizer.platform(tokens.get(k).text())
                    || POST_PLACES.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Where a post may be put, with no platform named: "on social media", "on its website". */
    private static final java.util.Set<String> POST_PLACES =
            java.util.Set.of(
                    "media", "website", "site", "page", "account", "feed", "blog", "forum");

    /** Words right before a post's words: "read", "caption". */
    private static final java.util.Set<String> POST_CONTENT =
            java.util.Set.of("read", "reads", "reading", "caption", "captioned");

    /** How many words the speaker's label opening a transcript's paragraph may run. */
    private static final int TRANSCRIPT_LABEL_WORDS = 3;

    /**
     * "“WALLACE: Do you really see those two as equivalent?”": a transcript quoted paragraph by
     * paragraph names who speaks in capitals and a colon at the start of each; the words are the
     * one named's, by the surname the label gives ("MR. TRUMP:", "SEN. KAINE:"). Null for any other
     * opening, and for a label of one letter ("Q:"), which names no one.
     */
    private Attribution transcriptLabel(Passage passage, QuotedRegion region) {
        Token last = transcriptLabelWord(passage, region);
        if (last == null) {
            return null;
        }
        SpeakerRef ref =
                new SpeakerRef(
                        SpeakerRef.Kind.NAME, NameFinder.titleCase(last.text()), last.start());
        return new Attribution(ref, null, null, TRANSCRIPT_LABEL, true, false);
    }

    /**
     * The last word of the label in capitals and a colon that opens {@code region} at the start of
     * its paragraph, as a transcript names who speaks ("“MR. TRUMP: …"), or null.
     */
    static Token transcriptLabelWord(Passage passage, QuotedRegion region) {
        if (!opensParagraph(passage, region)) {
            return null;
        }
        List<Token> tokens = passage.tokens();
        int first = passage.tokenAtOrAfter(region.content().start());
        int words = 0;
        int k = first;
        Token last = null;
        while (k < tokens.size()
                && tokens.get(k).start() < region.content().end()
                && words <= TRANSCRIPT_LABEL_WORDS) {
            Token token = tokens.get(k);
            if (token.is(':')) {
                break;
            }
            if (token.type() == Token.Type.WORD && shouted(token.text())) {
                words++;
                last = token;
            } else if (!token.is('.')) {
                return null;
            }
            k++;
        }
        if (last == null
                || words > TRANSCRIPT_LABEL_WORDS
                || k >= tokens.size()
                || !tokens.get(k).is(':')
                || last.text().length() < 2
                || NOT_SPEAKERS.contains(last.lower())
                || !anotherLabel(passage.text(), last.text())) {
            return null;
        }
        return last;
    }

    /** How many labelled paragraphs are read for a second speaker's label. */
    private static final int LABELS_READ = 50;

    /** A paragraph opening with a mark and a label in capitals and a colon: "“PENCE: …". */
    private static final java.util.regex.Pattern LABELLED_PARAGRAPH =
            java.util.regex.Pattern.compile(
                    "(?m)^[ \\t]*[\"“‘']+[ \\t]*([A-Z][A-Z'\\-. ]{0,40}?[A-Z])[ \\t]*:");

    /**
     * Whether another paragraph opens with a different speaker's label, as a transcript's turns do:
     * one label alone may be a heading quoted with its paragraph ("“NOTE: …").
     */
    private static boolean anotherLabel(CharSequence text, String label) {
        java.util.regex.Matcher matcher = LABELLED_PARAGRAPH.matcher(text);
        // a transcript shows its second speaker within a few turns; looking no further keeps a
        // text of one label repeated in linear time
        for (int seen = 0; seen < LABELS_READ && matcher.find(); seen++) {
            String found = matcher.group(1).strip();
            if (!found.endsWith(label)
                    && !NOT_SPEAKERS.contains(found.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Labels in capitals that head what follows but name no one: "VIDEO:", "UPDATE:". */
    private static final java.util.Set<String> NOT_SPEAKERS =
            java.util.Set.of(
                    "video",
                    "watch",
                    "photo",
                    "photos",
                    "update",
                    "updated",
                    "breaking",
                    "exclusive",
                    "read",
                    "listen",
                    "note",
                    "editor",
                    "crosstalk",
                    "applause",
                    "laughter",
                    "unidentified",
                    "unknown",
                    "audio",
                    "clip");

    /** How surely a transcript's label names the one speaking. */
    private static final double TRANSCRIPT_LABEL = 0.9;

    /** Whether a word is written in capitals only, as a transcript labels its speakers. */
    private static boolean shouted(String word) {
        return word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'')
                && word.chars().anyMatch(Character::isLetter);
    }

    /** How many tokens a name labelling a headline may run: "Lindsey Graham:". */
    private static final int LABEL_TOKENS = 4;

    /**
     * "Graham: Trump's ‘Incredibly Hateful Rhetoric’ Destroying GOP": a headline opening with a
     * name and a colon gives what follows, words in marks among it, to the one named. Null when the
     * headline opens otherwise or the phrase before the colon names no one.
     */
    private Attribution headlineLabel(List<Token> tokens, int start, int open) {
        int colon = -1;
        for (int k = start + 1; k < open && k - start <= LABEL_TOKENS; k++) {
            if (tokens.get(k).is(':')) {
                colon = k;
                break;
            }
        }
        if (colon < 0 || colon + 1 >= open) {
            return null;
        }
        SubjectReader.Read name = subjects.forward(tokens, start, colon);
        if (name == null || name.next() != colon || name.ref().kind() != SpeakerRef.Kind.NAME) {
            return null;
        }
        return new Attribution(name.ref(), null, null, HEADLINE_SUBJECT, true, false);
    }

    /** How many words "Asked" and its "by" phrase may run before the question they quote. */
    private static final int ASKED_REACH = 8;

    /**
     * "Asked by one analyst, “Are we at risk?”, Al Marri said …": a question quoted right after the
     * sentence opens with "Asked" is the asker's, the one after "by", or no one named ("Asked
     * directly, “Would you take it?”, he laughed"), never the one who answers.
     */
    private Attribution askedQuestion(Passage passage, QuotedRegion region, int start, int open) {
        List<Token> tokens = passage.tokens();
        String text = region.content().of(passage.text()).strip();
        if (!text.endsWith("?")
                || !tokens.get(start).lower().equals("asked")
                || open - start > ASKED_REACH) {
            return null;
        }
        for (int k = start + 1; k < open; k++) {
            if (tokens.get(k).lower().equals("by")) {
                SubjectReader.Read asker = subjects.forward(tokens, k + 1, open);
                if (asker != null) {
                    return new Attribution(asker.ref(), "asked", null, 0.9, true, false);
                }
            }
        }
        SpeakerRef nobody = new SpeakerRef(SpeakerRef.Kind.RELAYED, "", tokens.get(start).start());
        return new Attribution(nobody, "asked", null, 0.9, true, false);
    }

    /**
     * "Declaring “…” is at stake, Defense Secretary Robert Gates said": a sentence opening with a
     * cue's participle right before the quotation gives the words to the main clause's subject,
     * named after the first comma past the closing mark. Null when the sentence does not open so.
     */
    private Attribution openingParticiple(
            Passage passage, QuotedRegion region, int start, int open, boolean headline) {
        List<Token> tokens = passage.tokens();
        int first = passage.firstToken(passage.sentenceAt(region.open()));
        // "WASHINGTON (Aug. 13) -- Declaring “…”": a dateline's dash opens the sentence too
        boolean opens =
                open - 1 == first
                        || open - 2 >= first
                                && SubjectReader.DATELINE_DASHES.contains(
                                        tokens.get(open - 2).text());
        int verb = open - 1;
        if (!opens && open - first <= NAMED_OBJECT_REACH && namingOpening(tokens, first, open)) {
            // "Calling Mr. Burr's challenger, Deborah Ross, “…,” Mrs. Clinton said"
            verb = first;
            opens = true;
        }
        if (headline || start != first || !opens || !region.closed()) {
            return null;
        }
        Token word = tokens.get(verb);
        Cue cue = lexicon.cue(word);
        if (cue == null
                || !(cue.can(Cue.Use.SPEECH) || verb < open - 1 && cue.can(Cue.Use.NAMING))
                || !word.lower().endsWith("ing")) {
            return null;
        }
        int end = passage.firstToken(passage.sentenceAt(region.open()) + 1);
        int k = passage.tokenAtOrAfter(region.close() + 1);
        if (region.content().of(passage.text()).strip().endsWith(",")) {
            // "Calling the plan “doomed,” Ana Ruiz said": the comma inside the marks ends the
            // opening clause
            k--;
        } else {
            while (k < end && k - open <= CLAUSE_REACH && !tokens.get(k).is(',')) {
                k++;
            }
        }
        SubjectReader.Read subject = k < end ? subjects.forward(tokens, k + 1, end) : null;
        if (subject == null || subject.ref().kind() != SpeakerRef.Kind.NAME) {
            return null;
        }
        return new Attribution(subject.ref(), word.text(), null, cue.confidence(), true, false);
    }

    /** How many tokens a sentence may run from its naming participle to the quotation. */
    private static final int NAMED_OBJECT_REACH = 10;

    /**
     * Whether the sentence opens at token {@code first} with a participle naming its object right
     * before the quotation at {@code open}: "Calling the plan “…”", "Branding Mr. Ruiz’s rival, Ana
     * Ortiz, “…”". Nothing but the object stands between: no verb of speech, no colon, no other
     * mark.
     */
    private boolean namingOpening(List<Token> tokens, int first, int open) {
        Token word = tokens.get(first);
        Cue cue = lexicon.cue(word);
        if (cue == null || !cue.can(Cue.Use.NAMING) || !word.lower().endsWith("ing")) {
            return false;
        }
        for (int k = first + 1; k < open; k++) {
            Token token = tokens.get(k);
            if (token.is(':') || token.is(';') || lexicon.cue(token) != null) {
                return false;
            }
        }
        return open - first >= 2;
    }

    /**
     * Whether the phrase starting at token {@code phrase} is an object ("one drawback to working
     * with Smith and York: “…”"): it follows a preposition or joins one with "and".
     */
    private static boolean objectAt(List<Token> tokens, int phrase, int start) {
        for (int k = phrase - 1; k >= start && phrase - k <= 4; k--) {
            String word = tokens.get(k).lower();
            if (SubjectReader.PREPOSITIONS.contains(word)) {
                return true;
            }
            if (!(word.equals("and")
                    || tokens.get(k).capitalized()
                    || PhraseReader.DETERMINERS.contains(word))) {
                // "at the Ministry of Justice:" is an object too
                return false;
            }
        }
        return false;
    }

    /** "According to Smith, “…”", "in the words of the patient: “…”". */
    private Attribution accordingBefore(List<Token> tokens, int start, int comma) {
        int words = comma - 1;
        if (words - 2 >= start
                && tokens.get(words).lower().equals("words")
                && PhraseReader.possessive(tokens.get(words - 1))) {
            // "In Ana Ruiz's words, “…”"
            for (int k = words - 2; k >= start && words - k <= 6; k--) {
                if (tokens.get(k).lower().equals("in")) {
                    SubjectReader.Read subject = subjects.forward(tokens, k + 1, words);
                    if (subject != null && subject.ref().kind() == SpeakerRef.Kind.NAME) {
                        return new Attribution(
                                subject.ref(), "in the words of", null, 0.9, true, false);
                    }
                }
            }
        }
        for (int k = comma - 2; k >= start && comma - k <= 12; k--) {
            Attribution credited =
                    credits(tokens, k) ? credited(tokens, k + 2, comma, 0.9, true, false) : null;
            if (credited != null) {
                return credited;
            }
        }
        return null;
    }

    /** The forms of "come" before "from" that say whose words follow. */
    private static final java.util.Set<String> CAME = java.util.Set.of("came", "comes", "come");

    /**
     * "The first question came from a member of the audience: “…”": the one the words came from,
     * named between "came from" and the colon at token {@code colon}. Null otherwise.
     */
    private Attribution cameFromBefore(List<Token> tokens, int from, int colon) {
        for (int k = colon - 2; k >= from; k--) {
            if (CAME.contains(tokens.get(k).lower()) && tokens.get(k + 1).lower().equals("from")) {
                SubjectReader.Read source = subjects.forward(tokens, k + 2, colon);
                if (source == null || source.ref().kind() == SpeakerRef.Kind.PRONOUN) {
                    return null;
                }
                SubjectReader.Read named = appositiveName(tokens, source, colon);
                return new Attribution(named.ref(), "came from", null, 0.8, true, false);
            }
        }
        return null;
    }

    /** The last verb of reading out or citing in {@code from..to} ("read from"), or -1. */
    private int relayVerb(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (lexicon.relays().contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /** "According to" or "words of" at token {@code k}. */
    private static boolean credits(List<Token> tokens, int k) {
        String first = tokens.get(k).lower();
        String second = tokens.get(k + 1).lower();
        return first.equals("according") && second.equals("to")
                || first.equals("words") && second.equals("of");
    }

    /**
     * "President Trump, according to the White House, made a trip for a “quick exam”": a source
     * credited earlier in the sentence speaks for a quotation that has no cue verb of its own.
     */
    private Attribution accordingInSentence(List<Token> tokens, int start, int open) {
        for (int k = open - 2; k >= start && open - k <= ACCORDING_REACH; k--) {
            if (!credits(tokens, k)) {
                continue;
            }
            Attribution reporter = reporterBefore(tokens, start, k);
            if (reporter != null) {
                // "Win Htein … said Tuesday that according to its analysis, the NLD has won …, but
                // “we are still counting”": the source inside a report is the reporter's
                return reporter;
            }
            int end = k + 2;
            while (end < open && end - k < 10 && !tokens.get(end).is(',')) {
                end++;
            }
            return credited(tokens, k + 2, end, 0.8, false, false);
        }
        return null;
    }

    /**
     * The one who reports, between {@code start} and the "according to" at token {@code k}, the
     * clause it stands in: a cue of reported speech right before "that" and its subject ("Win Htein
     * said Tuesday morning that according to …"). Null when no such cue stands there.
     */
    private Attribution reporterBefore(List<Token> tokens, int start, int k) {
        for (int c = k - 1; c >= start; c--) {
            if (!tokens.get(c).lower().equals("that") || c - 1 < start) {
                continue;
            }
            for (int v = c - 1; v >= start && c - v <= REPORTER_REACH; v--) {
                Cue cue = cueAt(tokens.get(v), false);
                if (cue == null || !cue.can(Cue.Use.REPORTED)) {
                    continue;
                }
                SpeakerRef subject = subjects.ofCue(tokens, v, start);
                return subject == null
                        ? null
                        : new Attribution(subject, tokens.get(v).text(), null, 0.8, false, false);
            }
            return null;
        }
        return null;
    }

    /** How many words may stand between a reporting cue and its "that": "said Tuesday morning". */
    private static final int REPORTER_REACH = 4;

    /** How far before a quotation "according to" may credit it. */
    private static final int ACCORDING_REACH = 40;

    private Attribution withOutlet(Attribution attribution, List<Token> tokens, int from, int to) {
        OutletRecognizer.Credit credit = outlets.find(tokens, from, to);
        return credit == null ? attribution : attribution.withOutlet(credit.outlet());
    }

    /**
     * Whether the cue at token {@code c} takes an infinitive here and so reports no words: "as the
     * company continued to sign up users", "the board agreed to meet".
     */
    private static boolean beforeInfinitive(List<Token> tokens, int c, Cue cue) {
        return INFINITIVE_VERBS.contains(cue.lemma())
                && c + 1 < tokens.size()
                && tokens.get(c + 1).lower().equals("to");
    }

    /** Cue verbs that also take an infinitive ("continued to", "promised to"). */
    private static final java.util.Set<String> INFINITIVE_VERBS =
            java.util.Set.of(
                    "continue",
                    "begin",
                    "agree",
                    "promise",
                    "vow",
                    "pledge",
                    "decline",
                    "refuse",
                    "threaten",
                    "open");

    /**
     * The speech cue {@code token} is when written with a capital in the past ("Tweeted", "Added"),
     * or null: only the first letter capitalised, so no name or acronym.
     */
    private Cue capitalisedCue(Token token) {
        String text = token.text();
        if (!token.capitalized()
                || text.length() < 4
                || !token.lower().endsWith("ed")
                || !text.substring(1)
                        .equals(text.substring(1).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        Cue cue = lexicon.cue(token);
        return cue != null && cue.can(Cue.Use.SPEECH) && !cue.can(Cue.Use.WEAK) ? cue : null;
    }

    private Cue speechCue(Token token, boolean headline) {
        Cue cue = cueAt(token, headline);
        return cue != null && cue.can(Cue.Use.SPEECH) ? cue : null;
    }

    /**
     * The cue verb {@code token} is, or null. Outside headlines a capitalised word is a name or a
     * sentence's first word, not a cue: "Islamic State", "United States".
     */
    private Cue cueAt(Token token, boolean headline) {
        if (token.capitalized() && !headline) {
            return null;
        }
        return lexicon.cue(token);
    }

    /** Whether the quoted words end as an utterance does: with a comma, stop, dash or mark. */
    private static boolean endsUtterance(Passage passage, QuotedRegion region) {
        CharSequence text = passage.text();
        int end = region.content().end() - 1;
        if (end > region.content().start() && "’'\"”".indexOf(text.charAt(end)) >= 0) {
            // "“He said, ‘We've got to win Loudoun.’”": the stop inside the quotation it ends with
            end--;
        }
        return ",.!?—–…".indexOf(text.charAt(end)) >= 0;
    }

    private static boolean isSkippable(Token token) {
        String word = token.lower();
        return word.endsWith("ly")
                || word.equals("also")
                || word.equals("later")
                || word.equals("then")
                || word.equals("has")
                || word.equals("had")
                || word.equals("once")
                || word.equals("previously");
    }

    /**
     * The cue verb that ends an appositive whose closing comma was never written, or holds commas
     * of its own: “…,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment
     * and Water think tank told CBS News. -1 when no cue verb comes before the sentence ends.
     */
    private int cueAfterAppositive(List<Token> tokens, int comma, int end, boolean headline) {
        if (comma >= end || !tokens.get(comma).is(',')) {
            return -1;
        }
        boolean determined =
                comma + 1 < end && PhraseReader.DETERMINERS.contains(tokens.get(comma + 1).lower());
        boolean closed = false;
        for (int k = comma + 1; k < end && k - comma <= LONG_APPOSITIVE; k++) {
            Token token = tokens.get(k);
            boolean stop =
                    token.is('.') && !PhraseReader.isInitialDot(tokens, k)
                            || token.is(';')
                            || Mark.familyOf(token.text().charAt(0)) != null;
            if (stop) {
                // "…in Washington, D.C., said" goes on past the initials.
                return -1;
            }
            closed |= token.is(',');
            if (speechCue(token, headline) != null
                    && !PhraseReader.DETERMINERS.contains(tokens.get(k - 1).lower())) {
                // "in the chancellor, Rebecca Thorne, his official spokesman has said": a phrase
                // with its determiner that no comma closes is the cue's own subject, not an
                // appositive of the name before it; a cue word after a determiner is a noun ("has
                // been more scathing in his remarks")
                return determined && !closed ? -1 : k;
            }
        }
        return -1;
    }

    /** Those who speak with a named person and leave the person the speaker. */
    private static final java.util.Set<String> COMPANIONS =
            java.util.Set.of(
                    "team", "colleagues", "co-authors", "coauthors", "collaborators", "co-workers");

    /**
     * Past "and his team" or "and colleagues" after a name: “…,” Paganini and his team wrote.
     * {@code i} itself when no such phrase stands there.
     */
    private static int skipCompanions(List<Token> tokens, int i, int end) {
        if (i + 1 >= end || !tokens.get(i).lower().equals("and")) {
            return i;
        }
        int k = i + 1;
        String word = tokens.get(k).lower();
        if (word.equals("his") || word.equals("her") || word.equals("their")) {
            k++;
        }
        return k < end && COMPANIONS.contains(tokens.get(k).lower()) ? k + 1 : i;
    }

    /**
     * Past "and" and a second name of two words or more after a name, up to the affiliation both
     * share: “…,” nuclear experts David Albright and Serena Kelleher-Vergantini of the institute
     * wrote. {@code i} itself when no such name and affiliation stand there.
     */
    private static int skipCoauthor(List<Token> tokens, int i, int end) {
        if (i + 2 >= end || !tokens.get(i).lower().equals("and")) {
            return i;
        }
        int k = i + 1;
        while (k < end && tokens.get(k).type() == Token.Type.WORD && tokens.get(k).capitalized()) {
            k++;
        }
        return k - (i + 1) >= 2 && k < end && AFFILIATED.contains(tokens.get(k).lower()) ? k : i;
    }

    /** How many words may describe a person before their name in apposition. */
    private static final int DESCRIPTION_WORDS = 6;

    /**
     * "the bill’s lead sponsor, Sen. Maria Delgado-Ferris (D-Ore.), said": a description in lower
     * case that names no role the lexicon knows, then in apposition a name, which is the subject.
     * Null when no name follows the description's comma.
     */
    private SubjectReader.Read nameApposedToDescription(List<Token> tokens, int i, int end) {
        if (!PhraseReader.DETERMINERS.contains(tokens.get(i).lower())) {
            return null;
        }
        int k = i + 1;
        while (k < end
                && k - i <= DESCRIPTION_WORDS
                && tokens.get(k).type() == Token.Type.WORD
                && !tokens.get(k).capitalized()
                && speechCue(tokens.get(k), false) == null) {
            k++;
        }
        if (k == i + 1 || k + 1 >= end || !tokens.get(k).is(',')) {
            return null;
        }
        SubjectReader.Read name = subjects.forward(tokens, k + 1, end);
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME ? name : null;
    }

    /**
     * "Asked about her shoulder, she was blunt." or "…, she was characteristically blunt about it:"
     * closing the paragraph before a quotation that opens the next: the person so described speaks
     * it. Null when the sentence before does not end in such a word.
     */
    private Attribution mannerBefore(Passage passage, int open, int from, int sentence) {
        List<Token> tokens = passage.tokens();
        boolean opens = open == passage.firstToken(sentence);
        if (opens && sentence == 0 || open - 2 < from) {
            return null;
        }
        int k = open - 1;
        if (!tokens.get(k).is(':') && !(opens && tokens.get(k).is('.'))) {
            // "Reyes-Whitford was super coy: “…”" within the sentence, or the paragraph before
            return null;
        }
        k--;
        if (k > from
                && tokens.get(k - 1).lower().equals("about")
                && tokens.get(k).lower().equals("it")) {
            k -= 2;
        }
        if (k < from) {
            return null;
        }
        int gesture = opens && tokens.get(open - 1).is('.') ? gestureAt(tokens, k, from) : -1;
        if (gesture < 0 && !lexicon.manners().contains(tokens.get(k).lower())) {
            return null;
        }
        int start = Math.max(from, passage.firstToken(opens ? sentence - 1 : sentence));
        // "Okonjo grinned." or "the actor smiled wryly." just before the words: the one who
        // grinned says them, whoever spoke before
        int word = gesture >= 0 ? gesture : k;
        if (gesture >= 0 && objectOfParticiple(tokens, gesture, start)) {
            // "“…,” Nguyen said, drawing both applause and groans.": the noun a participle takes,
            // no gesture of hers
            return null;
        }
        int verb = word;
        while (gesture < 0
                && verb > start
                && (tokens.get(verb - 1).lower().endsWith("ly")
                        || INTENSIFIERS.contains(tokens.get(verb - 1).lower()))) {
            // "she was characteristically blunt"
            verb--;
        }
        SpeakerRef subject = subjects.ofCue(tokens, verb, start);
        return subject == null
                ? null
                : new Attribution(subject, tokens.get(word).text(), null, MANNER, true, false);
    }

    /**
     * Whether a participle stands in the few words before token {@code k}, which is then its object
     * ("drawing both applause and groans") rather than a verb of the sentence's subject.
     */
    private static boolean objectOfParticiple(List<Token> tokens, int k, int start) {
        for (int j = k - 1; j >= start && k - j <= PARTICIPLE_OBJECT_WORDS; j--) {
            Token token = tokens.get(j);
            if (token.type() != Token.Type.WORD) {
                return false;
            }
            if (token.lower().endsWith("ing") && token.lower().length() > 4) {
                return true;
            }
        }
        return false;
    }

    /** How many words a participle's object may run to the noun that looks like a gesture. */
    private static final int PARTICIPLE_OBJECT_WORDS = 4;

    /**
     * Gestures that are no cue verbs but, closing a sentence, hand the next words to their doer.
     */
    private static final java.util.Set<String> GESTURES =
            java.util.Set.of("paused", "pauses", "nodded", "nods", "winced", "winces");

    /** Cue verbs of a face or a voice that, closing a sentence, do the same: "Okonjo grinned." */
    private static final java.util.Set<String> EXPRESSIONS =
            java.util.Set.of(
                    "laugh", "chuckle", "giggle", "grin", "smile", "beam", "shrug", "sigh", "groan",
                    "gasp", "scoff", "sneer", "sob", "weep", "cry");

    /**
     * The verb at or just before token {@code k} that ends a sentence of gesture ("grinned",
     * "laughs", "smiled wryly", "paused again"): one of the {@link #EXPRESSIONS} or {@link
     * #GESTURES}, not in the passive ("when he was shot."); else -1.
     */
    private int gestureAt(List<Token> tokens, int k, int from) {
        String word = tokens.get(k).lower();
        if ((word.endsWith("ly") || word.equals("again")) && k - 1 >= from) {
            k--;
        }
        Token verb = tokens.get(k);
        if (verb.capitalized() || k == from || PASSIVE.contains(tokens.get(k - 1).lower())) {
            return -1;
        }
        if (GESTURES.contains(verb.lower())) {
            return k;
        }
        Cue cue = lexicon.cue(verb);
        return cue != null && EXPRESSIONS.contains(cue.lemma()) ? k : -1;
    }

    /** Words that strengthen a manner adjective: "super coy", "very blunt". */
    private static final java.util.Set<String> INTENSIFIERS =
            java.util.Set.of("very", "super", "more", "less", "most", "rather", "quite", "as");

    /** How surely "she was blunt." names the speaker of the quotation after it. */
    private static final double MANNER = 0.8;

    /** Past ", a spokesman for Acme," after a name, when a cue verb follows the second comma. */
    private int skipAppositive(List<Token> tokens, int i, int end) {
        if (i >= end || !(tokens.get(i).is(',') || tokens.get(i).is('('))) {
            return i;
        }
        char close = tokens.get(i).is('(') ? ')' : ',';
        for (int k = i + 1; k < end && k - i <= 16; k++) {
            if (tokens.get(k).is(close)) {
                int region = close == ',' ? regionAfterPlace(tokens, k, end) : k;
                return region + 1;
            }
        }
        int cue = close == ',' ? unclosedRoleEnd(tokens, i + 1, end) : -1;
        return cue > 0 ? cue : i;
    }

    /**
     * Where the cue stands after an appositive whose closing comma was left out, an article, a few
     * words and a role noun from token {@code k}: "“…,” Chris Mbanga, an MDC representative said".
     * -1 when the words there are no such thing.
     */
    private int unclosedRoleEnd(List<Token> tokens, int k, int end) {
        if (k >= end || !PhraseReader.ARTICLES.contains(tokens.get(k).lower())) {
            return -1;
        }
        for (int j = k + 1; j < end && j - k <= SubjectReader.UNCLOSED_ROLE_WORDS + 1; j++) {
            Token token = tokens.get(j);
            if (token.type() != Token.Type.WORD) {
                return -1;
            }
            if (!token.capitalized()
                    && lexicon.roles().contains(token.lower())
                    && j + 1 < end
                    && speechCue(tokens.get(j + 1), false) != null) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * The comma after the region that names where the place before the comma at {@code k} lies
     * ("retired in Cambridge, Mass., said", "born in Lyon, France, said"), or {@code k} when none
     * follows.
     */
    private static int regionAfterPlace(List<Token> tokens, int k, int end) {
        if (k < 1 || k + 2 >= end || !tokens.get(k - 1).capitalized()) {
            return k;
        }
        Token region = tokens.get(k + 1);
        if (!region.capitalized() || region.type() != Token.Type.WORD) {
            return k;
        }
        int after = tokens.get(k + 2).is('.') ? k + 3 : k + 2;
        return after < end && tokens.get(after).is(',') ? after : k;
    }
}
