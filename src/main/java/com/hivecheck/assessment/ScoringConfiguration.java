package com.hivecheck.assessment;

import com.hivecheck.scoring.ScoringModels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    @Bean
    ScoringModels scoringModels(ScoringProperties properties) {
        return properties.toModels();
    }
}
