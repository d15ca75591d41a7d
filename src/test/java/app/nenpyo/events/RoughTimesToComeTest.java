package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 32 (issue 4): a period still to come that a deed is promised by ({@link DeadlinesToCome}) and the rough
 * time, after the article's month, of a plan the sentence ends on ({@link PlansInTheirMood}) are background; a
 * planned day, a time already begun, a plan told as a statement and a deed told as done stay on the timeline.
 * On sentences written for this test.
 */
class RoughTimesToComeTest {

    /** A Wednesday in the middle of June 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "県は来月上旬に補正予算案を示す方針だ。|来月上旬|rough time of a plan",
        "鉄道会社は来年度、新しい車両を導入する計画だ。|来年度|rough time of a plan",
        "組合は来月中旬に臨時大会を開く考えだ。|来月中旬|rough time of a plan",
        "政府は来年の通常国会に法案を出す方向だ。|来年|rough time of a plan",
        // not: a planned day, a time already begun, a start, a day in the sentence
        "協会は来月5日に総会を開く予定だ。|来月5日|",
        "県は来月5日に補正予算案を示す方針だ。|来月5日|",
        "市は今月下旬に説明会を開く方針だ。|今月下旬|",
        "県は来月上旬から手数料を引き下げる方針だ。|来月上旬|",
        "市は12日、来月上旬に条例案を示す方針だ。|来月上旬|",
        // told as what will be done: the writers split on these
        "県は来月上旬に補正予算案を示す。|来月上旬|",
        // session 32's review (7): a count is no other date; a date is
        "電力会社は来年度、約300億円を投じる計画だ。|来年度|rough time of a plan",
        "組合は来月中旬に１５０人規模の集会を開く考えだ。|来月中旬|rough time of a plan",
        "鉄道会社は来年度、2030年の全線開業に向けて工事を進める計画だ。|来年度|",
        // session 41: つもり is a noun of intent; にもう is "once more", no earliest time
        "私は来月、友人と被災地を訪ねるつもりだ。|来月|rough time of a plan",
        "監督は来年度、若手を積極的に起用するつもりです。|来年度|rough time of a plan",
        "私は来年の春にもう一度、現地を訪ねるつもりだ。|来年の春|rough time of a plan",
        // not: a named day, a time begun, にも (the writers split), an intent denied, a deed told plainly
        "私は来月10日に現地を訪ねるつもりだ。|来月10日|",
        "私は今月下旬に現地を訪ねるつもりだ。|今月下旬|",
        "町は来月にも説明会を開くつもりだ。|来月|",
        "市長は来月、説明会を開くつもりはない。|来月|",
        "市は来月にもう一度、説明会を開く。|来月|",
        // session 42 (review rvB): にもう is "once more" only before 一, 少 (もう一度, もう少し); にもうかがう is にも and
        // うかがう; にでも is にも's rough kin
        "市は来月にもう一度、説明会を開く方針だ。|来月|rough time of a plan",
        "私は来月にもう少し詳しく調べるつもりだ。|来月|rough time of a plan",
        "私は来月にもうかがうつもりだ。|来月|",
        "私は来月にも伺うつもりだ。|来月|",
        "市は来月にでも説明会を開く方針だ。|来月|",
    })
    void theRoughTimeOfAPlanIsBackground(String sentence, String expression, String reason) {
        Articles.assertBackground(reason, sentence, expression, DATE);
    }

    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "調査委員会は年度末までに最終報告をまとめる。|年度末|deadline still to come",
        "町は今月末までに壊れた水道管を直す。|今月末|deadline still to come",
        "同社は来年3月末までに全店の端末を入れ替える。|来年3月末|deadline still to come",
        // not: a named day, a deadline gone by, a deed told as done, a day in the sentence
        "弁護側は期限の30日までに控訴するかどうかを決める。|30日|",
        "町は先月末までに壊れた水道管を直した。|先月末|",
        "町は今月末までに水道管を直すと発表した。|今月末|",
        "市は12日、年度末までに報告書をまとめると発表した。|年度末|",
        // session 32's review (6): a past deed reported with という, としている, とみられる, とされる is told as done;
        // a deed to come reported so, or a plan so reported (方針だという), is still to come
        "審議会は年度末までに答申をまとめることを決めたという。|年度末|",
        "組合は今月末までに臨時大会を開いたとしている。|今月末|",
        "業者は今月末までに足場を組んだとみられる。|今月末|",
        "県は今月末までに全校への配布を終えたとされる。|今月末|",
        "審議会は年度末までに答申をまとめるという。|年度末|deadline still to come",
        "業者は今月末までに足場を組むとみられる。|今月末|deadline still to come",
        "審議会は年度末までに答申をまとめる方針だという。|年度末|deadline still to come",
        // (7): a count after までに is no other date; a date after it is
        "同社は来年3月末までに約200店を閉鎖する。|来年3月末|deadline still to come",
        "町は今月末までに空き家２０戸を取り壊す。|今月末|deadline still to come",
        "県は年度末までに利用者1万人を目指す。|年度末|",
        "町は今月末までに2022年の台帳を作り直す。|今月末|",
        // (8): another deadline at a month's end is no day named in the sentence; a day named is
        "業者は今月末までに新庁舎を完成させ、来月末までに移転を終える。|今月末|deadline still to come",
        "業者は今月末までに新庁舎を完成させ、来月末までに移転を終える。|来月末|deadline still to come",
        "業者は今月末までに新庁舎を完成させ、来月5日に開庁式を開く。|今月末|",
    })
    void aDeadlineStillToComeIsBackground(String sentence, String expression, String reason) {
        Articles.assertBackground(reason, sentence, expression, DATE);
    }
}
