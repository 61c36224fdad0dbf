package com.hivecheck.history;

import com.hivecheck.assessment.Assessment;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Stored assessments as the HR area queries them: filtered and paged by {@link HistoryFilter} specifications, and a
 * few queries shaped for one page each. Every query here is served by an index (V6, V13). Read-only: assessments
 * are stored and deleted by {@link com.hivecheck.assessment.AssessmentManagement}.
 */
interface PastAssessments extends Repository<Assessment, UUID>, JpaSpecificationExecutor<Assessment> {

    Optional<Assessment> findById(UUID id);

    List<Assessment> findByIdIn(Collection<UUID> ids);

    /**
     * The unit of a network that sorts next after {@code after} (pass {@code ""} for the first): one step of a loose
     * index scan, which visits each distinct unit with one index seek however many assessments it has.
     */
    @Query("""
            select a.unit from Assessment a where a.network = :network and a.unit > :after
            order by a.network, a.unit""")
    List<String> findNextUnit(String network, String after, Limit limit);

    /** The network that sorts next after {@code after} (pass {@code ""} for the first): a loose index scan step. */
    @Query("""
            select a.network from Assessment a where a.network > :after order by a.network""")
    List<String> findNextNetwork(String after, Limit limit);

    @Query("""
            select a from Assessment a where a.network = :network and a.unit = :unit
            order by a.network desc, a.unit desc, a.assessedOn desc, a.createdAt desc, a.id desc""")
    List<Assessment> findLatestOfUnit(String network, String unit, Limit limit);

    @Query("""
            select a from Assessment a where a.network = :network and a.unit is null
            order by a.network desc, a.unit desc, a.assessedOn desc, a.createdAt desc, a.id desc""")
    List<Assessment> findLatestOfWholeNetwork(String network, Limit limit);

    /**
     * The latest points of one unit's timeline, newest first, read from assessment_network_unit_assessed_idx alone
     * (V13).
     */
    @Query("""
            select new com.hivecheck.history.TimelinePoint(a.id, a.createdAt, a.assessedOn, a.unit, a.involvement,
                a.benefit, a.quadrant, a.modelVersion)
            from Assessment a where a.network = :network and a.unit = :unit
            order by a.network desc, a.unit desc, a.assessedOn desc, a.createdAt desc, a.id desc""")
    List<TimelinePoint> findTimelineOfUnit(String network, String unit, Limit limit);

    /** The latest points of the whole network's own assessments, newest first. */
    @Query("""
            select new com.hivecheck.history.TimelinePoint(a.id, a.createdAt, a.assessedOn, a.unit, a.involvement,
                a.benefit, a.quadrant, a.modelVersion)
            from Assessment a where a.network = :network and a.unit is null
            order by a.network desc, a.unit desc, a.assessedOn desc, a.createdAt desc, a.id desc""")
    List<TimelinePoint> findTimelineOfWholeNetwork(String network, Limit limit);

    /** The networks of the latest assessments, newest first, with repeats; suggestions for the network fields. */
    @Query("select a.network from Assessment a order by a.createdAt desc, a.id desc")
    List<String> findRecentNetworks(Limit limit);
}
