package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.registry.EmergencyCase;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.support.PdfText;
import jp.espa.kikan.support.NoticePictures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every written act of the screening produces its document when the act is recorded: kept with the act (by its id),
 * numbered in the competent ministry's series, hashed; its text says what the act said, in 令和 dates.
 */
class ScreeningDocumentsTest extends ProcessTestSupport {

    record Kept(String kind, String actType, String number, String sha256, byte[] content) {
    }

    @BeforeEach
    void onTheDayOfFiling() {
        today("2026-11-26");
    }

    @Test
    void acceptanceExtensionRecommendationOpportunityAndOrderEachIssueTheirDocument() throws Exception {
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber("DOC"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "供給者の資本関係の追加調査",
                "extendedLastDay", "2027-02-26"));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "外国政府の影響"));
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "勧告相当との意見"));
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-11-26",
                "recommendationDeliveredOn", "2026-11-26", "recommendationMeasures", "CHANGE_PLAN",
                "recommendationContent", "構成設備の供給者の変更"));
        operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
        complete(c, "Task_AssessRefusal", Map.of("refusalJustified", false, "refusalAssessment", "理由は正当でない"));
        complete(c, "Task_DecideOrder", Map.of("issueOrder", true, "orderContent", "構成設備の供給者の変更を命ずる",
                "orderDecisionReason", "勧告に正当な理由なく従わない"));
        complete(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "命令相当との意見"));
        complete(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2026-11-26", "orderDeliveredOn", "2026-11-26", "orderComplyBy", "2030-03-29",
                "orderContent", "構成設備の供給者の変更を命ずる"));

        List<Kept> kept = documents(c);
        // no opportunity to explain before the order (Art 88 of the Act sets APA Chapter 3 aside for it)
        assertThat(kept).extracting(Kept::kind).containsExactly("ACCEPTANCE_NOTICE", "EXTENSION_NOTICE", "RECOMMENDATION", "ORDER");
        assertThat(kept).extracting(Kept::actType).containsExactly("ACCEPTANCE", "EXTENSION_NOTICE", "RECOMMENDATION", "ORDER");
        int first = number(kept.get(0));
        for (int i = 0; i < kept.size(); i++) {
            Kept d = kept.get(i);
            NoticePictures.keep(d.kind(), d.content());
            assertThat(d.sha256()).as("hash recorded = hash of the bytes kept").isEqualTo(sha256(d.content()));
            assertThat(d.number()).as("MLIT's series, consecutive").isEqualTo("国経安第" + (first + i) + "号");
            assertThat(PdfText.of(d.content())).contains("サンプル鉄道株式会社（デモ）代表取締役社長架空二郎殿",
                    "国土交通大臣見本三郎", d.number());
        }
        assertThat(PdfText.of(kept.get(0).content())).contains("令和8年11月26日に受理", "令和8年12月25日", "令和9年3月25日");
        assertThat(PdfText.of(kept.get(1).content())).contains("令和9年2月26日までとした", "供給者の資本関係の追加調査");
        for (Kept d : kept) {
            assertThat(PdfText.of(d.content())).as("同法 after the first full mention").doesNotContain("経済安全保障推進法第");
        }
        // the recommendation: the measure by its one label, the facts found, the reasons, how and by when to reply
        assertThat(PdfText.of(kept.get(2).content())).contains("「経済安全保障推進法」という。）第五十二条第六項",
                "構成設備の供給者の変更", "導入等計画書の内容の変更", "供給者等のリスク評価において、次の事項が認められた",
                "ExampleComponentsLtd.：外国で設立された法人", "外国政府の影響", "様式第六", "令和8年12月7日").doesNotContain("delivered");
        // the order: only the ground that applies, the facts, why the reply's reasons fail, the day to comply by
        assertThat(PdfText.of(kept.get(3).content())).contains("同法第五十二条第十項",
                "勧告を応諾しない旨の通知をし、応諾しないことについて正当な理由がないと認められる",
                "令和8年11月26日、貴社に対し、導入等計画書の内容の変更（構成設備の供給者の変更）を勧告し",
                "応諾しない旨及びその理由として「費用が過大」を通知した", "理由は正当でない",
                "令和12年3月29日までに", "構成設備の供給者の変更を命ずる", "勧告に正当な理由なく従わない", "【教示】",
                "国土交通大臣に対して審査請求")
                .doesNotContain("又は応諾するかどうかを通知しなかった", "行政手続法第十四条");
    }

    @Test
    void aCorrectionRequestAndAShorteningIssueTheirDocuments() {
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber("DOC"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", false, "correctionRequest", "構成設備の供給者の役員の国籍を記載"));
        assertThat(documents(c)).extracting(Kept::kind).containsExactly("CORRECTION_REQUEST");
        NoticePictures.keep("CORRECTION_REQUEST", documents(c).get(0).content());
        assertThat(PdfText.of(documents(c).get(0).content())).contains("構成設備の供給者の役員の国籍を記載", "令和8年11月26日付け");

        ScreeningCaseRow other = file(TestPlans.introduction(nextApplicationNumber("DOC"), LocalDate.of(2026, 11, 26)));
        complete(other, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(other, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "国内供給者のみ",
                "shortenStandstill", true, "shortenedLastDay", "2026-12-01"));
        assertThat(documents(other)).extracting(Kept::kind).containsExactly("ACCEPTANCE_NOTICE", "SHORTENING_NOTICE");
        NoticePictures.keep("SHORTENING_NOTICE", documents(other).get(1).content());
        assertThat(PdfText.of(documents(other).get(1).content())).contains("令和8年12月1日までとした", "令和8年12月2日以後",
                "令和8年12月25日", "国内供給者のみ");
    }

    /**
     * After an emergency notification the recommendation rests on Art 55(2): it cites that paragraph and says what its
     * text says (the equipment notified in the 緊急導入等届出書), not Art 55(1)'s change of circumstances; the reply
     * and what may follow are Art 52(7), (8) and (10) as Art 55(3) applies them.
     */
    @Test
    void aRecommendationAfterAnEmergencyNotificationCitesAndWordsArticle55Paragraph2() {
        ScreeningCaseRow c = service.fileEmergencyNotification(PORTAL, new EmergencyNotification(nextApplicationNumber("EMG"),
                TestPlans.RAILWAY_OPERATOR, "RAILWAY", "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL", LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 24), "運行管理サーバの故障により即日交換", EmergencyCase.SERVICE_DISRUPTED, TestPlans.content()));
        complete(c, "Task_ReviewEmergencyNotification", Map.of("concernsFound", true, "emergencyReviewReason", "外国製ルータ"));
        complete(c, "Task_DecideRecommendation", Map.of("recommend", true, "recommendationDecisionReason", "外国製ルータに既知の遠隔操作機能"));
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "勧告相当との意見"));
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-11-26",
                "recommendationDeliveredOn", "2026-11-26", "recommendationMeasures", "INSPECTION",
                "recommendationContent", "ルータの点検"));

        List<Kept> kept = documents(c);
        assertThat(kept).extracting(Kept::kind).containsExactly("RECOMMENDATION");
        NoticePictures.keep("RECOMMENDATION_EMERGENCY", kept.get(0).content());
        assertThat(PdfText.of(kept.get(0).content())).contains("「経済安全保障推進法」という。）第五十五条第二項の規定により",
                        "緊急導入等届出書により届け出た特定重要設備", "特定妨害行為の手段として使用され、又は使用されるおそれが大きいと認める",
                        "同法第五十五条第三項において準用する同法第五十二条第七項", "特定重要設備の検査又は点検の実施",
                        "同法第五十五条第三項において準用する同法第五十二条第八項", "同法第五十五条第三項において準用する同法第五十二条第十項",
                        "ルータの点検", "外国製ルータに既知の遠隔操作機能", "令和8年12月7日",
                        "令和五年国土交通省令第六十二号第十条第一項", "特定社会基盤役務の提供に支障が生じた場合")
                .doesNotContain("国際情勢の変化", "事情の変更", "第五十五条第一項", "第五十二条第六項");
    }

    /** After a filed plan's introduction it rests on Art 55(1), whose condition is the change of circumstances. */
    @Test
    void aRecommendationAfterAFiledPlansIntroductionCitesArticle55Paragraph1() {
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber("DOC"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "懸念なし"));
        postIntroduction.startPostIntroductionReview(PostIntroductionReviewProcessTest.MLIT, c.id(), "供給者の親会社の変更");
        complete(c, "Task_DecideRecommendation", Map.of("recommend", true, "recommendationDecisionReason", "親会社が外国政府の管理下に"));
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "勧告相当との意見"));
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-11-26",
                "recommendationDeliveredOn", "2026-11-26", "recommendationMeasures", "CHANGE_MAINTENANCE_CONTRACTOR",
                "recommendationContent", "保守の委託先の変更"));
        Kept recommendation = documents(c).get(documents(c).size() - 1);
        assertThat(recommendation.kind()).isEqualTo("RECOMMENDATION");
        assertThat(PdfText.of(recommendation.content())).contains("「経済安全保障推進法」という。）第五十五条第一項の規定により",
                "国際情勢の変化その他の事情の変更により", "重要維持管理等の委託の相手方の変更", "親会社が外国政府の管理下に")
                .doesNotContain("第五十五条第二項", "緊急導入等届出書");
    }

    private List<Kept> documents(ScreeningCaseRow c) {
        return jdbc.query("""
                        select d.kind, a.act_type, d.document_number, d.sha256, d.content from document d
                        join case_act a on a.id = d.case_act_id where d.procedure = 'SCREENING' and d.case_number = ?
                        order by d.issued_at""",
                (rs, i) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5)),
                c.applicationNumber());
    }

    private static int number(Kept d) {
        return Integer.parseInt(d.number().replaceAll("\\D", ""));
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
