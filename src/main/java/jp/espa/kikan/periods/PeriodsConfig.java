package jp.espa.kikan.periods;

import jp.espa.kikan.legal.AdministrativeCalendar;
import jp.espa.kikan.legal.StatutoryPeriods;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PeriodsConfig {

    @Bean
    StatutoryPeriods statutoryPeriods() {
        return new StatutoryPeriods(AdministrativeCalendar.japan());
    }
}
