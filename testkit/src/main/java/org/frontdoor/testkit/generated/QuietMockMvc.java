package org.frontdoor.testkit.generated;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The test's own MockMvc, with the same filters and security as the one Spring Boot builds, but without writing every
 * request and answer into the "print on failure" buffer: for ten thousand generated bodies (some 70,000 characters
 * long) that formatting was most of the time and memory of a generated-input test. Built from the test's existing
 * application context, so no second context starts.
 */
public final class QuietMockMvc {

    private QuietMockMvc() {
    }

    public static MockMvc of(WebApplicationContext context) {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        SpringBootMockMvcBuilderCustomizer filtersAndSecurity = new SpringBootMockMvcBuilderCustomizer(context);
        filtersAndSecurity.setPrint(MockMvcPrint.NONE);
        filtersAndSecurity.customize(builder);
        context.getBeansOfType(MockMvcBuilderCustomizer.class).values().stream()
                .filter(customizer -> !(customizer instanceof SpringBootMockMvcBuilderCustomizer))
                .forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }
}
