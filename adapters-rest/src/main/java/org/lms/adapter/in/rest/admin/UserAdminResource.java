package org.lms.adapter.in.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.auth.UserResponse;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.application.port.in.UserAdministrationUseCase;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.InvalidValueException;

/** Admin-only user management: granting and revoking roles. */
@RequestScoped
@Path("api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class UserAdminResource {

    private CurrentCaller caller;
    private UserAdministrationUseCase users;

    /** Jakarta REST insists on a public constructor it could call; CDI creates the instance with the other one. */
    public UserAdminResource() {
    }

    @Inject
    public UserAdminResource(CurrentCaller caller, UserAdministrationUseCase users) {
        this.caller = caller;
        this.users = users;
    }

    @PUT
    @Path("{id}/roles/{role}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Grant a role (STUDENT, INSTRUCTOR or ADMIN); takes effect at the user's next login or refresh")
    @APIResponse(responseCode = "200", description = "The account with the role", content = @Content(
            schema = @Schema(implementation = UserResponse.class)))
    public UserResponse grantRole(@PathParam("id") UUID id, @PathParam("role") String role) {
        return UserResponse.of(users.grantRole(caller.actor(), new UserId(id), parse(role)));
    }

    @DELETE
    @Path("{id}/roles/{role}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Revoke a role and end the user's sessions; access tokens already issued keep their roles "
            + "until they expire (15 minutes)")
    @APIResponse(responseCode = "200", description = "The account without the role (also when it did not hold it)",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "The user's only role (last-role), or the caller's own ADMIN "
            + "role (own-admin-role)")
    @APIResponse(responseCode = "422", description = "Not a role")
    public UserResponse revokeRole(@PathParam("id") UUID id, @PathParam("role") String role) {
        return UserResponse.of(users.revokeRole(caller.actor(), new UserId(id), parse(role)));
    }

    private static Role parse(String role) {
        try {
            return Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("role", "role must be STUDENT, INSTRUCTOR or ADMIN");
        }
    }
}
