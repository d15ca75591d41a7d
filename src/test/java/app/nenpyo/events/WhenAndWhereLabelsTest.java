package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that say when or around where, read as such and not as what happened (held-out set four's
 * labels ピーク時, 間, 夏 and 中心に…, decision 0037's addendum of session 25). New sentences in the style
 * of news reports.
 */
class WhenAndWhereLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text, DAY);
    }

    @Test
    void aTimeOfTheDateAfterItsNoSaysWhenNotWhat() {
        assertEquals(List.of("2024-06-05 県内の約2万戸が断水"), labels("気象台によると、5日夜のピーク時には県内の約2万戸が断水した。\n"));
        assertEquals(List.of("2024-06-03/2024-06-04 県内で約300ミリの雨が降る"), labels("3日未明から4日朝までの間に県内で約300ミリの雨が降った。\n"));
        assertEquals(List.of("2024-06-10 市が避難所を閉じる"), labels("市は10日の時点で、避難所を閉じていた。\n"));
    }

    @Test
    void aDayOfTheWeekInBracketsIsTheDates() {
        // decision 0037's addendum of session 40: 金 was read as what the topic was (第2局が金)
        assertEquals(List.of("2024-06-28 棋聖戦の第2局が開始"), labels("棋聖戦の第2局は来週28日（金）からです。\n"));
        assertEquals(List.of("2024-06-29 店舗が営業を開始"), labels("新しい店舗は来週29日（土）から営業を始める。\n"));
        // a date the finder read with its brackets, and a time zone's gloss, as before
        assertEquals(List.of("2024-06-24 市議会が補正予算案を可決"), labels("市議会は24日（月）、補正予算案を可決した。\n"));
    }

    @Test
    void aHolidayInBracketsIsTheDates() {
        // decision 0037's addendum of session 41: only one weekday alone was taken (展示会が月・祝から開始, 市が祝に式典を開催)
        assertEquals(List.of("2024-06-24 展示会が開始"), labels("展示会は来週24日（月・祝）から始まる。\n"));
        assertEquals(List.of("2024-07-03 市が式典を開催"), labels("市は来月3日（祝）に式典を開く。\n"));
        assertEquals(List.of("2024-07-15 商店街が歩行者天国を実施"), labels("商店街は来月15日（月・休）、歩行者天国を実施する。\n"));
        assertEquals(List.of("2024-07-15 市が記念式典を開催"), labels("市は来月15日（月・祝日）に記念式典を開く。\n"));
        // a weekday with 曜 beside a holiday, and days joined by 、 (the labels were 市が祝日に式典を開催, 市が月、祝に
        // 式典を開催); 月曜日 alone was read before and stays so
        assertTrue(labels("市は来月24日（月曜・祝日）に式典を開く。\n").contains("2024-07-24 市が式典を開催"));
        assertEquals(List.of("2024-07-24 市が式典を開催"), labels("市は来月24日（月、祝）に式典を開く。\n"));
        assertEquals(List.of("2024-07-22 町が説明会を開催"), labels("町は来月22日（月曜日）に説明会を開く。\n"));
        // near miss: brackets holding other words than the day are not the day's (as before this rule)
        assertEquals(List.of("2024-05-24 同社が米国時間、新製品を発表"), labels("同社は24日（米国時間）、新製品を発表した。\n"));
    }

    @Test
    void aHappeningAfterTheDateAndItsNoStaysWhatHappened() {
        assertEquals(List.of("2024-06-05 会議"), labels("5日の会議には首相が出席した。\n"));
        assertEquals(List.of("2024-06-05 会場で首相が演説"), labels("5日の会場で首相が演説した。\n"));
    }

    @Test
    void whatAHappeningCentredOnIsSaidWithTheCentre() {
        assertEquals(List.of("2024-06-05 九州を中心に交通が乱れる"), labels("大雨で5日、九州を中心に交通が乱れた。\n"));
        assertEquals(List.of("2024-06-05 都心を中心に雪が積もる"), labels("5日、都心を中心に雪が積もった。\n"));
    }

    @Test
    void aCentreThatIsWhatIsDoneStaysAsItWas() {
        assertEquals(List.of("2024-06-05 政府が中心に据える政策を発表"), labels("政府は5日、中心に据える政策を発表した。\n"));
    }
}
