package com.hivecheck.system;

import org.jspecify.annotations.Nullable;

/**
 * The network and the optional unit a form is about, exactly as typed. Each form states its own rules and messages for
 * them as constraints on the getters it overrides; {@link Texts#blankToNull} tidies them when they are used.
 */
public abstract class NetworkAndUnit {

    private @Nullable String network;

    private @Nullable String unit;

    /** Whether no network was typed, or only white space. */
    protected boolean networkBlank() {
        return network == null || network.isBlank();
    }

    public @Nullable String getNetwork() {
        return network;
    }

    public void setNetwork(@Nullable String network) {
        this.network = network;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }
}
