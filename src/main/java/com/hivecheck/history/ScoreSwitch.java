package com.hivecheck.history;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "as scored then / all under the current model" switch of a page that compares scores over time or across units
 * (compare, timeline), as on the progress page: which basis is shown, and this page's address on either basis, with
 * every other parameter of the page kept.
 *
 * @param basis the basis shown
 * @param currentVersion the version of the current model
 * @param storedUrl this page on {@link ScoreBasis#AS_SCORED}
 * @param currentUrl this page on {@link ScoreBasis#CURRENT_MODEL}
 * @param otherVersions whether any stored assessment on the page was scored by another model version
 * @param storedVersions the versions that made the stored scores of the page's assessments, in order
 */
public record ScoreSwitch(ScoreBasis basis, String currentVersion, String storedUrl, String currentUrl,
        boolean otherVersions, List<String> storedVersions) {

    public ScoreSwitch {
        storedVersions = List.copyOf(storedVersions);
    }

    /**
     * The switch of the page at {@code path} with the (encoded) query string {@code query}.
     *
     * @param stored the model version of each stored assessment the page shows, before any rescoring
     */
    static ScoreSwitch of(String path, @Nullable String query, ScoreBasis basis, String currentVersion,
            Collection<String> stored) {
        String page = query == null || query.isEmpty() ? path : path + "?" + query;
        UriComponentsBuilder base = UriComponentsBuilder.fromUriString(page)
                .replaceQueryParam("scores")
                .replaceQueryParam("lang");
        String storedUrl = base.cloneBuilder().build(true).toUriString();
        String currentUrl = base.cloneBuilder().queryParam("scores", ScoreBasis.CURRENT_MODEL.parameter())
                .build(true).toUriString();
        boolean others = stored.stream().anyMatch(v -> !v.equals(currentVersion));
        List<String> versions = stored.stream().distinct().sorted().toList();
        return new ScoreSwitch(basis, currentVersion, storedUrl, currentUrl, others, versions);
    }

    /**
     * Whether the page shows stored scores of more than one model version side by side, so that part of a difference
     * can come from the model rather than the network.
     */
    public boolean mixesVersions() {
        return basis == ScoreBasis.AS_SCORED && storedVersions.size() > 1;
    }

    /** The stored versions as the pages name them: {@code v1, v2}. */
    public String versions() {
        return storedVersions.stream().map(v -> "v" + v).collect(Collectors.joining(", "));
    }

    /** This page on the given basis. */
    public String url(ScoreBasis other) {
        return other == ScoreBasis.CURRENT_MODEL ? currentUrl : storedUrl;
    }

    /** Whether the page shows the current model's scores. */
    public boolean rescored() {
        return basis == ScoreBasis.CURRENT_MODEL;
    }

    /** {@code url} with this basis added, for links that stay on it. */
    String keep(String url) {
        return rescored() ? url + (url.contains("?") ? "&" : "?") + "scores=" + basis.parameter() : url;
    }
}
