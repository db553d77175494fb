package org.lms.domain.identity;

import org.lms.domain.shared.NotFoundException;

/** No user with this id exists. */
public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(UserId id) {
        super("user-not-found", "No user " + id);
    }
}
