package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The holders of the issuing authorities' offices (table {@code office_holder}), so that a written notice names the
 * minister (or the Commissioner of the FSA) in office on its date. Authorities are named by the documents' issuer
 * codes (METI, MLIT, MIC, FSA, MHLW, CAO).
 */
@Repository
public class OfficeHolders {

    /** One term of office; {@code termUntil} is null while the holder is in office. */
    public record OfficeHolder(String titleJa, String nameJa, LocalDate termFrom, LocalDate termUntil) {

        /** The signature line of a notice: 「国土交通大臣　山田　太郎」. */
        public String signature() {
            return titleJa + Representative.SEPARATOR + nameJa;
        }
    }

    private final JdbcClient jdbc;

    OfficeHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The holder whose term contains the day (both ends included); where two terms contain it (a handover day), the one
     * that started last. Empty when the table has nobody for the authority on that day.
     */
    public Optional<OfficeHolder> inOffice(String authorityCode, LocalDate day) {
        return jdbc.sql("""
                        select title_ja, name_ja, term_from, term_until from office_holder
                        where authority_code = ? and term_from <= ? and (term_until is null or term_until >= ?)
                        order by term_from desc fetch first 1 rows only""")
                .params(authorityCode, day, day).query(OfficeHolder.class).optional();
    }
}
