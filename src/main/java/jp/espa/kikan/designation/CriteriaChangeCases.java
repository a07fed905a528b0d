package jp.espa.kikan.designation;

import java.util.List;

import jp.espa.kikan.criteria.CriteriaEnacted;
import jp.espa.kikan.designation.DesignationRepository.OperatorSize;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.Actor;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The cases an enacted amendment of a sector's criteria opens, each for the competent ministry to decide: a proposal
 * for every operator of the business newly meeting them, as the designation's review decides whether to designate
 * (Art 50(1): the minister 「指定することができる」), and a revocation review of every designation of the sector that the
 * live table no longer finds met (Art 51 前段: 「指定を解除するものとする」, confirmed or declined by the ministry). The
 * enactment happens once per draft, and each case is keyed: a proposal by the draft and corporate number, a
 * revocation by its designation while one runs.
 */
@Component
class CriteriaChangeCases {

    static final String TRIGGER = "CRITERIA_ENACTED";

    private final DesignationService designations;
    private final RevocationService revocations;
    private final DesignationRegistry registry;
    private final DesignationRepository repository;
    private final SectorRegistry sectors;

    CriteriaChangeCases(DesignationService designations, RevocationService revocations, DesignationRegistry registry,
                        DesignationRepository repository, SectorRegistry sectors) {
        this.designations = designations;
        this.revocations = revocations;
        this.registry = registry;
        this.repository = repository;
        this.sectors = sectors;
    }

    @EventListener
    void open(CriteriaEnacted enacted) {
        for (String corporateNumber : enacted.newlyMeeting()) {
            sectors.operatorByCorporateNumber(corporateNumber).ifPresent(operator -> propose(enacted, operator));
        }
        registry.currentDesignations().stream().filter(d -> d.sectorCode().equals(enacted.sectorCode()))
                .forEach(d -> revocations.reevaluate(d, TRIGGER));
    }

    /** Unless designated already or under review: one proposal, numbered {@code <draft>-<corporate number>}. */
    private void propose(CriteriaEnacted enacted, Operator operator) {
        String number = enacted.draftNumber() + "-" + operator.corporateNumber();
        if (designations.existing(number).isPresent() || registry.current(operator.id(), enacted.sectorCode()).isPresent()
                || repository.openCase(operator.id(), enacted.sectorCode()).isPresent()) {
            return;
        }
        OperatorSize size = repository.size(operator.id());
        designations.propose(Actor.SYSTEM, new DesignationService.NewProposal(number, operator.corporateNumber(), operator.name(),
                operator.address(), enacted.sectorCode(), size.industry(), size.capitalYen(), size.employees(),
                "指定基準の改正（" + enacted.tableVersion() + "、" + enacted.enforcedOn() + "施行）により新たに基準に該当する事業者"
                        + "（経済安全保障推進法第50条第1項）", null, List.of()), "");
    }
}
