package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A designated operator's notice that its name or address will change. It is due at least 2 weeks before the change;
 * a late notice is accepted, recorded as late (a fine of up to ¥300,000 under Art 96) and shown to each competent
 * ministry, whose official updates the public record (様式第二).
 */
@Service
class ChangeNotices {

    enum Kind { NAME, ADDRESS }

    record Receipt(String corporateNumber, Kind kind, LocalDate receivedOn, LocalDate effectiveOn, LocalDate dueBy,
                   boolean late, int ministriesNotified) {
    }

    private final DesignationRegistry designations;
    private final SectorRegistry sectors;
    private final RuntimeService runtime;
    private final StatutoryTime time;
    private final StatutoryPeriods periods;

    ChangeNotices(DesignationRegistry designations, SectorRegistry sectors, RuntimeService runtime, StatutoryTime time,
                  StatutoryPeriods periods) {
        this.designations = designations;
        this.sectors = sectors;
        this.runtime = runtime;
        this.time = time;
        this.periods = periods;
    }

    @Transactional
    Receipt file(String corporateNumber, Kind kind, String newValue, LocalDate effectiveOn, String filedBy) {
        Operator operator = sectors.operatorByCorporateNumber(corporateNumber)
                .orElseThrow(() -> new NotFoundException("No operator with corporate number " + corporateNumber + "."));
        List<Designation> current = designations.designations(null, corporateNumber).stream()
                .filter(d -> d.revokedOn() == null).toList();
        if (current.isEmpty()) {
            throw new InvalidInputException("corporateNumber", operator.name() + " is not a designated operator.");
        }
        String oldValue = kind == Kind.NAME ? operator.name() : operator.address();
        LocalDate today = time.today();
        LocalDate dueBy = periods.changeNoticeDueBy(effectiveOn);
        boolean late = today.isAfter(dueBy);
        designations.recordChangeNotice(operator.id(), kind.name(), oldValue, newValue, effectiveOn, today, late, filedBy);
        for (Designation d : current) {
            Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
            Map<String, Object> variables = DesignationIntake.operatorVariables(operator, sector);
            variables.put(DESIGNATION_ID, d.id().toString());
            variables.put(CHANGE_KIND_LABEL, kind == Kind.NAME ? "名称" : "住所");
            variables.put(OLD_VALUE, oldValue);
            variables.put(NEW_VALUE, newValue);
            variables.put(EFFECTIVE_ON, effectiveOn.toString());
            variables.put(RECEIVED_ON, today.toString());
            variables.put(LATE, late);
            if (late) {
                variables.put(LATE_NOTE, "届出期限 " + dueBy + "（変更日の2週間前）を過ぎて受理しました。法第96条の過料の対象となり得ます。");
            }
            runtime.createProcessInstanceByKey(CHANGE_NOTICE_PROCESS).businessKey("CHANGE-" + corporateNumber + "-" + today)
                    .setVariables(variables).execute();
        }
        return new Receipt(corporateNumber, kind, today, effectiveOn, dueBy, late, current.size());
    }
}
