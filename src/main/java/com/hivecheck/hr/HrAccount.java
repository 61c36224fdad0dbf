package com.hivecheck.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person who may open the HR area and the HR API. Only a password hash is kept, in the encoder's
 * {@code {id}hash} form (bcrypt by default); the clear password is never stored.
 */
@Entity
@Table(name = "hr_account")
class HrAccount {

    /** User names are compared without regard to case, and stored in lower case. */
    static final int MAX_USERNAME_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected HrAccount() {
        // for JPA
    }

    HrAccount(String username, String passwordHash, Instant createdAt) {
        this.username = normalize(username);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    static String normalize(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }
}
