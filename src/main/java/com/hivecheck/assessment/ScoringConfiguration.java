package com.hivecheck.assessment;

import com.hivecheck.scoring.Classifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    @Bean
    Classifier classifier(ScoringProperties properties) {
        return new Classifier(properties.toModel());
    }
}
