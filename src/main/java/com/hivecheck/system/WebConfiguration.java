package com.hivecheck.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * What every page and endpoint shares: the one {@link Problems} factory, and strict JSON. A {@link WebMvcConfigurer},
 * so that web slice tests, which pick up MVC configuration but not plain components, get both too.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    Problems problems(MessageSource messages, JsonMapper json) {
        return new Problems(messages, json);
    }

    /**
     * JSON values are read only as what they are: an enum only by its name ({@code "improvement": 4} is not the fifth
     * choice), a boolean only from {@code true} or {@code false} (not {@code 0}, {@code -1e30} or {@code "yes"}), text
     * only from a JSON string (not {@code true} or {@code 42}), and a number not from a string or a boolean; a member
     * named twice in one object is an error, not a silent choice of the last. Together
     * with {@code spring.jackson.deserialization.accept-float-as-int=false}, nothing is converted on the way in.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Enum, strict -> refuse(strict, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, strict -> refuse(strict, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.String))
                .withCoercionConfig(LogicalType.Textual, strict -> refuse(strict, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Integer, strict -> refuse(strict, CoercionInputShape.String,
                        CoercionInputShape.Boolean, CoercionInputShape.Float));
    }

    private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }
}
