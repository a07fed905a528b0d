package jp.espa.kikan.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.espa.kikan.criteria.CriteriaDraftRepository.Draft;
import jp.espa.kikan.criteria.DraftSimulator.SimulationResult;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.SectorRegistry;

import org.springframework.stereotype.Component;

/** What the procedures read of the drafts of criteria, and the enactment of a new sector's draft. */
@Component
public class CriteriaDrafts {

    /**
     * A new sector's draft as the draft orders offer it: what it would make the sector, its summary and what it would
     * catch on the registry today.
     */
    public record NewSectorDraft(String draftNumber, String sectorCode, String sectorNameJa, String decisionKey, String tableName,
                                 String summary, int operators, long meeting) {

        /** 「特定社会基盤事業者の指定基準（港湾運送）案 第1版: 報告のある事業者 12 のうち 3 が該当」 */
        public String findingsJa() {
            return tableName + ": 報告のある事業者 " + operators + " のうち " + meeting + " が該当";
        }

        /** One line of the select list: the findings with the draft's number, as the criteria page shows it. */
        public String labelJa() {
            return findingsJa().replaceFirst(": ", "（" + draftNumber + "）: ");
        }
    }

    private final CriteriaDraftRepository drafts;
    private final DraftSimulator simulator;
    private final CriteriaEnactment enactment;
    private final SectorRegistry sectors;
    private final StatutoryTime time;

    CriteriaDrafts(CriteriaDraftRepository drafts, DraftSimulator simulator, CriteriaEnactment enactment, SectorRegistry sectors,
                   StatutoryTime time) {
        this.drafts = drafts;
        this.simulator = simulator;
        this.enactment = enactment;
        this.sectors = sectors;
        this.time = time;
    }

    /** The competent ministry of a new sector that a draft of criteria proposes (none for a code no draft names). */
    public Optional<String> competentMinistryOfDraftedSector(String sectorCode) {
        return drafts.firstOf(sectorCode).map(Draft::competentMinistry);
    }

    /** The drafts for a new sector of the ministry still to be decided, each tried on the registry as of today. */
    public List<NewSectorDraft> forNewSectors(String ministry) {
        return drafts.openOfMinistry(ministry).stream().filter(this::newSector).map(this::choice).toList();
    }

    /**
     * The draft the draft orders take: one for a new sector of the review's competent ministry, not yet decided;
     * refused naming {@code field} otherwise.
     */
    public NewSectorDraft forNewSector(String draftNumber, String ministry, String field) {
        return drafts.byNumber(draftNumber)
                .filter(d -> d.competentMinistry().equals(ministry) && "DRAFT".equals(d.status()) && newSector(d))
                .map(this::choice)
                .orElseThrow(() -> new InvalidInputException(field, "指定基準の案 " + draftNumber
                        + " は所管省庁の新たな対象事業の案（未施行）ではありません。"));
    }

    /** On the enforcement day of the orders: the new sector's draft becomes its live table (once; a re-run does nothing). */
    public Optional<CriteriaEnacted> enact(String draftNumber, LocalDate enforcedOn, String enactedBy) {
        return enactment.enact(drafts.byNumber(draftNumber).orElseThrow(), enforcedOn, enactedBy);
    }

    private boolean newSector(Draft d) {
        return sectors.sector(d.sectorCode()).map(s -> s.criteriaDecisionKey() == null).orElse(true);
    }

    private NewSectorDraft choice(Draft d) {
        SimulationResult r = simulator.run(d, Optional.empty(), time.today());
        return new NewSectorDraft(d.draftNumber(), d.sectorCode(), d.sectorNameJa(), d.decisionKey(), r.draftTable(), d.summary(),
                r.operators(), r.newlyMeeting());
    }
}
