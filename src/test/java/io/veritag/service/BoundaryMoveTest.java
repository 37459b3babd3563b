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
        assertThat(moved(TEXT, "bridge", Edge.START, Direction.LEFT, Unit.CHARACTER)).isEqualTo(" bridge");
        assertThat(moved(TEXT, "bridge", Edge.END, Direction.LEFT, Unit.CHARACTER)).isEqualTo("bridg");
        assertThat(moved(TEXT, "fell", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("fell.");
    }

    @Test
    void aCharacterStepTakesAWholeEmojiOrAccentedLetter() {
        String text = "x😀 cafe\u0301";
        assertThat(moved(text, "x", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("x😀");
        assertThat(moved(text, "caf", Edge.END, Direction.RIGHT, Unit.CHARACTER)).isEqualTo("cafe\u0301");
    }

    @Test
    void refusesMovesThatEmptyTheSpanOrLeaveTheText() {
        assertThat(moved(TEXT, "The", Edge.START, Direction.LEFT, Unit.CHARACTER)).isNull();
        assertThat(moved(TEXT, "bridge", Edge.END, Direction.LEFT, Unit.WORD)).isNull();
        assertThat(moved(TEXT, "bridge", Edge.START, Direction.RIGHT, Unit.WORD)).isNull();
        assertThat(moved(TEXT, "fell.", Edge.END, Direction.RIGHT, Unit.WORD)).isNull();
    }
}
