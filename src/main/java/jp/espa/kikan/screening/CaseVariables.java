package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.registry.CaseKind;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.PlanParty;
import jp.espa.kikan.registry.ScreeningCase;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.platform.DisplayVariables;
import jp.espa.kikan.registry.SectorRegistry;

import org.springframework.stereotype.Component;

/**
 * The display copy of a case for its forms: what Tasklist shows, read from the registry. Nothing is ever decided
 * from these variables; the service reads the registry. No personal data (officers, representatives, holders' names).
 */
@Component
class CaseVariables implements DisplayVariables {

    private final CaseRepository cases;
    private final SectorRegistry registry;

    CaseVariables(CaseRepository cases, SectorRegistry registry) {
        this.cases = cases;
        this.registry = registry;
    }

    @Override
    public Set<String> names() {
        return Set.of(CASE_ID, APPLICATION_NUMBER, OPERATOR_NAME, SECTOR_CODE, SECTOR_NAME, COMPETENT_MINISTRY,
                EQUIPMENT_NAME, PLAN_KIND, PLAN_SUMMARY, RECEIVED_ON, EXEMPTION_REASON, ACCEPTED_ON, PERIOD_LAST_DAY,
                EXTENSION_CAP, EXEMPTION_CLAIMED);
    }

    Map<String, Object> of(ScreeningCase c) {
        return of(c, registry.sector(c.sectorCode()).orElseThrow(),
                registry.equipmentCategory(c.equipmentCategoryCode()).orElseThrow(), cases.parties(c.id()));
    }

    /** The display copy from what a filing has just checked and written: no second read of the registry. */
    Map<String, Object> of(ScreeningCase c, Sector sector, EquipmentCategory equipment, List<PlanParty> parties) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, c.id().toString());
        variables.put(APPLICATION_NUMBER, c.applicationNumber());
        variables.put(OPERATOR_NAME, c.operatorName());
        variables.put(SECTOR_CODE, sector.code());
        variables.put(SECTOR_NAME, sector.nameJa());
        variables.put(COMPETENT_MINISTRY, sector.competentMinistry());
        variables.put(EQUIPMENT_NAME, equipment.nameJa());
        variables.put(PLAN_KIND, c.kind().name());
        variables.put(PLAN_SUMMARY, PlanSummary.of(c, parties));
        variables.put(RECEIVED_ON, c.receivedOn().toString());
        if (c.exemption() != null) {
            variables.put(EXEMPTION_REASON, exemptionJa(c.exemption()));
        }
        if (c.acceptedOn() != null) {
            variables.put(ACCEPTED_ON, c.acceptedOn().toString());
        }
        if (c.periodLastDay() != null) {
            variables.put(PERIOD_LAST_DAY, c.periodLastDay().toString());
            variables.put(EXTENSION_CAP, c.extensionCap().toString());
        }
        return variables;
    }

    /** The exemption claimed (Art 52(1) proviso), as the forms and the case file name it. */
    static String exemptionJa(String exemption) {
        return "PUBLIC_BODY".equals(exemption) ? "国の行政機関・地方公共団体等からの供給等" : "支配関係にある子会社等からの供給等";
    }

    /** What was filed, as the case file names it. */
    static String kindJa(CaseKind kind) {
        return switch (kind) {
            case INTRODUCTION -> "導入等計画書（導入）";
            case ENTRUSTMENT -> "導入等計画書（維持管理等の委託）";
            case EMERGENCY_NOTIFICATION -> "緊急導入の事後届出";
        };
    }

    String planSummary(ScreeningCase c) {
        return PlanSummary.of(c, cases.parties(c.id()));
    }
}
