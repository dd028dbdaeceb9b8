package io.storytrace.text;

import java.util.Set;

/** The names of days and months as news text writes them, lower case. */
public final class CalendarWords {

    private CalendarWords() {}

    /** The days of the week in full: "monday". */
    public static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** The days of the week as datelines abbreviate them: "wed", "thurs". */
    public static final Set<String> WEEKDAY_ABBREVIATIONS =
            Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    /** The months, in full and as abbreviated in datelines: "january", "jan", "sept". */
    public static final Set<String> MONTHS =
            Set.of(
                    "january",
                    "february",
                    "march",
                    "april",
                    "may",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                    "jan",
                    "feb",
                    "mar",
                    "apr",
                    "jun",
                    "jul",
                    "aug",
                    "sep",
                    "sept",
                    "oct",
                    "nov",
                    "dec");
}
