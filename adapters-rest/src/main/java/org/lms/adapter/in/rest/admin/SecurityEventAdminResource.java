package org.lms.adapter.in.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.paging.PageParameters;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.ReviewSecurityEventsUseCase;
import org.lms.application.port.in.ReviewSecurityEventsUseCase.SecurityEventQuery;
import org.lms.domain.shared.InvalidValueException;

/** The tamper-evident security event log for admins: browse it, and verify its hash chain. */
@RequestScoped
@Path("api/v1/admin/security-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security events")
@RolesAllowed("ADMIN")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "403", description = "Caller is not an admin", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class SecurityEventAdminResource {

    /** ISO-8601 in UTC, e.g. 2026-01-31T23:00:00Z, with optional fractions of a second. */
    private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    private CurrentCaller caller;
    private ReviewSecurityEventsUseCase review;

    /** Jakarta REST insists on a public constructor it could call; CDI creates the instance with the other one. */
    public SecurityEventAdminResource() {
    }

    @Inject
    public SecurityEventAdminResource(CurrentCaller caller, ReviewSecurityEventsUseCase review) {
        this.caller = caller;
        this.review = review;
    }

    @GET
    @Operation(summary = "List security events, newest first, by type and time (admins)")
    @APIResponse(responseCode = "200", description = "One page of events", content = @Content(
            schema = @Schema(implementation = SecurityEventPageResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid filter or paging", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    public SecurityEventPageResponse list(
            @QueryParam("type") @Pattern(regexp = "[a-z_]{1,40}", message = "must be a lower-case event type") String type,
            @QueryParam("since") @Pattern(regexp = INSTANT, message = "must be an instant like 2026-01-31T23:00:00Z") String since,
            @QueryParam("until") @Pattern(regexp = INSTANT, message = "must be an instant like 2026-01-31T23:00:00Z") String until,
            @Valid @BeanParam PageParameters page) {
        SecurityEventQuery query = new SecurityEventQuery(Optional.ofNullable(type), instant("since", since),
                instant("until", until));
        return SecurityEventPageResponse.of(review.list(caller.actor(), query, page.toPageRequest()));
    }

    /** The pattern lets through impossible dates such as month 13; they are a 422 as well. */
    private static Optional<Instant> instant(String field, String value) {
        try {
            return Optional.ofNullable(value).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an instant like 2026-01-31T23:00:00Z");
        }
    }

    @GET
    @Path("verification")
    @Operation(summary = "Walk the hash chain of the event log: ok, or the first entry that was changed or removed (admins)")
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(
            schema = @Schema(implementation = ChainVerificationResponse.class)))
    public ChainVerificationResponse verify() {
        return ChainVerificationResponse.of(review.verify(caller.actor()));
    }
}
