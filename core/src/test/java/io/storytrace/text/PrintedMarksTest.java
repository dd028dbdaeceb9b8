package io.storytrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintedMarksTest {

    @Test
    void twoApostrophesOpenAndCloseOneQuotation() {
        String text = "''This is no plan,'' said Ama Tovell. (''Not one,'' she added.)";
        String read = PrintedMarks.read(text);
        assertEquals(" \"This is no plan,\"  said Ama Tovell. ( \"Not one,\"  she added.)", read);
        assertEquals(text.length(), read.length());
    }

    @Test
    void backticksOpenAndApostrophesClose() {
        assertEquals(" \"Fine,\"  he said.", PrintedMarks.read("``Fine,'' he said."));
    }

    @Test
    void aPairAloneInItsParagraphIsInchesUnlessItOpensTheParagraph() {
        assertEquals("a 12'' screen", PrintedMarks.read("a 12'' screen"));
        assertEquals(
                " \"It runs on.\nIt ends.\"  she said.",
                PrintedMarks.read("''It runs on.\nIt ends.'' she said."));
    }

    @Test
    void aHorizontalBarIsADash() {
        assertEquals(
                "“Never again.” — Ama Tovell", PrintedMarks.read("“Never again.” ― Ama Tovell"));
    }

    @Test
    void singleApostrophesAndLongerRunsStay() {
        String plain = "the players' union's ’90s";
        assertSame(plain, PrintedMarks.read(plain));
        assertEquals("a ''' b", PrintedMarks.read("a ''' b"));
    }
}
