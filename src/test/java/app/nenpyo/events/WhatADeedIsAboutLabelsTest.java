package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deed's label names what the deed is about when its clause says it with について (decision 0037's addendum of
 * 2026-12-06, second round). Sentences written for these tests in the style of news reports.
 */
class WhatADeedIsAboutLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static String label(String text) {
        return Articles.datedLabels(text, DAY).get(0);
    }

    @Test
    void whatADeedIsAboutIsSaidWithIt() {
        // written before the topic, and its noun said without the clause describing it
        assertEquals("2024-06-12 市議会が本会議で辞職願について全会一致で同意",
                label("市議会は12日の本会議で、市長が提出した辞職願について全会一致で同意した。\n"));
        // set off by its comma before what was announced
        assertEquals("2024-06-08 文部科学省が全国の小中学校の給食費について無償化検討と発表",
                label("文部科学省は8日、全国の小中学校の給食費について、来年度から無償化を検討すると発表した。\n"));
        assertEquals("2024-06-21 国土交通省がリニア中央新幹線の静岡工区について着工容認と決定",
                label("国土交通省は21日、リニア中央新幹線の静岡工区について、着工を認めると決めた。\n"));
    }

    /** A label too long drops its parts by need: the phrase itself where the deed's own words fill the bound. */
    @Test
    void aLabelTooLongDropsWhatItNeedsLeastAndThePhraseWhereTheDeedFillsIt() {
        assertEquals("2024-06-03 日本郵便が窓口端末について機種に入れ替えると発表",
                label("日本郵便は3日、全国の郵便局で使われている古い窓口端末について、北海道と東北の約2万台を新しい機種に"
                        + "入れ替えると発表した。\n"));
        assertEquals("2024-06-25 宇宙航空研究開発機構が予定の月面から約30メートルの地点に降りる",
                label("宇宙航空研究開発機構は25日、無人探査機「ツクヨミ」について、予定の月面から約30メートルの地点に降りた。\n"));
    }

    @Test
    void aPhraseInsideARelativeClauseOrHoldingAnotherDateIsNotWhatTheDeedIsAbout() {
        // what the council discussed, not what was published
        assertEquals("2024-06-10 政府が有識者会議の報告書を公表", label("政府は10日、教育制度について検討してきた有識者会議の報告書を公表した。\n"));
        // the earthquake of the 15th is that day's report
        assertEquals(List.of("2024-06-16 気象庁が臨時の記者会見を開催", "2024-06-15 地震"),
                Articles.datedLabels("気象庁は16日、15日の地震について臨時の記者会見を開いた。\n", DAY));
        // a thing the label says already is not said twice
        assertEquals("2024-06-09 保健所が食中毒と発表", label("保健所は9日、市内の飲食店で起きた食中毒について、原因はノロウイルスだったと発表した。\n"));
    }
}
