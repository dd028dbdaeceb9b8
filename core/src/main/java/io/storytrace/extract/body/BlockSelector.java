package io.storytrace.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Keeps the blocks inside the article's container that read as article text: prose, headings, list
 * items and quotations, but not link lists, captions, the headline, bylines, date lines, repeated
 * blocks, or the short calls to action that templates scatter through an article. Short lines
 * before the first paragraph of prose (kickers, titles, bylines, dates) are dropped too.
 */
final class BlockSelector {

    private static final Pattern CALL_TO_ACTION =
            Pattern.compile(
                    "(?i)(advertisement|advertising|sponsored( content)?|ad|share( this)?("
                            + " article| story| on \\w+)?|read more|read next|related( articles|"
                            + " stories| content)?|more from .*|click here.*|sign up.*|subscribe.*|follow"
                            + " us.*|(photo|image|video|credit|source)s?: .*|getty images|.*\\(ap"
                            + " photo.*|continue reading.*|story continues( below)?.*|scroll to"
                            + " continue.*|(image|photo|slide) \\d+ (of|/) \\d+|you may also like"
                            + "|(additional )?(reporting|writing|editing) by .*|copyright .*|© .*"
                            + "|.*all rights reserved|follow (me|us|him|her) on .*|email .* at .*"
                            + "|join our .*)[.:!]?");

    /** What stories end with that is not the story: prompts to follow, subscribe, write in. */
    private static final Pattern SIGN_OFF =
            Pattern.compile(
                    "(?i)newsletter|subscrib(e|ing)\\b|sign up for|follow (us|me|him|her|them)\\b"
                            + "|follow .{0,60} on (facebook|twitter|instagram|youtube|linkedin)"
                            + "|(like|join|chat with) us\\b|contributed to this (report|story|article)"
                            + "|letters? to the editor|listen (live|back)|more (great )?\\w+ stories");

    private static final int MAX_SIGN_OFF_CHARS = 300;

    /** A caption's credit at the end of a line: "(Photo: Getty Images)". */
    private static final Pattern CREDIT =
            Pattern.compile(
                    "(?i).*\\((photo|image|picture|credit|video)s?( by)?:? [^)]*\\)|.* \\[\\+\\]");

    /** Markup shown as text, or a style name: never prose. */
    private static final Pattern CODE = Pattern.compile("<[a-z!].*>|[a-z0-9]+([-_][a-z0-9]+)+");

    private static final Pattern BYLINE =
            Pattern.compile("(?i)(by|written by|posted by|von|par|por)\\s+\\p{Lu}.{0,80}");

    /** A short line that is mostly a date or a time: "Oct 4, 2018", "Updated at 1:23 p.m.". */
    private static final Pattern DATE_LINE =
            Pattern.compile(
                    "(?i)[^.!?]{0,30}(\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b|\\b\\d{1,2}:\\d{2}\\b"
                            + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
                            + "|\\b\\d{1,2}\\.?\\s+(de\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                            + "[a-zçéû]*\\b).{0,40}");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]?$");

    /** A sentence this long may be mostly link text and still be prose. */
    private static final int MIN_LINKED_SENTENCE_WORDS = 6;

    /** Prose: a block long enough, and ending like a sentence, to be article text for sure. */
    private static final int PROSE_CHARS = 80;

    /** The blocks of {@code blocks} that sit inside {@code container}, in order. */
    static List<TextBlock> inside(Element container, List<TextBlock> blocks) {
        List<TextBlock> inside = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (isInside(block.owner(), container)) {
                inside.add(block);
            }
        }
        return inside;
    }

    /**
     * The blocks of {@code blocks} that read as article text.
     *
     * @param headline the article's headline, dropped where the page repeats it, or {@code null}
     */
    List<TextBlock> select(List<TextBlock> blocks, String headline) {
        String title = headline == null ? "" : normalise(headline);
        List<TextBlock> candidates = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (isArticleText(block) && !normalise(block.text()).equals(title)) {
                candidates.add(block);
            }
        }
        boolean inProse = candidates.stream().noneMatch(BlockSelector::isProse);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : candidates) {
            inProse = inProse || isProse(block);
            if (inProse || !isLeadingFurniture(block)) {
                kept.add(block);
            }
        }
        return withoutTrailer(kept);
    }

    private static boolean isArticleText(TextBlock block) {
        String text = block.text();
        if (block.kind() == TextBlock.Kind.CAPTION || block.owner().normalName().equals("h1")) {
            return false;
        }
        if (block.linkDensity() > maxLinkDensity(block)) {
            return false;
        }
        if (text.length() < 120 && CALL_TO_ACTION.matcher(text).matches()) {
            return false;
        }
        if (text.length() < 300 && CREDIT.matcher(text).matches()) {
            return false;
        }
        if (CODE.matcher(text).matches()) {
            return false;
        }
        if (text.length() < 70 && DATE_LINE.matcher(text).matches()) {
            return false;
        }
        return !(text.length() < 80 && BYLINE.matcher(text).matches());
    }

    /**
     * Drops what follows the story's last paragraph of prose when it reads as a sign-off: "follow
     * us", newsletter prompts, "contributed to this report". Lists and short lines there stay: many
     * stories end with a list that belongs to them.
     */
    private static List<TextBlock> withoutTrailer(List<TextBlock> blocks) {
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (isProse(blocks.get(i)) && !isSignOff(blocks.get(i))) {
                last = i;
            }
        }
        if (last < 0) {
            return blocks;
        }
        List<TextBlock> kept = new ArrayList<>(blocks.subList(0, last + 1));
        for (TextBlock block : blocks.subList(last + 1, blocks.size())) {
            if (!isSignOff(block)) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean isSignOff(TextBlock block) {
        return block.text().length() < MAX_SIGN_OFF_CHARS && SIGN_OFF.matcher(block.text()).find();
    }

    /** Before the story starts: a title, kicker, byline or date, short and not a sentence. */
    private static boolean isLeadingFurniture(TextBlock block) {
        return block.kind() == TextBlock.Kind.HEADING
                || (block.kind() != TextBlock.Kind.LIST_ITEM
                        && block.text().length() < PROSE_CHARS
                        && !isSentence(block));
    }

    private static boolean isProse(TextBlock block) {
        return block.kind() != TextBlock.Kind.HEADING
                && block.plainChars() >= PROSE_CHARS
                && isSentence(block);
    }

    private static boolean isSentence(TextBlock block) {
        return block.kind() != TextBlock.Kind.HEADING && SENTENCE_END.matcher(block.text()).find();
    }

    /** Sentences of prose may carry a long link; short link-heavy blocks are navigation. */
    private static double maxLinkDensity(TextBlock block) {
        boolean prose =
                block.kind() == TextBlock.Kind.PARAGRAPH
                        && words(block.text()) >= MIN_LINKED_SENTENCE_WORDS
                        && SENTENCE_END.matcher(block.text()).find();
        return prose ? 0.7 : 0.5;
    }

    private static String normalise(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static int words(String text) {
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    private static boolean isInside(Element element, Element container) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }
}
