package org.lms.adapter.in.rest.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.lms.application.port.in.GradeSubmissionUseCase;
import org.lms.application.port.in.GradeSubmissionUseCase.GradeSubmissionCommand;
import org.lms.domain.assignment.Score;
import org.lms.domain.assignment.SubmissionId;

/** Grading one submission, by the course's instructor or an admin. */
@Path("api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class SubmissionResource {

    @Inject
    CurrentCaller caller;

    @Inject
    GradeSubmissionUseCase gradeSubmission;

    @PUT
    @Path("{submissionId}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grade a submission once; a grade at or above the lesson's pass score completes a GRADED "
            + "lesson (and the course after its last required lesson)")
    @APIResponse(responseCode = "200", description = "Graded", content = @Content(
            schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or unknown fields")
    @APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is not the course's instructor or an admin")
    @APIResponse(responseCode = "404", description = "No such submission")
    @APIResponse(responseCode = "409", description = "Already graded (submission-already-graded)")
    @APIResponse(responseCode = "422", description = "Score outside 0..100 or feedback longer than 4000 characters")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public SubmissionResponse grade(@PathParam("submissionId") UUID submissionId, @Valid @NotNull GradeRequest body) {
        return SubmissionResponse.of(gradeSubmission.grade(new GradeSubmissionCommand(caller.actor(),
                new SubmissionId(submissionId), new Score(body.score()), Optional.ofNullable(body.feedback()))));
    }
}
