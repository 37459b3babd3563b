package io.veritag.model.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class GroupKeyTest {
    @Test
    void theSameSpansGiveTheSameKeyInAnyOrder() {
        assertThat(GroupKey.of(LongStream.of(15, 2, 12))).isEqualTo(new GroupKey("2,12,15"))
                .isEqualTo(GroupKey.of(LongStream.of(12, 15, 2)));
        assertThat(GroupKey.of(LongStream.of(15, 2, 12)).value()).isEqualTo("2,12,15");
    }

    @Test
    void anythingButCommaSeparatedIdsIsRefused() {
        for (String bad : new String[] {"", "1,", ",1", "1, 2", "a", "1;2"}) {
            assertThatThrownBy(() -> new GroupKey(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
