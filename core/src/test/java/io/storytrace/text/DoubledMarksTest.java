package io.storytrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DoubledMarksTest {

    @Test
    void twoApostrophesOpenAndCloseOneQuotation() {
        String text = "''This is no plan,'' said Ama Tovell. (''Not one,'' she added.)";
        String read = DoubledMarks.read(text);
        assertEquals(" \"This is no plan,\"  said Ama Tovell. ( \"Not one,\"  she added.)", read);
        assertEquals(text.length(), read.length());
    }

    @Test
    void backticksOpenAndApostrophesClose() {
        assertEquals(" \"Fine,\"  he said.", DoubledMarks.read("``Fine,'' he said."));
    }

    @Test
    void singleApostrophesAndLongerRunsStay() {
        String plain = "the players' union's ’90s";
        assertSame(plain, DoubledMarks.read(plain));
        assertEquals("a ''' b", DoubledMarks.read("a ''' b"));
    }
}
