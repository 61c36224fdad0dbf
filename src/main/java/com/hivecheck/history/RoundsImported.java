package com.hivecheck.history;

import java.util.List;

/**
 * What a successful import of past rounds stored, for the page that reports it.
 *
 * @param imported how many assessments were stored
 * @param skipped how many rows were already stored as they are
 * @param networks the networks the file was about, each with its pages
 */
public record RoundsImported(int imported, int skipped, List<Network> networks) {

    static RoundsImported of(PastRoundsImport.Outcome outcome) {
        return new RoundsImported(outcome.imported(), outcome.skipped(),
                outcome.networks().stream().map(Network::new).toList());
    }

    /**
     * A network of the file.
     *
     * @param name its name
     */
    public record Network(String name) {

        /** Its progress page, which orders its rounds by the day they describe. */
        public String progressUrl() {
            return HistoryFilter.of(name, null).url(ProgressView.PATH, 1);
        }

        /** Its assessments in the history list. */
        public String historyUrl() {
            return HistoryFilter.of(name, null).url(HistoryPage.PATH, 1);
        }
    }
}
