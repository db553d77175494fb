package org.lms.domain.identity;

import java.util.Set;
import org.lms.domain.shared.AuthenticationRequiredException;

/** Who is asking: nobody known, or a user with roles. Every use case receives one. */
public sealed interface Actor permits Actor.Anonymous, Actor.User {

    static Actor anonymous() {
        return Anonymous.INSTANCE;
    }

    static Actor user(UserId id, Set<Role> roles) {
        return new User(id, roles);
    }

    boolean hasRole(Role role);

    /** The known user behind this actor; anonymous callers are refused. */
    User requireUser();

    /** An unauthenticated caller. */
    enum Anonymous implements Actor {
        INSTANCE;

        @Override
        public boolean hasRole(Role role) {
            return false;
        }

        @Override
        public User requireUser() {
            throw new AuthenticationRequiredException();
        }
    }

    /** An authenticated user. */
    record User(UserId id, Set<Role> roles) implements Actor {

        public User {
            roles = Set.copyOf(roles);
        }

        @Override
        public boolean hasRole(Role role) {
            return roles.contains(role);
        }

        @Override
        public User requireUser() {
            return this;
        }
    }
}
