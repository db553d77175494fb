package org.lms.adapter.in.rest.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.LoginUseCase;
import org.lms.application.port.in.PasswordUseCase;
import org.lms.application.port.in.RegisterUserUseCase;
import org.lms.application.port.in.RegisterUserUseCase.RegisterCommand;
import org.lms.domain.identity.DisplayName;
import org.lms.domain.identity.EmailAddress;

/** Registration, email verification, login (with a second factor), token refresh, logout and password reset. */
@RequestScoped
@Path("api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@APIResponse(responseCode = "401", description = "Invalid credentials or token", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "422", description = "Invalid field values", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class AuthResource {

    private CurrentCaller caller;
    private RegisterUserUseCase registration;
    private LoginUseCase login;
    private PasswordUseCase passwords;

    /** Jakarta REST insists on a public constructor it could call; CDI creates the instance with the other one. */
    public AuthResource() {
    }

    @Inject
    public AuthResource(CurrentCaller caller, RegisterUserUseCase registration, LoginUseCase login,
                        PasswordUseCase passwords) {
        this.caller = caller;
        this.registration = registration;
        this.login = login;
        this.passwords = passwords;
    }

    @POST
    @Path("register")
    @PermitAll
    @Operation(summary = "Open a student account; a verification token is mailed to the address")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            schema = @Schema(implementation = UserResponse.class)))
    public Response register(@Valid @NotNull RegisterRequest body) {
        var user = registration.register(new RegisterCommand(new EmailAddress(body.email()), new DisplayName(body.name()),
                body.password()));
        return Response.status(Response.Status.CREATED).entity(UserResponse.of(user)).build();
    }

    @POST
    @Path("verify-email")
    @PermitAll
    @Operation(summary = "Confirm the email address with the mailed token (single use, 24 hours)")
    @APIResponse(responseCode = "204", description = "Verified")
    public void verifyEmail(@Valid @NotNull VerifyEmailRequest body) {
        registration.verifyEmail(body.token());
    }

    @POST
    @Path("login")
    @PermitAll
    @Operation(summary = "Log in with email and password; answers tokens, or an MFA challenge")
    @APIResponse(responseCode = "200", description = "Tokens or MFA challenge", content = @Content(
            schema = @Schema(implementation = LoginResponse.class)))
    public LoginResponse login(@Valid @NotNull LoginRequest body) {
        return LoginResponse.of(login.login(new EmailAddress(body.email()), body.password()));
    }

    @POST
    @Path("login/mfa")
    @PermitAll
    @Operation(summary = "Second login step: the challenge and a TOTP code or a recovery code")
    @APIResponse(responseCode = "200", description = "Tokens", content = @Content(
            schema = @Schema(implementation = LoginResponse.class)))
    public LoginResponse loginMfa(@Valid @NotNull MfaLoginRequest body) {
        return LoginResponse.of(login.completeMfaLogin(body.challenge(), body.code()));
    }

    @POST
    @Path("refresh")
    @PermitAll
    @Operation(summary = "Trade a refresh token for a new pair; each refresh token works once")
    @APIResponse(responseCode = "200", description = "Tokens", content = @Content(
            schema = @Schema(implementation = LoginResponse.class)))
    public LoginResponse refresh(@Valid @NotNull RefreshRequest body) {
        return LoginResponse.of(login.refresh(body.refreshToken()));
    }

    @POST
    @Path("logout")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "End every session of the caller (revokes all refresh tokens)")
    @APIResponse(responseCode = "204", description = "Logged out")
    public void logout() {
        login.logout(caller.actor());
    }

    @POST
    @Path("password-reset")
    @PermitAll
    @Operation(summary = "Mail a password reset token; the answer is the same for unknown addresses")
    @APIResponse(responseCode = "202", description = "Accepted")
    public Response requestPasswordReset(@Valid @NotNull PasswordResetRequest body) {
        passwords.requestPasswordReset(new EmailAddress(body.email()));
        return Response.accepted().build();
    }

    @POST
    @Path("password-reset/complete")
    @PermitAll
    @Operation(summary = "Set a new password with the mailed reset token (single use, 30 minutes)")
    @APIResponse(responseCode = "204", description = "Password replaced; every session ended")
    public void completePasswordReset(@Valid @NotNull CompletePasswordResetRequest body) {
        passwords.completePasswordReset(body.token(), body.newPassword());
    }
}
