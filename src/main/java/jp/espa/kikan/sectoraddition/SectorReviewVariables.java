package jp.espa.kikan.sectoraddition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.criteria.CriteriaDrafts;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.SectorReview;

import org.camunda.spin.plugin.variable.SpinValues;

/** Process variable names of the sector addition process, in one place. */
final class SectorReviewVariables {

    static final String REVIEW_NUMBER = "reviewNumber";
    static final String BUSINESS_NAME = "businessName";
    static final String BUSINESS_DESCRIPTION = "businessDescription";
    static final String COMPETENT_MINISTRY = "competentMinistry";
    static final String TRIGGER_KIND = "triggerKind";
    static final String TRIGGER_LABEL = "triggerLabel";
    static final String INCIDENT_DATE = "incidentDate";
    static final String INCIDENT_SUMMARY = "incidentSummary";
    static final String CANDIDATE_EQUIPMENT = "candidateEquipment";
    static final String CANDIDATE_OPERATORS = "candidateOperators";
    static final String INSIDE_STATUTORY_ITEMS = "insideStatutoryItems";

    /** The facts the three exclusion criteria read (names of the decision table's inputs). */
    static final List<String> FACTS = List.of("indispensable", "dailyLifeDependence", "wideAreaDisruption",
            "equipmentConceivable", "operatorConceivable", "systemsUnderDevelopment");

    static final String EXCLUSION_FINDINGS = "exclusionFindings";
    static final String PRELIMINARY_RECOMMENDATION = "preliminaryRecommendation";
    static final String PRELIMINARY_RECOMMENDATION_LABEL = "preliminaryRecommendationLabel";
    static final String CRITERIA_RULE_VERSION = "criteriaRuleVersion";
    static final String MEETINGS_HELD = "meetingsHeld";
    static final String COMMITTEE_CONCLUDED = "committeeConcluded";

    static final String ADDITION_DECISION = "additionDecision";
    static final String RE_REVIEW_ON = "reReviewOn";
    static final String CRITERIA_DRAFT_NUMBER = "criteriaDraftNumber";
    static final String CRITERIA_DRAFT_OPTIONS = "criteriaDraftOptions";
    static final String CRITERIA_DRAFTS = "criteriaDrafts";
    static final String EQUIPMENT_CATEGORIES = "equipmentCategories";
    /** Whether the orders name a new sector's draft of criteria (NEW_SECTOR) or a sector in force (IN_FORCE). */
    static final String ORDERS_BASIS = "ordersBasis";
    static final String SECTOR_IN_FORCE = "sectorInForce";
    static final String SECTOR_IN_FORCE_OPTIONS = "sectorInForceOptions";
    static final String PUBLIC_COMMENT_LAST_DAY = "publicCommentLastDay";
    static final String ENFORCEMENT_ON = "enforcementOn";

    static final String PROCESS = "SectorAdditionProcess";

    /** What the forms show of a review just registered, with its facts. */
    static Map<String, Object> registered(SectorReview r, Map<String, Boolean> facts) {
        boolean incident = "INCIDENT".equals(r.triggerKind());
        Map<String, Object> variables = new HashMap<>(facts);
        variables.put(REVIEW_NUMBER, r.reviewNumber());
        variables.put(BUSINESS_NAME, r.businessName());
        variables.put(BUSINESS_DESCRIPTION, r.businessDescription());
        variables.put(COMPETENT_MINISTRY, r.competentMinistry());
        variables.put(TRIGGER_KIND, r.triggerKind());
        variables.put(TRIGGER_LABEL, incident ? "事案の発生" : "定期的なリスク点検");
        if (incident) {
            variables.put(INCIDENT_DATE, r.incidentDate().toString());
            variables.put(INCIDENT_SUMMARY, r.incidentSummary());
        }
        variables.put(CANDIDATE_EQUIPMENT, r.candidateEquipment() == null ? "" : r.candidateEquipment());
        variables.put(CANDIDATE_OPERATORS, r.candidateOperators() == null ? "" : r.candidateOperators());
        variables.put(INSIDE_STATUTORY_ITEMS, r.insideStatutoryItems());
        variables.put(MEETINGS_HELD, 0);
        return variables;
    }

    /**
     * The drafts of criteria the draft orders may take: the select list's options (a Json list of label and value,
     * which the form reads by {@code valuesKey}) and, read-only, each draft's summary and what it would catch.
     */
    static Map<String, Object> criteriaDrafts(List<CriteriaDrafts.NewSectorDraft> drafts, List<Sector> inForce) {
        List<Map<String, String>> options = drafts.stream()
                .map(d -> Map.of("label", d.labelJa(), "value", d.draftNumber())).toList();
        List<Map<String, String>> sectors = inForce.stream().map(s -> Map.of("label", s.nameJa(), "value", s.code())).toList();
        String shown = drafts.isEmpty() ? "所管省庁の新たな対象事業の指定基準の案がありません（指定基準の案を作成してください）。"
                : String.join("\n\n", drafts.stream().map(d -> d.findingsJa() + "\n" + d.summary()).toList());
        try {
            return Map.of(CRITERIA_DRAFT_OPTIONS, SpinValues.jsonValue(JSON.writeValueAsString(options)).create(),
                    CRITERIA_DRAFTS, shown, SECTOR_IN_FORCE_OPTIONS, SpinValues.jsonValue(JSON.writeValueAsString(sectors)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SectorReviewVariables() {
    }
}
