package jp.espa.kikan.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.security.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Answers to report requests for designation (Art 58(1)) over HTTP: every call goes to {@link BusinessReportService}. */
@RestController
@Tag(name = "Reports and on-site inspections")
class BusinessReportController {

    private final BusinessReportService service;

    BusinessReportController(BusinessReportService service) {
        this.service = service;
    }

    @Schema(description = "An operator's answer to a report request under Art 58(1), as the competent ministry received it")
    record BusinessReport(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "対象事業のコード（例: RAILWAY）にしてください") String sectorCode,
                          @NotBlank @Pattern(regexp = "[0-9]{13}", message = "13桁の数字にしてください") String corporateNumber,
                          @NotBlank @Size(max = 300) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "制御文字は使えません") String operatorName,
                          @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "制御文字は使えません") String operatorAddress,
                          @NotNull @Schema(description = "The day the ministry received the answer") LocalDate receivedOn,
                          @NotBlank @Size(max = 200) @Schema(description = "The request or the answer's reference, as the source of each figure",
                                  example = "国鉄総第58号（令和8年11月4日付け報告徴収）への回答") String reference,
                          @NotEmpty @Size(max = 200) List<@Valid @NotNull Figure> figures) {
    }

    record Figure(@NotBlank @Pattern(regexp = "[a-z][A-Za-z0-9]{0,59}", message = "数値等のコード（例: routeKm）にしてください") String code,
                  @Min(2000) @Max(2100) @Schema(description = "Fiscal year of a yearly figure; omit for a standing fact") Integer fiscalYear,
                  @Digits(integer = 20, fraction = 4) BigDecimal number,
                  @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "制御文字は使えません") String text,
                  Boolean flag) {
    }

    @PostMapping("/api/business-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The competent ministry records an operator's answer to a report request for designation (Art 58(1)): "
            + "its figures with year and source; an operator the registry does not know is created from the answer")
    BusinessReportService.Receipt record(@Valid @RequestBody BusinessReport body, Authentication user) {
        List<Measure> figures = new ArrayList<>();
        for (int i = 0; i < body.figures().size(); i++) {
            Figure f = body.figures().get(i);
            int values = (f.number() == null ? 0 : 1) + (f.text() == null ? 0 : 1) + (f.flag() == null ? 0 : 1);
            if (values != 1) {
                throw new InvalidInputException("figures[" + i + "]", "number、text、flag のいずれか一つを指定してください。");
            }
            figures.add(new Measure(f.code(), f.fiscalYear(), f.number(), f.text(), f.flag(), null));
        }
        return service.record(Actor.of(user), new BusinessReportService.Answer(body.sectorCode(), body.corporateNumber(),
                body.operatorName(), body.operatorAddress(), body.receivedOn(), body.reference(), figures));
    }
}
