package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sectors, equipment categories, operators and designations. */
@Repository
public class SectorRegistry {

    private final JdbcClient jdbc;
    /** Sectors and categories read in this transaction: a filing asks for its sector at several steps. */
    private final TransactionCache read = new TransactionCache();

    SectorRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Sector> sector(String code) {
        return read.read("sector " + code,
                () -> jdbc.sql("select * from sector where code = ?").param(code).query(Sector.class).optional());
    }

    public List<Ministry> ministries() {
        return jdbc.sql("select code, name_ja, reviewer_group from ministry order by code").query(Ministry.class).list();
    }

    public Optional<Ministry> ministry(String code) {
        return jdbc.sql("select code, name_ja, reviewer_group from ministry where code = ?").param(code)
                .query(Ministry.class).optional();
    }

    /** "この事案は国土交通省の所管です。": what an official of another ministry is told, by the ministry's name. */
    public String notCompetentJa(String sectorCode) {
        String ministry = sector(sectorCode).flatMap(s -> ministry(s.competentMinistry())).map(Ministry::nameJa)
                .orElse("他の省庁");
        return "この事案は" + ministry + "の所管です。";
    }

    public List<Sector> sectors() {
        return jdbc.sql("select * from sector order by statute_item").query(Sector.class).list();
    }

    private static final String CATEGORY_COLUMNS =
            "code, sector_code, name_ja, effective_on, grace_ends_on, ordinance, provision, closed";

    /** Any category, closed ones included: a case that names one still shows it. */
    public Optional<EquipmentCategory> equipmentCategory(String code) {
        return read.read("category " + code, () -> jdbc.sql("select " + CATEGORY_COLUMNS + " from equipment_category where code = ?")
                .param(code).query(EquipmentCategory.class).optional());
    }

    /** The open categories a new filing may name, of one sector or (null) of all, in the order of the sectors. */
    public List<EquipmentCategory> openEquipmentCategories(String sectorCode) {
        return jdbc.sql("select " + CATEGORY_COLUMNS + """
                         from equipment_category c
                        where not closed and (cast(:sector as varchar(40)) is null or sector_code = :sector)
                        order by (select statute_item from sector s where s.code = c.sector_code), ordinance, code""")
                .param("sector", sectorCode).query(EquipmentCategory.class).list();
    }

    /** The businesses of 施行令第九条 a category serves (its ordinance item's business, or several). */
    public List<String> businessCodes(String equipmentCategoryCode) {
        return jdbc.sql("select business_code from equipment_category_business where equipment_category_code = ? order by business_code")
                .param(equipmentCategoryCode).query(String.class).list();
    }

    /** The businesses of 施行令第九条, of one sector or (null) of all. */
    public List<Business> businesses(String sectorCode) {
        return jdbc.sql("""
                        select b.code, b.sector_code, b.provision, b.name_ja from business b join sector s on s.code = b.sector_code
                        where cast(:sector as varchar(40)) is null or b.sector_code = :sector
                        order by s.statute_item, b.code""")
                .param("sector", sectorCode).query(Business.class).list();
    }

    public Optional<Operator> operatorByCorporateNumber(String corporateNumber) {
        return jdbc.sql("select id, corporate_number, name, address from operator where corporate_number = ?")
                .param(corporateNumber).query(Operator.class).optional();
    }

    /** The last day of the Art 53 grace of the operator's current designation in the sector, if designated. */
    public Optional<LocalDate> graceEndsOn(UUID operatorId, String sectorCode) {
        return jdbc.sql("select grace_ends_on from designation where operator_id = ? and sector_code = ? and revoked_on is null")
                .params(operatorId, sectorCode).query(LocalDate.class).optional();
    }

    /**
     * The last day of the Art 53 grace for a plan on equipment of the category: the later of the designation's grace and
     * the category's own (a category added to the sector after the designation has 6 months from its effective day).
     */
    public Optional<LocalDate> graceEndsOn(UUID operatorId, String sectorCode, String equipmentCategoryCode) {
        Optional<LocalDate> designation = graceEndsOn(operatorId, sectorCode);
        Optional<LocalDate> category = equipmentCategory(equipmentCategoryCode).map(EquipmentCategory::graceEndsOn);
        return designation.map(d -> category.filter(c -> c.isAfter(d)).orElse(d));
    }

    /** An equipment category added to an existing sector, effective on the day given, with its own grace (Art 53). */
    public void addEquipmentCategory(EquipmentCategory category) {
        read.clear();
        jdbc.sql("""
                        insert into equipment_category (code, sector_code, name_ja, effective_on, grace_ends_on, ordinance, provision, closed)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(category.code(), category.sectorCode(), category.nameJa(), category.effectiveOn(), category.graceEndsOn(),
                        category.ordinance(), category.provision(), category.closed())
                .update();
    }

    /**
     * A sector added by a sector review goes live: created if new (law amendment path) or updated, with its equipment
     * categories, criteria table, enforcement date and grace end. Existing equipment categories are kept.
     */
    public void activateSector(Sector sector, List<EquipmentCategory> equipment) {
        read.clear();
        int updated = jdbc.sql("""
                        update sector set name_ja = ?, active = true, criteria_decision_key = ?, enforced_on = ?,
                            grace_ends_on = ? where code = ?""")
                .params(sector.nameJa(), sector.criteriaDecisionKey(), sector.enforcedOn(), sector.graceEndsOn(), sector.code())
                .update();
        if (updated == 0) {
            int item = jdbc.sql("select coalesce(max(statute_item), 0) + 1 from sector").query(Integer.class).single();
            jdbc.sql("""
                            insert into sector (code, statute_item, name_ja, name_en, competent_ministry, reviewer_group,
                                active, criteria_decision_key, enforced_on, grace_ends_on)
                            values (?, ?, ?, ?, ?, ?, true, ?, ?, ?)""")
                    .params(sector.code(), item, sector.nameJa(), sector.nameEn(), sector.competentMinistry(),
                            sector.reviewerGroup(), sector.criteriaDecisionKey(), sector.enforcedOn(), sector.graceEndsOn())
                    .update();
        }
        for (EquipmentCategory category : equipment) {
            int exists = jdbc.sql("select count(*) from equipment_category where code = ?").param(category.code())
                    .query(Integer.class).single();
            if (exists == 0) {
                jdbc.sql("insert into equipment_category (code, sector_code, name_ja) values (?, ?, ?)")
                        .params(category.code(), sector.code(), category.nameJa()).update();
            }
        }
    }

    /** Designated in the sector on the given day: designated on or before it and not revoked by then. */
    public boolean isDesignated(UUID operatorId, String sectorCode, LocalDate on) {
        return jdbc.sql("""
                        select count(*) from designation
                        where operator_id = ? and sector_code = ? and designated_on <= ?
                          and (revoked_on is null or revoked_on > ?)""")
                .params(operatorId, sectorCode, on, on)
                .query(Integer.class).single() > 0;
    }
}
