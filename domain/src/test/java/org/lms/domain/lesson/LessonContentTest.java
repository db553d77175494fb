package org.lms.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lms.domain.shared.InvalidValueException;

class LessonContentTest {

    @Test
    void videoNeedsAnHttpsUrlWithAHostAndAPositiveDuration() {
        assertThat(new LessonContent.Video(" https://v.example.org/a.mp4 ", 1).url()).isEqualTo("https://v.example.org/a.mp4");
        for (String url : new String[] {"http://v.example.org/a", "javascript:alert(1)", "https:///nohost", "not a url",
                "https://user:pw@v.example.org/a", ""}) {
            assertThatThrownBy(() -> new LessonContent.Video(url, 60)).as(url).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> new LessonContent.Video("https://v.example.org/a", 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("durationSeconds");
        assertThatThrownBy(() -> new LessonContent.Video("https://v.example.org/a", -5))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LessonContent.Video("https://v.example.org/a", LessonContent.Video.MAX_DURATION_SECONDS + 1))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void textKeepsLineBreaksButRefusesEmptyText() {
        assertThat(new LessonContent.TextBody("# Title\n\nBody").source()).isEqualTo("# Title\n\nBody");
        assertThatThrownBy(() -> new LessonContent.TextBody("  ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LessonContent.TextBody("a\u0000b")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void quizAndAssignmentNeedTheirReferences() {
        assertThatThrownBy(() -> new LessonContent.Quiz(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LessonContent.Assignment("Write", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("dueAt");
        assertThatThrownBy(() -> new LessonContent.Assignment("", Instant.now()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void eachContentNamesItsType() {
        assertThat(new LessonContent.Assignment("Write", Instant.now()).type()).isEqualTo(LessonType.ASSIGNMENT);
        assertThat(LessonType.FILE.allowedRules()).containsExactly(CompletionRule.VIEWED, CompletionRule.MARKED_DONE);
        assertThat(CompletionRule.PASSED.isSelfReported()).isFalse();
        assertThat(CompletionRule.SUBMITTED.isSelfReported()).isFalse();
    }
}
