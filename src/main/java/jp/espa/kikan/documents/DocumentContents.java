package jp.espa.kikan.documents;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CaseKind;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.DesignationRegistry.ChangeNotice;
import jp.espa.kikan.registry.DesignationRegistry.DesignationCase;
import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.ScreeningCase;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.registry.SectorReviewRegistry;
import jp.espa.kikan.registry.SectorReviewRegistry.SectorReview;

import org.springframework.stereotype.Component;

/**
 * What a document says, filled from the registry: the case, its operator and sector, and the acts in its case file.
 * For an issued document the act is the one just recorded; for a draft (before the act) the decision on record and
 * placeholders stand in for what the official enters with the act itself.
 */
@Component
class DocumentContents {

    /** Whose case it is: the issuing ministry (or the Cabinet Office), its reviewers' group, and the operator. */
    record CaseRef(String issuerCode, String ministryGroup, UUID operatorId) {
    }

    static final String CABINET_OFFICE = "CAO";
    private static final String DESIGNATION_KEY = "DESIGNATION-";
    private static final String CHANGE_KEY = "CHANGE-";
    private static final String TO_BE_ENTERED = "（発出時に記載）";
    private static final Map<String, String> MEASURES = Map.of("CHANGE_PLAN", "導入等計画書の変更",
            "STOP_INTRODUCTION", "導入等の中止", "OTHER_MEASURES", "その他の措置");
    static final Map<String, String> LAW = citations();
    private static final Pattern COMMENTS = Pattern.compile("(\\d+) comments\\.\\s*(.*)", Pattern.DOTALL);

    private final CaseRepository screenings;
    private final CaseFile caseFile;
    private final SectorRegistry sectors;
    private final DesignationRegistry designations;
    private final SectorReviewRegistry reviews;
    private final DocumentStore store;
    private final StatutoryPeriods periods;

    DocumentContents(CaseRepository screenings, CaseFile caseFile, SectorRegistry sectors, DesignationRegistry designations,
                     SectorReviewRegistry reviews, DocumentStore store, StatutoryPeriods periods) {
        this.screenings = screenings;
        this.caseFile = caseFile;
        this.sectors = sectors;
        this.designations = designations;
        this.reviews = reviews;
        this.store = store;
        this.periods = periods;
    }

    /** The case a case number names in a procedure, if any. */
    Optional<CaseRef> caseRef(Procedure procedure, String caseNumber) {
        return switch (procedure) {
            case SCREENING -> screenings.findByApplicationNumber(caseNumber).map(c -> ofSector(c.sectorCode(), c.operatorId()));
            case DESIGNATION -> designationCase(caseNumber);
            case SECTOR_ADDITION -> reviews.byNumber(caseNumber).map(r -> new CaseRef(CABINET_OFFICE,
                    sectors.ministry(r.competentMinistry()).orElseThrow().reviewerGroup(), null));
            case INSPECTION -> Optional.empty();
        };
    }

    /**
     * The model of a document: what the layout shows (title, issuer, addressee, 教示) and what its template reads.
     * {@code act} is the act that issues it, empty for a draft.
     */
    Map<String, Object> model(DocumentKind kind, String caseNumber, Optional<LegalAct> act) {
        Map<String, Object> m = new HashMap<>();
        m.put("law", LAW);
        m.put("title", kind.title());
        m.put("draft", act.isEmpty());
        switch (kind.procedure()) {
            case SCREENING -> screening(kind, screenings.findByApplicationNumber(caseNumber).orElseThrow(), act, m);
            case DESIGNATION -> designation(kind, caseNumber, act, m);
            case SECTOR_ADDITION -> publicCommentResults(reviews.byNumber(caseNumber).orElseThrow(), act, m);
            default -> throw new IllegalArgumentException("No documents in " + kind.procedure());
        }
        return m;
    }

    // ---- Screening (Art 52-56)

