package org.lms.adapter.in.rest.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.auth.UserResponse;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.MfaUseCase;
import org.lms.application.port.in.PasswordUseCase;
import org.lms.application.port.in.UserAdministrationUseCase;

/** The caller's own account: profile, password and second factor. Any signed-in user. */
@RequestScoped
@Path("api/v1/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class AccountResource {

    private CurrentCaller caller;
    private UserAdministrationUseCase users;
    private PasswordUseCase passwords;
    private MfaUseCase mfa;

    /** Jakarta REST insists on a public constructor it could call; CDI creates the instance with the other one. */
    public AccountResource() {
    }

    @Inject
    public AccountResource(CurrentCaller caller, UserAdministrationUseCase users, PasswordUseCase passwords,
                           MfaUseCase mfa) {
        this.caller = caller;
        this.users = users;
        this.passwords = passwords;
        this.mfa = mfa;
    }

    @GET
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    @Operation(summary = "The caller's account")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(
            schema = @Schema(implementation = UserResponse.class)))
    public UserResponse me() {
        return UserResponse.of(users.currentUser(caller.actor()));
    }

    @PUT
    @Path("password")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the password (ends every other session)")
    @APIResponse(responseCode = "204", description = "Changed")
    public void changePassword(@Valid @NotNull ChangePasswordRequest body) {
        passwords.changePassword(caller.actor(), body.currentPassword(), body.newPassword());
    }

    @POST
    @Path("mfa")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start TOTP enrolment: a new key for the authenticator app")
    @APIResponse(responseCode = "200", description = "The key", content = @Content(
            schema = @Schema(implementation = MfaEnrolmentResponse.class)))
    public MfaEnrolmentResponse beginMfa() {
        var enrolment = mfa.beginEnrolment(caller.actor());
        return new MfaEnrolmentResponse(enrolment.otpauthUri(), enrolment.secret());
    }

    @POST
    @Path("mfa/confirm")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn TOTP on with a first code; answers the recovery codes")
    @APIResponse(responseCode = "200", description = "Recovery codes", content = @Content(
            schema = @Schema(implementation = RecoveryCodesResponse.class)))
    public RecoveryCodesResponse confirmMfa(@Valid @NotNull MfaCodeRequest body) {
        return new RecoveryCodesResponse(mfa.confirmEnrolment(caller.actor(), body.code()));
    }

    @POST
    @Path("mfa/disable")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn TOTP off, with the password and a current or recovery code")
    @APIResponse(responseCode = "204", description = "Disabled")
    public void disableMfa(@Valid @NotNull DisableMfaRequest body) {
        mfa.disable(caller.actor(), body.password(), body.code());
    }
}
