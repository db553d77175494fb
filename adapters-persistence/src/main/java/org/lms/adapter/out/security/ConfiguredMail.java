package org.lms.adapter.out.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.application.port.out.MailPort;

/**
 * Sends through the WildFly mail session when {@code LMS_MAIL_MODE=smtp}; otherwise (the embedded
 * default, with no mail server) only logs that a message would have gone out.
 */
@ApplicationScoped
public class ConfiguredMail implements MailPort {

    private MailPort delegate;

    protected ConfiguredMail() {
    }

    @Inject
    public ConfiguredMail(@ConfigProperty(name = "lms.mail.mode", defaultValue = "log") String mode) {
        this.delegate = "smtp".equalsIgnoreCase(mode.strip()) ? new SmtpMail() : new LoggedMail();
    }

    @Override
    public void send(OutgoingMail mail) {
        delegate.send(mail);
    }
}
