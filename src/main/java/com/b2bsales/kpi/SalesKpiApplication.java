package com.b2bsales.kpi;

import com.b2bsales.kpi.cli.ReportCommand;
import com.b2bsales.kpi.system.ReportProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The B2B sales KPI report: reads a period from the CRM, writes the KPI workbook. */
@SpringBootApplication
@EnableConfigurationProperties(ReportProperties.class)
public class SalesKpiApplication {

    public static void main(String[] args) {
        System.exit(ReportCommand.standard().run(args));
    }
}
