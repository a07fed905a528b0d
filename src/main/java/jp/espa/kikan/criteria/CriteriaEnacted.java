package jp.espa.kikan.criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft of criteria became the sector's live table on the enforcement day of the amended ordinance: the operators of
 * the business that meet it and did not meet the table before (by corporate number), and those that no longer do. The
 * designation procedure turns them into cases its ministry decides (Art 50(1), Art 51).
 */
public record CriteriaEnacted(String draftNumber, String sectorCode, String tableVersion, LocalDate enforcedOn,
                              List<String> newlyMeeting, List<String> noLongerMeeting) {
}
