package com.hivecheck.pulse;

import com.hivecheck.scoring.ScoringModels;
import com.hivecheck.storage.DurableWrites;
import com.hivecheck.system.LeastRecentlyUsed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, closes and deletes pulses, takes their anonymous answers and combines them. The only owner of pulse
 * transactions, and the pulse feature's API to the rest of the application ({@link #outcome(UUID)}).
 */
@Service
public class PulseManagement {

    /** Comments shown at once, picked at random among all of them. */
    static final int COMMENTS_SHOWN = 50;

    /** Tokens whose pulse id is kept: far more pulses than are ever open at once. */
    private static final int IDS_KEPT = 1024;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pulses pulses;
    private final PulseAnswers answers;
    private final OwnerAnswers owners;
    private final BenefitAxis axis;
    private final PulseProperties properties;
    private final Clock clock;
    private final DurableWrites durableWrites;
    private final PulseSummaries summaries;

    /** Pulse ids by token, for answers; a deleted pulse's entry is dropped by the first answer that finds it gone. */
    private final Map<String, UUID> idsByToken = new LeastRecentlyUsed<>(IDS_KEPT);

    PulseManagement(Pulses pulses, PulseAnswers answers, OwnerAnswers owners, ScoringModels models,
            PulseProperties properties, Clock clock, DurableWrites durableWrites, PulseSummaries summaries) {
        this.pulses = pulses;
        this.answers = answers;
        this.owners = owners;
        this.axis = new BenefitAxis(models.current());
        this.properties = properties;
        this.clock = clock;
        this.durableWrites = durableWrites;
        this.summaries = summaries;
    }

    /** Opens a pulse with a new unguessable token. */
    @Transactional
    Pulse open(PulseSetup setup) {
        Pulse pulse = pulses.save(new Pulse(UUID.randomUUID(), randomToken(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), setup));
        durableWrites.onCommit();
        return pulse;
    }

