package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.registry.CorporateNumber;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.DesignationRegistry.DesignationCase;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.platform.InvalidInputException;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Registers a proposal to designate an operator (a ministry system over the API, or an official from Tasklist):
 * the operator (created if new), its size for the SME test, and a designation case; then starts its process.
 */
@Service
class DesignationIntake {

    static final String SENIOR_SUFFIX = "-senior";

    record Proposal(String proposalNumber, String corporateNumber, String operatorName, String operatorAddress,
                    String sectorCode, String industry, BigDecimal capitalYen, Integer employees, String proposalReason) {
    }

    private final DesignationRegistry designations;
    private final SectorRegistry sectors;
    private final RuntimeService runtime;

    DesignationIntake(DesignationRegistry designations, SectorRegistry sectors, RuntimeService runtime) {
        this.designations = designations;
        this.sectors = sectors;
        this.runtime = runtime;
    }

    Optional<DesignationCase> existing(String proposalNumber) {
        return designations.caseByProposalNumber(proposalNumber);
    }

    /** Registers the proposal and starts its DesignationProcess (API). */
    DesignationCase propose(Proposal p, String proposedBy, String fieldPrefix) {
        Map<String, Object> variables = register(p, proposedBy, fieldPrefix);
        runtime.createProcessInstanceByKey(DESIGNATION_PROCESS).businessKey(p.proposalNumber()).setVariables(variables).execute();
        return designations.getCase(UUID.fromString((String) variables.get(DESIGNATION_CASE_ID)));
    }

    /**
     * Checks and writes a proposal; returns the variables its process works with. Field names in errors carry
     * {@code fieldPrefix} (e.g. "candidates[2].").
     */
    Map<String, Object> register(Proposal p, String proposedBy, String fieldPrefix) {
        if (designations.caseByProposalNumber(p.proposalNumber()).isPresent()) {
            throw new InvalidInputException(fieldPrefix + "proposalNumber", "Proposal " + p.proposalNumber() + " is already registered.");
        }
        if (!CorporateNumber.isValid(p.corporateNumber())) {
            throw new InvalidInputException(fieldPrefix + "corporateNumber", "Not a valid corporate number (check digit).");
        }
        Sector sector = sectors.sector(p.sectorCode()).filter(Sector::active)
                .orElseThrow(() -> new InvalidInputException(fieldPrefix + "sectorCode", "Unknown or inactive sector '" + p.sectorCode() + "'."));
        Operator operator = sectors.operatorByCorporateNumber(p.corporateNumber())
                .orElseGet(() -> designations.createOperator(p.corporateNumber(), p.operatorName(), p.operatorAddress()));
        if (designations.current(operator.id(), sector.code()).isPresent()) {
            throw new InvalidInputException(fieldPrefix + "corporateNumber",
                    operator.name() + " is already a designated operator of sector " + sector.code() + ".");
        }
        designations.updateSize(operator.id(), p.industry(), p.capitalYen(), p.employees());
        DesignationCase c = new DesignationCase(UUID.randomUUID(), p.proposalNumber(), operator.id(), sector.code(),
                p.proposalReason(), "UNDER_REVIEW", null, null, null, null, null, proposedBy);
        designations.createCase(c);

        Map<String, Object> variables = new HashMap<>();
        variables.put(DESIGNATION_CASE_ID, c.id().toString());
        variables.put(PROPOSAL_NUMBER, p.proposalNumber());
        variables.putAll(operatorVariables(operator, sector));
        variables.put(PROPOSAL_REASON, p.proposalReason());
        return variables;
    }

    /** What every form of the procedures shows about the operator and its sector, and whose work it is. */
    static Map<String, Object> operatorVariables(Operator operator, Sector sector) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(OPERATOR_ID, operator.id().toString());
        variables.put(OPERATOR_NAME, operator.name());
        variables.put(CORPORATE_NUMBER, operator.corporateNumber());
        variables.put(OPERATOR_ADDRESS, operator.address());
        variables.put(SECTOR_CODE, sector.code());
        variables.put(SECTOR_NAME, sector.nameJa());
        variables.put(CANDIDATE_GROUP, sector.reviewerGroup());
        variables.put(SENIOR_GROUP, sector.reviewerGroup() + SENIOR_SUFFIX);
        return variables;
    }
}
