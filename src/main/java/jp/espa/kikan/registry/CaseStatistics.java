package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Figures about the open cases of every procedure, for operations (metrics): how many per state, how many are past
 * their statutory last day, and how close the nearest last days are. Read-only aggregates over the registry.
 */
@Repository
public class CaseStatistics {

    /** Open cases of one procedure in one state. */
    public record OpenCases(Procedure procedure, String state, long count) {
    }

    /**
     * Open cases of one procedure by days left to their last day: {@code past} have passed it (the statutory period of
     * a screening, the due date of a report), the others are due within 7 and 30 days from today.
     */
    public record Deadlines(Procedure procedure, long past, long within7Days, long within30Days) {
    }

    private static final String OPEN_CASES = """
            select 'SCREENING' as procedure, status as state, count(*) as n from screening_case
             where status <> 'CLOSED' group by status
            union all
            select 'DESIGNATION', status, count(*) from designation_case where status <> 'DECIDED' group by status
            union all
            select 'SECTOR_ADDITION', status, count(*) from sector_review where status <> 'CLOSED' group by status
            union all
            select 'INSPECTION', status, count(*) from inspection_request where status <> 'CLOSED' group by status""";

    /** The last day a screening's ministry must act by (Art 52(3)/(4)) and a report's due date (Art 58). */
    private static final String DEADLINES = """
            select 'SCREENING' as procedure,
                   sum(case when period_last_day < :today then 1 else 0 end) as past,
                   sum(case when period_last_day >= :today and period_last_day <= :in7 then 1 else 0 end) as within7,
                   sum(case when period_last_day >= :today and period_last_day <= :in30 then 1 else 0 end) as within30
              from screening_case where status <> 'CLOSED' and period_last_day is not null
            union all
            select 'INSPECTION',
                   sum(case when due_on < :today then 1 else 0 end),
                   sum(case when due_on >= :today and due_on <= :in7 then 1 else 0 end),
                   sum(case when due_on >= :today and due_on <= :in30 then 1 else 0 end)
              from inspection_request where status in ('AWAITING_REPORT', 'REPORT_OVERDUE')""";

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenCases> openCases() {
        return jdbc.sql(OPEN_CASES).query((rs, n) -> new OpenCases(Procedure.valueOf(rs.getString("procedure")),
                rs.getString("state"), rs.getLong("n"))).list();
    }

    public List<Deadlines> deadlines(LocalDate today) {
        return jdbc.sql(DEADLINES).param("today", today).param("in7", today.plusDays(7)).param("in30", today.plusDays(30))
                .query((rs, n) -> new Deadlines(Procedure.valueOf(rs.getString("procedure")), rs.getLong("past"),
                        rs.getLong("within7"), rs.getLong("within30"))).list();
    }
}
