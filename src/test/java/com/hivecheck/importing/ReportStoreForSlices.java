package com.hivecheck.importing;

import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** The import services over an in-memory database with the report table only, for MVC slice tests. */
@TestConfiguration(proxyBeanMethods = false)
class ReportStoreForSlices {

    @Bean(destroyMethod = "shutdown")
    DataSource reportDatabase() {
        return new EmbeddedDatabaseBuilder().generateUniqueName(true).setType(EmbeddedDatabaseType.H2)
                .addScript("db/migration/common/V7__import_reports.sql").build();
    }
}
