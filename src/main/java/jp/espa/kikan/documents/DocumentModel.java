package jp.espa.kikan.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jp.espa.kikan.documents.DocumentStore.Addressee;
import jp.espa.kikan.legal.AppealInstructions;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.Sector;

/**
 * The model a document's template reads, as a procedure fills it: the layout's parts every document shares (its
 * day, issuer and addressee) and the values of its own template.
 */
public final class DocumentModel {

    /** What a draft shows where the official enters it with the act. */
    public static final String TO_BE_ENTERED = "（発出時に記載）";

    private final Map<String, Object> values = new HashMap<>();
    private final Function<UUID, Optional<Addressee>> operators;

    DocumentModel(Function<UUID, Optional<Addressee>> operators) {
        this.operators = operators;
    }

    public void put(String name, Object value) {
        values.put(name, value);
    }

    public Object get(String name) {
        return values.get(name);
    }

    /** The day the document bears. */
    public LocalDate day() {
        return (LocalDate) values.get("day");
    }

    /** The day the document bears: the act's (or the given day for a draft), else today's for a draft. */
    public void dated(Optional<LegalAct> act, LocalDate draftDay) {
        LocalDate day = act.map(LegalAct::actDate).orElse(draftDay != null ? draftDay : LocalDate.now(StatutoryPeriods.TOKYO));
        values.put("day", day);
        values.put("issuedOn", EraDates.format(day));
    }

    /** Addressed to the operator with its representative, issued by the sector's competent minister. */
    public void addressedTo(UUID operatorId, Sector sector) {
        operators.apply(operatorId).ifPresent(o -> values.put("addressee", o.addresseeLine()));
        values.put("issuer", authority(sector));
    }

    /** The operator's name, address and corporate number as the registry holds them now, and its sector. */
    public void operatorFacts(UUID operatorId, Sector sector) {
        Addressee o = operators.apply(operatorId).orElseThrow();
        values.put("operatorName", o.name());
        values.put("operatorAddress", o.address() == null ? "" : o.address());
        values.put("corporateNumber", o.corporateNumber());
        values.put("sectorName", sector.nameJa());
    }

    public static String authority(Sector sector) {
        return AppealInstructions.authorityOf(sector.competentMinistry());
    }

    public static String era(LocalDate day) {
        return day == null ? TO_BE_ENTERED : EraDates.format(day);
    }

    Map<String, Object> values() {
        return values;
    }
}
