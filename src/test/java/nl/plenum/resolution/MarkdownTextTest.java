package nl.plenum.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void rendersOrdinaryMarkdown() {
        assertEquals("<h2>Besluit</h2>\n<p>De ALV <strong>stemt in</strong>.</p>\n", MarkdownText.toHtml("## Besluit\n\nDe ALV **stemt in**."));
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String html = MarkdownText.toHtml("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        String html = MarkdownText.toHtml("[x](javascript:alert(1)) [y](JaVaScRiPt:alert(2)) [z](data:text/html,hi) ![i](javascript:alert(3))");
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
    }

    @Test
    void webLinksStayAndDoNotLeakTheOpener() {
        String html = MarkdownText.toHtml("[VNG](https://vng.nl)");
        assertTrue(html.contains("href=\"https://vng.nl\""), html);
        assertTrue(html.contains("rel=\"nofollow noopener noreferrer\""), html);
    }

    @Test
    void emptyTextIsEmptyHtml() {
        assertEquals("", MarkdownText.toHtml(""));
        assertEquals("", MarkdownText.toHtml(null));
    }
}