    private void screening(DocumentKind kind, ScreeningCase c, Optional<LegalAct> act, Map<String, Object> m) {
        Sector sector = sectors.sector(c.sectorCode()).orElseThrow();
        addressedTo(m, c.operatorId(), sector);
        m.put("applicationNumber", c.applicationNumber());
        m.put("sectorName", sector.nameJa());
        m.put("equipmentName", sectors.equipmentCategory(c.equipmentCategoryCode()).map(EquipmentCategory::nameJa)
                .orElse(c.equipmentCategoryCode()));
        m.put("outline", c.outline());
        m.put("receivedOn", era(c.receivedOn()));
        m.put("acceptedOn", era(c.acceptedOn()));
        m.put("extensionCap", era(c.extensionCap()));
        boolean afterIntroduction = c.kind() == CaseKind.EMERGENCY_NOTIFICATION || latest(c, LegalActType.POST_INTRODUCTION_REVIEW_STARTED).isPresent();
        m.put("afterIntroduction", afterIntroduction);
        String orderBasis = afterIntroduction ? Articles.ART_55 : Articles.ART_52_9;
        switch (kind) {
            case ACCEPTANCE_NOTICE -> {
                LocalDate accepted = act.map(LegalAct::actDate).orElseGet(() -> latest(c, LegalActType.COMPLETENESS_CHECKED)
                        .map(LegalAct::effectiveOn).orElse(c.receivedOn()));
                dated(m, act, accepted);
                m.put("acceptedOn", era(accepted));
                m.put("periodLastDay", era(periods.standstillLastDay(accepted)));
                m.put("extensionCap", era(periods.extensionCap(accepted)));
            }
            case CORRECTION_REQUEST -> {
                dated(m, act, null);
                m.put("matters", act.or(() -> latest(c, LegalActType.COMPLETENESS_CHECKED)).map(LegalAct::details).orElse(TO_BE_ENTERED));
            }
            case SHORTENING_NOTICE -> {
                dated(m, act, null);
                LegalAct decision = latest(c, LegalActType.REVIEW_DECIDED).orElseThrow();
                m.put("originalLastDay", era(periods.standstillLastDay(c.acceptedOn())));
                m.put("shortenedLastDay", era(decision.effectiveOn()));
                m.put("dayAfterShortenedLastDay", era(decision.effectiveOn() == null ? null : decision.effectiveOn().plusDays(1)));
                m.put("reasons", decision.details());
            }
            case EXTENSION_NOTICE -> {
                dated(m, act, null);
                LegalAct decision = latest(c, LegalActType.REVIEW_DECIDED, LegalActType.EXTENSION_FIRST_DECIDED,
                        LegalActType.EXTENSION_DECIDED).orElseThrow();
                m.put("extendedLastDay", era(decision.effectiveOn()));
                m.put("reasons", decision.details());
            }
            case RECOMMENDATION -> {
                dated(m, act, null);
                m.put("measures", act.map(a -> MEASURES.getOrDefault(a.decision(), a.decision())).orElse(TO_BE_ENTERED));
                // the act's details end with the delivery and the reply's last day, which the table shows on their own
                m.put("content", act.map(a -> a.details().replaceFirst("\\s*\\(delivered [^)]*\\)$", "")).orElse(TO_BE_ENTERED));
                m.put("replyDueOn", act.map(a -> era(a.effectiveOn())).orElse("勧告を受けた日から起算して十日以内"));
            }
            case OPPORTUNITY_TO_EXPLAIN -> {
                dated(m, act, null);
                m.put("plannedDisposition", orderBasis + "の規定による命令（勧告に係る措置をとるべきことの命令）");
                m.put("basis", orderBasis + "、" + Articles.ART_56);
                m.put("facts", latest(c, LegalActType.ORDER_DECIDED).map(LegalAct::details).orElse(TO_BE_ENTERED));
                m.put("submitTo", m.get("issuer"));
                m.put("dueOn", act.map(a -> era(a.effectiveOn())).orElse(TO_BE_ENTERED));
            }
            case ORDER -> {
                dated(m, act, null);
                m.put("content", act.map(a -> section(a.details(), "【命令の内容】")).orElse(TO_BE_ENTERED));
                m.put("reasons", act.map(a -> section(a.details(), "【理由】"))
                        .or(() -> latest(c, LegalActType.ORDER_DECIDED).map(LegalAct::details)).orElse(TO_BE_ENTERED));
                m.put("appeal", AppealInstructions.text(authority(sector)));
            }
            default -> throw new IllegalArgumentException(kind + " is not a screening document");
        }
    }

