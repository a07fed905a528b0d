package jp.espa.kikan.registry;

/**
 * Every case of every procedure under its case number (the business key of its processes), with the competent ministry
 * whose sectors it concerns and the statutory day the registry holds for it while it runs: a plan's period (the last day
 * a recommendation or order can take effect, Art 55(1)) and a requested report's due date (Art 58). For the supervisors'
 * overview, which reads across procedures.
 */
public final class CaseIndex {

    /**
     * The index as a subquery (case_number, procedure, ministry, deadline, outcome), for queries that join it to the
     * engine's tables and filter, count and page in SQL rather than read every case. {@code deadline}: the registry's
     * statutory last day of a running case (for a screening waiting for the operator's reply, the reply's last day),
     * or null; {@code outcome}: its outcome code.
     */
    public static final String ENTRIES = """
                        select c.application_number as case_number, 'SCREENING' as procedure, s.competent_ministry as ministry,
                            case when c.status in ('CLOSED', 'EXEMPT') then cast(null as date)
                                when c.status = 'AWAITING_REPLY' then (select max(a.due_on) from case_act a
                                    where a.procedure = 'SCREENING' and a.case_number = c.application_number
                                    and a.act_type = 'RECOMMENDATION')
                                else c.period_last_day end as deadline,
                            c.outcome as outcome
                        from screening_case c join sector s on s.code = c.sector_code
                        union all
                        select d.proposal_number, 'DESIGNATION', s.competent_ministry, cast(null as date), d.decision
                        from designation_case d join sector s on s.code = d.sector_code
                        union all
                        select 'DESIGNATION-' || cast(d.id as varchar(36)), 'DESIGNATION', s.competent_ministry, cast(null as date),
                            cast(null as varchar(60))
                        from designation d join sector s on s.code = d.sector_code
                        union all
                        select 'CHANGE-' || cast(n.id as varchar(36)), 'DESIGNATION', s.competent_ministry, cast(null as date),
                            cast(null as varchar(60))
                        from operator_change_notice n join designation d on d.id = n.designation_id
                            join sector s on s.code = d.sector_code
                        union all
                        select r.review_number, 'SECTOR_ADDITION', r.competent_ministry, cast(null as date), r.outcome
                        from sector_review r
                        union all
                        select 'INSPECTION-' || cast(i.serial as varchar(20)), 'INSPECTION', s.competent_ministry,
                            case when i.status in ('AWAITING_REPORT', 'REPORT_OVERDUE') then i.due_on else cast(null as date) end, i.result
                        from inspection_request i join sector s on s.code = i.sector_code""";

    private CaseIndex() {
    }
}
