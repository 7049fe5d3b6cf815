package com.b2bsales.kpi.run;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The company workbook was written but the workbook of one team or more was not: the run fails (its
 * workbooks are not mailed) and the message says which files were written and which were not, and why.
 */
public class TeamWorkbooksNotWrittenException extends RuntimeException {

    public TeamWorkbooksNotWrittenException(Path companyWorkbook, Collection<String> written, Map<String, String> notWritten) {
        super("written: the company workbook " + companyWorkbook
                + written.stream().map(team -> ", team " + team + "'s").collect(Collectors.joining())
                + "; not written: " + notWritten.entrySet().stream()
                        .map(team -> "team " + team.getKey() + "'s (" + team.getValue() + ")")
                        .collect(Collectors.joining(", ")));
    }
}
