package io.mesorecords.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Parses the UTC timestamps the store holds ({@code 2026-12-07T18:36:49.123Z}, the event's timestamp as Axon writes it,
 * and {@code recordedAt} as {@link Instant#toString()} writes it: seconds, then none to nine fraction digits) by
 * reading the digits, and everything else (another offset, a year past 9999) with {@link
 * DateTimeFormatter#ISO_OFFSET_DATE_TIME}, as Axon parses them. A replay parses two timestamps for every patient
 * event it folds from a stream; the formatter's general parse was 2.3% of a rebuild's CPU (docs/benchmarks.md, round
 * 19).
 */
final class UtcInstants {

    private static final int SECONDS_END = "2026-12-07T18:36:49".length();

    private UtcInstants() {}

    static Instant parse(CharSequence text) {
        Instant fast = parseUtc(text);
        return fast != null ? fast : DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
    }

    /** The instant, or null where the text is not of the common UTC form (the caller then parses it in full). */
    private static Instant parseUtc(CharSequence text) {
        int length = text.length();
        if (length < SECONDS_END + 1
                || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour > 23
                || minute > 59
                || second > 59) {
            return null;
        }
        int nanos = 0;
        int end = length - 1;
        if (end > SECONDS_END) {
            int fractionDigits = end - SECONDS_END - 1;
            if (text.charAt(SECONDS_END) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, SECONDS_END + 1, end);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number of text[from, to), or -1 where a character is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
