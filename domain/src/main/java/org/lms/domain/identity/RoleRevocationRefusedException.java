package org.lms.domain.identity;

import org.lms.domain.shared.ConflictException;

/**
 * A revocation that would leave an account unusable or the installation without its revoking admin:
 * an account keeps at least one role, and an admin cannot revoke their own ADMIN role (another admin can).
 */
public class RoleRevocationRefusedException extends ConflictException {

    private RoleRevocationRefusedException(String code, String message) {
        super(code, message);
    }

    static RoleRevocationRefusedException lastRole(UserId user, Role role) {
        return new RoleRevocationRefusedException("last-role", role + " is the only role of user " + user);
    }

    static RoleRevocationRefusedException ownAdminRole() {
        return new RoleRevocationRefusedException("own-admin-role", "An admin cannot revoke their own ADMIN role");
    }
}
