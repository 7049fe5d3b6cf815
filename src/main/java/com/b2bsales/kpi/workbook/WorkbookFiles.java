package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.period.ReportContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The file name rule of workbook.md: {@code b2b-sales-kpis_<period>.xlsx} for a complete period,
 * {@code b2b-sales-kpis_<period>_asof-<date>.xlsx} for one in progress, and {@code _team-<team>}
 * before {@code .xlsx} for a workbook restricted to one team. The team part depends on the other
 * teams of the run: two teams whose names read alike ({@code North East}, {@code North-East}) each
 * get a suffix from their exact name, so that no team's workbook ever overwrites another's.
 */
public final class WorkbookFiles {

    private static final String PREFIX = "b2b-sales-kpis_";
    private static final String EXTENSION = ".xlsx";
    /** Longer team parts are cut and get the hash suffix: a file name must stay within 255 bytes. */
    static final int MAX_TEAM_PART = 64;

    private WorkbookFiles() {
    }

    /** The file name of a workbook when the team, if any, is the run's only team. */
    public static String fileName(ReportContext context, Optional<String> team) {
        return fileName(context, team, team.map(List::of).orElse(List.of()));
    }

    /** The file name of the company workbook, or of one team's among the teams of the run. */
    public static String fileName(ReportContext context, Optional<String> team, Collection<String> teamsOfRun) {
        StringBuilder name = new StringBuilder(PREFIX).append(context.period().label());
        if (!context.complete()) {
            name.append("_asof-").append(context.asOf());
        }
        team.ifPresent(t -> name.append("_team-").append(Optional.ofNullable(teamParts(teamsOfRun).get(t))
                .orElseThrow(() -> new IllegalArgumentException("team '" + t + "' is not a team of the run"))));
        return name.append(EXTENSION).toString();
    }

    public static Path path(Path outputDir, ReportContext context, Optional<String> team) {
        return outputDir.resolve(fileName(context, team));
    }

    public static Path path(Path outputDir, ReportContext context, Optional<String> team, Collection<String> teamsOfRun) {
        return outputDir.resolve(fileName(context, team, teamsOfRun));
    }

    /** Whether the file name is one of this job's workbooks, of any period or team. */
    static boolean isWorkbookName(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(EXTENSION);
    }

    /**
     * Each team's part of its file name, by the rule of workbook.md: the name in lower case, each run
     * of characters other than a-z and 0-9 as one '-', none at either end; where two teams of the run
     * would get the same part, or a part is empty, each such part is followed by '-' and the first 8
     * hex digits of the SHA-256 of the team's exact name in UTF-8. A part longer than
     * {@value #MAX_TEAM_PART} characters is cut there and gets the suffix too.
     *
     * @throws IllegalArgumentException when a team is not among {@code teamsOfRun}
     */
    static Map<String, String> teamParts(Collection<String> teamsOfRun) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String team : teamsOfRun) {
            parts.put(team, plain(team));
        }
        Map<String, Long> uses = counts(parts.values());
        parts.replaceAll((team, part) -> part.isEmpty() || uses.get(part) > 1 || part.length() > MAX_TEAM_PART
                ? cut(part) + "-" + sha256(team).substring(0, 8) : part);
        // A team named like another's suffixed part ("north-east-1a2b3c4d"), or two names whose hashes
        // share their first 8 digits: the whole hash tells them apart.
        Map<String, Long> suffixed = counts(parts.values());
        parts.replaceAll((team, part) -> suffixed.get(part) > 1 ? cut(plain(team)) + "-" + sha256(team) : part);
        return parts;
    }

    private static String plain(String team) {
        return team.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String cut(String part) {
        return part.length() <= MAX_TEAM_PART ? part : part.substring(0, MAX_TEAM_PART).replaceAll("-$", "");
    }

    private static Map<String, Long> counts(Collection<String> parts) {
        return parts.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String sha256(String team) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(team.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
