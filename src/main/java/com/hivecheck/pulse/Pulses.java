package com.hivecheck.pulse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The stored pulses. */
interface Pulses extends JpaRepository<Pulse, UUID> {

    Optional<Pulse> findByToken(String token);

    @Query("select p.id from Pulse p where p.token = :token")
    Optional<UUID> idByToken(String token);

    List<Pulse> findTop200ByOrderByCreatedAtDesc();
}
