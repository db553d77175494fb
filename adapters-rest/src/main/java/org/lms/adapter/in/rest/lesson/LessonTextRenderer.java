package org.lms.adapter.in.rest.lesson;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML that cannot run script: raw HTML in the source is escaped, not passed through,
 * and link and image URLs with schemes other than http, https, mailto and data (images) are dropped.
 * Parser and renderer are immutable and thread-safe.
 */
final class LessonTextRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private LessonTextRenderer() {
    }

    static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
