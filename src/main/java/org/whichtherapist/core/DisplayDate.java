package org.whichtherapist.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as templates show it: {@code iso} for datetime attributes, {@code display} for readers ("1 December 2027"). */
public record DisplayDate(LocalDate date) {
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String iso() {
        return date.toString();
    }

    public String display() {
        return DISPLAY.format(date);
    }
}
