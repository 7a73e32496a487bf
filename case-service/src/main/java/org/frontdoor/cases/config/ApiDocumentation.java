package org.frontdoor.cases.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs} (aggregated by the gateway). */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI caseServiceApi() {
        return new OpenAPI()
                .info(new Info().title("Front Door case-service")
                        .description("Early help cases: opened from triage decisions, led by a lead professional, "
                                + "with Webstars, family themes, outcome evidence, the family plan in versions, plan "
                                + "reviews and step-up, drift and overdue reviews listed for managers, caseloads, reallocation "
                                + "with a handover note and the lead professional history, "
                                + "closed with a reason and judgement; and the social care feed (episode closures, "
                                + "step-downs). Every case read is audited.")
                        .version("v1"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
