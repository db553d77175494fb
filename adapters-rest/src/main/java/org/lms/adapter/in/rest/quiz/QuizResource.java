package org.lms.adapter.in.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.paging.PageParameters;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.AuthorQuizUseCase;
import org.lms.application.port.in.AuthorQuizUseCase.AuthorQuizCommand;
import org.lms.application.port.in.AuthorQuizUseCase.AuthoredQuiz;
import org.lms.application.port.in.BrowseQuizzesUseCase;
import org.lms.application.port.in.BrowseQuizzesUseCase.QuizAttemptsQuery;
import org.lms.application.port.in.BrowseQuizzesUseCase.QuizQuery;
import org.lms.application.port.in.QuizAttemptView;
import org.lms.application.port.in.TakeQuizUseCase;
import org.lms.application.port.in.TakeQuizUseCase.StartAttemptCommand;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.LessonId;

/** The quiz of a QUIZ lesson: its staff author it and read every attempt; enrolled students start attempts. */
@Path("api/v1/courses/{courseId}/lessons/{lessonId}/quiz")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "404", description = "No such course, lesson or quiz visible to the caller",
        content = @Content(mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class QuizResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuthorQuizUseCase authorQuiz;

    @Inject
    BrowseQuizzesUseCase browseQuizzes;

    @Inject
    TakeQuizUseCase takeQuiz;

    @Context
    UriInfo uri;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the lesson's quiz with its questions (the course's instructor or an "
            + "admin); refused once any attempt exists")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(
            schema = @Schema(implementation = QuizResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = QuizResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller may not manage this course")
    @APIResponse(responseCode = "409", description = "Not a QUIZ lesson (lesson-not-a-quiz), or students have "
            + "started attempts (quiz-has-attempts)")
    @APIResponse(responseCode = "422", description = "Invalid or unknown fields")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Response author(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId,
                           @Valid @NotNull QuizRequest body) {
        AuthoredQuiz authored = authorQuiz.author(new AuthorQuizCommand(caller.actor(), new CourseId(courseId),
                new LessonId(lessonId), body.settings(), body.toQuestions()));
        QuizResponse quiz = QuizResponse.of(authored.quiz());
        return authored.created()
                ? Response.created(uri.getAbsolutePath()).entity(quiz).build() : Response.ok(quiz).build();
    }

    @GET
    @Operation(summary = "The quiz: with answer keys for the course's staff; settings and own attempts for "
            + "enrolled students")
    @APIResponse(responseCode = "200", description = "The quiz", content = @Content(
            schema = @Schema(implementation = QuizResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is neither staff nor actively enrolled")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public QuizResponse find(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId) {
        return QuizResponse.of(browseQuizzes.find(new QuizQuery(caller.actor(), new CourseId(courseId),
                new LessonId(lessonId))));
    }

    @POST
    @Path("attempts")
    @Operation(summary = "The enrolled student starts an attempt; the server sets its start and question order")
    @APIResponse(responseCode = "201", description = "Started; the questions without answers", content = @Content(
            schema = @Schema(implementation = QuizAttemptResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is not actively enrolled")
    @APIResponse(responseCode = "409", description = "Every allowed attempt is used (quiz-attempts-exhausted), or "
            + "the quiz changed meanwhile (quiz-changed)")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public Response start(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId) {
        QuizAttemptView started = takeQuiz.start(new StartAttemptCommand(caller.actor(), new CourseId(courseId),
                new LessonId(lessonId)));
        return Response.created(uri.getBaseUriBuilder().path(QuizAttemptResource.class)
                        .build(started.summary().id()))
                .entity(QuizAttemptResponse.of(started)).build();
    }

    @GET
    @Path("attempts")
    @Operation(summary = "Every student's attempts at the quiz, most recently started first (instructor and admins)")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(
            schema = @Schema(implementation = QuizAttemptPageResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller may not manage this course")
    @APIResponse(responseCode = "422", description = "Invalid paging parameters")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public QuizAttemptPageResponse attempts(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId,
                                            @Valid @BeanParam PageParameters page) {
        return QuizAttemptPageResponse.of(browseQuizzes.attempts(new QuizAttemptsQuery(caller.actor(),
                new CourseId(courseId), new LessonId(lessonId), page.toPageRequest())));
    }
}
