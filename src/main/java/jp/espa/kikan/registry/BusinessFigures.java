package jp.espa.kikan.registry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures and facts operators report of their business (operator_measure), designated or not: what the criteria
 * tables read. A business is named by its sector code, or by the code a drafted new sector will take.
 */
@Repository
public class BusinessFigures {

    /** An operator of the business with its size (for the SME test) and every figure it reported. */
    public record OperatorFigures(UUID operatorId, String corporateNumber, String name, String industry, BigDecimal capitalYen,
                                  Integer employees, List<Measure> measures) {
    }

    private final JdbcClient jdbc;

    BusinessFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files figures; a figure filed again for the same code and fiscal year replaces the earlier one. */
    public void file(UUID operatorId, String sectorCode, List<Measure> measures, String filedBy) {
        for (Measure m : measures) {
            jdbc.sql("""
                            delete from operator_measure where operator_id = ? and sector_code = ? and measure_code = ?
                              and (fiscal_year = ? or (fiscal_year is null and ? is null))""")
                    .params(operatorId, sectorCode, m.measureCode(), m.fiscalYear(), m.fiscalYear()).update();
            jdbc.sql("""
                            insert into operator_measure (id, operator_id, sector_code, measure_code, fiscal_year,
                                number_value, text_value, boolean_value, source, filed_by, filed_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), operatorId, sectorCode, m.measureCode(), m.fiscalYear(), m.numberValue(),
                            m.textValue(), m.booleanValue(), m.source(), filedBy, OffsetDateTime.now())
                    .update();
        }
    }

    public List<Measure> of(UUID operatorId, String sectorCode) {
        return jdbc.sql("""
                        select measure_code, fiscal_year, number_value, text_value, boolean_value, source
                        from operator_measure where operator_id = ? and sector_code = ?
                        order by measure_code, fiscal_year""")
                .params(operatorId, sectorCode).query(Measure.class).list();
    }

    /** Every operator that reported figures of the business, with all its figures: one query, in the order of the operators. */
    public List<OperatorFigures> ofBusiness(String sectorCode) {
        Map<UUID, OperatorFigures> operators = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.id, o.corporate_number, o.name, o.industry, o.capital_yen, o.employees,
                               m.measure_code, m.fiscal_year, m.number_value, m.text_value, m.boolean_value, m.source
                        from operator_measure m join operator o on o.id = m.operator_id
                        where m.sector_code = ? order by o.corporate_number, m.measure_code, m.fiscal_year""")
                .param(sectorCode)
                .query(row -> {
                    UUID id = row.getObject(1, UUID.class);
                    OperatorFigures operator = operators.computeIfAbsent(id, key -> {
                        try {
                            return new OperatorFigures(key, row.getString(2), row.getString(3), row.getString(4),
                                    row.getBigDecimal(5), (Integer) row.getObject(6), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    int year = row.getInt(8);
                    Integer fiscalYear = row.wasNull() ? null : year; // a standing fact has none
                    operator.measures().add(new Measure(row.getString(7), fiscalYear, row.getBigDecimal(9),
                            row.getString(10), (Boolean) row.getObject(11), row.getString(12)));
                });
        return List.copyOf(operators.values());
    }

    /** An operator new to the registry, as a report or proposal names it. */
    public Operator createOperator(String corporateNumber, String name, String address) {
        Operator operator = new Operator(UUID.randomUUID(), corporateNumber, name, address);
        jdbc.sql("insert into operator (id, corporate_number, name, address) values (?, ?, ?, ?)")
                .params(operator.id(), corporateNumber, name, address).update();
        return operator;
    }
}
