package io.storytrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAssignerTest {

    private final StoryAssigner assigner = new StoryAssigner();

    @Test
    void noRelativeStartsAStory() {
        assertThat(assigner.assign(List.of())).isEqualTo(new StoryAssignment.Start());
    }

    @Test
    void relativesInOneStoryJoinIt() {
        assertThat(assigner.assign(List.of(7L, 7L))).isEqualTo(new StoryAssignment.Join(7));
    }

    @Test
    void anArticleLinkingTwoStoriesMergesThemIntoTheOldest() {
        assertThat(assigner.assign(List.of(9L, 4L, 12L)))
                .isEqualTo(new StoryAssignment.Merge(4, List.of(9L, 12L)));
    }
}
