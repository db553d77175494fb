package org.lms.adapter.in.rest.certificate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lms.application.port.in.CertificateView;

/** A self-contained HTML page of a certificate. Every stored text is escaped, so none of it can become markup. */
final class CertificateHtml {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private CertificateHtml() {
    }

    static String render(CertificateView view) {
        String revoked = view.revokedAt().map(at -> "<p class=\"revoked\">Revoked on " + DATE.format(at) + "</p>\n")
                .orElse("");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Certificate of completion</title>\n"
                + "<style>body{font-family:serif;text-align:center;margin:4em}.revoked{color:#b00}</style>\n"
                + "</head>\n<body>\n<h1>Certificate of completion</h1>\n"
                + "<p>This certifies that</p>\n<h2>" + escape(view.holderName()) + "</h2>\n"
                + "<p>completed the course</p>\n<h2>" + escape(view.courseTitle()) + "</h2>\n"
                + "<p>on " + DATE.format(view.issuedAt()) + "</p>\n" + revoked
                + "<p>Verification code: <code>" + escape(view.code()) + "</code></p>\n</body>\n</html>\n";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
