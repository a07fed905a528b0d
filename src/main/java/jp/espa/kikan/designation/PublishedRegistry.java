package jp.espa.kikan.designation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.DesignationRegistry.Notice;
import jp.espa.kikan.registry.DesignationRegistry.PendingChange;
import jp.espa.kikan.registry.DesignationRegistry.PublishedDesignation;
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
 * the competent ministry's officials see it, as a pending change.
 */
@Component
class PublishedRegistry {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(UUID designationId, String corporateNumber, String operatorName, LocalDate operatorNameEffectiveOn,
                 String operatorAddress, LocalDate operatorAddressEffectiveOn, String sectorCode, String status,
                 LocalDate designatedOn, LocalDate graceEndsOn, LocalDate revokedOn, LocalDate asOf, List<Notice> notices,
                 List<PendingChange> pendingChanges) {
    }

    private final DesignationRegistry designations;
    private final SectorRegistry sectors;
    private final AccessChecks access;

    PublishedRegistry(DesignationRegistry designations, SectorRegistry sectors, AccessChecks access) {
        this.designations = designations;
        this.sectors = sectors;
        this.access = access;
    }

    List<Entry> asOf(Actor actor, String sectorCode, String corporateNumber, LocalDate asOf) {
        return designations.publishedAsOf(sectorCode, corporateNumber, asOf).stream().map(d -> new Entry(d.id(),
                d.corporateNumber(), d.operatorName(), d.operatorNameEffectiveOn(), d.operatorAddress(),
                d.operatorAddressEffectiveOn(), d.sectorCode(), d.revokedBy(asOf) ? "REVOKED" : "DESIGNATED", d.designatedOn(),
                d.graceEndsOn(), d.revokedOn(), asOf,
                designations.notices(d.id()).stream().filter(n -> !n.issuedOn().isAfter(asOf)).toList(),
                competent(actor, d) ? designations.pendingChanges(d.id(), asOf) : null)).toList();
    }

    /** The competent ministry's officials, who acknowledge and publish the change, see it before its day. */
    private boolean competent(Actor actor, PublishedDesignation d) {
        String group = sectors.sector(d.sectorCode()).orElseThrow().reviewerGroup();
        return access.permits(actor, Action.DECIDE_DESIGNATION, new Subject(group, d.operatorId()));
    }
}
