package jp.espa.kikan.registry;

import java.time.LocalDate;

/**
 * A category of specified critical equipment (特定重要設備) of one sector. One added to the sector later (an ordinance
 * amendment) has the day it took effect and the last day of its own 6 months' grace (Art 53); null for the categories
 * the sector started with.
 */
public record EquipmentCategory(String code, String sectorCode, String nameJa, LocalDate effectiveOn, LocalDate graceEndsOn) {
}
