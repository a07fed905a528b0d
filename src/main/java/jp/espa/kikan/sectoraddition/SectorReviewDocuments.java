package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.documents.DocumentModel.TO_BE_ENTERED;
import static jp.espa.kikan.documents.DocumentModel.era;

import java.util.Optional;

import jp.espa.kikan.documents.CaseDocuments;
import jp.espa.kikan.documents.CaseRef;
import jp.espa.kikan.documents.DocumentKind;
import jp.espa.kikan.documents.DocumentModel;
import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.registry.ActContent.PublicCommentResults;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.SectorReview;

import org.springframework.stereotype.Component;

/** What the Cabinet Office publishes of a sector review: the results of the public comment (APA Art 43(1)). */
@Component
class SectorReviewDocuments implements CaseDocuments {

    private final SectorReviewRepository reviews;
    private final SectorRegistry sectors;
    private final CaseFile caseFile;

    SectorReviewDocuments(SectorReviewRepository reviews, SectorRegistry sectors, CaseFile caseFile) {
        this.reviews = reviews;
        this.sectors = sectors;
        this.caseFile = caseFile;
    }

    @Override
    public Procedure procedure() {
        return Procedure.SECTOR_ADDITION;
    }

    @Override
    public Optional<CaseRef> caseRef(String reviewNumber) {
        return reviews.byNumber(reviewNumber).map(r -> new CaseRef(CaseRef.CABINET_OFFICE,
                sectors.ministry(r.competentMinistry()).orElseThrow().reviewerGroup(), null));
    }

    @Override
    public void fill(DocumentKind kind, String reviewNumber, Optional<LegalAct> act, DocumentModel m) {
        if (kind != DocumentKind.PUBLIC_COMMENT_RESULTS) {
            throw new IllegalArgumentException(kind + " is not a document of a sector review");
        }
        SectorReview review = reviews.byNumber(reviewNumber).orElseThrow();
        m.dated(act, null);
        m.put("issuer", "内閣府");
        Optional<LegalAct> started = caseFile.latest(Procedure.SECTOR_ADDITION, review.reviewNumber(), LegalActType.PUBLIC_COMMENT_STARTED);
        m.put("orderTitle", Articles.ACT + "施行令及び関係主務省令の一部を改正する命令等（" + review.businessName() + "の追加）");
        m.put("noticeOn", era(started.map(LegalAct::actDate).orElse(null)));
        m.put("commentPeriod", started.map(s -> era(s.actDate()) + "から" + era(s.effectiveOn()) + "まで").orElse(TO_BE_ENTERED));
        Optional<PublicCommentResults> results = act.map(a -> a.content(PublicCommentResults.class));
        m.put("received", results.map(r -> r.commentsReceived() == null ? "—" : r.commentsReceived() + "件").orElse(TO_BE_ENTERED));
        m.put("summary", results.map(PublicCommentResults::summary).orElse(TO_BE_ENTERED));
    }
}
