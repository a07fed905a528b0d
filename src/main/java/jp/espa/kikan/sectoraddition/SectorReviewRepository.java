package jp.espa.kikan.sectoraddition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.registry.SectorRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sector reviews and their committee meetings (the sector a review adds goes live through {@link SectorRegistry}). */
@Repository
public class SectorReviewRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SectorReviewRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record SectorReview(UUID id, String reviewNumber, String businessName, String businessDescription,
                               String competentMinistry, String triggerKind, LocalDate incidentDate, String incidentSummary,
                               String candidateEquipment, String candidateOperators, boolean insideStatutoryItems,
                               String facts, String preliminaryRecommendation, String status, String outcome,
                               LocalDate reReviewOn, String sectorCode, String sectorNameJa, String criteriaDecisionKey,
                               String equipmentCategories, LocalDate publicCommentLastDay, LocalDate enforcementOn,
                               String createdBy, String criteriaDraftNumber) {
    }

    public record Meeting(int meetingNo, LocalDate heldOn, String agenda, String minutesSummary, String interimReport,
                          boolean concluded) {
    }

    public void create(SectorReview r) {
        jdbc.sql("""
                        insert into sector_review (id, review_number, business_name, business_description, competent_ministry,
                            trigger_kind, incident_date, incident_summary, candidate_equipment, candidate_operators,
                            inside_statutory_items, facts, status, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.reviewNumber(), r.businessName(), r.businessDescription(), r.competentMinistry(),
                        r.triggerKind(), r.incidentDate(), r.incidentSummary(), r.candidateEquipment(), r.candidateOperators(),
                        r.insideStatutoryItems(), r.facts(), r.status(), r.createdBy(), OffsetDateTime.now())
                .update();
    }

    public Optional<SectorReview> byNumber(String reviewNumber) {
        return jdbc.sql("select * from sector_review where review_number = ?").param(reviewNumber)
                .query(SectorReview.class).optional();
    }

    public Optional<SectorReview> find(UUID id) {
        return jdbc.sql("select * from sector_review where id = ?").param(id).query(SectorReview.class).optional();
    }

    public List<SectorReview> all() {
        return jdbc.sql("select * from sector_review order by created_at").query(SectorReview.class).list();
    }

    private static final List<String> STEP_COLUMNS = List.of("preliminary_recommendation", "status", "outcome", "re_review_on",
            "sector_code", "sector_name_ja", "criteria_decision_key", "equipment_categories", "public_comment_last_day",
            "enforcement_on", "criteria_draft_number");

    /** Writes what a step changed on the review (column to value); only the columns the steps own. */
    public void update(UUID id, Map<String, Object> changes) {
        changes.forEach((column, value) -> {
            if (!STEP_COLUMNS.contains(column)) {
                throw new IllegalArgumentException(column);
            }
            jdbc.sql("update sector_review set " + column + " = ? where id = ?").params(value, id).update();
        });
    }

    /** Records the next meeting of the review's committee and returns its number. */
    public int recordMeeting(UUID reviewId, LocalDate heldOn, String agenda, String minutesSummary, String interimReport,
                             boolean concluded, String recordedBy) {
        int next = jdbc.sql("select coalesce(max(meeting_no), 0) + 1 from committee_meeting where review_id = ?")
                .param(reviewId).query(Integer.class).single();
        jdbc.sql("""
                        insert into committee_meeting (id, review_id, meeting_no, held_on, agenda, minutes_summary,
                            interim_report, concluded, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), reviewId, next, heldOn, agenda, minutesSummary, interimReport, concluded, recordedBy)
                .update();
        return next;
    }

    /** Holds the review until the transaction ends: steps on one review over the API take their turn. */
    public void lock(UUID reviewId) {
        jdbc.sql("select id from sector_review where id = ? for update").param(reviewId).query(UUID.class).single();
    }

    /** The number of a meeting of the review recorded with exactly this content, if any. */
    public Optional<Integer> meetingNo(UUID reviewId, LocalDate heldOn, String agenda, String minutesSummary,
                                       String interimReport, boolean concluded) {
        return jdbc.sql("""
                        select meeting_no from committee_meeting where review_id = ? and held_on = ? and agenda = ?
                            and minutes_summary = ? and coalesce(interim_report, '') = ? and concluded = ?""")
                .params(reviewId, heldOn, agenda, minutesSummary, interimReport == null ? "" : interimReport, concluded)
                .query(Integer.class).list().stream().findFirst();
    }

    public List<Meeting> meetings(UUID reviewId) {
        return jdbc.sql("""
                        select meeting_no, held_on, agenda, minutes_summary, interim_report, concluded
                        from committee_meeting where review_id = ? order by meeting_no""")
                .param(reviewId).query(Meeting.class).list();
    }

    /** The facts the exclusion criteria read, as stored with the review (JSON). */
    String writeFacts(Map<String, Boolean> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Boolean> facts(SectorReview review) {
        try {
            return json.readValue(review.facts(), new TypeReference<LinkedHashMap<String, Boolean>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Facts on record are not readable: " + review.facts(), e);
        }
    }
}
