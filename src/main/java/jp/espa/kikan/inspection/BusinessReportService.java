package jp.espa.kikan.inspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.espa.kikan.criteria.CriteriaDrafts;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.BusinessFigures;
import jp.espa.kikan.registry.CorporateNumber;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers to report requests made to decide designations (Art 58(1): 「特定社会基盤事業を行う者に対し」, designated or
 * not), as the competent ministry records them: each figure with its fiscal year and its source (the report, the day it
 * came). An operator the registry does not know is created from the answer. A business not yet listed (a new sector
 * under review, known by its first draft of criteria) is outside Art 58(1): its operators' figures are recorded as
 * given voluntarily. Recording figures designates no one: the criteria are applied by a designation or a simulation.
 */
@Service
public class BusinessReportService {

    record Answer(String sectorCode, String corporateNumber, String operatorName, String operatorAddress, LocalDate receivedOn,
                  String reference, List<Measure> figures) {
    }

    record Receipt(String corporateNumber, String operatorName, String sectorCode, boolean operatorCreated, int figures,
                   String basis, String source) {
    }

    private final SectorRegistry sectors;
    private final BusinessFigures figures;
    private final CriteriaDrafts drafts;
    private final AccessChecks access;
    private final StatutoryTime time;

    BusinessReportService(SectorRegistry sectors, BusinessFigures figures, CriteriaDrafts drafts, AccessChecks access,
                          StatutoryTime time) {
        this.sectors = sectors;
        this.figures = figures;
        this.drafts = drafts;
        this.access = access;
        this.time = time;
    }

    @Transactional
    Receipt record(Actor actor, Answer a) {
        Optional<Sector> sector = sectors.sector(a.sectorCode()).filter(Sector::active);
        String ministry = sector.map(Sector::competentMinistry).or(() -> drafts.competentMinistryOfDraftedSector(a.sectorCode()))
                .orElseThrow(() -> new InvalidInputException("sectorCode", "対象事業 " + a.sectorCode()
                        + " は登録されていません（新たな対象事業は、その指定基準の案を先に作成してください）。"));
        if (!access.permits(actor, Action.FILE_MEASURES, Subject.ofMinistry(sectors.ministry(ministry).orElseThrow().reviewerGroup()))) {
            throw new NotPermittedException("報告の記録はその対象事業の所管省庁が行います。");
        }
        if (!CorporateNumber.isValid(a.corporateNumber())) {
            throw new InvalidInputException("corporateNumber", "法人番号の検査用数字が一致しません。");
        }
        LocalDate today = time.today();
        if (a.receivedOn().isAfter(today)) {
            throw new InvalidInputException("receivedOn", "受領日は本日以前の日にしてください。");
        }
        int currentYear = StatutoryPeriods.fiscalYearOf(a.receivedOn());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.figures().size(); i++) {
            Measure m = a.figures().get(i);
            if (m.fiscalYear() != null && m.fiscalYear() > currentYear) {
                throw new InvalidInputException("figures[" + i + "].fiscalYear", "受領日の事業年度より後の年度です。");
            }
            if (!seen.add(m.measureCode() + "/" + m.fiscalYear())) {
                throw new InvalidInputException("figures[" + i + "]", "同じ数値等（" + m.measureCode() + "、同じ年度）が重複しています。");
            }
        }
        boolean article58 = sector.isPresent();
        String source = (article58 ? "法第58条第1項の報告" : "任意の協力による報告（法第58条第1項の対象事業となる前）") + "（"
                + a.reference().strip() + "、" + EraDates.format(a.receivedOn()) + "受領）";
        Optional<Operator> known = sectors.operatorByCorporateNumber(a.corporateNumber());
        Operator operator = known.orElseGet(() -> figures.createOperator(a.corporateNumber(), a.operatorName().strip(),
                a.operatorAddress() == null || a.operatorAddress().isBlank() ? null : a.operatorAddress().strip()));
        figures.file(operator.id(), a.sectorCode(), a.figures().stream().map(m -> new Measure(m.measureCode(), m.fiscalYear(),
                m.numberValue(), m.textValue(), m.booleanValue(), source)).toList(), actor.userId());
        return new Receipt(operator.corporateNumber(), operator.name(), a.sectorCode(), known.isEmpty(), a.figures().size(),
                article58 ? "ART_58_1" : "VOLUNTARY", source);
    }
}
