package org.lms.application.port.out;

import java.util.Objects;
import org.lms.domain.identity.EmailAddress;

/** Sends mail to users. The body may carry a secret link; adapters must never log the body. */
public interface MailPort {

    enum MailKind { EMAIL_VERIFICATION, PASSWORD_RESET }

    record OutgoingMail(EmailAddress to, MailKind kind, String subject, String body) {

        public OutgoingMail {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }
    }

    void send(OutgoingMail mail);
}
