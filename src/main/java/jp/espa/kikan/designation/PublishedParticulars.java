package jp.espa.kikan.designation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The particulars the public registry shows of a designated operator (Art 50(2)): its name and address, each with the
 * day it takes effect ({@code operator_particular}), so that the registry reads as it stood on any day, before and
 * after a notified change (Art 50(3)). Particulars on record before changes were dated count from the operator's
 * first designation.
 */
@Repository
class PublishedParticulars {

    private final JdbcClient jdbc;

    PublishedParticulars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The particulars an operator notifies a change of (Art 50(3)), as {@code operator_particular.particular} holds them. */
    enum Particular { NAME, ADDRESS }

    /**
     * A designation as the public registry shows it on a day: the name and address in effect that day, each with the
     * day it took effect (for particulars on record before changes were dated: the operator's first designation).
     */
    record PublishedDesignation(UUID id, UUID operatorId, String corporateNumber, String operatorName,
                                LocalDate operatorNameEffectiveOn, String operatorAddress,
                                LocalDate operatorAddressEffectiveOn, String sectorCode, LocalDate designatedOn,
                                LocalDate graceEndsOn, LocalDate revokedOn) {

        boolean revokedBy(LocalDate day) {
            return revokedOn != null && !revokedOn.isAfter(day);
        }
    }

    private static final String IN_EFFECT = """
            (select p.%2$s from operator_particular p where p.operator_id = o.id and p.particular = '%1$s'
                and p.effective_on <= :asOf order by p.effective_on desc fetch first 1 rows only)""";
    private static final String FIRST_DESIGNATED = "(select min(f.designated_on) from designation f where f.operator_id = o.id)";

    /** Designations made by {@code asOf}, by sector and/or operator, with the particulars in effect that day. */
    List<PublishedDesignation> publishedAsOf(String sectorCode, String corporateNumber, LocalDate asOf) {
        return jdbc.sql("select d.id, d.operator_id, o.corporate_number"
                        + ", coalesce(" + IN_EFFECT.formatted("NAME", "particular_value") + ", o.name) as operator_name"
                        + ", coalesce(" + IN_EFFECT.formatted("NAME", "effective_on") + ", " + FIRST_DESIGNATED
                        + ") as operator_name_effective_on"
                        + ", coalesce(" + IN_EFFECT.formatted("ADDRESS", "particular_value") + ", o.address) as operator_address"
                        + ", coalesce(" + IN_EFFECT.formatted("ADDRESS", "effective_on") + ", case when o.address is not null then "
                        + FIRST_DESIGNATED + " end) as operator_address_effective_on"
                        + """
                        , d.sector_code, d.designated_on, d.grace_ends_on, d.revoked_on
                        from designation d join operator o on o.id = d.operator_id
                        where d.designated_on <= :asOf
                          and (cast(:sectorCode as varchar(40)) is null or d.sector_code = :sectorCode)
                          and (cast(:corporateNumber as varchar(13)) is null or o.corporate_number = :corporateNumber)
                        order by d.sector_code, o.corporate_number""")
                .param("asOf", asOf).param("sectorCode", sectorCode).param("corporateNumber", corporateNumber)
                .query(PublishedDesignation.class).list();
    }

    /**
     * A published change: from {@code effectiveOn} the particular reads {@code value}. The particulars on record
     * before it are kept as in effect since the operator's first designation, so that days before still read them.
     */
    void recordParticular(UUID operatorId, Particular particular, String value, LocalDate effectiveOn, UUID changeNoticeId) {
        recordParticularsInEffect(operatorId);
        jdbc.sql("delete from operator_particular where operator_id = ? and particular = ? and effective_on = ?")
                .params(operatorId, particular.name(), effectiveOn).update();
        jdbc.sql("""
                        insert into operator_particular (operator_id, particular, effective_on, particular_value, change_notice_id)
                        values (?, ?, ?, ?, ?)""")
                .params(operatorId, particular.name(), effectiveOn, value, changeNoticeId).update();
    }

    /** The operator's row (the name notices, task cards and documents use) takes the particulars in effect on the day. */
    void takeParticularsInEffect(UUID operatorId, LocalDate day) {
        for (Particular particular : Particular.values()) {
            String column = particular == Particular.NAME ? "name" : "address";
            jdbc.sql("update operator o set " + column + " = " + IN_EFFECT.formatted(particular.name(), "particular_value")
                            + " where o.id = :operatorId and exists (select 1 from operator_particular p where p.operator_id = o.id"
                            + " and p.particular = :particular and p.effective_on <= :asOf)")
                    .param("asOf", day).param("operatorId", operatorId).param("particular", particular.name()).update();
        }
    }

    /**
     * Records the operator's particulars as in effect since its first designation, where none are on record yet (at
     * each designation, and before a change is recorded).
     */
    void recordParticularsInEffect(UUID operatorId) {
        for (Particular particular : Particular.values()) {
            String column = particular == Particular.NAME ? "o.name" : "o.address";
            jdbc.sql("insert into operator_particular (operator_id, particular, effective_on, particular_value) "
                            + "select o.id, ?, " + FIRST_DESIGNATED + ", " + column + " from operator o where o.id = ? and "
                            + column + " is not null and " + FIRST_DESIGNATED + " is not null"
                            + " and not exists (select 1 from operator_particular p where p.operator_id = o.id and p.particular = ?)")
                    .params(particular.name(), operatorId, particular.name()).update();
        }
    }
}
