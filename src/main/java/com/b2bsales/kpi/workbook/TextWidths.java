package com.b2bsales.kpi.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How wide a text is in a cell, in digit widths: the unit of Excel's column widths is the width of a
 * digit of the workbook's font. Estimated from the advance widths of Arial, which Liberation Sans
 * (LibreOffice) shares exactly, rather than from the fonts of the machine that writes the file
 * (autoSizeColumn would size the columns differently on every server). Other fonts of the house style
 * have digits of one width too, so numbers measure the same; their letters may differ a little.
 */
final class TextWidths {

    /** Advance widths of Arial, in 1/1000 em, for the characters from ' ' (32) to '~' (126). */
    private static final int[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p to ~
    private static final int[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};
    private static final double DIGIT = 556;
    /** Arrows, accented letters and the like: as wide as the widest letters, to be safe. */
    private static final int OTHER = 1000;
    /** How far a renderer's text may be wider or narrower than the estimate (hinting, bold, font substitutes). */
    private static final double TOLERANCE = 0.06;

    private TextWidths() {
    }

    /** The width of a text in digits of the same font. */
    static double of(String text, boolean bold) {
        int[] widths = bold ? BOLD : REGULAR;
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sum += c >= 32 && c <= 126 ? widths[c - 32] : OTHER;
        }
        return sum / DIGIT;
    }

    /**
     * The lines a wrapped text shows in a space between {@code narrowest} and {@code widest} digits
     * wide (renderers differ in their cell margins), when they are the same wherever in that range the
     * space is and whether the renderer's text is a little wider or narrower than estimated, and every
     * line ends at a space: empty when a renderer might break a word ("(2026-" and "Q1)") or break
     * elsewhere than expected.
     */
    static Optional<List<String>> wrapCleanly(String text, double narrowest, double widest, boolean bold) {
        Optional<List<String>> wide = wrap(text, narrowest / (1 + TOLERANCE), bold);
        Optional<List<String>> narrow = wrap(text, widest / (1 - TOLERANCE), bold);
        return wide.isPresent() && wide.equals(narrow) ? wide : Optional.empty();
    }

    /** The width of a text, as wide as a renderer may show it. */
    static double atMost(String text, boolean bold) {
        return of(text, bold) * (1 + TOLERANCE);
    }

    /**
     * Greedy wrapping as Excel and LibreOffice do it, with a break allowed after a space or a hyphen;
     * empty when a line would end after a hyphen or a word does not fit on a line of its own.
     */
    private static Optional<List<String>> wrap(String text, double room, boolean bold) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String piece : pieces(paragraph)) {
                if (of(piece.strip(), bold) > room) {
                    return Optional.empty();
                }
                if (line.isEmpty() || of((line + piece).strip(), bold) <= room) {
                    line.append(piece);
                } else if (line.charAt(line.length() - 1) == ' ') {
                    lines.add(line.toString().strip());
                    line = new StringBuilder(piece);
                } else {
                    return Optional.empty();
                }
            }
            lines.add(line.toString().strip());
        }
        return Optional.of(lines);
    }

    /** The text cut after each space and each hyphen: where a line may break. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }
}
