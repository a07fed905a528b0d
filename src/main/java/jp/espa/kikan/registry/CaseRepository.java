package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Screening cases and the parties their plans name, as the documents and other procedures read them (their legal
 * acts are in the one case file, CaseFile). The screening writes them through its own repository.
 */
@Repository
public class CaseRepository {

    private static final String SELECT_CASE = """
            select c.*, o.name as operator_name, o.corporate_number
            from screening_case c join operator o on o.id = c.operator_id
            """;

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ScreeningCaseRow> find(UUID id) {
        return jdbc.sql(SELECT_CASE + " where c.id = ?").param(id).query(ScreeningCaseRow.class).optional();
    }

    public Optional<ScreeningCaseRow> findByApplicationNumber(String applicationNumber) {
        return jdbc.sql(SELECT_CASE + " where c.application_number = ?").param(applicationNumber)
                .query(ScreeningCaseRow.class).optional();
    }

    public ScreeningCaseRow get(UUID id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No screening case " + id));
    }

    /** The parties with their holders and officers, in the order the plan names them. */
    public List<PlanParty> parties(UUID caseId) {
        List<PartyRow> rows = jdbc.sql("select * from plan_party where case_id = ? order by position")
                .param(caseId).query(PartyRow.class).list();
        Map<UUID, List<PlanParty.VotingHolder>> holders = byParty(
                "select party_id, name, country, share from party_voting_holder where party_id in (select id from plan_party where case_id = ?)",
                caseId, rs -> new PlanParty.VotingHolder(rs.name(), rs.country(), rs.share()), HolderRow.class);
        Map<UUID, List<PlanParty.Officer>> officers = byParty(
                "select party_id, name, birth_date, nationality from party_officer where party_id in (select id from plan_party where case_id = ?)",
                caseId, rs -> new PlanParty.Officer(rs.name(), rs.birthDate(), rs.nationality()), OfficerRow.class);
        List<PlanParty> parties = new ArrayList<>();
        for (PartyRow r : rows) {
            parties.add(new PlanParty(PartyRole.valueOf(r.role()), r.name(), r.representative(), r.address(),
                    r.countryOfIncorporation(), r.corporateNumber(), r.componentItem(), r.foreignGovernmentSalesShare(),
                    r.plantCountry(), holders.getOrDefault(r.id(), List.of()), officers.getOrDefault(r.id(), List.of())));
        }
        return parties;
    }

    private <R extends PartyChild, T> Map<UUID, List<T>> byParty(String sql, UUID caseId, Function<R, T> mapper, Class<R> rowType) {
        return jdbc.sql(sql).param(caseId).query(rowType).list().stream()
                .collect(Collectors.groupingBy(PartyChild::partyId, Collectors.mapping(mapper, Collectors.toList())));
    }

    private interface PartyChild {
        UUID partyId();
    }

    private record PartyRow(UUID id, String role, String name, String representative, String address,
                            String countryOfIncorporation, String corporateNumber, String componentItem,
                            java.math.BigDecimal foreignGovernmentSalesShare, String plantCountry) {
    }

    private record HolderRow(UUID partyId, String name, String country, java.math.BigDecimal share) implements PartyChild {
    }

    private record OfficerRow(UUID partyId, String name, LocalDate birthDate, String nationality) implements PartyChild {
    }
}
