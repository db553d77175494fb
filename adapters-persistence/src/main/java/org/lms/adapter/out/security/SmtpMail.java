package org.lms.adapter.out.security;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.logging.Logger;
import org.lms.application.port.out.MailPort;

/**
 * Sends through the WildFly mail session {@code java:jboss/mail/lms} that {@code configure.cli}
 * defines (SMTP host and port from {@code LMS_SMTP_HOST}/{@code LMS_SMTP_PORT}). Looked up on first
 * use, so a server without the session still deploys in log mode.
 */
final class SmtpMail implements MailPort {

    static final String SESSION = "java:jboss/mail/lms";
    private static final Logger LOG = Logger.getLogger(SmtpMail.class);

    private volatile Session session;

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
            LOG.infof("%s mail to %s sent", mail.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    LoggedMail.mask(mail.to()));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot send mail through " + SESSION, e);
        }
    }

    private Session session() {
        if (session == null) {
            try {
                session = (Session) new InitialContext().lookup(SESSION);
            } catch (NamingException e) {
                throw new IllegalStateException("No mail session " + SESSION + "; run ops/wildfly/configure.cli", e);
            }
        }
        return session;
    }
}