    /** The latest pulses, newest first, with their answer counts. */
    @Transactional(readOnly = true)
    List<PulseListing> list() {
        List<Pulse> latest = pulses.findTop200ByOrderByCreatedAtDesc();
        Map<UUID, Long> counts = answers.counts(latest.stream().map(Pulse::getId).toList());
        LocalDate today = today();
        return latest.stream()
                .map(pulse -> new PulseListing(pulse, counts.getOrDefault(pulse.getId(), 0L), pulse.isOpen(today)))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<Pulse> find(UUID id) {
        return pulses.findById(id);
    }

    /** The pulse behind a public token; unknown or malformed tokens find nothing. */
    @Transactional(readOnly = true)
    Optional<Pulse> findByToken(String token) {
        return TOKEN.matcher(token).matches() ? pulses.findByToken(token) : Optional.empty();
    }

    boolean isOpen(Pulse pulse) {
        return pulse.isOpen(today());
    }

    @Transactional
    void close(UUID id) {
        pulses.findById(id).orElseThrow(PulseNotFoundException::new).close();
        durableWrites.onCommit();
    }

    @Transactional
    void reopen(UUID id) {
        pulses.findById(id).orElseThrow(PulseNotFoundException::new).reopen(today());
        durableWrites.onCommit();
    }

    /** Deletes the pulse with all its answers. */
    @Transactional
    void delete(UUID id) {
        Pulse pulse = pulses.findById(id).orElseThrow(PulseNotFoundException::new);
        pulses.delete(pulse);
        summaries.forget(id);
        forgetToken(pulse.token());
        durableWrites.onCommit();
    }

    /**
     * Stores an answer to the open pulse behind {@code token}. A browser that answered before sends its random
     * {@code browserToken} back and its answer is replaced; without one (or with a malformed one) a new token is made.
     * When this returns, the answer is durable.
     *
     * <p>Not one transaction: the pulse's id is known from its token (a pulse's token never changes), and the answer is
     * written by a statement that checks the pulse is open as it writes and commits on its own. Only an answer that
     * was not stored reads the pulse, to say why.
     *
     * @return the browser token to keep in the browser's cookie
     * @throws PulseNotFoundException no such pulse
     * @throws PulseClosedException the pulse takes no more answers
     */
    String answer(String token, @Nullable String browserToken, PulseAnswer answer) {
        UUID pulse = idOf(token).orElseThrow(PulseNotFoundException::new);
        boolean known = browserToken != null && TOKEN.matcher(browserToken).matches();
        String browser = known ? browserToken : randomToken();
        String key = answerKey(browser);
        int shuffle = ThreadLocalRandom.current().nextInt();
        while (!answers.saveIfOpen(pulse, key, answer, shuffle, !known, today())) {
            Optional<Pulse> now = pulses.findById(pulse);
            if (now.isEmpty()) {
                forgetToken(token);
                throw new PulseNotFoundException();
            }
            if (!isOpen(now.get())) {
                throw new PulseClosedException();
            }
            // Reopened since the statement ran: write again.
        }
        summaries.forget(pulse);
        durableWrites.onCommit();
        return browser;
    }

    /** The id of the pulse behind {@code token}, kept for the {@value #IDS_KEPT} tokens most recently answered. */
    private Optional<UUID> idOf(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        synchronized (idsByToken) {
            UUID id = idsByToken.get(token);
            if (id != null) {
                return Optional.of(id);
            }
        }
        Optional<UUID> id = pulses.idByToken(token);
        id.ifPresent(found -> {
            synchronized (idsByToken) {
                idsByToken.put(token, found);
            }
        });
        return id;
    }

    private void forgetToken(String token) {
        synchronized (idsByToken) {
            idsByToken.remove(token);
        }
    }

    /** The answer this browser gave to the pulse, if it gave one. */
    @Transactional(readOnly = true)
    Optional<PulseAnswer> previousAnswer(Pulse pulse, @Nullable String browserToken) {
        if (browserToken == null || !TOKEN.matcher(browserToken).matches()) {
            return Optional.empty();
        }
        return answers.find(pulse.getId(), answerKey(browserToken));
    }

    /**
     * The count, the rate and, from the threshold on, what the answers say together; counted again only when this
     * node took an answer since, or after {@link PulseProperties#summaryTtl()} ({@link PulseSummaries}).
     */
    @Transactional(readOnly = true)
    PulseSummary summary(Pulse pulse) {
        return summaries.get(pulse.getId(), () -> PulseSummary.of(answers.tally(pulse.getId()), pulse.headcount(),
                properties.threshold(), axis));
    }

    /**
     * Everything HR's page of a pulse shows about its answers, read in one transaction: the summary; up to
     * {@value #COMMENTS_SHOWN} comments picked at random, in random order, none until
     * {@link PulseProperties#commentThreshold()} people answered; and the owner's own latest answers for the pulse's
     * network and unit with their benefit score, when an assessment of it exists.
     */
    @Transactional(readOnly = true)
    Overview overview(Pulse pulse) {
        PulseSummary summary = summary(pulse);
        Comments comments;
        if (summary.responses() < properties.commentThreshold()) {
            comments = new Comments(List.of(), false, properties.commentThreshold());
        } else {
            List<String> picked = new ArrayList<>(
                    answers.comments(pulse.getId(), ThreadLocalRandom.current().nextInt(), COMMENTS_SHOWN + 1));
            boolean more = picked.size() > COMMENTS_SHOWN;
            if (more) {
                picked.remove(picked.size() - 1);
            }
            Collections.shuffle(picked);
            comments = new Comments(picked, more, properties.commentThreshold());
        }
        OwnerAnswer owner = owners.latest(pulse.network(), pulse.unit()).orElse(null);
        Integer ownerScore = owner == null
                ? null
                : axis.score(owner.benefits(), owner.improvement(), owner.workRelatedShare());
        return new Overview(PulseView.of(summary, owner, ownerScore), comments);
    }

    /**
     * The pulse's answers to questions 3 and 4, once at least the threshold of people answered; empty for an unknown
     * pulse or one with too few answers.
     */
    @Transactional(readOnly = true)
    public Optional<PulseOutcome> outcome(UUID id) {
        return pulses.findById(id).flatMap(pulse -> {
            PulseFindings findings = summary(pulse).findings();
            return findings == null
                    ? Optional.empty()
                    : Optional.of(new PulseOutcome(pulse.getId(), pulse.network(), pulse.unit(), findings.responses(),
                            findings.majority(), findings.improvement(), findings.workRelatedShare()));
        });
    }

    int threshold() {
        return properties.threshold();
    }

    String modelVersion() {
        return axis.modelVersion();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a browser token: its SHA-256, so that the database alone cannot match a cookie. */
    private static String answerKey(String browserToken) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(browserToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A pulse in the HR list.
     *
     * @param responses answers so far
     * @param open whether it takes answers today
     */
    public record PulseListing(Pulse pulse, long responses, boolean open) {
    }

    /**
     * A pulse's answers as HR's page shows them.
     *
     * @param view the summary laid out, beside the owner's answers
     * @param comments the comments HR may read now
     */
    record Overview(PulseView view, Comments comments) {
    }

    /**
     * The comments HR may read.
     *
     * @param shown some of them in random order; empty below the threshold
     * @param more whether there are more comments than those shown
     * @param threshold the answers needed before any comment is shown
     */
    public record Comments(List<String> shown, boolean more, int threshold) {
    }
}
