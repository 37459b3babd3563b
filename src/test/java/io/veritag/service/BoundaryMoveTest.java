package io.veritag.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.veritag.service.BoundaryMove.Direction;
import io.veritag.service.BoundaryMove.Edge;
import io.veritag.service.BoundaryMove.Unit;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag("h2-only") // files, H2 settings or no database: nothing to run again on PostgreSQL
class BoundaryMoveTest {
    private static final String TEXT = "The mayor said, the bridge fell.";

    private static String moved(String text, String spanText, Edge edge, Direction direction, Unit unit) {
        int start = text.indexOf(spanText);
        return new BoundaryMove(edge, direction, unit).apply(text, new TextRange(start, start + spanText.length()))
                .map(r -> text.substring(r.start(), r.end())).orElse(null);
    }

    @Test
    void growsAndShrinksByWords() {
        assertThat(moved(TEXT, "the bridge", Edge.START, Direction.LEFT, Unit.WORD)).isEqualTo("said, the bridge");
        assertThat(moved(TEXT, "the bridge", Edge.END, Direction.RIGHT, Unit.WORD)).isEqualTo("the bridge fell");
        assertThat(moved(TEXT, "the bridge fell", Edge.START, Direction.RIGHT, Unit.WORD)).isEqualTo("bridge fell");
        assertThat(moved(TEXT, "the bridge fell", Edge.END, Direction.LEFT, Unit.WORD)).isEqualTo("the bridge");
    }

    @Test
    void growsAndShrinksByCharacters() {
        assertThat(moved(TEXT, "ridge", Edge.START, Direction.LEFT, Unit.CHARACTER)).isEqualTo("bridge");
        assertThat(moved(TEXT, "bridge", Edge.END, Direction.LEFT, Unit.CHARACTER)).isEqualTo("bridg");
        assertThat(moved(TEXT, "fell", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("fell.");
    }

    /** Issue 15 item 11: Ctrl+Alt moves took in a leading space (" bridge"); now they step over white space. */
    @Test
    void aCharacterStepNeverLeavesASpaceAtEitherEndOfTheSpan() {
        assertThat(moved(TEXT, "bridge", Edge.START, Direction.LEFT, Unit.CHARACTER)).isEqualTo("e bridge");
        assertThat(moved(TEXT, "the bridge", Edge.START, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("he bridge");
        assertThat(moved(TEXT, "he bridge", Edge.START, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("e bridge");
        assertThat(moved(TEXT, "e bridge", Edge.START, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("bridge");
        assertThat(moved(TEXT, "the", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("the b");
        assertThat(moved(TEXT, "the b", Edge.END, Direction.LEFT, Unit.CHARACTER)).isEqualTo("the");
        String spaced = "a \n\t  b";
        assertThat(moved(spaced, "b", Edge.START, Direction.LEFT, Unit.CHARACTER)).isEqualTo(spaced);
        assertThat(moved(spaced, "a", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo(spaced);
        assertThat(moved("  x", "x", Edge.START, Direction.LEFT, Unit.CHARACTER)).as("only spaces before").isNull();
    }

    @Test
    void aCharacterStepTakesAWholeEmojiOrAccentedLetter() {
        String text = "x😀 cafe\u0301";
        assertThat(moved(text, "x", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("x😀");
        assertThat(moved(text, "caf", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("cafe\u0301");
        String flags = "a🇺🇦b👩‍👩‍👧c👍🏽";
        assertThat(moved(flags, "a", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("a🇺🇦");
        assertThat(moved(flags, "b", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("b👩‍👩‍👧");
        assertThat(moved(flags, "c", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("c👍🏽");
        assertThat(moved(flags, "b", Edge.START, Direction.LEFT, Unit.CHARACTER)).isEqualTo("🇺🇦b");
    }

    @Test
    void refusesMovesThatEmptyTheSpanOrLeaveTheText() {
        assertThat(moved(TEXT, "The", Edge.START, Direction.LEFT, Unit.CHARACTER)).isNull();
        assertThat(moved(TEXT, "bridge", Edge.END, Direction.LEFT, Unit.WORD)).isNull();
        assertThat(moved(TEXT, "bridge", Edge.START, Direction.RIGHT, Unit.WORD)).isNull();
        assertThat(moved(TEXT, "fell.", Edge.END, Direction.RIGHT, Unit.WORD)).isNull();
    }
}
