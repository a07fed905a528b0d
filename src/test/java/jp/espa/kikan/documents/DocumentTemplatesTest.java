package jp.espa.kikan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.support.PdfText;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Every template rendered to PDF with demo data, read back with PDFBox's text extraction: A4, the font embedded, the
 * document number, the 令和 dates, the names, the articles the notice rests on, and the 教示 on dispositions only.
 */
class DocumentTemplatesTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 12, 29);
    static final String OPERATOR = "サンプル鉄道株式会社（デモ）";

    private final DocumentRenderer renderer = new DocumentRenderer(DocumentRenderer.DEFAULT_FONT, new MockEnvironment());

    /** What the registry would give each template, for a fictional railway operator and MLIT. */
    static Map<String, Object> demoModel(DocumentKind kind) {
        Map<String, Object> m = new HashMap<>();
        Citations citations = Citations.bundled();
        m.put("law", citations.full());
        m.put("art", citations.bare());
        m.put("same", citations.same());
        m.put("recommendedUnder", "ACT_55_1");
        m.put("title", kind.title());
        m.put("draft", false);
        m.put("documentNumber", "国経安第12号");
        m.put("issuedOn", EraDates.format(ISSUED));
        m.put("issuer", "国土交通大臣");
        m.put("signature", "国土交通大臣　見本　三郎");
        if (kind.toOperator()) {
            m.put("addressee", OPERATOR + "　代表取締役社長　架空　二郎");
        }
        m.put("applicationNumber", "DEMO-RAILWAY-0001");
        m.put("operatorName", OPERATOR);
        m.put("operatorAddress", "東京都港区芝公園一丁目1番1号（架空）");
        m.put("corporateNumber", "6999901000002");
        m.put("sectorName", "鉄道");
        m.put("equipmentName", "列車運行管理システム");
        m.put("outline", "列車運行管理システムの更新");
        m.put("receivedOn", "令和8年11月26日");
        m.put("acceptedOn", "令和8年11月26日");
        m.put("periodLastDay", "令和8年12月25日");
        m.put("extensionCap", "令和9年3月25日");
        m.put("afterIntroduction", false);
        m.put("matters", "構成設備の供給者の議決権保有者の記載がありません。");
        m.put("originalLastDay", "令和8年12月25日");
        m.put("newLastDay", "令和9年2月26日");
        m.put("dayAfterNewLastDay", "令和9年2月27日");
        m.put("reasons", "供給者の資本関係について追加の確認を要するため。");
        m.put("measures", "導入等計画書の内容の変更");
        m.put("deliveredOn", "令和8年12月29日");
        m.put("ground", "勧告を応諾するかしないかの通知をしなかった");
        m.put("complyBy", "令和9年3月31日");
        m.put("content", "構成設備の供給者を変更すること。");
        m.put("replyDueOn", "令和9年1月8日");
        m.put("plannedDisposition", "勧告に係る措置をとるべきことの命令");
        m.put("basis", "同法第五十二条第十項");
        m.put("facts", "勧告を正当な理由なく応諾しなかったこと。");
        m.put("submitTo", "国土交通大臣");
        m.put("dueOn", "令和9年1月15日");
        m.put("designatedOn", "令和8年12月29日");
        m.put("graceEndsOn", "令和9年6月28日");
        m.put("revokedOn", "令和8年12月29日");
        m.put("kindLabel", "住所");
        m.put("oldValue", "東京都港区芝公園一丁目1番1号（架空）");
        m.put("newValue", "東京都千代田区丸の内二丁目2番2号（架空）");
        m.put("effectiveOn", "令和9年1月15日");
        m.put("orderTitle", "経済安全保障推進法施行令の一部を改正する政令（一般港湾運送事業の追加）");
        m.put("noticeOn", "令和6年2月1日");
        m.put("commentPeriod", "令和6年2月1日から令和6年3月1日まで");
        m.put("received", "12件");
        m.put("summary", "対象事業者の範囲について意見があった。原案のとおりとする。");
        m.put("requestedUnder", "ACT_58_2");
        m.put("penalty", "ACT_96_5");
        m.put("forDesignation", false);
        m.put("purpose", "導入等計画書に係る勧告・命令（法第52条第6項・第10項）");
        m.put("groundCitation", "経済安全保障推進法施行令第十条第一項第一号");
        m.put("groundLabel", "特定重要設備の導入を行う特定社会基盤事業者と実質的に同一と認められる者（当該特定社会基盤事業者を親法人等とする子法人等）");
        m.put("supplierName", "デモシステム株式会社");
        m.put("provisions", "経済安全保障推進法施行令第十条第一項第一号、令和五年国土交通省令第六十二号第七条第一項第一号");
        m.put("control", "議決権の過半数を自己の計算において所有している（自己の計算において所有する議決権の割合 100％）");
        if (kind.disposition()) {
            m.put("appeal", AppealInstructions.text("国土交通大臣"));
        }
        return m;
    }

    /** The article each document rests on, as it cites it. */
    static final Map<DocumentKind, String> BASIS = Map.ofEntries(
            Map.entry(DocumentKind.ACCEPTANCE_NOTICE, "同法第五十二条第三項"),
            Map.entry(DocumentKind.CORRECTION_REQUEST, "「経済安全保障推進法」という。）第五十二条第一項"),
            Map.entry(DocumentKind.SHORTENING_NOTICE, "「経済安全保障推進法」という。）第五十二条第三項ただし書"),
            Map.entry(DocumentKind.EXTENSION_NOTICE, "「経済安全保障推進法」という。）第五十二条第四項"),
            Map.entry(DocumentKind.RECOMMENDATION, "「経済安全保障推進法」という。）第五十二条第六項"),
            Map.entry(DocumentKind.OPPORTUNITY_TO_EXPLAIN, "行政手続法第十三条第一項第二号"),
            Map.entry(DocumentKind.ORDER, "同法第五十二条第十項"),
            Map.entry(DocumentKind.DESIGNATION_NOTICE, "同法第五十条第二項前段"),
            Map.entry(DocumentKind.CHANGE_PUBLICATION, "同法第五十条第二項後段"),
            Map.entry(DocumentKind.REVOCATION_NOTICE, "同法第五十一条前段"),
            Map.entry(DocumentKind.PUBLIC_COMMENT_RESULTS, "行政手続法第四十三条第一項"),
            Map.entry(DocumentKind.REPORT_REQUEST, "「経済安全保障推進法」という。）第五十八条第二項"),
            Map.entry(DocumentKind.EXEMPTION_CONFIRMATION, "「経済安全保障推進法」という。）第五十二条第一項の政令で定める者として経済安全保障推進法施行令第十条第一項第一号"));

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyDocumentRendersWithItsNumberDatesNamesAndArticles(DocumentKind kind) throws IOException {
        byte[] pdf = renderer.pdf(kind, demoModel(kind));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("A4 width in points").isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).as("A4 height in points").isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains(kind.title().replace(" ", ""), "国経安第12号", "令和8年12月29日", "国土交通大臣見本三郎",
                    BASIS.get(kind));
            assertThat(text).as("no Western date").doesNotContainPattern("20[0-9]{2}-[0-9]{2}-[0-9]{2}");
            assertThat(text).as("同法 after the Act's first full mention").doesNotContain("経済安全保障推進法第");
            if (kind.toOperator()) {
                assertThat(text).contains(OPERATOR + "代表取締役社長架空二郎殿");
            }
            if (kind.disposition()) {
                assertThat(text).contains("【教示】", "国土交通大臣に対して審査請求", "行政不服審査法第四条第一号", "行政事件訴訟法第十一条第一項", "同法第十四条第二項");
            } else {
                assertThat(text).doesNotContain("【教示】");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aDraftSaysSo(DocumentKind kind) throws IOException {
        Map<String, Object> model = demoModel(kind);
        model.put("draft", true);
        try (PDDocument document = Loader.loadPDF(renderer.pdf(kind, model))) {
            assertThat(normalized(new PDFTextStripper().getText(document))).contains("案（未発出）");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"RECOMMENDATION", "ORDER"})
    void afterIntroductionTheNoticeRestsOnArticle55(DocumentKind kind) throws IOException {
        Map<String, Object> model = demoModel(kind);
        model.put("afterIntroduction", true);
        try (PDDocument document = Loader.loadPDF(renderer.pdf(kind, model))) {
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("という。）第五十五条").doesNotContain("第五十二条第六項");
            if (kind == DocumentKind.ORDER) { // the order's provision as Art 55(3) applies it
                assertThat(text).contains("同法第五十五条第三項において準用する同法第五十二条第十項");
            }
        }
    }

    /**
     * After an emergency notification the recommendation rests on Art 55(2), whose text has no condition of changed
     * circumstances: it must not borrow Art 55(1)'s 「国際情勢の変化その他の事情の変更により」.
     */
    @ParameterizedTest
    @CsvSource({"ACT_55_1, 第五十五条第一項, 国際情勢の変化その他の事情の変更により, 緊急導入等届出書",
            "ACT_55_2, 第五十五条第二項, 緊急導入等届出書により届け出た特定重要設備, 事情の変更"})
    void theRecommendationAfterIntroductionFollowsItsParagraphOfArticle55(String paragraph, String cited, String says,
                                                                        String doesNotSay) throws IOException {
        Map<String, Object> model = demoModel(DocumentKind.RECOMMENDATION);
        model.put("afterIntroduction", true);
        model.put("recommendedUnder", paragraph);
        try (PDDocument document = Loader.loadPDF(renderer.pdf(DocumentKind.RECOMMENDATION, model))) {
            assertThat(normalized(new PDFTextStripper().getText(document))).contains("という。）" + cited + "の規定により", says,
                    "同法第五十五条第三項において準用する同法第五十二条第七項").doesNotContain(doesNotSay);
        }
    }

    /** The report request: Art 58(1) with Art 96 item 4, or Art 58(2) with item 5; the fine and Art 97 either way. */
    @ParameterizedTest
    @CsvSource({"true, ACT_58_1, ACT_96_4, 第五十八条第一項, 同法第九十六条第四号",
            "false, ACT_58_2, ACT_96_5, 第五十八条第二項, 同法第九十六条第五号"})
    void theReportRequestCitesItsParagraphOfArticle58AndThePenaltyThatBacksIt(boolean forDesignation, String under,
            String penalty, String cited, String penaltyCited) throws IOException {
        Map<String, Object> model = demoModel(DocumentKind.REPORT_REQUEST);
        model.put("forDesignation", forDesignation);
        model.put("requestedUnder", under);
        model.put("penalty", penalty);
        try (PDDocument document = Loader.loadPDF(renderer.pdf(DocumentKind.REPORT_REQUEST, model))) {
            assertThat(normalized(new PDFTextStripper().getText(document))).contains("という。）" + cited + "の規定に基づき",
                    penaltyCited + "に該当し", "同法第九十六条の規定により三十万円以下の罰金", "同法第九十七条",
                    "構成設備の供給者の議決権保有者の記載がありません。", "令和9年1月15日までに");
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void textIsEscaped(DocumentKind kind) {
        Map<String, Object> model = demoModel(kind);
        model.put("operatorName", "<script>&株式会社");
        model.put("content", "<b>x</b>");
        String html = renderer.html(kind, model);
        assertThat(html).doesNotContain("<script>", "<b>x");
    }

    /** The text as read from the PDF, without the line breaks and spaces the layout puts in. */
    static String normalized(String text) {
        return PdfText.normalized(text);
    }


    @Test
    void withoutItsFontTheServiceRefusesToRunInProductionAndRendersNothingElsewhere() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");
        assertThatThrownBy(() -> new DocumentRenderer("/nonexistent/font.ttf", production))
                .hasMessageContaining("fonts-ipaexfont-mincho");
        DocumentRenderer demo = new DocumentRenderer("/nonexistent/font.ttf", new MockEnvironment());
        assertThat(demo.available()).isFalse();
        assertThat(renderer.available()).isTrue();
    }
}
