package org.lms.adapter.in.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.BrowseQuizzesUseCase;
import org.lms.application.port.in.BrowseQuizzesUseCase.AttemptQuery;
import org.lms.application.port.in.ReviewQuizAttemptsUseCase;
import org.lms.application.port.in.ReviewQuizAttemptsUseCase.ReviewAttemptCommand;
import org.lms.application.port.in.TakeQuizUseCase;
import org.lms.application.port.in.TakeQuizUseCase.AnswerQuestionCommand;
import org.lms.application.port.in.TakeQuizUseCase.SubmitAttemptCommand;
import org.lms.domain.quiz.QuestionId;
import org.lms.domain.quiz.QuizAttemptId;

/**
 * One attempt: its student answers and submits it; the student and the course's staff read it, and
 * the staff review it when it was a failed last attempt. Anyone else is told it does not exist.
 */
@Path("api/v1/quiz-attempts/{attemptId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "404", description = "No such attempt (or question in it) visible to the caller",
        content = @Content(mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class QuizAttemptResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseQuizzesUseCase browseQuizzes;

    @Inject
    TakeQuizUseCase takeQuiz;

    @Inject
    ReviewQuizAttemptsUseCase reviewAttempts;

    @GET
    @Operation(summary = "The attempt with its questions; answer keys only as the quiz's disclosure rules allow")
    @APIResponse(responseCode = "200", description = "The attempt", content = @Content(
            schema = @Schema(implementation = QuizAttemptResponse.class)))
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public QuizAttemptResponse find(@PathParam("attemptId") UUID attemptId) {
        return QuizAttemptResponse.of(browseQuizzes.attempt(new AttemptQuery(caller.actor(),
                new QuizAttemptId(attemptId))));
    }

    @PUT
    @Path("answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save (or replace) the answer to one question while the attempt is open (its student)")
    @APIResponse(responseCode = "200", description = "Saved; the attempt", content = @Content(
            schema = @Schema(implementation = QuizAttemptResponse.class)))
    @APIResponse(responseCode = "403", description = "Not the attempt's student, or no longer enrolled")
    @APIResponse(responseCode = "409", description = "Already submitted (quiz-attempt-already-submitted) or past "
            + "its time limit and grace (quiz-attempt-expired)")
    @APIResponse(responseCode = "422", description = "An answer of the wrong kind, or unknown fields")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public QuizAttemptResponse answer(@PathParam("attemptId") UUID attemptId, @PathParam("questionId") UUID questionId,
                                      @Valid @NotNull AnswerRequest body) {
        return QuizAttemptResponse.of(takeQuiz.answer(new AnswerQuestionCommand(caller.actor(),
                new QuizAttemptId(attemptId), new QuestionId(questionId), body.toAnswer())));
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The course's instructor or an admin reviews a failed last attempt: grants the student "
            + "extraAttempts more attempts, or 0 to close the case; once")
    @APIResponse(responseCode = "200", description = "Reviewed; the attempt with its review", content = @Content(
            schema = @Schema(implementation = QuizAttemptResponse.class)))
    @APIResponse(responseCode = "403", description = "The attempt's own student")
    @APIResponse(responseCode = "409", description = "Already reviewed (quiz-attempt-already-reviewed), or not "
            + "awaiting review (quiz-attempt-not-reviewable): open, passed, not the last allowed attempt, or the "
            + "student passed the quiz")
    @APIResponse(responseCode = "422", description = "extraAttempts missing or out of 0..10, note too long, or "
            + "unknown fields")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public QuizAttemptResponse review(@PathParam("attemptId") UUID attemptId, @Valid @NotNull ReviewRequest body) {
        return QuizAttemptResponse.of(reviewAttempts.review(new ReviewAttemptCommand(caller.actor(),
                new QuizAttemptId(attemptId), body.extraAttempts(), Optional.ofNullable(body.note()))));
    }

    @POST
    @Path("submission")
    @Operation(summary = "The student submits the attempt; the server grades it, and a first pass completes the lesson")
    @APIResponse(responseCode = "200", description = "Submitted and graded", content = @Content(
            schema = @Schema(implementation = QuizAttemptResponse.class)))
    @APIResponse(responseCode = "403", description = "Not the attempt's student, or no longer enrolled")
    @APIResponse(responseCode = "409", description = "Already submitted (quiz-attempt-already-submitted) or past "
            + "its time limit and grace (quiz-attempt-expired)")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public QuizAttemptResponse submit(@PathParam("attemptId") UUID attemptId) {
        return QuizAttemptResponse.of(takeQuiz.submit(new SubmitAttemptCommand(caller.actor(),
                new QuizAttemptId(attemptId))));
    }
}
