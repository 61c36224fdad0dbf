package com.hivecheck.assessment;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All stored assessments. */
public interface Assessments extends JpaRepository<Assessment, UUID> {

    /** Deletes one assessment in a single statement; the number of rows deleted (0 or 1). */
    @Modifying
    @Query("delete from Assessment a where a.id = :id")
    int deleteWithId(UUID id);
}
