package jp.espa.kikan.screening;

import java.time.LocalDate;
import java.util.Optional;

import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.OrderGround;
import jp.espa.kikan.registry.ActContent.Recommendation;
import jp.espa.kikan.registry.ActContent.Reply;
import jp.espa.kikan.registry.ActContent.RiskAssessment;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;

import org.springframework.stereotype.Component;

/**
 * What a recommendation and an order state as their facts and reasons, from the case file as it stands when they
 * are made; stored with the act, so the notice says what was known then. An order rests on exactly one of the two
 * cases of Art 52(10): no notice within the reply's period, or a refusal whose reasons are not justifiable.
 */
@Component
class NoticeFacts {

    private final CaseFile caseFile;

    NoticeFacts(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The risk factors the supplier assessment found, as the recommendation states them; none after introduction. */
    String riskFindings(String applicationNumber) {
        return latest(applicationNumber, LegalActType.RISK_ASSESSED)
                .map(act -> act.content(RiskAssessment.class).findingsJa()).orElse(null);
    }

    /**
     * The official's reasons for the finding: the review's conclusion, or after introduction the decision to recommend
     * (Art 55(1) or (2)); for cases of earlier releases, the notification's review or why the review began.
     */
    String findingReasons(String applicationNumber) {
        return latest(applicationNumber, LegalActType.REVIEW_DECIDED, LegalActType.RECOMMENDATION_DECIDED,
                LegalActType.EMERGENCY_NOTIFICATION_REVIEWED, LegalActType.POST_INTRODUCTION_REVIEW_STARTED)
                .map(LegalAct::text).orElse(null);
    }

    /**
     * The decision to pursue an order, with what the order will state: which case of Art 52(10) applies (a reply
     * refusing the recommendation on record, or none by its last day), the facts from the recommendation and the
     * reply, and why the reply's reasons are not justifiable (the assessment on record) with the official's reasons.
     */
    ActContent.OrderDecision orderDecision(String applicationNumber, String content, String reason) {
        LegalAct recommended = latest(applicationNumber, LegalActType.RECOMMENDATION).orElseThrow();
        Recommendation r = recommended.content(Recommendation.class);
        Optional<LegalAct> reply = latest(applicationNumber, LegalActType.REPLY)
                .filter(act -> act.recordedAt().isAfter(recommended.recordedAt()));
        StringBuilder facts = new StringBuilder(era(r.issuedOn()) + "、貴社に対し、" + r.measure().labelJa() + "（"
                + r.content().strip() + "）を勧告し、当該勧告は" + era(r.deliveredOn()) + "に貴社に到達した。");
        if (reply.isPresent()) {
            facts.append("貴社は、").append(era(reply.get().actDate())).append("、当該勧告を応諾しない旨及びその理由として「")
                    .append(reply.get().content(Reply.class).statement().strip()).append("」を通知した。");
        } else {
            facts.append("貴社は、当該勧告を受けた日から起算して十日以内（").append(era(r.replyDueOn()))
                    .append("まで）に、当該勧告を応諾するかしないかの通知をしなかった。");
            latest(applicationNumber, LegalActType.LATE_REPLY).map(LegalAct::actDate)
                    .ifPresent(late -> facts.append("なお、期限後の").append(era(late)).append("に回答が到達した。"));
        }
        String reasons = reply.isPresent()
                ? "貴社が通知した理由は、次のとおり、勧告を応諾しないことについての正当な理由とは認められない。\n"
                        + latest(applicationNumber, LegalActType.REFUSAL_ASSESSED).map(LegalAct::text).orElse("").strip()
                        + "\n" + reason.strip()
                : "貴社は期限までに勧告を応諾するかしないかの通知をしなかった。\n" + reason.strip();
        return new ActContent.OrderDecision(content, reply.isPresent() ? OrderGround.NOT_ACCEPTED_WITHOUT_JUSTIFIABLE_REASON
                : OrderGround.NO_NOTICE, facts.toString(), reasons);
    }

    /** The order as issued: its ground, facts and reasons as decided, the content as the official finally set it. */
    ActContent.Order order(String applicationNumber, String content, LocalDate issued, LocalDate delivered, LocalDate complyBy) {
        ActContent.OrderDecision decided = latest(applicationNumber, LegalActType.ORDER_DECIDED).orElseThrow()
                .content(ActContent.OrderDecision.class);
        return new ActContent.Order(decided.ground(), content, decided.facts(), decided.reasons(), issued, delivered, complyBy);
    }

    private Optional<LegalAct> latest(String applicationNumber, LegalActType... types) {
        return caseFile.latest(Procedure.SCREENING, applicationNumber, types);
    }

    private static String era(LocalDate day) {
        return EraDates.format(day);
    }
}
