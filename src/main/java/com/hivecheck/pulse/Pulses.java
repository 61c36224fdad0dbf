package com.hivecheck.pulse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored pulses. */
interface Pulses extends JpaRepository<Pulse, UUID> {

    Optional<Pulse> findByToken(String token);

    List<Pulse> findTop200ByOrderByCreatedAtDesc();
}
