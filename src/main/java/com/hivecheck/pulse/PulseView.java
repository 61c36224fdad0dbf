package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The results of a pulse laid out for the HR page: one row per benefit and per improvement level with its share as a
 * whole percent (which is also the bar's width), and beside them the owner's own answers when an assessment of the
 * same network and unit exists, with the differences named in sentences.
 *
 * @param summary the count, rate and (from the threshold) findings
 * @param benefits one row per benefit, in questionnaire order; empty below the threshold
 * @param levels one row per improvement level, worst first; empty below the threshold
 * @param owner the owner's latest answers, or null when no assessment of this unit exists
 * @param ownerScore the benefit score of the owner's answers under the current model, or null
 * @param gaps what differs between the owner and the employees, as message keys with arguments
 */
public record PulseView(PulseSummary summary, List<BenefitRow> benefits, List<LevelRow> levels,
        @Nullable OwnerAnswer owner, @Nullable Integer ownerScore, List<Sentence> gaps) {

    static PulseView of(PulseSummary summary, @Nullable OwnerAnswer owner, @Nullable Integer ownerScore) {
        PulseFindings findings = summary.findings();
        if (findings == null) {
            return new PulseView(summary, List.of(), List.of(), owner, ownerScore, List.of());
        }
        List<BenefitRow> benefits = new ArrayList<>();
        for (Benefit benefit : Benefit.values()) {
            benefits.add(new BenefitRow(benefit, percent(findings.benefitShares().get(benefit)),
                    findings.majority().contains(benefit), owner == null ? null : owner.benefits().contains(benefit)));
        }
        List<LevelRow> levels = new ArrayList<>();
        for (Improvement level : Improvement.values()) {
            levels.add(new LevelRow(level, percent(findings.improvementShares().get(level)),
                    level == findings.improvement(), owner != null && owner.improvement() == level));
        }
        return new PulseView(summary, benefits, levels, owner, ownerScore, gaps(findings, owner));
    }

    public PulseFindings findings() {
        PulseFindings findings = summary.findings();
        if (findings == null) {
            throw new IllegalStateException("below the threshold");
        }
        return findings;
    }

    public boolean shown() {
        return summary.findings() != null;
    }

    /** The response rate as a whole percent. */
    public int ratePercent() {
        return percent(summary.responseRate());
    }

    private static List<Sentence> gaps(PulseFindings findings, @Nullable OwnerAnswer owner) {
        List<Sentence> gaps = new ArrayList<>();
        if (owner == null) {
            return gaps;
        }
        Set<Benefit> mine = owner.benefits();
        Set<Benefit> theirs = findings.majority();
        if (mine.size() != theirs.size()) {
            gaps.add(new Sentence("pulse.gap.benefits", mine.size(), theirs.size()));
        }
        List<Benefit> onlyMine = mine.stream().filter(benefit -> !theirs.contains(benefit)).sorted().toList();
        List<Benefit> onlyTheirs = theirs.stream().filter(benefit -> !mine.contains(benefit)).sorted().toList();
        if (!onlyMine.isEmpty()) {
            gaps.add(new Sentence("pulse.gap.onlyYou", onlyMine));
        }
        if (!onlyTheirs.isEmpty()) {
            gaps.add(new Sentence("pulse.gap.onlyEmployees", onlyTheirs));
        }
        if (owner.improvement() != findings.improvement()) {
            gaps.add(new Sentence("pulse.gap.improvement", owner.improvement(), findings.improvement()));
        }
        if (owner.workRelatedShare() < findings.workRelatedShareQ1()
                || owner.workRelatedShare() > findings.workRelatedShareQ3()) {
            gaps.add(new Sentence("pulse.gap.share", owner.workRelatedShare(), findings.workRelatedShare(),
                    findings.workRelatedShareQ1(), findings.workRelatedShareQ3()));
        }
        if (gaps.isEmpty()) {
            gaps.add(new Sentence("pulse.gap.none"));
        }
        return gaps;
    }

    private static int percent(@Nullable Double share) {
        return share == null ? 0 : PulseRules.roundHalfUp(share * 100);
    }

    /**
     * One benefit.
     *
     * @param percent the share of respondents who saw it, 0..100
     * @param majority whether at least half saw it
     * @param owner whether the owner saw it; null without an owner's assessment
     */
    public record BenefitRow(Benefit benefit, int percent, boolean majority, @Nullable Boolean owner) {
    }

    /**
     * One improvement level.
     *
     * @param median whether it is the employees' median
     * @param owner whether it is the owner's answer
     */
    public record LevelRow(Improvement level, int percent, boolean median, boolean owner) {
    }

    /**
     * A sentence for the page: a message key and its arguments, among them benefits, levels and lists of benefits,
     * which are named in the page's language when the sentence is rendered.
     */
    public record Sentence(String key, List<Object> arguments) {

        Sentence(String key, Object... arguments) {
            this(key, List.of(arguments));
        }
    }
}