    // ---- Designation (Art 50-51)

    private void designation(DocumentKind kind, String caseNumber, Optional<LegalAct> act, Map<String, Object> m) {
        Designation d;
        switch (kind) {
            case DESIGNATION_NOTICE -> {
                DesignationCase proposal = designations.caseByProposalNumber(caseNumber).orElseThrow();
                Optional<Designation> designated = designations.byCase(proposal.id());
                LocalDate on = designated.map(Designation::designatedOn).orElse(null);
                dated(m, act, on);
                Sector sector = sectors.sector(proposal.sectorCode()).orElseThrow();
                addressedTo(m, proposal.operatorId(), sector);
                operatorFacts(m, proposal.operatorId(), sector);
                LocalDate day = on != null ? on : (LocalDate) m.get("day");
                m.put("designatedOn", era(day));
                m.put("graceEndsOn", era(periods.graceEndsOn(day)));
                // from the acts the reasons rest on, for the draft and the issued notice alike (the notice's own text
                // carries the grace paragraph inside its 【理由】 section, with a Western date)
                m.put("reasons", "指定基準（" + Articles.ART_50_1 + "の主務省令で定める基準）に該当します。\n"
                        + latestOf(caseNumber, LegalActType.CRITERIA_EVALUATED) + "\n審査の結果: "
                        + latestOf(caseNumber, LegalActType.SENIOR_REVIEWED, LegalActType.CANDIDATE_REVIEWED));
                m.put("appeal", AppealInstructions.text(authority(sector)));
            }
            case CHANGE_PUBLICATION -> {
                ChangeNotice notice = designations.changeNotice(UUID.fromString(caseNumber.substring(CHANGE_KEY.length())));
                d = designations.designation(notice.designationId());
                Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
                dated(m, act, null);
                m.put("issuer", authority(sector));
                m.put("operatorName", "NAME".equals(notice.changeKind()) ? notice.newValue() : d.operatorName());
                m.put("corporateNumber", d.corporateNumber());
                m.put("sectorName", sector.nameJa());
                m.put("kindLabel", "NAME".equals(notice.changeKind()) ? "名称" : "住所");
                m.put("oldValue", notice.oldValue());
                m.put("newValue", notice.newValue());
                m.put("effectiveOn", era(notice.effectiveOn()));
            }
            case REVOCATION_NOTICE -> {
                d = designations.designation(UUID.fromString(caseNumber.substring(DESIGNATION_KEY.length())));
                Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
                LegalAct decided = act.or(() -> caseFile.latest(Procedure.DESIGNATION, caseNumber, LegalActType.REVOCATION_DECIDED))
                        .orElseThrow();
                LocalDate revokedOn = act.isPresent() ? decided.actDate() : decided.effectiveOn();
                dated(m, act, revokedOn);
                addressedTo(m, d.operatorId(), sector);
                operatorFacts(m, d.operatorId(), sector);
                m.put("designatedOn", era(d.designatedOn()));
                m.put("revokedOn", era(revokedOn));
                m.put("reasons", act.isPresent() ? section(decided.details(), "【理由】")
                        : "指定基準（" + Articles.ART_50_1 + "の主務省令で定める基準）に該当しなくなりました。\n" + decided.details());
                m.put("appeal", AppealInstructions.text(authority(sector)));
            }
            default -> throw new IllegalArgumentException(kind + " is not a designation document");
        }
    }

    // ---- Sector addition: the results of the public comment (APA Art 43(1))

