package org.lms.adapter.in.rest.quiz;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.quiz.Answer;
import org.lms.domain.quiz.Question;
import org.lms.domain.shared.InvalidValueException;

/**
 * A student's answer to one question: exactly one of {@code selected} (option indexes, for choice
 * questions), {@code value} (true/false) or {@code text} (short answer, up to 500 characters).
 * Unknown fields, such as a score, are refused: the server grades.
 */
@Schema(name = "QuizAnswerRequest")
public record AnswerRequest(@Size(max = Question.MAX_OPTIONS) Set<@NotNull Integer> selected, Boolean value,
                            @Size(max = Answer.ShortText.MAX_LENGTH) String text) {

    Answer toAnswer() {
        if (Stream.of(selected, value, text).filter(given -> given != null).count() != 1) {
            throw new InvalidValueException("answer", "Give exactly one of selected, value or text");
        }
        if (selected != null) {
            return new Answer.Choice(selected);
        }
        return value != null ? new Answer.TrueFalse(value) : new Answer.ShortText(text);
    }
}
