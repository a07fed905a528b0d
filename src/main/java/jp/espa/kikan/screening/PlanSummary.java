package jp.espa.kikan.screening;

import static jp.espa.kikan.platform.DisplayText.ENGINE_STRING_LIMIT;
import static jp.espa.kikan.platform.DisplayText.EXCERPT;
import static jp.espa.kikan.platform.DisplayText.excerpt;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan as officials read it on the forms: facts about businesses, free texts as excerpts (the whole plan is in the
 * registry and the case file), within what the engine holds in a string variable. Never personal data: no representatives, no
 * officers, and voting-right holders (who may be natural persons) only by country and share.
 */
final class PlanSummary {

    private static final Map<PartyRole, String> ROLE_LABELS = Map.of(
            PartyRole.SUPPLIER, "供給者",
            PartyRole.COMPONENT_SUPPLIER, "構成設備の供給者",
            PartyRole.CONTRACTOR, "委託の相手方",
            PartyRole.RECONTRACTOR, "再委託の相手方");

    private static final Map<String, String> KIND_LABELS = Map.of(
            "INTRODUCTION", "特定重要設備の導入",
            "ENTRUSTMENT", "重要維持管理等の委託",
            "EMERGENCY_NOTIFICATION", "緊急導入の事後届出");

    private PlanSummary() {
    }

    static String kindLabel(String kind) {
        return KIND_LABELS.getOrDefault(kind, kind);
    }

    static String of(ScreeningCaseRow c, List<PlanParty> parties) {
        StringBuilder text = new StringBuilder();
        text.append("区分: ").append(kindLabel(c.kind().name())).append('\n');
        text.append("設備の概要: ").append(excerpt(c.outline(), EXCERPT)).append('\n');
        if (c.content() != null) {
            text.append("内容: ").append(excerpt(c.content(), EXCERPT)).append('\n');
        }
        if (c.plannedFrom() != null) {
            text.append("時期・期間: ").append(c.plannedFrom())
                    .append(c.plannedUntil() == null ? "" : " 〜 " + c.plannedUntil()).append('\n');
        }
        for (PlanParty p : parties) {
            text.append(ROLE_LABELS.get(p.role())).append(": ").append(p.name())
                    .append("（設立国 ").append(p.countryOfIncorporation());
            if (p.plantCountry() != null) {
                text.append("、製造工場 ").append(p.plantCountry());
            }
            text.append("、外国政府向け売上 ").append(p.foreignGovernmentSalesShare().stripTrailingZeros().toPlainString()).append("%");
            if (!p.votingHolders().isEmpty()) {
                text.append("、5%以上の議決権保有者 ").append(p.votingHolders().stream()
                        .map(h -> h.country() + " " + h.share().stripTrailingZeros().toPlainString() + "%")
                        .collect(Collectors.joining("・")));
            }
            text.append("、役員 ").append(p.officers().size()).append("名");
            text.append("）");
            if (p.componentItem() != null) {
                text.append(" 構成設備: ").append(excerpt(p.componentItem(), EXCERPT));
            }
            text.append('\n');
        }
        if (c.preventiveMeasures() != null) {
            text.append("特定妨害行為の防止措置: ").append(excerpt(c.preventiveMeasures(), EXCERPT)).append('\n');
        }
        return excerpt(text.toString().strip(), ENGINE_STRING_LIMIT);
    }
}
