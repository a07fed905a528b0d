package jp.espa.kikan.registry;

/** A category of specified critical equipment (特定重要設備) of one sector. */
public record EquipmentCategory(String code, String sectorCode, String nameJa) {
}
