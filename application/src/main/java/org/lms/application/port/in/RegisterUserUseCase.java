package org.lms.application.port.in;

import java.util.Objects;
import org.lms.domain.identity.DisplayName;
import org.lms.domain.identity.EmailAddress;

/** Anyone may open a student account; it becomes usable once the mailed token confirms the email. */
public interface RegisterUserUseCase {

    UserView register(RegisterCommand command);

    void verifyEmail(String token);

    /** The password is checked against the policy by the service, which knows the email. */
    record RegisterCommand(EmailAddress email, DisplayName name, String password) {

        public RegisterCommand {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "RegisterCommand[" + name + "]";
        }
    }
}
