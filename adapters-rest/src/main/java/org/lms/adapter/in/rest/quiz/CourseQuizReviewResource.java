package org.lms.adapter.in.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.paging.PageParameters;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.ReviewQuizAttemptsUseCase;
import org.lms.application.port.in.ReviewQuizAttemptsUseCase.AwaitingReviewQuery;
import org.lms.domain.course.CourseId;

/** A course's quiz attempts awaiting review: the review queue of its instructor and admins. */
@Path("api/v1/courses/{courseId}/quiz-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class CourseQuizReviewResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ReviewQuizAttemptsUseCase reviewAttempts;

    @GET
    @Operation(summary = "Failed last attempts of the course's quizzes awaiting review, longest waiting first "
            + "(instructor and admins); each is reviewed at POST /api/v1/quiz-attempts/{attemptId}/review")
    @APIResponse(responseCode = "200", description = "One page of attempts", content = @Content(
            schema = @Schema(implementation = QuizAttemptPageResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is not the course's instructor or an admin")
    @APIResponse(responseCode = "404", description = "No such course visible to the caller")
    @APIResponse(responseCode = "422", description = "Invalid paging parameters")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public QuizAttemptPageResponse list(@PathParam("courseId") UUID courseId, @Valid @BeanParam PageParameters page) {
        return QuizAttemptPageResponse.of(reviewAttempts.awaitingReview(new AwaitingReviewQuery(caller.actor(),
                new CourseId(courseId), page.toPageRequest())));
    }
}
