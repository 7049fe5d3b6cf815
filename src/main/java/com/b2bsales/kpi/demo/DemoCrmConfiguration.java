package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.CrmUrl;
import com.b2bsales.kpi.system.ReportProperties;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded demo as the CRM when no {@code CRM_DB_URL} is set. The report knows only {@link CrmDatabase}: this
 * package provides the demo's, and nothing outside it imports it.
 */
@Configuration(proxyBeanMethods = false)
class DemoCrmConfiguration {

    /** Filled up to the day before the command's "today" (its {@code clock}, in the report time zone). */
    @Bean(destroyMethod = "close")
    @Conditional(CrmUrl.Blank.class)
    CrmDatabase demoCrmDatabase(ReportProperties properties, ObjectProvider<Clock> clock) {
        LocalDate today = LocalDate.now(clock.getIfAvailable(Clock::systemUTC).withZone(properties.timezone()));
        return new DemoCrmDatabase(properties.demo(), today, properties.fetchSize());
    }
}
