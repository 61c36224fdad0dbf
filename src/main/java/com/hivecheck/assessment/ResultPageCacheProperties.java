package com.hivecheck.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many rendered result pages (one per assessment and language, about 15-20 KB each) {@link ResultPageCache}
 * keeps, under {@code hivecheck.assessment.result-cache.pages}; 0 turns it off.
 */
@ConfigurationProperties("hivecheck.assessment.result-cache")
record ResultPageCacheProperties(@DefaultValue("256") int pages) {
}
