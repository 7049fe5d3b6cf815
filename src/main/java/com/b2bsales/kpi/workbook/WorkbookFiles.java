package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.period.ReportContext;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file name rule of workbook.md: {@code b2b-sales-kpis_<period>.xlsx} for a complete period,
 * {@code b2b-sales-kpis_<period>_asof-<date>.xlsx} for one in progress, and {@code _team-<team>}
 * before {@code .xlsx} for a workbook restricted to one team.
 */
public final class WorkbookFiles {

    private static final String PREFIX = "b2b-sales-kpis_";
    private static final String EXTENSION = ".xlsx";

    /** What may remain of a team name once it is lower case with spaces as '-': no path separators. */
    private static final Pattern FILE_SAFE_TEAM = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private WorkbookFiles() {
    }

    public static String fileName(ReportContext context, Optional<String> team) {
        StringBuilder name = new StringBuilder(PREFIX).append(context.period().label());
        if (!context.complete()) {
            name.append("_asof-").append(context.asOf());
        }
        team.ifPresent(t -> name.append("_team-").append(teamPart(t)));
        return name.append(EXTENSION).toString();
    }

    public static Path path(Path outputDir, ReportContext context, Optional<String> team) {
        return outputDir.resolve(fileName(context, team));
    }

    /**
     * The team as it appears in a file name: lower case, spaces as '-'.
     *
     * @throws IllegalArgumentException when the name is blank or holds characters a file name cannot
     */
    static String teamPart(String team) {
        String part = team.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        if (!FILE_SAFE_TEAM.matcher(part).matches()) {
            throw new IllegalArgumentException("Team name '" + team
                    + "' cannot be part of a file name: use letters, digits, spaces, '.', '_' or '-'");
        }
        return part;
    }
}
