package jp.espa.kikan.registry;

import java.time.LocalDate;

/**
 * A category of specified critical equipment (特定重要設備) of one sector, as an ordinance's 第一条 lists it: the
 * ordinance (e.g. 令和五年国土交通省令第六十二号) and the provision in it (第一条第二号). One added to the sector later (an
 * ordinance amendment) has the day it took effect and the last day of its own 6 months' grace (Art 53); null for the
 * categories the sector started with. A closed category (a placeholder of an earlier release that no ordinance item
 * matches) stays for the cases that name it; no new filing may.
 */
public record EquipmentCategory(String code, String sectorCode, String nameJa, LocalDate effectiveOn, LocalDate graceEndsOn,
                                String ordinance, String provision, boolean closed) {

    /** A category a sector addition brings, open, before its ordinance item is recorded in the registry. */
    public static EquipmentCategory added(String code, String sectorCode, String nameJa) {
        return new EquipmentCategory(code, sectorCode, nameJa, null, null, null, null, false);
    }
}
