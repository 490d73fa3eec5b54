package org.whichtherapist.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-31", "2024-02-29", "2023-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
            "0000-01-01", "9999-12-31", "2026-1-01", "2026-01-1x", "+12026-01-01", "2026/01/31", "", "2026-01-31 "})
    void datesAreReadExactlyAsLocalDateReadsThem(String text) {
        assertEquals(javaReading(text), SourceDocument.parseDate(text), text);
    }

    private static Optional<LocalDate> javaReading(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
