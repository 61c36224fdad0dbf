package com.hivecheck.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Every scoring model version the app knows, and the current one, which scores new assessments. Stored assessments
 * keep the version they were scored with: find its model with {@link #byVersion(String)} to explain them as scored
 * then, and rescore their answers with {@link #current()} to see them under the current model. Nothing is rescored
 * silently.
 */
public final class ScoringModels {

    /** Reference model version 1, kept for the assessments it scored. */
    public static final ScoringModel V1 = new ModelVersion1();

    /** Reference model version 2, the default. */
    public static final ScoringModel V2 = new ModelVersion2();

    /** The version of the current model unless a deployment chooses another known version. */
    public static final String DEFAULT_VERSION = "2";

    private static final List<ScoringModel> ALL = List.of(V1, V2);

    private final ScoringModel current;

    /**
     * @param currentVersion the version that scores new assessments
     * @throws IllegalArgumentException when no model has that version
     */
    public ScoringModels(String currentVersion) {
        this.current = find(currentVersion).orElseThrow(() -> new IllegalArgumentException(
                "unknown scoring model version '" + currentVersion + "'; known: " + versions()));
    }

    /** The models with version {@value #DEFAULT_VERSION} current. */
    public static ScoringModels standard() {
        return new ScoringModels(DEFAULT_VERSION);
    }

    /** The model that scores new assessments. */
    public ScoringModel current() {
        return current;
    }

    /** The model with this version, if the app knows it. */
    public Optional<ScoringModel> byVersion(String version) {
        return find(version);
    }

    /** Whether an assessment scored with {@code version} was scored by the current model. */
    public boolean isCurrent(String version) {
        return current.version().equals(version);
    }

    /** All known models, oldest first. */
    public List<ScoringModel> all() {
        return ALL;
    }

    private static Optional<ScoringModel> find(String version) {
        return ALL.stream().filter(model -> model.version().equals(version)).findFirst();
    }

    private static List<String> versions() {
        return ALL.stream().map(ScoringModel::version).toList();
    }
}
