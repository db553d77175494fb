package org.lms.adapter.in.rest.file;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} per RFC 6266: an ASCII-only {@code filename} for old
 * clients (anything outside safe printable ASCII becomes {@code _}) and the exact name as
 * {@code filename*} in RFC 8187 encoding.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
