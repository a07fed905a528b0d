package jp.espa.kikan.documents;

import java.util.UUID;

import jp.espa.kikan.registry.Sector;

/** Whose case it is: the issuing ministry (or the Cabinet Office), its reviewers' group, and the operator. */
public record CaseRef(String issuerCode, String ministryGroup, UUID operatorId) {

    public static final String CABINET_OFFICE = "CAO";

    /** A case in a sector: its competent ministry issues and reviews. */
    public static CaseRef inSector(Sector sector, UUID operatorId) {
        return new CaseRef(sector.competentMinistry(), sector.reviewerGroup(), operatorId);
    }
}
