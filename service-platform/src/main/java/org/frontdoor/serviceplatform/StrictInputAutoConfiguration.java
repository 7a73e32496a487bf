package org.frontdoor.serviceplatform;

import java.util.List;

import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON input for every service: a JSON number or boolean where the contract says string is refused (not
 * quietly turned into text), no string may carry a control character ({@link PlainText}), and an unknown key is
 * refused without being repeated unless it looks like a field name ({@link UnknownFieldNames}). The same rule holds for
 * path variables, query parameters and the headers a service keeps ({@link PlainTextParameters}).
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
public class StrictInputAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "strictJsonInput")
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextDeserializer()));
    }

    /** An unknown key is named in the answer only when it has the shape of a field name ({@link UnknownFieldNames}). */
    @Bean
    @ConditionalOnMissingBean(name = "unknownFieldNamesAreNotRepeated")
    JsonMapperBuilderCustomizer unknownFieldNamesAreNotRepeated() {
        return builder -> builder.addHandler(new UnknownFieldNames());
    }

    /** Path variables, query parameters and kept headers under {@code /api/**}: no control characters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass({WebMvcConfigurer.class, RequestRejectedException.class})
    static class Parameters {

        @Bean
        @ConditionalOnMissingBean
        PlainTextParameters plainTextParameters(@Value("${frontdoor.http.plain-text-headers:Idempotency-Key,"
                + "X-Break-Glass-Reason}") List<String> keptHeaders) {
            return new PlainTextParameters(keptHeaders);
        }

        @Bean
        WebMvcConfigurer plainTextParametersUnderTheApi(PlainTextParameters parameters) {
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(parameters).addPathPatterns("/api/**");
                }
            };
        }

        @Bean
        ServiceProblems plainTextParametersProblems() {
            return problems -> problems.invalid(PlainTextParameters.ControlCharacters.class, e -> e.names().stream()
                            .map(name -> new FieldProblem(name, PlainTextParameters.MESSAGE)).toList())
                    .detail("The request is not valid");
        }
    }
}
