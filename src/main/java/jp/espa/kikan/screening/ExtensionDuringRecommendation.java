package jp.espa.kikan.screening;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.screening.StandstillRules.Extension;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 期間の延長 while a recommendation or an order is under way: an action the competent ministry takes on the case when
 * it needs the time, not a standing task in its worklist. Art 52(4) lets the minister extend the period "to recommend
 * under paragraph 6 or to order under paragraph 10" where necessary, up to four months counted from the day of 受理;
 * the recommendation (52(6) proviso) and the order (52(10) proviso) are possible only within the period as extended.
 * The act is the same as the review's extension: the decision with its reasons (EXTENSION_DECIDED) and the notice
 * (EXTENSION_NOTICE), which takes effect when it reaches the operator within the current period (StandstillRules);
 * the period's timer and the case's open tasks follow the new last day. Art 88 sets APA Chapters 2 and 3 aside for it.
 */
@Service
public class ExtensionDuringRecommendation {

    private final ScreeningAccess access;
    private final ScreeningService service;
    private final ScreeningEngine engine;

    ExtensionDuringRecommendation(ScreeningAccess access, ScreeningService service, ScreeningEngine engine) {
        this.access = access;
        this.service = service;
        this.engine = engine;
    }

    @Schema(description = "An extension of the period while a recommendation or order is under way (Art 52(4))")
    record Request(
            @NotNull @Schema(description = "The extended last day: after the current one, at most 4 months counted from 受理")
            LocalDate extendedLastDay,
            @Schema(description = "The day the notice reaches the operator (today if not given), by the current last day")
            LocalDate extensionNoticeDeliveredOn,
            @NotBlank @Size(max = 4000) @Schema(description = "Why the review, the recommendation or the order needs the time")
            String extensionReason) {
    }

    @Schema(description = "The period as extended")
    record Extended(UUID caseId, LocalDate periodLastDay, LocalDate extensionCap) {
    }

    /** Extends the period of a case whose recommendation procedure runs. */
    @Transactional
    public Extended extend(Actor actor, UUID caseId, Request request) {
        return extend(actor, caseId, new Extension(request.extendedLastDay(), request.extensionNoticeDeliveredOn()),
                request.extensionReason());
    }

    /** The same from Tasklist's start form (PeriodExtensionProcess), which names the case by its application number. */
    @Transactional
    public Extended extend(Actor actor, String applicationNumber, Extension extension, String reason) {
        InvalidInputException noSuchCase = new InvalidInputException(ScreeningVariables.APPLICATION_NUMBER,
                "受付番号「" + applicationNumber + "」の案件はありません（所管の案件の受付番号を入力してください）。");
        try {
            return extend(actor, access.existing(actor, applicationNumber).orElseThrow(() -> noSuchCase).id(), extension, reason);
        } catch (NotFoundException another) { // another ministry's case: as if there were none
            throw noSuchCase;
        }
    }

    private Extended extend(Actor actor, UUID caseId, Extension extension, String reason) {
        ScreeningCase c = access.actingOn(actor, Action.DECIDE_SCREENING, caseId);
        if (!engine.recommendationRuns(c.applicationNumber())) {
            throw new ConflictException("この案件では勧告の手続が進行していません。審査中の延長は「導入等計画書の審査」で判断してください。");
        }
        if (!c.canStillExtend()) {
            throw new ConflictException("この案件の期間は延長できません（導入後の審査には期間の定めがなく、または受理の日から起算して"
                    + "四月の上限（" + c.row().extensionCap() + "）に達しています。法第52条第4項）。");
        }
        service.decideExtension(actor, c.applicationNumber(), extension, reason);
        service.extendPeriod(c.applicationNumber());
        ScreeningCaseRow extended = access.byNumber(c.applicationNumber());
        return new Extended(caseId, extended.periodLastDay(), extended.extensionCap());
    }
}
