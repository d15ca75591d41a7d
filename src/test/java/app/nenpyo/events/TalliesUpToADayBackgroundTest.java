package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 42 (decision 0005's addendum of 2026-12-18): the day a running tally has reached by, the count in the date's
 * own clause whatever form that clause ends in ({@link RunningTallies}), which the writers of the development sets keep
 * off the timeline. A time still to come, a count in another clause and a number that is no count stay. Sentences from
 * the development sets' shapes, written again for several kinds of news.
 */
class TalliesUpToADayBackgroundTest {

    /** A Thursday in late August 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 8, 24);

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // a tally up to a day, its clause going on or told as a state
        "マウイ郡の発表では、23日朝までに確認された死者は115人で、行方不明者はなお1000人を超える。|23日朝|true",
        "前売り入場券の販売は12日までに約870万枚にとどまり、目標の1400万枚に届いていない。|12日|true",
        "運河の両端には22日夕方までに100隻以上の船が滞留しており、物流への影響が懸念されている。|22日夕方|true",
        "県警によると、町内の被害は今月20日までに17件に上り、昨年1年間の3件から急増した。|今月20日|true",
        "県の発表では、開通から今月20日までの通行量は1日平均約5200台で、見込みを3割上回った。|今月20日|true",
        "先月末までに電源コードから発火する事故が全国で３件起き、うち１件は住宅の全焼につながった。|先月末|true",
        // not: a time still to come (a deadline), a count after a comma, a number that is no count
        "市は来月10日までに500人分の食料を用意する。|来月10日|false",
        "治安部隊は20日夜までに建物を奪還し、翌21日にかけて約1500人を拘束した。|20日夜|false",
        "町は22日までに古くなった住民台帳と2022年版の地図を作り直し、住民に配った。|22日|false",
        // review rvD (finding 5) would have these on the timeline; a blind set's writer keeps such a day off it (one
        // more background date on the timeline of set twenty-eight with the mend), as FigureDates does for 逮捕した
        "県警は5日までに組織的詐欺の疑いで男2人を逮捕し、余罪を追及している。|5日|true",
        "県警によると、5日までに男2人が逮捕され、余罪を追及している。|5日|true",
    })
    void aTallyUpToADayIsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? FigureDates.RUNNING_COUNT : null, sentence, expression, DATE);
    }
}
