package com.hivecheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** HiveCheck: a self-assessment of a corporate social network on the involvement/benefit quadrant chart. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HiveCheckApplication {

    public static void main(String[] args) {
        SpringApplication.run(HiveCheckApplication.class, args);
    }
}
