package jp.espa.kikan.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier, component supplier, contractor or re-contractor named in a plan.
 * {@code foreignGovernmentSalesShare}: the highest share (percent) of sales to one foreign government in the last 3 fiscal years.
 */
public record PlanParty(PartyRole role, String name, String representative, String address, String countryOfIncorporation,
                        String corporateNumber, String componentItem, BigDecimal foreignGovernmentSalesShare,
                        String plantCountry, List<VotingHolder> votingHolders, List<Officer> officers) {

    /** A direct holder of 5% or more of the voting rights. */
    public record VotingHolder(String name, String country, BigDecimal share) {
    }

    /** An officer: personal data, confidential (never in process variables or API responses). */
    public record Officer(String name, LocalDate birthDate, String nationality) {
    }
}
