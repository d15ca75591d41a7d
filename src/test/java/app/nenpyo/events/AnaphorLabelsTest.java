package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 同社, 両国 and a title alone, read over the whole document into reports' actors and labels. */
class AnaphorLabelsTest {

    private static Report reportOf(String text, LocalDate date, String expression) {
        return Articles.reports(text, date).stream().filter(r -> r.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + Articles.reports(text, date).stream().map(Report::label).toList()));
    }

    private static List<String> actors(Report r) {
        return r.actors().stream().map(m -> m.canonical() + "/" + m.kind()).toList();
    }

    /** Review A31: the reader counted 「同社が2022年3月期決算を発表」 wrong where the article names 東芝. */
    @Test
    void aCompanyAnaphorIsTheCompanyInActorsAndLabel() {
        String text = "東芝は28日に定時株主総会を開く。同社は5月13日に2022年3月期決算を発表した。";
        Report r = reportOf(text, LocalDate.of(2022, 6, 18), "5月13日");
        assertEquals("東芝が2022年3月期決算を発表", r.label());
        assertEquals(List.of("東芝/ORGANISATION"), actors(r));
        ActorMention toshiba = r.actors().get(0);
        assertEquals("同社", toshiba.span().of(text));
        assertEquals(toshiba, r.subject().orElseThrow());
        assertEquals("同社 = 東芝 (the company named last before it)", toshiba.reason());
    }

    @Test
    void aCompanyAnaphorInNewsTheReviewNeverSaw() {
        String text = "ソフトバンクグループは10日、決算を発表した。同社は来月、新たなファンドを設立する。";
        Report r = reportOf(text, LocalDate.of(2022, 5, 11), "来月");
        assertTrue(r.label().startsWith("ソフトバンクグループが"), r.label());
        assertEquals(List.of("ソフトバンクグループ/ORGANISATION"), actors(r));
        String unnamed = "同社は来月、新たなファンドを設立する。";
        Report alone = reportOf(unnamed, LocalDate.of(2022, 5, 11), "来月");
        assertTrue(alone.label().startsWith("同社が"), "named nowhere, it stays as written: " + alone.label());
        assertEquals(List.of(), alone.actors());
    }

    /** 同氏 is the person named last before, said in the label with the name and the title it was named with. */
    @Test
    void aPersonSaidAgainAsTheSameOne() {
        String text = "山田太郎氏は10日、会長を辞任すると表明した。同氏は12日、東京都内で記者会見を開いた。";
        Report r = reportOf(text, LocalDate.of(2026, 6, 20), "12日");
        assertEquals(List.of("山田太郎/PERSON", "東京/PLACE"), actors(r));
        assertEquals("同氏", r.actors().get(0).span().of(text));
        assertTrue(r.label().startsWith("山田太郎氏が"), r.label());
    }

    /** Review A02: 両国 → 日米 in the label, 日本 and 米国 as actors. */
    @Test
    void theTwoCountries() {
        String text = "日米両政府は7日、外務・防衛担当閣僚協議を開催した。両国は昨年12月28日から今年1月3日まで、事務レベルの協議を続けていた。";
        Report r = reportOf(text, LocalDate.of(2022, 1, 11), "昨年12月28日から今年1月3日まで");
        assertEquals("日米が事務レベルの協議を続ける", r.label());
        assertEquals(List.of("日本/COUNTRY", "米国/COUNTRY"), actors(r));
        assertEquals(new TextSpan(26, 28), r.actors().get(0).span());
        assertEquals("両国", r.actors().get(1).span().of(text));
    }

    /** Review A01: 首相 is 岸田 among the actors and in the label (a timeline of years has many a 首相). */
    @Test
    void aTitleAloneIsThePersonInActorsAndLabel() {
        String text = "岸田首相は11日午前、首相官邸で記者団の取材に応じた。首相は先週金曜日の7日、新型コロナウイルス対策本部の会合を開いた。";
        Report r = reportOf(text, LocalDate.of(2022, 1, 11), "7日");
        assertEquals("岸田首相が新型コロナウイルス対策本部の会合を開催", r.label());
        ActorMention kishida = r.actors().stream().filter(m -> m.kind() == ActorKind.PERSON).findFirst().orElseThrow();
        assertEquals("岸田文雄", kishida.canonical());
        assertEquals("首相", kishida.title());
        assertEquals("日本", kishida.country());
        assertEquals("首相", kishida.span().of(text));
    }

    /** Review A53: 女王が即位 → エリザベス女王が即位; two people stay 両陛下. */
    @Test
    void aQueenNamedBeforeAndTwoPeopleLeftAsWritten() {
        String text = "英国のエリザベス女王は現地時間8日午後、滞在先のスコットランドで死去した。天皇、皇后両陛下は18日に英国に向けて出発される。"
                + "日本時間20日未明、両陛下は帰国の途に就かれる。女王は1952年2月6日に即位し、在位は70年に及んだ。";
        Report queen = reportOf(text, LocalDate.of(2022, 9, 17), "1952年2月6日");
        assertEquals("エリザベス女王が即位", queen.label());
        assertEquals("エリザベス", queen.actors().get(0).name());
        assertEquals("英国", queen.actors().get(0).country());
        Report back = reportOf(text, LocalDate.of(2022, 9, 17), "日本時間20日未明");
        assertTrue(back.label().startsWith("両陛下が"), back.label());
        assertEquals(List.of("天皇/PERSON", "皇后/PERSON"), actors(back));
    }

    /** A minister named in another way than the title written later: 外務大臣 = 外相 (news the review never saw). */
    @Test
    void aTitleWrittenAnotherWay() {
        String text = "茂木敏充外務大臣は3日、中東を訪問した。外相は5日、イランの外相と会談した。";
        Report r = reportOf(text, LocalDate.of(2022, 1, 6), "5日");
        assertTrue(r.label().startsWith("茂木敏充外相が"), r.label());
        assertEquals("茂木敏充", r.actors().get(0).name());
    }

    /**
     * 病院は…止めており、翌日、…被害届を出した (set five): the later clause's label begins with the topic, so
     * the topic's actor is that clause's, an actor and no subject (its doer inferred, not written).
     */
    @Test
    void aTopicCarriedToALaterClauseBringsItsLink() {
        String text = "南浜市立総合病院は2日、障害を発表した。病院は3日から外来を止めており、翌4日、南浜署に被害届を出した。";
        Report r = reportOf(text, LocalDate.of(2022, 11, 5), "翌4日");
        assertEquals("南浜市立総合病院が南浜署に被害届を出す", r.label());
        assertTrue(actors(r).contains("南浜市立総合病院/ORGANISATION"), actors(r) + " " + r.label());
        ActorMention hospital = r.actors().stream().filter(m -> m.canonical().equals("南浜市立総合病院")).findFirst().orElseThrow();
        assertEquals("病院", hospital.span().of(text), "the span is the anaphor's, in the clause before");
        assertTrue(r.subject().isEmpty(), r.subject().toString());
        // the near miss: a later clause with a subject of its own keeps it, and no topic is carried
        String own = "南浜市立総合病院は2日、障害を発表した。病院は3日から外来を止めており、南浜署は4日、捜査を始めた。";
        Report police = reportOf(own, LocalDate.of(2022, 11, 5), "4日");
        assertTrue(actors(police).stream().noneMatch(a -> a.startsWith("南浜市立総合病院")), actors(police) + " " + police.label());
    }

    /**
     * 市は…停止しており、…22日に開く (set one): the label says the bare topic as the text before named it, its prefecture
     * before it (長野県松本市が…), and the later clause's actor is the city still (session 42).
     */
    @Test
    void aTopicNamedWithItsPrefectureInTheLabelBringsItsLink() {
        String text = "長野県松本市の松本城で13日、石垣の一部が崩れた。市は14日から天守への入場を停止しており、臨時の文化財審議会を今月22日に開く。";
        Report r = reportOf(text, LocalDate.of(2022, 3, 15), "今月22日");
        assertTrue(r.label().startsWith("長野県松本市が"), r.label());
        assertTrue(actors(r).contains("松本/PLACE"), actors(r) + " " + r.label());
        // the near miss: a later clause with a subject of its own keeps it
        String own = "長野県松本市の松本城で13日、石垣の一部が崩れた。市は14日から天守への入場を停止しており、県は今月22日に審議会を開く。";
        Report prefecture = reportOf(own, LocalDate.of(2022, 3, 15), "今月22日");
        assertTrue(actors(prefecture).stream().noneMatch(a -> a.startsWith("松本/")), actors(prefecture) + " " + prefecture.label());
    }
}
