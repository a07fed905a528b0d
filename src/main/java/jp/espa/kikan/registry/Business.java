package jp.espa.kikan.registry;

/**
 * A business of 施行令第九条 that narrows an item of 経済安全保障推進法第五十条第一項 (e.g. 一般送配電事業 of 電気), with the
 * provision that names it (施行令第九条第一号). Its code is the {@code businessType} of the sector's designation
 * criteria table where that table has one.
 */
public record Business(String code, String sectorCode, String provision, String nameJa) {
}
