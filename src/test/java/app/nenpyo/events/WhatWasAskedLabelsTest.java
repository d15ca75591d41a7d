package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What an order, a request or a call asked for is written before よう (避難するよう呼びかけ,
 * 支払うよう命じ): a headline says it as the object of the asking (避難を呼びかけ), not the asking alone,
 * and keeps the verb where the deed has its own object (対策を徹底するよう通知: を is said once).
 */
class WhatWasAskedLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void aDeedNamedByANounIsWhatWasAskedFor() {
        assertEquals("気象庁が沿岸部の住民に早めに避難を呼びかけ",
                label("気象庁は18日、沿岸部の住民に早めに避難するよう呼びかけた。\n"));
        assertEquals("厚生労働省が全国の医療機関に院内の感染対策を徹底するよう通知",
                label("厚生労働省は12日、全国の医療機関に院内の感染対策を徹底するよう通知した。\n"));
        assertEquals("文部科学省が給食の提供を早めに再開するよう要求",
                label("文部科学省は6日、各地の学校に給食の提供を早めに再開するよう求めた。\n"));
    }

    @Test
    void aPlainVerbKeepsItsForm() {
        assertEquals("知事が県民に不要不急の外出を控えるよう要求",
                label("知事は11日、県民に不要不急の外出を控えるよう求めた。\n"));
        assertEquals("東京地裁が運営会社に約2億円を支払うよう命令",
                label("東京地裁は9日、運営会社に約2億円を支払うよう命じた。\n"));
    }
}
