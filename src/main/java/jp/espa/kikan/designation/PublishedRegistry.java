package jp.espa.kikan.designation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.espa.kikan.designation.DesignationRepository.Notice;
import jp.espa.kikan.designation.DesignationRepository.PendingChange;
import jp.espa.kikan.designation.PublishedParticulars.PublishedDesignation;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Component;

/**
 * The public registry of designations as it reads on a day: what Art 50(2) 前段 publishes (name and address, the kind
 * of business, the day of designation), the name and address in effect that day with the day each took effect, and
 * the notices issued by then. A change notified under Art 50(3) shows from the day it takes effect; until then only
 * the competent ministry's officials see it, as a pending change. The notices themselves are addressed to the operator
 * and state the reasons (the criteria's findings, the SME test): the public sees only those published in the gazette by
 * then, with their days, and the text only of a change's publication; the full notices are for those who read the
 * operator's documents (the competent ministry, the Cabinet Office, the portal account that represents the operator).
 */
@Component
class PublishedRegistry {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(UUID designationId, String corporateNumber, String operatorName, LocalDate operatorNameEffectiveOn,
                 String operatorAddress, LocalDate operatorAddressEffectiveOn, String sectorCode, String status,
                 LocalDate designatedOn, LocalDate graceEndsOn, LocalDate revokedOn, LocalDate asOf,
                 List<PublishedNotice> notices, List<PendingChange> pendingChanges) {
    }

    /** A notice as the registry shows it; contents and the issuing official only where the reader may see them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PublishedNotice(String form, LocalDate issuedOn, LocalDate gazettePublishedOn, LocalDate internetPublishedOn,
                           String contents, String issuedBy) {

        static PublishedNotice full(Notice n) {
            return new PublishedNotice(n.form(), n.issuedOn(), n.gazettePublishedOn(), n.internetPublishedOn(), n.contents(),
                    n.issuedBy());
        }

        static PublishedNotice asPublished(Notice n) {
            return new PublishedNotice(n.form(), n.issuedOn(), n.gazettePublishedOn(), n.internetPublishedOn(),
                    Notices.isPublication(n.form()) ? n.contents() : null, null);
        }
    }

    private final DesignationRepository designations;
    private final PublishedParticulars particulars;
    private final SectorRegistry sectors;
    private final AccessChecks access;

    PublishedRegistry(DesignationRepository designations, PublishedParticulars particulars, SectorRegistry sectors,
                      AccessChecks access) {
        this.designations = designations;
        this.particulars = particulars;
        this.sectors = sectors;
        this.access = access;
    }

    List<Entry> asOf(Actor actor, String sectorCode, String corporateNumber, LocalDate asOf) {
        return particulars.publishedAsOf(sectorCode, corporateNumber, asOf).stream().map(d -> {
            Subject subject = new Subject(sectors.sector(d.sectorCode()).orElseThrow().reviewerGroup(), d.operatorId());
            return new Entry(d.id(), d.corporateNumber(), d.operatorName(), d.operatorNameEffectiveOn(), d.operatorAddress(),
                    d.operatorAddressEffectiveOn(), d.sectorCode(), d.revokedBy(asOf) ? "REVOKED" : "DESIGNATED",
                    d.designatedOn(), d.graceEndsOn(), d.revokedOn(), asOf, notices(actor, subject, d, asOf),
                    // the competent ministry's officials, who acknowledge and publish a change, see it before its day
                    access.permits(actor, Action.DECIDE_DESIGNATION, subject) ? designations.pendingChanges(d.id(), asOf) : null);
        }).toList();
    }

    private List<PublishedNotice> notices(Actor actor, Subject subject, PublishedDesignation d, LocalDate asOf) {
        List<Notice> issued = designations.notices(d.id()).stream().filter(n -> !n.issuedOn().isAfter(asOf)).toList();
        if (access.permits(actor, Action.READ_DOCUMENTS, subject)) {
            return issued.stream().map(PublishedNotice::full).toList();
        }
        return issued.stream().filter(n -> n.gazettePublishedOn() != null && !n.gazettePublishedOn().isAfter(asOf))
                .map(PublishedNotice::asPublished).toList();
    }
}
