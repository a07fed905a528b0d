package jp.espa.kikan.registry;

import java.time.LocalDate;

/** A specified infrastructure business (特定社会基盤事業) and the group of its competent ministry's reviewers. */
public record Sector(String code, int statuteItem, String nameJa, String nameEn, String competentMinistry,
                     String reviewerGroup, boolean active, String criteriaDecisionKey, LocalDate enforcedOn,
                     LocalDate graceEndsOn) {
}
