package org.lms.adapter.in.rest.quiz;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.QuizAttemptSummary;

/** One page of a quiz's attempts, most recently started first, with their total number. */
@Schema(name = "QuizAttemptPage")
public record QuizAttemptPageResponse(List<QuizAttemptSummaryResponse> items, long total, int offset, int limit) {

    static QuizAttemptPageResponse of(Page<QuizAttemptSummary> page) {
        return new QuizAttemptPageResponse(page.items().stream().map(QuizAttemptSummaryResponse::of).toList(),
                page.total(), page.offset(), page.limit());
    }
}
