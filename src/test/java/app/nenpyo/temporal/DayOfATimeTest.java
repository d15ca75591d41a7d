package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TextSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time of day written without its day is on the story's day: a date before it in its sentence,
 * else the day of the last clock time told (not a dateline's), else of the last part of a day told,
 * else the day told before with the happening its sentence has for topic, else the day the sentence
 * right before told in its paragraph, else the article's.
 */
class DayOfATimeTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text (⏎ a line break) | the time | its value
        "2023-06-15|関東では14日も気温が上がり、甲府市では午後1時半に38.2度を観測した。|午後1時半|2023-06-14T13:30",
        "2023-06-15|13日午前6時ごろ、県北部で地震があった。気象庁は午前6時10分、津波の心配はないと発表した。|午前6時10分|2023-06-13T06:10",
        "2023-06-15|14日午前10時ごろ、倉庫から出火した。近くでは12日夜にも、ぼやがあった。消防は午後3時から現場を調べた。|午後3時|2023-06-14T15:00",
        "2023-06-15|記念式典は14日夜、市内のホールで開かれ、20日までの展示も始まった。式典は午後7時に始まった。|午後7時|2023-06-14T19:00",
        "2023-06-15|両国の合意は14日、発効した。発効は当初、午前9時の予定だった。|午前9時|2023-06-14T09:00",
        // a dateline's time is when the page was made, not the story's
        "2023-06-15|2023/06/15 09:30⏎14日、両国の合意が発効した。発効は当初、午前9時の予定だった。|午前9時|2023-06-14T09:00",
        // the day the sentence right before told, in its paragraph (the article's until session 36)
        "2023-06-15|式典は14日に開かれた。午後2時に終わった。|午後2時|2023-06-14T14:00",
        "2023-06-08|スーパーは6日、備蓄米の販売を始めた。開店前の午前8時ごろには約200人が列をつくった。|午前8時|2023-06-06T08:00",
        "2023-04-01|岬線が31日、最後の運行を終えた。最終列車は午後9時12分に岬駅を出発した。|午後9時12分|2023-03-31T21:12",
        "2023-06-15|旅館が14日、営業を再開した。午前11時から記念式典が開かれた。|午前11時|2023-06-14T11:00",
        // sentences telling no date between hold the day on (session 40); a month told between, or a paragraph, ends it
        "2023-10-12|第4局が11日、京都市で指され、挑戦者が勝った。これで八冠となった。対局は午前9時に始まった。|午前9時|2023-10-11T09:00",
        "2024-05-20|倉庫から18日、火が出た。けが人はいなかった。消防によると、火は約2時間後に消えた。鎮火は午後3時だった。|午後3時|2024-05-18T15:00",
        "2023-10-12|第4局が11日、京都市で指され、挑戦者が勝った。6月には名人を獲得していた。対局は午前9時に始まった。|午前9時|2023-10-12T09:00",
        "2023-10-12|第4局が11日、京都市で指され、挑戦者が勝った。⏎これで八冠となった。対局は午前9時に始まった。|午前9時|2023-10-12T09:00",
        // but not across a paragraph, from a bound of a period, from a plan, nor for a time to come
        "2023-06-15|式典は14日に開かれた。⏎午後2時から市長が会見した。|午後2時|2023-06-15T14:00",
        "2023-06-15|展示は20日まで開かれる。午後2時から市長が会見した。|午後2時|2023-06-15T14:00",
        "2023-06-15|市長は12日から出張している。午後2時に会見した。|午後2時|2023-06-15T14:00",
        "2023-06-15|首相は20日に訪米する。午後2時に会見した。|午後2時|2023-06-15T14:00",
        "2023-06-15|市長は14日に視察した。午後2時から会見を開く。|午後2時|2023-06-15T14:00",
        // the latest day of the sentence before, not one inside it; none after days listed, a day with its year or of weeks
        // before (read again the same day)
        "2026-03-11|首相は10日、3日に死去した元首相の弔問に訪れた。午後1時には記者団の取材に応じた。|午後1時|2026-03-10T13:00",
        "2026-03-11|首相は10日、「3日に大統領と電話で話した」と明らかにした。午後6時に官邸を出た。|午後6時|2026-03-10T18:00",
        "2026-03-10|試験は1日、3日、5日に行われた。午前9時に始まった。|午前9時|2026-03-10T09:00",
        "2026-03-10|同社は2019年4月1日に設立された。社長は午前10時に会見した。|午前10時|2026-03-10T10:00",
        "2026-03-10|事件が起きたのは先月3日のことだ。県警は午前9時に記者会見を開いた。|午前9時|2026-03-10T09:00",
        // a later day told moves the story on from a clock day or a part of a day; a coming time is on no day gone
        "2023-06-15|火災は12日午後に起きた。市は14日、調査委員会を設けた。委員会は午前10時に初会合を開いた。|午前10時|2023-06-14T10:00",
        "2023-06-15|火災は12日午後2時に起きた。市は14日、調査委員会を設けた。委員会は午前10時に初会合を開いた。|午前10時|2023-06-14T10:00",
        "2023-06-15|見本市は12日午後、幕張メッセで始まり、14日まで開かれる。開会式は午後1時に始まった。|午後1時|2023-06-12T13:00",
        "2023-06-15|社長は13日夜、取引先と会談した。社長は午前11時から記者会見を開く。|午前11時|2023-06-15T11:00",
        "2023-06-15|社長は13日午後5時、取引先と会談した。社長は午前11時から工場を視察する予定だ。|午前11時|2023-06-15T11:00",
        // a day after the article's told between is a plan: the story stays on its day
        "2023-06-13|首相は12日午前、米大統領と会談した。15日に訪米する。午後3時に記者会見を開いた。|午後3時|2023-06-12T15:00",
        // no day told: the article's
        "2023-06-15|首相は午後3時から官邸で記者会見を開く。|午後3時|2023-06-15T15:00",
    })
    void isOnTheStorysDay(String document, String text, String time, String value) {
        assertEquals(value, FoundMentions.valueOf(text.replace('⏎', '\n'), document, time));
    }

    /** A page wrapped at its width, its sentences as the import splits them (at 。, not at a line): no paragraph breaks. */
    @Test
    void aLineThePageWrappedBreaksNoParagraph() {
        String text = "スーパーは6日、備蓄米の販売\nを始めた。開店前の午前8時ご\nろには約200人が列をつくっ\nた。";
        int stop = text.indexOf('。') + 1;
        List<TextSpan> sentences = List.of(new TextSpan(0, stop), new TextSpan(stop, text.length()));
        List<DateMention> found = new DateFinder().find(text, LocalDate.parse("2026-03-10"), sentences);

        assertEquals("2026-03-06T08:00", FoundMentions.named(found, "午前8時").formattedValue());
        String paragraphs = "スーパーは6日、備蓄米の販売を始めた。\n開店前の午前8時ごろには約200人が列をつくった。";
        int end = paragraphs.indexOf('。') + 1;
        List<DateMention> apart = new DateFinder().find(paragraphs, LocalDate.parse("2026-03-10"),
                List.of(new TextSpan(0, end), new TextSpan(end + 1, paragraphs.length())));
        assertEquals("2026-03-10T08:00", FoundMentions.named(apart, "午前8時").formattedValue());
    }
}
