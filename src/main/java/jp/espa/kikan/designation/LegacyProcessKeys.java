package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jp.espa.kikan.platform.ProcessCases;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revocations and change notices started before their case was named by the business key (release 1 named them
 * REVOKE-&lt;designation&gt; and CHANGE-&lt;corporate number&gt;-&lt;day&gt;, and kept the designation in a variable) get
 * the keys their steps read now, so that they run on. Runs once per start; does nothing when none is left.
 */
@Component
class LegacyProcessKeys {

    private static final String REVOKE = "REVOKE-";
    private static final Logger LOG = LoggerFactory.getLogger(LegacyProcessKeys.class);

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ChangeNoticeService service;

    LegacyProcessKeys(ProcessEngine engine, ChangeNoticeService service) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void nameTheCasesOfRunningProcesses() {
        for (ProcessInstance revocation : runtime.createProcessInstanceQuery().processDefinitionKey(REVOCATION_PROCESS)
                .processInstanceBusinessKeyLike(REVOKE + "%").list()) {
            ProcessCases.rename(engine, revocation.getId(),
                    DesignationService.DESIGNATION_KEY + revocation.getBusinessKey().substring(REVOKE.length()));
        }
        for (ProcessInstance notice : runtime.createProcessInstanceQuery().processDefinitionKey(CHANGE_NOTICE_PROCESS).list()) {
            Map<String, Object> v = runtime.getVariables(notice.getId());
            if (v.get("designationId") == null || isKey(notice.getBusinessKey())) {
                continue;
            }
            try {
                // release 1 named the operator in the key (CHANGE-<corporate number>-<day>): the designation must be its
                String corporateNumber = notice.getBusinessKey().substring(DesignationService.CHANGE_KEY.length()).split("-")[0];
                String key = service.adoptLegacyChangeNotice(corporateNumber, UUID.fromString((String) v.get("designationId")),
                        ChangeNoticeService.ChangeKind.NAME.labelJa().equals(v.get(CHANGE_KIND_LABEL))
                                ? ChangeNoticeService.ChangeKind.NAME : ChangeNoticeService.ChangeKind.ADDRESS,
                        (String) v.get(OLD_VALUE), (String) v.get(NEW_VALUE), LocalDate.parse((String) v.get(EFFECTIVE_ON)),
                        LocalDate.parse((String) v.get(RECEIVED_ON)), Boolean.TRUE.equals(v.get(LATE)));
                ProcessCases.rename(engine, notice.getId(), key);
            } catch (RuntimeException e) {
                LOG.warn("Change notice {} ({}) left as it is for an administrator: {}", notice.getId(), notice.getBusinessKey(),
                        e.getMessage());
            }
        }
    }

    private static boolean isKey(String businessKey) {
        try {
            UUID.fromString(businessKey.substring(DesignationService.CHANGE_KEY.length()));
            return true;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return false;
        }
    }
}
