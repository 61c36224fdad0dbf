package com.hivecheck.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Reads the configuration names of release 0.1 for one more release: our settings moved under {@code hivecheck.*},
 * one prefix per package ({@link #RENAMED}). A setting under an old name, in any form Spring Boot binds (a property,
 * a command-line argument, an environment variable such as {@code ASSESSMENT_HR_PASSWORD}), is copied to its new name
 * with the same precedence, and a warning names both. When one source sets both names, the new one wins.
 */
class RenamedProperties implements EnvironmentPostProcessor {

    /** Old prefix to new prefix. */
    static final Map<ConfigurationPropertyName, ConfigurationPropertyName> RENAMED = renamed(
            "assessment.hr", "hivecheck.hr",
            "assessment.storage", "hivecheck.storage",
            "assessment.history", "hivecheck.history",
            "assessment.scoring", "hivecheck.assessment.scoring",
            "assessment.result-cache", "hivecheck.assessment.result-cache",
            "assessment.questionnaire-cache", "hivecheck.assessment.questionnaire-cache",
            "importing", "hivecheck.importing");

    private final Log log;

    RenamedProperties(DeferredLogFactory logs) {
        this.log = logs.getLog(RenamedProperties.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        for (PropertySource<?> source : List.copyOf(sources.stream().toList())) {
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
                    || !(ConfigurationPropertySource.from(source) instanceof IterableConfigurationPropertySource names)) {
                continue;
            }
            Map<String, Object> renamed = new LinkedHashMap<>();
            names.stream().forEach(oldName -> newName(oldName).ifPresent(newName -> {
                ConfigurationProperty property = names.getConfigurationProperty(oldName);
                if (property == null || names.getConfigurationProperty(newName) != null) {
                    return;
                }
                renamed.put(newName.toString(), property.getValue());
                log.warn("Configuration property '" + oldName + "' is deprecated and will not be read after this "
                        + "release: use '" + newName + "' instead (set in " + describe(property, source) + ")");
            }));
            if (!renamed.isEmpty()) {
                sources.addBefore(source.getName(), new MapPropertySource("renamed from " + source.getName(), renamed));
            }
        }
    }

    /** The new name of a setting under an old prefix. */
    static Optional<ConfigurationPropertyName> newName(ConfigurationPropertyName name) {
        return RENAMED.entrySet().stream()
                .filter(renaming -> renaming.getKey().isAncestorOf(name))
                .findFirst()
                .map(renaming -> renaming.getValue()
                        .append(name.subName(renaming.getKey().getNumberOfElements())));
    }

    private static String describe(ConfigurationProperty property, PropertySource<?> source) {
        return property.getOrigin() != null ? property.getOrigin().toString() : source.getName();
    }

    private static Map<ConfigurationPropertyName, ConfigurationPropertyName> renamed(String... pairs) {
        Map<ConfigurationPropertyName, ConfigurationPropertyName> renamed = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            renamed.put(ConfigurationPropertyName.of(pairs[i]), ConfigurationPropertyName.of(pairs[i + 1]));
        }
        return renamed;
    }
}