    private void publicCommentResults(SectorReview review, Optional<LegalAct> act, Map<String, Object> m) {
        dated(m, act, null);
        m.put("issuer", "内閣府");
        Optional<LegalAct> started = caseFile.latest(Procedure.SECTOR_ADDITION, review.reviewNumber(), LegalActType.PUBLIC_COMMENT_STARTED);
        m.put("orderTitle", Articles.ACT + "施行令及び関係主務省令の一部を改正する命令等（" + review.businessName() + "の追加）");
        m.put("noticeOn", era(started.map(LegalAct::actDate).orElse(null)));
        m.put("commentPeriod", started.map(s -> era(s.actDate()) + "から" + era(s.effectiveOn()) + "まで").orElse(TO_BE_ENTERED));
        // recorded as "<n> comments. <summary>"
        Matcher recorded = COMMENTS.matcher(act.map(LegalAct::details).orElse(""));
        boolean counted = act.isPresent() && recorded.matches();
        m.put("received", act.isEmpty() ? TO_BE_ENTERED : counted ? recorded.group(1) + "件" : "—");
        m.put("summary", act.isEmpty() ? TO_BE_ENTERED : counted ? recorded.group(2) : act.get().details());
    }

    // ---- Helpers

    private CaseRef ofSector(String sectorCode, UUID operatorId) {
        Sector sector = sectors.sector(sectorCode).orElseThrow();
        return new CaseRef(sector.competentMinistry(), sector.reviewerGroup(), operatorId);
    }

    private Optional<CaseRef> designationCase(String caseNumber) {
        try {
            if (caseNumber.startsWith(DESIGNATION_KEY)) {
                Designation d = designations.designation(UUID.fromString(caseNumber.substring(DESIGNATION_KEY.length())));
                return Optional.of(ofSector(d.sectorCode(), d.operatorId()));
            }
            if (caseNumber.startsWith(CHANGE_KEY)) {
                ChangeNotice n = designations.changeNotice(UUID.fromString(caseNumber.substring(CHANGE_KEY.length())));
                return Optional.of(ofSector(designations.designation(n.designationId()).sectorCode(), n.operatorId()));
            }
        } catch (IllegalArgumentException | org.springframework.dao.DataAccessException noSuchCase) {
            return Optional.empty();
        }
        return designations.caseByProposalNumber(caseNumber).map(c -> ofSector(c.sectorCode(), c.operatorId()));
    }

    private void addressedTo(Map<String, Object> m, UUID operatorId, Sector sector) {
        store.operator(operatorId).ifPresent(o -> m.put("addressee", o.name() + "　代表者"));
        m.put("issuer", authority(sector));
    }

    private void operatorFacts(Map<String, Object> m, UUID operatorId, Sector sector) {
        DocumentStore.Addressee o = store.operator(operatorId).orElseThrow();
        m.put("operatorName", o.name());
        m.put("operatorAddress", o.address() == null ? "" : o.address());
        m.put("corporateNumber", o.corporateNumber());
        m.put("sectorName", sector.nameJa());
    }

    /** The day the document bears: the act's (or the given day for a draft), else today's for a draft. */
    private static void dated(Map<String, Object> m, Optional<LegalAct> act, LocalDate draftDay) {
        LocalDate day = act.map(LegalAct::actDate).orElse(draftDay != null ? draftDay : LocalDate.now(StatutoryPeriods.TOKYO));
        m.put("day", day);
        m.put("issuedOn", EraDates.format(day));
    }

    private static String authority(Sector sector) {
        return AppealInstructions.authorityOf(sector.competentMinistry());
    }

    private Optional<LegalAct> latest(ScreeningCase c, LegalActType... types) {
        return caseFile.latest(Procedure.SCREENING, c.applicationNumber(), types);
    }

    private String latestOf(String caseNumber, LegalActType... types) {
        return caseFile.latest(Procedure.DESIGNATION, caseNumber, types).map(LegalAct::details).orElse("");
    }

    /** A section of a notice recorded as text: from its heading (e.g. 【理由】) to the next heading or the end. */
    static String section(String text, String heading) {
        int start = text.indexOf(heading);
        if (start < 0) {
            return text.strip();
        }
        String rest = text.substring(start + heading.length());
        int next = rest.indexOf("\n【");
        return (next < 0 ? rest : rest.substring(0, next)).strip();
    }

    static String era(LocalDate day) {
        return day == null ? TO_BE_ENTERED : EraDates.format(day);
    }

    /** Every citation of {@link Articles} by its constant's name, for the templates ({@code ${law.ART_52_3}}). */
    private static Map<String, String> citations() {
        Map<String, String> law = new HashMap<>();
        for (Field f : Articles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    law.put(f.getName(), (String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.copyOf(law);
    }
}
