package com.b2bsales.kpi.team;

import com.b2bsales.kpi.delivery.MailSettings;
import com.b2bsales.kpi.system.ReportProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The teams of the settings, checked as the command checked them before the application started. */
@Configuration(proxyBeanMethods = false)
class TeamConfiguration {

    @Bean
    Teams teams(ReportProperties properties, MailSettings mail) {
        return Teams.of(properties.teams(), mail);
    }
}
