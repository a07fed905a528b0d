package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.DecisionRecords;
import jp.espa.kikan.registry.SectorReviewRegistry;
import jp.espa.kikan.registry.SectorReviewRegistry.SectorReview;
import jp.espa.kikan.platform.InvalidInputException;

import org.springframework.stereotype.Service;

/** Registers a sector review (Cabinet Office, over the API or from Tasklist) and returns its process variables. */
@Service
class SectorReviewIntake {

    static final Set<String> MINISTRIES = Set.of("METI", "MLIT", "MIC", "FSA", "MHLW", "OTHER");

    record Trigger(String kind, LocalDate incidentDate, String incidentSummary) {
    }

    record Candidate(String reviewNumber, String businessName, String businessDescription, String competentMinistry,
                     Trigger trigger, String candidateEquipment, String candidateOperators, boolean insideStatutoryItems,
                     Map<String, Boolean> facts) {
    }

    private final SectorReviewRegistry reviews;
    private final DecisionRecords records;
    private final StatutoryTime time;

    SectorReviewIntake(SectorReviewRegistry reviews, DecisionRecords records, StatutoryTime time) {
        this.reviews = reviews;
        this.records = records;
        this.time = time;
    }

    Map<String, Object> register(Candidate c, String official) {
        if (reviews.byNumber(c.reviewNumber()).isPresent()) {
            throw new InvalidInputException("reviewNumber", "Review " + c.reviewNumber() + " is already registered.");
        }
        if (!MINISTRIES.contains(c.competentMinistry())) {
            throw new InvalidInputException("competentMinistry", "One of " + MINISTRIES + ".");
        }
        boolean incident = "INCIDENT".equals(c.trigger().kind());
        if (incident && (c.trigger().incidentDate() == null || c.trigger().incidentSummary() == null
                || c.trigger().incidentSummary().isBlank())) {
            throw new InvalidInputException("trigger", "An incident trigger states the incident's date and summary.");
        }
        Map<String, Boolean> facts = new LinkedHashMap<>();
        FACTS.forEach(name -> facts.put(name, Boolean.TRUE.equals(c.facts().get(name))));
        SectorReview review = new SectorReview(UUID.randomUUID(), c.reviewNumber(), c.businessName(), c.businessDescription(),
                c.competentMinistry(), c.trigger().kind(), c.trigger().incidentDate(), c.trigger().incidentSummary(),
                c.candidateEquipment(), c.candidateOperators(), c.insideStatutoryItems(), records.json(facts), null, "UNDER_REVIEW",
                null, null, null, official);
        reviews.create(review);
        reviews.recordAct(review.id(), "REVIEW_STARTED", time.today(), official,
                incident ? "Incident of " + c.trigger().incidentDate() + ": " + c.trigger().incidentSummary() : "Periodic risk review");

        Map<String, Object> variables = new HashMap<>(facts);
        variables.put(REVIEW_ID, review.id().toString());
        variables.put(REVIEW_NUMBER, c.reviewNumber());
        variables.put(BUSINESS_NAME, c.businessName());
        variables.put(BUSINESS_DESCRIPTION, c.businessDescription());
        variables.put(COMPETENT_MINISTRY, c.competentMinistry());
        variables.put(REVIEWER_GROUP, "ministry-" + c.competentMinistry().toLowerCase());
        variables.put(TRIGGER_KIND, c.trigger().kind());
        variables.put(TRIGGER_LABEL, incident ? "事案の発生" : "定期的なリスク点検");
        if (incident) {
            variables.put(INCIDENT_DATE, c.trigger().incidentDate().toString());
            variables.put(INCIDENT_SUMMARY, c.trigger().incidentSummary());
        }
        variables.put(CANDIDATE_EQUIPMENT, c.candidateEquipment() == null ? "" : c.candidateEquipment());
        variables.put(CANDIDATE_OPERATORS, c.candidateOperators() == null ? "" : c.candidateOperators());
        variables.put(INSIDE_STATUTORY_ITEMS, c.insideStatutoryItems());
        variables.put(MEETINGS_HELD, 0);
        return variables;
    }
}
