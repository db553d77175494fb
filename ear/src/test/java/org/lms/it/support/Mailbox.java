package org.lms.it.support;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mail the LMS sent to the test SMTP server, and the token in it. */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("^([A-Za-z0-9_-]{43})$", Pattern.MULTILINE);

    private Mailbox() {
    }

    /** The token of the newest message to {@code address} whose subject contains {@code subject}. */
    public static String tokenFrom(String address, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] messages = IntegrationTestSession.mailServer().getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                if (isTo(messages[i], address) && subjectOf(messages[i]).contains(subject)) {
                    Matcher token = TOKEN.matcher(GreenMailUtil.getBody(messages[i]).replace("\r", ""));
                    if (token.find()) {
                        return token.group(1);
                    }
                }
            }
            sleep();
        }
        throw new AssertionError("No mail '" + subject + "' to " + address);
    }

    public static long countTo(String address) {
        return Arrays.stream(IntegrationTestSession.mailServer().getReceivedMessages())
                .filter(message -> isTo(message, address)).count();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for mail", e);
        }
    }
}
