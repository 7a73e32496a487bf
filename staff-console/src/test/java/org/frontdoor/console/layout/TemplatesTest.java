package org.frontdoor.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every template keeps to the Content-Security-Policy (no inline script, style or event handler) and to the rule that
 * a page's title never names a child (titles are literal words, or chosen between literal words).
 */
class TemplatesTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("<style|\\sstyle=|th:style", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+=", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title([^>]*)>", Pattern.CASE_INSENSITIVE);

    /** Every rule of the console's style sheet is closed before the next opens (a merge once left half rules). */
    @Test
    void theConsolesStyleSheetIsWellFormed() throws IOException {
        String css = new PathMatchingResourcePatternResolver().getResource("classpath:/static/console/console.css")
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("nesting at character %d of console.css", i).isBetween(0, 1);
        }
        assertThat(depth).as("every rule closed").isZero();
    }

    @Test
    void noTemplateHasInlineScriptStyleOrEventHandlers() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:/templates/**/*.html");
        assertThat(templates).hasSizeGreaterThan(8);
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script in %s", template.getFilename()).isFalse();
            assertThat(STYLE.matcher(html).find()).as("inline style in %s", template.getFilename()).isFalse();
            assertThat(EVENT_HANDLER.matcher(html).find()).as("event handler in %s", template.getFilename()).isFalse();
            var title = TITLE.matcher(html);
            while (title.find()) {
                assertThat(title.group(1)).as("title of %s", template.getFilename())
                        .doesNotContain("call.").doesNotContain("child").doesNotContain("referrer").doesNotContain("entry");
            }
        }
    }
}
