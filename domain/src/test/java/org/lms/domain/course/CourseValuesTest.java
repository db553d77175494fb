package org.lms.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lms.domain.shared.InvalidValueException;

class CourseValuesTest {

    @Test
    void codeIsNormalisedToUpperCase() {
        assertThat(new CourseCode("  ml-2 ").value()).isEqualTo("ML-2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "-AB", "AB CD", "ÄB", "A23456789012345678901", "AB;DROP"})
    void codeRejectsMalformedValues(String code) {
        assertThatThrownBy(() -> new CourseCode(code))
                .isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("code");
    }

    @Test
    void titleIsTrimmedAndBounded() {
        assertThat(new CourseTitle("  Intro  ").value()).isEqualTo("Intro");
        assertThatThrownBy(() -> new CourseTitle("   ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CourseTitle("x".repeat(201))).isInstanceOf(InvalidValueException.class);
        assertThat(new CourseTitle("x".repeat(200)).value()).hasSize(200);
    }

    @Test
    void titleRejectsLineBreaksButDescriptionAllowsThem() {
        assertThatThrownBy(() -> new CourseTitle("a\nb")).isInstanceOf(InvalidValueException.class);
        assertThat(new CourseDescription("line one\nline two").value()).contains("\n");
        assertThatThrownBy(() -> new CourseDescription("bell\u0007")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertThat(new CourseTitle(emoji.repeat(200)).value()).isNotEmpty();
    }

    @Test
    void descriptionIsOptionalButBounded() {
        assertThat(new CourseDescription(null).value()).isEmpty();
        assertThatThrownBy(() -> new CourseDescription("x".repeat(5001))).isInstanceOf(InvalidValueException.class);
    }
}
