package com.hivecheck.assessment;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** All stored assessments. */
public interface Assessments extends JpaRepository<Assessment, UUID> {
}
