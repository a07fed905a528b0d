package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.documents.Citations;
import jp.espa.kikan.legal.CompetentOrdinance;
import jp.espa.kikan.platform.DisplayObject;
import jp.espa.kikan.platform.DisplayText;
import jp.espa.kikan.platform.DisplayVariables;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.EmergencyCase;
import jp.espa.kikan.registry.ExemptionGround;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.ParentControl;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.SectorRegistry;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The display copy of a case for its forms: what Tasklist shows, read from the registry, as one object variable
 * {@code case} that the forms bind by path ({@code case.operatorName}; see {@link DisplayObject}). Nothing is ever
 * decided from it, nor read back; the service reads the registry. No personal data (officers, representatives,
 * holders' names).
 */
@Component
class CaseVariables implements DisplayVariables {

    /** The words of the provisions shown to the official: an excerpt, as long as when each fact was a string variable. */
    private static final int PROVISION_TEXT_LIMIT = 3_900;

    private final ScreeningRepository cases;
    private final SectorRegistry registry;
    private final CaseFile caseFile;
    private final Citations citations;

    CaseVariables(ScreeningRepository cases, SectorRegistry registry, CaseFile caseFile, Citations citations) {
        this.cases = cases;
        this.registry = registry;
        this.caseFile = caseFile;
        this.citations = citations;
    }

    /**
     * The fields of the case object, each a variable of its own on cases of earlier releases until
     * {@link CaseObjectBackfill} replaces them: their removal writes no history either.
     */
    static final Set<String> EARLIER_COPIES = Set.of(CASE_ID, APPLICATION_NUMBER, OPERATOR_NAME, SECTOR_CODE, SECTOR_NAME,
            COMPETENT_MINISTRY, EQUIPMENT_NAME, PLAN_KIND, PLAN_SUMMARY, RECEIVED_ON, EXEMPTION_REASON, ACCEPTED_ON,
            PERIOD_LAST_DAY, EXTENSION_CAP, EXEMPTION_PROVISION, EXEMPTION_PROVISION_TEXT, EXEMPTION_CONTROL,
            EMERGENCY_CASE_LABEL, EMERGENCY_PROVISION);

    @Override
    public Set<String> names() {
        Set<String> names = new HashSet<>(EARLIER_COPIES);
        names.addAll(Set.of(CASE, EXEMPTION_CLAIMED));
        return names;
    }

    /** The case object as the registry has it now. */
    TypedValue of(ScreeningCaseRow c) {
        return DisplayObject.of(fields(c));
    }

    /** The case object of a review after introduction: no period (Art 55 has none). */
    TypedValue afterIntroduction(ScreeningCaseRow c) {
        Map<String, Object> fields = fields(c);
        fields.remove(PERIOD_LAST_DAY);
        fields.remove(EXTENSION_CAP);
        return DisplayObject.of(fields);
    }

    /** The case object from what a filing has just checked and written: no second read of the registry. */
    TypedValue of(ScreeningCaseRow c, Sector sector, EquipmentCategory equipment, List<PlanParty> parties) {
        return DisplayObject.of(fields(c, sector, equipment, parties));
    }

    private Map<String, Object> fields(ScreeningCaseRow c) {
        return fields(c, registry.sector(c.sectorCode()).orElseThrow(),
                registry.equipmentCategory(c.equipmentCategoryCode()).orElseThrow(), cases.parties(c.id()));
    }

    private Map<String, Object> fields(ScreeningCaseRow c, Sector sector, EquipmentCategory equipment, List<PlanParty> parties) {
        Map<String, Object> variables = new LinkedHashMap<>();
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
            exemptionClaim(c).ifPresent(claim -> exemption(variables, claim, sector.competentMinistry()));
        }
        if (c.kind() == CaseKind.EMERGENCY_NOTIFICATION) {
            caseFile.latest(Procedure.SCREENING, c.applicationNumber(), LegalActType.EMERGENCY_NOTIFICATION_RECEIPT)
                    .map(a -> a.content(ActContent.EmergencyNotificationReceipt.class))
                    .filter(receipt -> receipt.emergencyCase() != null)
                    .ifPresent(receipt -> {
                        variables.put(EMERGENCY_CASE_LABEL, receipt.emergencyCase().labelJa());
                        variables.put(EMERGENCY_PROVISION, receipt.provision());
                    });
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

    /** The exemption claimed (Art 52(1), the parenthetical), as the forms and the case file name it. */
    static String exemptionJa(String exemption) {
        return ExemptionGround.describedJa(exemption);
    }

    /** The exemption claimed at filing, if the claim named its ground (claims of earlier releases did not). */
    Optional<ActContent.ExemptionClaim> exemptionClaim(ScreeningCaseRow c) {
        return caseFile.latest(Procedure.SCREENING, c.applicationNumber(), LegalActType.EXEMPTION_CLAIMED)
                .map(a -> a.content(ActContent.ExemptionClaim.class)).filter(claim -> claim.ground() != null);
    }

    /** What the official checks a claim against: the provisions and their words, and the control claimed. */
    private void exemption(Map<String, Object> variables, ActContent.ExemptionClaim claim, String ministryCode) {
        ExemptionGround ground = claim.ground();
        variables.put(EXEMPTION_PROVISION, ExemptionClaims.provisions(ground, claim.parentControl(), ministryCode));
        StringBuilder text = new StringBuilder(ground.citation()).append("\n").append(citations.quote(ground.citationKey()));
        StringBuilder control = new StringBuilder("供給者：").append(claim.supplierName());
        Optional<CompetentOrdinance> ordinance = CompetentOrdinance.ofMinistry(ministryCode);
        if (ground == ExemptionGround.SUBSIDIARY) {
            text.append("\n").append(ExemptionGround.CABINET_ORDER).append("第十条第二項\n").append(citations.quote("CO_10_2"))
                    .append("\n").append(ExemptionGround.CABINET_ORDER).append("第十条第三項\n").append(citations.quote("CO_10_3_FORMER"))
                    .append(citations.quote("CO_10_3_LATTER"));
            ordinance.ifPresent(o -> {
                text.append("\n").append(claim.parentControl().citation(o));
                claim.parentControl().citationKeys(o).forEach(key -> text.append("\n").append(citations.quote(key)));
                text.append("\n（同項ただし書）").append(citations.quote(ParentControl.provisoKey(o)));
            });
            control.append("\n支配の態様：").append(claim.parentControl().labelJa())
                    .append("\n自己の計算において所有する議決権の割合：").append(claim.parentVotingShare().stripTrailingZeros().toPlainString()).append("％");
            if (claim.controlledThrough() != null) {
                control.append("\n子法人等を通じた支配（施行令第十条第三項後段）：").append(claim.controlledThrough());
            }
        }
        if (claim.facts() != null) {
            control.append("\n申出の根拠となる事実：").append(claim.facts());
        }
        variables.put(EXEMPTION_PROVISION_TEXT, DisplayText.excerpt(text.toString(), PROVISION_TEXT_LIMIT));
        variables.put(EXEMPTION_CONTROL, DisplayText.excerpt(control.toString(), DisplayText.EXCERPT));
    }

    /** The emergency case's provision in the sector's ordinance: 令和五年国土交通省令第六十二号第十条第一項. */
    static String emergencyProvision(String ministryCode) {
        return CompetentOrdinance.ofMinistry(ministryCode).map(EmergencyCase::citation).orElse("主務省令（法第五十二条第一項ただし書）");
    }

    /** What was filed, as the case file names it. */
    static String kindJa(CaseKind kind) {
        return switch (kind) {
            case INTRODUCTION -> "導入等計画書（導入）";
            case ENTRUSTMENT -> "導入等計画書（維持管理等の委託）";
            case EMERGENCY_NOTIFICATION -> "緊急導入の事後届出";
        };
    }
}
