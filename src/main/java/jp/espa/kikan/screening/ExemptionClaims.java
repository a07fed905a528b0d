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
                throw new InvalidInputException(CLAIM + ".ground", "適用除外の申出には、施行令第十条第一項の根拠を指定してください（"
                        + List.of(ExemptionGround.values()) + " のいずれか）。");
            }
            return null;
        }
        if (kind != PlanKind.INTRODUCTION) {
            throw new InvalidInputException(CLAIM, "法第52条第1項の適用除外は、施行令第十条に定める者が供給する設備の導入に限られ、"
                    + "維持管理等の委託には適用されません。");
        }
        if (legacy != null && (legacy == PlanSubmission.Exemption.CONTROLLED_SUBSIDIARY) != (claim.ground() == ExemptionGround.SUBSIDIARY)) {
            throw new InvalidInputException("exemption", "exemptionClaim.ground（" + claim.ground() + "）と矛盾しています。");
        }
        List<Party> suppliers = parties.stream().filter(p -> p.role() == PartyRole.SUPPLIER).toList();
        if (suppliers.size() != 1) {
            throw new InvalidInputException("plan.parties", "適用除外の申出は設備の供給者1者についてするものですが、計画には "
                    + suppliers.size() + " 者の供給者が記載されています。");
        }
        if (claim.ground() == ExemptionGround.SUBSIDIARY) {
            checkControl(claim);
        } else if (claim.parentControl() != null || claim.parentVotingShare() != null || claim.controlledThrough() != null) {
            String field = claim.parentControl() != null ? "parentControl" : claim.parentVotingShare() != null
                    ? "parentVotingShare" : "controlledThrough";
            throw new InvalidInputException(CLAIM + "." + field, "親会社による支配を記載するのは子会社としての申出の場合のみです（"
                    + claim.ground() + " は別の根拠です）。");
        }
        return new ActContent.ExemptionClaim(null, claim.ground(), suppliers.get(0).name(), claim.parentControl(),
                claim.parentVotingShare(), blankToNull(claim.controlledThrough()), blankToNull(claim.facts()));
    }

    private static void checkControl(ExemptionClaim claim) {
        ParentControl control = claim.parentControl();
        if (control == null) {
            throw new InvalidInputException(CLAIM + ".parentControl", "子会社としての申出には、主務省令の定める親会社としての支配の態様"
                    + "（例: 国土交通省令第7条第1項第1号から第3号）を記載してください。");
        }
        if (claim.parentVotingShare() == null) {
            throw new InvalidInputException(CLAIM + ".parentVotingShare", "子会社としての申出には、親会社が自己の計算において"
                    + "所有する供給者の議決権の割合を記載してください（ない場合は0）。");
        }
        if (!control.admitsShare(claim.parentVotingShare())) {
            throw new InvalidInputException(CLAIM + ".parentVotingShare", "議決権の割合 " + claim.parentVotingShare() + "% は "
                    + control + "（国土交通省令" + control.provision(CompetentOrdinance.MLIT) + "及びこれに相当する規定: "
                    + "第1号は50%超、第2号は40%以上50%以下）に当たりません。");
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
