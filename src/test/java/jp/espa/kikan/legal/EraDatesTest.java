package jp.espa.kikan.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EraDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-12-29, 令和8年12月29日",
            "2019-05-01, 令和元年5月1日",
            "2019-12-31, 令和元年12月31日",
            "2020-01-01, 令和2年1月1日",
            "2019-04-30, 平成31年4月30日",
            "1989-01-08, 平成元年1月8日",
            "2024-01-29, 令和6年1月29日",
            "2027-03-25, 令和9年3月25日"})
    void officialDocumentsWriteTheEraYearMonthAndDay(LocalDate date, String written) {
        assertThat(EraDates.format(date)).isEqualTo(written);
    }

    @Test
    void beforeHeiseiIsRefused() {
        assertThatThrownBy(() -> EraDates.format(LocalDate.of(1989, 1, 7))).isInstanceOf(IllegalArgumentException.class);
    }
}
