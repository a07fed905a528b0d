package jp.espa.kikan.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Representative;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued documents (table {@code document}): written once, read many times, never updated. */
@Repository
class DocumentStore {

    /** What a list shows of a document, without its bytes. */
    record Issued(UUID id, UUID caseActId, Procedure procedure, String caseNumber, DocumentKind kind, int version,
                  String title, String documentNumber, String issuerCode, LocalDate issuedOn, UUID addresseeOperatorId,
                  String sha256, String issuedBy, OffsetDateTime issuedAt) {
    }

    private static final String COLUMNS = """
            id, case_act_id, procedure, case_number, kind, version, title, document_number, issuer_code, issued_on,
            addressee_operator_id, sha256, issued_by, issued_at""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Issued d, byte[] content) {
        // a number is unique within its issuer's fiscal year: the series starts again at 1 each April
        jdbc.sql("insert into document (" + COLUMNS + ", fiscal_year, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.caseActId(), d.procedure().name(), d.caseNumber(), d.kind().name(), d.version(),
                        d.title(), d.documentNumber(), d.issuerCode(), d.issuedOn(), d.addresseeOperatorId(), d.sha256(),
                        d.issuedBy(), d.issuedAt(), StatutoryPeriods.fiscalYearOf(d.issuedOn()), content)
                .update();
    }

    List<Issued> ofCase(Procedure procedure, String caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from document where procedure = ? and case_number = ? order by issued_at, version")
                .params(procedure.name(), caseNumber).query(Issued.class).list();
    }

    Optional<Issued> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = ?").param(id).query(Issued.class).optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from document where id = ?").param(id).query(byte[].class).single();
    }

    /** How many documents of this kind the case already has: the next is version n + 1. */
    int issuedBefore(Procedure procedure, String caseNumber, DocumentKind kind) {
        return jdbc.sql("select count(*) from document where procedure = ? and case_number = ? and kind = ?")
                .params(procedure.name(), caseNumber, kind.name()).query(Integer.class).single();
    }

    /**
     * The issuer's next number in the fiscal year of the day, e.g. 国経安第12号, in the issuing transaction. Locking the
     * issuer's series row serializes numbering per issuer, so two nodes never hand out the same number.
     */
    String nextNumber(String issuerCode, LocalDate issuedOn) {
        int year = StatutoryPeriods.fiscalYearOf(issuedOn);
        String prefix = jdbc.sql("select prefix from document_series where issuer_code = ? for update").param(issuerCode)
                .query(String.class).single();
        int bumped = jdbc.sql("update document_number_sequence set last_number = last_number + 1 where issuer_code = ? and fiscal_year = ?")
                .params(issuerCode, year).update();
        if (bumped == 0) {
            jdbc.sql("insert into document_number_sequence (issuer_code, fiscal_year, last_number) values (?, ?, 1)")
                    .params(issuerCode, year).update();
        }
        int number = jdbc.sql("select last_number from document_number_sequence where issuer_code = ? and fiscal_year = ?")
                .params(issuerCode, year).query(Integer.class).single();
        return prefix + "第" + number + "号";
    }

    /** The operator's name, address and representative as the registry holds them now. */
    Optional<Addressee> operator(UUID operatorId) {
        return jdbc.sql("""
                        select name, address, corporate_number, representative_title, representative_name
                        from operator where id = ?""").param(operatorId)
                .query(Addressee.class).optional();
    }

    record Addressee(String name, String address, String corporateNumber, String representativeTitle,
                     String representativeName) {

        /** 「○○株式会社　代表取締役社長　山田　太郎」, or 「○○株式会社　代表者」 when the registry names no representative. */
        String addresseeLine() {
            return Representative.addresseeLine(name, Representative.of(representativeTitle, representativeName));
        }
    }
}
