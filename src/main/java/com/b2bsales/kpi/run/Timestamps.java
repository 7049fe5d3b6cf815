package com.b2bsales.kpi.run;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A run's times as its messages and history show them: to the second, seconds always written ("…T06:00:00"). */
final class Timestamps {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private Timestamps() {
    }

    static String toTheSecond(LocalDateTime time) {
        return time.format(TO_THE_SECOND);
    }
}
