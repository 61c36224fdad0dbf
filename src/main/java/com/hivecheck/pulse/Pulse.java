package com.hivecheck.pulse;

import com.hivecheck.storage.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pulse HR opened: who it asks (network, optional unit, headcount), its public token, and whether it still takes
 * answers. It takes answers until HR closes it or its closing day has passed.
 */
@Entity
@Table(name = "pulse")
public class Pulse extends AssignedIdEntity {

    @Column(nullable = false, unique = true, length = 43)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 120)
    private String network;

    @Column(length = 120)
    private @Nullable String unit;

    private int headcount;

    @Column(name = "closes_on")
    private @Nullable LocalDate closesOn;

    private boolean closed;

    @SuppressWarnings("NullAway.Init")
    protected Pulse() {
        // for JPA
    }

    Pulse(UUID id, String token, Instant createdAt, PulseSetup setup) {
        super(id);
        this.token = token;
        this.createdAt = createdAt;
        this.network = setup.network();
        this.unit = setup.unit();
        this.headcount = setup.headcount();
        this.closesOn = setup.closesOn();
    }

    public String token() {
        return token;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String network() {
        return network;
    }

    public @Nullable String unit() {
        return unit;
    }

    public int headcount() {
        return headcount;
    }

    public @Nullable LocalDate closesOn() {
        return closesOn;
    }

    /** Closed by HR. */
    boolean closedByHr() {
        return closed;
    }

    /** Whether it takes answers on the given day: not closed by HR, and its closing day (inclusive) not passed. */
    boolean isOpen(LocalDate today) {
        return !closed && (closesOn == null || !today.isAfter(closesOn));
    }

    void close() {
        closed = true;
    }

    /** Takes answers again; a closing day already passed is dropped, so that reopening actually reopens. */
    void reopen(LocalDate today) {
        closed = false;
        if (closesOn != null && today.isAfter(closesOn)) {
            closesOn = null;
        }
    }
}
