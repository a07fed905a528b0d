package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.Sector;

/**
 * The new sector as the draft cabinet order and ordinances name it (政令・主務省令案): its code and criteria (a
 * draft of criteria for the new sector, {@code criteria/}) and its equipment, one category a line as 「コード: 名称」. What the draft names goes live unchanged on the
 * enforcement day, so it is checked here against what the registry holds.
 */
final class SectorDraft {

    /** What the registry holds already: a draft may only add a new sector with new categories. */
    record Registered(Predicate<String> sector, Predicate<String> equipmentCategory) {
    }

    private SectorDraft() {
    }

    /** The sector code is the chosen draft of criteria's: one the registry does not hold yet. */
    static void check(String sectorCode, String equipmentLines, Registered registered) {
        if (registered.sector().test(sectorCode)) { // activation would otherwise rewrite a sector in force
            throw new InvalidInputException(CRITERIA_DRAFT_NUMBER, "対象事業コード " + sectorCode + " は既に登録されています。新たな対象事業の指定基準の案を選んでください。");
        }
        List<EquipmentCategory> categories = equipment(equipmentLines, sectorCode);
        if (categories.isEmpty()) {
            throw new InvalidInputException(EQUIPMENT_CATEGORIES, "特定重要設備を1行に1つ「コード: 名称」の形で入力してください。");
        }
        for (EquipmentCategory category : categories) {
            if (registered.equipmentCategory().test(category.code()) || category.nameJa().length() > 200) {
                throw new InvalidInputException(EQUIPMENT_CATEGORIES, "特定重要設備 " + category.code()
                        + " は既に登録されているか、名称が200文字を超えています。");
            }
        }
    }

    /** The review's changes for orders that name a sector in force: its code, name and live table; no equipment to add. */
    static Map<String, Object> inForce(Sector sector) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("sector_code", sector.code());
        changes.put("sector_name_ja", sector.nameJa());
        changes.put("criteria_decision_key", sector.criteriaDecisionKey());
        return changes;
    }

    /** Equipment lines "CODE: 名称" of the draft ordinance. */
    static List<EquipmentCategory> equipment(String lines, String sectorCode) {
        List<EquipmentCategory> categories = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            String[] parts = line.split("[:：]", 2);
            if (parts.length == 2 && parts[0].strip().matches("[A-Z][A-Z0-9_]{0,59}") && !parts[1].isBlank()) {
                categories.add(EquipmentCategory.added(parts[0].strip(), sectorCode, parts[1].strip()));
            }
        }
        return categories;
    }
}
