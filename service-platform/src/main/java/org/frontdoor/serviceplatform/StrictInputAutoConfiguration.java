package org.frontdoor.serviceplatform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON input for every service: a JSON number or boolean where the contract says string is refused (not
 * quietly turned into text), no string may carry a control character ({@link PlainText}), and an unknown key is
 * refused without being repeated unless it looks like a field name ({@link UnknownFieldNames}).
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
}
