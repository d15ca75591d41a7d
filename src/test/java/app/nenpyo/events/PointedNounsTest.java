package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.JapaneseTokens;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A thing news names in full and then points back at with 同 (同法案, 同計画) is labelled by its full
 * name again, as the sentences before said it: a timeline shows the label without the article.
 */
class PointedNounsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 20);

    private static String pointed(String sentence) {
        return NamedBefore.pointedNoun(JapaneseTokens.of(sentence), new TextSpan(0, sentence.length()));
    }

    private static String labelAt(String text, String expression) {
        return Articles.reports(text, DAY).stream().filter(r -> r.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + text)).label();
    }

    @Test
    void theNounAPrefixDoPointsBackWithIsTheWholeNoun() {
        assertEquals("法案", pointed("同法案は可決された。"));
        assertEquals("予算案", pointed("同予算案は20日に可決された。"), "all the nouns written onto it");
        assertEquals("", pointed("同盟国は11日に集まる。"), "同盟 is one word: no prefix points back");
        assertEquals("", pointed("同時多発テロから20年となった。"));
        assertEquals("", pointed("同法は来年施行される。"), "one character is too little to find again");
        assertEquals("", pointed("同社は10日、決算を発表した。"), "an actor's anaphor, linked by coreference");
    }

    @Test
    void theLabelSaysTheFullNameTheSentencesBeforeGave() {
        assertEquals("経済安全保障推進法案が参院本会議で可決",
                labelAt("政府は10日、経済安全保障推進法案を閣議決定した。同法案は5月11日に参院本会議で可決、成立した。\n", "5月11日"));
        assertEquals("補正予算案が可決", labelAt("東京都は補正予算案を発表した。同予算案は都議会で20日に可決された。\n", "20日"));
        assertEquals("エネルギー基本計画が目標を掲げる",
                labelAt("政府は昨年、新たなエネルギー基本計画を閣議決定した。同計画は2030年度までの目標を掲げる。\n", "2030年度"));
    }

    @Test
    void withoutAFullNameBeforeTheLabelSaysWhatTheTextSays() {
        assertEquals("同計画が施行", labelAt("県は防災の見直しを進めてきた。同計画は4月1日に施行される。\n", "4月1日"), "never named in full");
        assertEquals("同計画が施行", labelAt("県は計画を見直した。同計画は4月1日に施行される。\n", "4月1日"),
                "named as bare as the label's");
        assertEquals("同盟国がリトアニアで会合を開催",
                labelAt("北大西洋条約機構は加盟国の首脳会議を開いた。同盟国は7月11日にリトアニアで会合を開く。\n", "7月11日"),
                "同盟国 is a word of its own, though 加盟国 ends alike");
    }
}
