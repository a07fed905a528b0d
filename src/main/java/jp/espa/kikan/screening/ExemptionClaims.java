package jp.espa.kikan.screening;

import java.util.List;

import jp.espa.kikan.legal.CompetentOrdinance;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ExemptionGround;
import jp.espa.kikan.registry.ParentControl;
import jp.espa.kikan.screening.PlanSubmission.ExemptionClaim;
import jp.espa.kikan.screening.PlanSubmission.Party;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;

/**
 * An exemption claim as the text allows it (Art 52(1), the parenthetical; 施行令第十条): only for an introduction, for
 * the one supplier the plan names, on a ground of 施行令第十条第一項; for a subsidiary (item 1) with the operator's
 * control as the competent ordinance's parent test states it, the share of the votes fitting the item claimed.
 */
final class ExemptionClaims {

    private static final String CLAIM = "exemptionClaim";

    private ExemptionClaims() {
    }

    /** The claim checked, as its act records it; null when none is made. */
    static ActContent.ExemptionClaim check(PlanKind kind, PlanSubmission.Exemption legacy, ExemptionClaim claim, List<Party> parties) {
        if (claim == null) {
            if (legacy != null) {
                throw new InvalidInputException(CLAIM + ".ground", "An exemption claim names its ground of 施行令第十条第一項 "
                        + "(one of " + List.of(ExemptionGround.values()) + ").");
            }
            return null;
        }
        if (kind != PlanKind.INTRODUCTION) {
            throw new InvalidInputException(CLAIM, "Art 52(1) exempts only the introduction of equipment a person of "
                    + "施行令第十条 supplies, not an entrustment of its maintenance or operation.");
        }
        if (legacy != null && (legacy == PlanSubmission.Exemption.CONTROLLED_SUBSIDIARY) != (claim.ground() == ExemptionGround.SUBSIDIARY)) {
            throw new InvalidInputException("exemption", "Contradicts exemptionClaim.ground " + claim.ground() + ".");
        }
        List<Party> suppliers = parties.stream().filter(p -> p.role() == PartyRole.SUPPLIER).toList();
        if (suppliers.size() != 1) {
            throw new InvalidInputException("plan.parties", "An exemption claim is made for the one supplier of the equipment; "
                    + "the plan names " + suppliers.size() + ".");
        }
        if (claim.ground() == ExemptionGround.SUBSIDIARY) {
            checkControl(claim);
        } else if (claim.parentControl() != null || claim.parentVotingShare() != null || claim.controlledThrough() != null) {
            String field = claim.parentControl() != null ? "parentControl" : claim.parentVotingShare() != null
                    ? "parentVotingShare" : "controlledThrough";
            throw new InvalidInputException(CLAIM + "." + field, "Only a subsidiary's claim states the parent's control; "
                    + claim.ground() + " is a ground of its own.");
        }
        return new ActContent.ExemptionClaim(null, claim.ground(), suppliers.get(0).name(), claim.parentControl(),
                claim.parentVotingShare(), blankToNull(claim.controlledThrough()), blankToNull(claim.facts()));
    }

    private static void checkControl(ExemptionClaim claim) {
        ParentControl control = claim.parentControl();
        if (control == null) {
            throw new InvalidInputException(CLAIM + ".parentControl", "A subsidiary's claim states how the operator controls "
                    + "it, as the competent ordinance defines a parent (e.g. MLIT ordinance Art 7(1) items 1-3).");
        }
        if (claim.parentVotingShare() == null) {
            throw new InvalidInputException(CLAIM + ".parentVotingShare", "A subsidiary's claim states the share of the "
                    + "supplier's votes the parent holds on its own account (0 when none).");
        }
        if (!control.admitsShare(claim.parentVotingShare())) {
            throw new InvalidInputException(CLAIM + ".parentVotingShare", claim.parentVotingShare() + "% does not fit "
                    + control + " (" + control.provision(CompetentOrdinance.MLIT) + " of the MLIT ordinance and its "
                    + "equivalents: item 1 over 50%, item 2 from 40% to 50%).");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The provisions a claim rests on, in the sector's ordinance: the cabinet order's item, for a subsidiary its parent test too. */
    static String provisions(ExemptionGround ground, ParentControl control, String ministryCode) {
        if (ground == null) {
            return "";
        }
        String cited = ground.citation();
        return control == null ? cited : cited + "、" + CompetentOrdinance.ofMinistry(ministryCode)
                .map(control::citation).orElse("主務省令の親法人等の規定");
    }
}
