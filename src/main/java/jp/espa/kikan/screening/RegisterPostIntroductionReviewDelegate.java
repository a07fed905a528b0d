package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.registry.CaseKind;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.PartyRole;
import jp.espa.kikan.registry.ScreeningCase;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.screening.PlanSubmission.Party;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 事案の登録: a review started over the API arrives with its case; one started from Tasklist names a registered
 * case (Art 55 review) or registers a notification received on paper. Bad input rejects the start form.
 */
@Component
class RegisterPostIntroductionReviewDelegate implements JavaDelegate {

    private final CaseRepository cases;
    private final ScreeningIntake intake;
    private final CaseActions actions;
    private final CaseVariables caseVariables;
    private final SectorRegistry registry;
    private final IdentityService identity;

    RegisterPostIntroductionReviewDelegate(CaseRepository cases, ScreeningIntake intake, CaseActions actions,
                                           CaseVariables caseVariables, SectorRegistry registry, IdentityService identity) {
        this.cases = cases;
        this.intake = intake;
        this.actions = actions;
        this.caseVariables = caseVariables;
        this.registry = registry;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(CASE_ID) != null) {
            return;
        }
        FormValues form = new FormValues(execution);
        String trigger = form.choice(TRIGGER, "開始の契機", Set.of("SITUATION_CHANGE", "EMERGENCY_NOTIFICATION"));
        String applicationNumber = form.text(APPLICATION_NUMBER, "受付番号");
        Authentication official = identity.getCurrentAuthentication();
        String officialId = official == null ? Officials.SYSTEM : official.getUserId();
        try {
            Map<String, Object> variables;
            if ("SITUATION_CHANGE".equals(trigger)) {
                ScreeningCase c = cases.findByApplicationNumber(applicationNumber)
                        .orElseThrow(() -> FormValues.reject("受付番号 " + applicationNumber + " の事案はありません。"));
                requireCompetentMinistry(official, c);
                variables = actions.openPostIntroductionReview(c, form.text(REVIEW_REASON, "審査を行う理由"), officialId);
            } else {
                ScreeningCase c = intake.record(paperNotification(form, applicationNumber), officialId);
                requireCompetentMinistry(official, c);
                variables = caseVariables.of(c);
            }
            execution.setVariables(variables);
            execution.getProcessInstance().setProcessBusinessKey(applicationNumber);
        } catch (InvalidInputException e) {
            throw FormValues.reject("入力内容に誤りがあります（" + e.field() + "）: " + e.getMessage());
        } catch (ConflictException e) {
            throw FormValues.reject(e.getMessage());
        }
    }

    private ScreeningIntake.Filing paperNotification(FormValues form, String applicationNumber) {
        String country = form.text("supplierCountry", "供給者の設立国");
        Party supplier = new Party(PartyRole.SUPPLIER, form.text("supplierName", "供給者名"),
                form.text("supplierRepresentative", "供給者の代表者"), form.text("supplierAddress", "供給者の住所"),
                country, "JP".equals(country) ? form.text("supplierCorporateNumber", "供給者の法人番号") : null, null,
                share(form.text("foreignGovernmentSalesShare", "外国政府向け売上の割合（%）")),
                form.text("plantCountry", "製造工場の所在国"), List.of(), List.of());
        LocalDate introducedOn = form.date(INTRODUCED_ON, "導入日");
        String outline = form.text("outline", "設備の概要");
        PlanContent plan = new PlanContent(outline, form.text(URGENCY_REASON, "緊急に導入した理由"), introducedOn, null, null,
                List.of(supplier));
        PlanRules.check(PlanKind.INTRODUCTION, plan, "");
        return new ScreeningIntake.Filing(applicationNumber, CaseKind.EMERGENCY_NOTIFICATION,
                form.text("operatorCorporateNumber", "法人番号"), form.text(SECTOR_CODE, "特定社会基盤事業"),
                form.text("equipmentCategoryCode", "特定重要設備"), null, plan, null);
    }

    private static BigDecimal share(String percent) {
        try {
            BigDecimal share = new BigDecimal(percent);
            FormValues.require(share.signum() >= 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0, "");
            return share;
        } catch (NumberFormatException | BadUserRequestException e) {
            throw FormValues.reject("外国政府向け売上の割合は 0〜100 の数値で入力してください。");
        }
    }

    private void requireCompetentMinistry(Authentication official, ScreeningCase c) {
        if (official == null) {
            return;
        }
        String group = registry.sector(c.sectorCode()).orElseThrow().reviewerGroup();
        if (!official.getGroupIds().contains(group)) {
            throw FormValues.reject("この事案は " + group + " の所管です。");
        }
    }
}
