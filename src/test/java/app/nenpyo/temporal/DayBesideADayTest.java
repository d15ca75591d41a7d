package app.nenpyo.temporal;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day written after the word that says which day it is beside (前日の5日, 翌日の2日) takes the month of
 * the day it is beside, not of a date written earlier in its sentence ({@link DayNamedBeside}); 週明け with
 * a day after it (週明け5日, 週明けの13日) is the start of the week that day is in, not the Monday the tense
 * points to; 翌13日 is the day after the day told whose next day is the 13th (decision 0003's addenda of
 * session 28); 一昨日の13日 and 昨日の1日 are the day the word counts to from the article's, and 同じ日 is 同日 (session
 * 33). On texts written for this test.
 */
class DayBesideADayTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        "2025-06-11|議会は10日、新しい議長を選んだ。3月2日の選挙で第1党となった同党は、前日の9日に連立協定に署名したばかりだった。|9日|2025-06-09",
        "2025-06-11|議会は10日、新しい議長を選んだ。3月2日の選挙で勝った同党は、翌日の11日に閣僚名簿を出す。|11日|2025-06-11",
        "2024-03-04|判決は1日に言い渡された。被告は翌日の2日に控訴した。|2日|2024-03-02",
        // near miss: no day told gives the number: read as any day alone, in the month of the date before it
        "2025-06-11|3月2日の選挙で勝った同党は、前日の20日に協定に署名していた。|20日|2025-03-20",
        // 週明け and a day: 週明け is the start of the week that day is in, told done or planned
        "2024-08-07|週明け5日の東京市場は、売りが売りを呼ぶ展開となった。|週明け|2024-08-05",
        "2024-08-07|週明け5日の東京市場は、売りが売りを呼ぶ展開となった。|5日|2024-08-05",
        "2024-08-07|組合は週明けの13日に集会を開く予定だ。|週明け|2024-08-13",
        "2024-08-07|組合は週明けの13日に集会を開く予定だ。|13日|2024-08-13",
        // near miss: 週明け alone is the Monday
        "2024-08-07|組合は週明けに集会を開く予定だ。|週明け|2024-08-12",
        // 翌 and a day: the day after a day told whose next day has that number, not after the day told last
        "2021-05-20|山吹線で12日夜、列車が脱線した。運輸安全委員会は14日に現場を調べた。社長は翌13日未明に会見した。|翌13日未明|2021-05-13",
        "2023-04-05|大会は3月31日に開幕し、4月2日に決勝を迎えた。翌1日には記念式典が開かれていた。|翌1日|2023-04-01",
        // near miss: no day told is the day before: after the day told last, as before
        "2022-01-11|5日に入院し、翌7日に退院した。|翌7日|2022-01-07",
        // a word counting from the article's day and a day after it: that day, not the month of a date written before
        "2025-10-15|4月13日に開幕した博覧会は、一昨日の13日、半年の会期を終えて閉幕した。|13日|2025-10-13",
        "2024-02-02|1月10日に始まった工事は、昨日の1日に終わった。|1日|2024-02-01",
        "2024-02-02|12月20日に届いた手紙を、今日の2日に公開した。|2日|2024-02-02",
        // near miss: a number that day does not have is read as any day alone (in the month of the date before it)
        "2024-02-02|1月10日に始まった工事は、昨日の20日に終わった。|20日|2024-01-20",
        // 同じ日 is 同日: the day told last
        "2021-02-22|軍の機関紙は19日、兵士4人の死亡を伝えた。同じ日、委員会は4人に称号を贈った。|同じ日|2021-02-19",
        "2021-02-22|議会は19日に予算を可決し、同じ日の夜に閉会した。|同じ日|2021-02-19",
    })
    void readsTheDay(String date, String text, String expression, String value) {
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(date)), text, expression, value);
    }
}
