package nl.plenum.resolution;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Resolution texts as HTML that is safe to show on any page: raw HTML in the Markdown is escaped, and
 * links and images keep only http, https and mailto addresses (no javascript:, no data:).
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if ("a".equals(tagName)) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private MarkdownText() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
