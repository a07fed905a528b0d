package jp.espa.kikan.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.espa.kikan.registry.EquipmentCategory;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;

import org.springframework.stereotype.Component;

/**
 * The select lists a start form reads from the registry by {@code valuesKey}: a start form has no variables in Tasklist
 * (only a task's form loads them), so the served form carries the lists as they stand when it is opened
 * ({@code platform.http.StartFormOptionsFilter}). A sector a cabinet order adds, or an equipment category, is offered
 * from its enforcement day without a release. What an official picks is checked again by the step's service.
 */
@Component
public class FormOptions {

    /** The list of the active sectors (特定社会基盤事業). */
    public static final String SECTORS = "sectorOptions";
    /** The list of the open equipment categories (特定重要設備), each with the sector and the ordinance's item. */
    public static final String EQUIPMENT_CATEGORIES = "equipmentCategoryOptions";

    public record Option(String label, String value) {
    }

    private final SectorRegistry registry;

    FormOptions(SectorRegistry registry) {
        this.registry = registry;
    }

    /** The list a form names by its {@code valuesKey}; empty for a key that is not a registry list. */
    public Optional<List<Option>> list(String valuesKey) {
        return switch (valuesKey) {
            case SECTORS -> Optional.of(sectors(registry.sectors()));
            case EQUIPMENT_CATEGORIES -> Optional.of(equipmentCategories(registry.sectors(), registry.openEquipmentCategories(null)));
            default -> Optional.empty();
        };
    }

    static List<Option> sectors(List<Sector> sectors) {
        return sectors.stream().filter(Sector::active).map(s -> new Option(s.nameJa(), s.code())).toList();
    }

    /** 「電気: 名称（令和五年経済産業省令第四十一号第一条第一号イ）」; a category a sector addition brought has no item yet. */
    public static List<Option> equipmentCategories(List<Sector> sectors, List<EquipmentCategory> categories) {
        Map<String, Sector> byCode = new HashMap<>();
        sectors.forEach(s -> byCode.put(s.code(), s));
        return categories.stream().filter(c -> byCode.containsKey(c.sectorCode()) && byCode.get(c.sectorCode()).active())
                .map(c -> new Option(byCode.get(c.sectorCode()).nameJa() + ": " + c.nameJa()
                        + (c.ordinance() == null ? "" : "（" + c.ordinance() + c.provision() + "）"), c.code()))
                .toList();
    }
}
