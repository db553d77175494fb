package org.lms.adapter.out.security;

import java.util.Locale;
import org.jboss.logging.Logger;
import org.lms.application.port.out.MailPort;
import org.lms.domain.identity.EmailAddress;

/**
 * Stands in for a mail server in the embedded default. It logs the kind of message and a masked
 * recipient, never the body: the body holds a token that would let anyone reading the log take
 * over the account. Use {@code LMS_MAIL_MODE=smtp} with a test SMTP server to read the messages.
 */
final class LoggedMail implements MailPort {

    private static final Logger LOG = Logger.getLogger(LoggedMail.class);

    @Override
    public void send(OutgoingMail mail) {
        LOG.infof("%s mail to %s sent (not delivered: LMS_MAIL_MODE is not smtp)",
                mail.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), mask(mail.to()));
    }

    /** {@code j***@example.org}: enough to tell test users apart, not enough to harvest addresses. */
    static String mask(EmailAddress address) {
        return address.localPart().charAt(0) + "***@" + address.value().substring(address.value().lastIndexOf('@') + 1);
    }
}
