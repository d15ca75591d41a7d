package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnaphorFinderTest {

    private static List<Anaphor> find(String text) {
        List<Token> tokens = JapaneseTokens.of(text);
        return new AnaphorFinder().find(text, tokens, new ActorFinder().find(text, tokens));
    }

    private static List<String> surfaces(String text) {
        return find(text).stream().map(a -> a.surface() + "/" + a.points()).toList();
    }

    @Test
    void sameAndBothWordsAtTheirSpans() {
        List<Anaphor> company = find("同社は5月13日に2022年3月期決算を発表した。");
        assertEquals(1, company.size(), company.toString());
        assertEquals(new Anaphor("同社", new TextSpan(0, 2), Anaphor.Points.COMPANY, ""), company.get(0));
        assertEquals(List.of("両国/TWO_COUNTRIES"), surfaces("両国は昨年12月28日から今年1月3日まで、事務レベルの協議を続けていた。"));
        assertEquals(List.of("同党/PARTY"), surfaces("同党は10日、公約を発表した。"));
        assertEquals(List.of("同省/MINISTRY"), surfaces("同省によると、被害は3県に及んだ。"));
        assertEquals(List.of("同行/BANK"), surfaces("同行は来月、新たな店舗を開く。"));
        assertEquals(List.of("同国/COUNTRY"), surfaces("同国政府は声明を出した。"));
        assertEquals(List.of("両陛下/TWO_PEOPLE"), surfaces("日本時間20日未明、両陛下は帰国の途に就かれる。"));
        assertEquals(new TextSpan(10, 13), find("日本時間20日未明、両陛下は帰国の途に就かれる。").get(0).span());
        assertEquals(List.of("両首脳/TWO_PEOPLE"), surfaces("両首脳は共同声明に署名した。"));
    }

    /** 同行した is a verb, 合同会社 a kind of company, 両国国技館 a hall in Tokyo. */
    @Test
    void wordsThatOnlyLookLikeAnaphors() {
        assertEquals(List.of(), surfaces("記者が同行した。"));
        assertEquals(List.of(), surfaces("合同会社は10日に設立された。"));
        assertEquals(List.of(), surfaces("両国国技館で初場所が始まった。"));
        assertEquals(List.of(), surfaces("同日、会見が開かれた。"));
    }

    @Test
    void aTitleAloneIsAnAnaphorAndATitleWithANameOrACompoundIsNot() {
        List<Anaphor> pm = find("首相は先週金曜日の7日、新型コロナウイルス対策本部の会合を開いた。");
        assertEquals(List.of(new Anaphor("首相", new TextSpan(0, 2), Anaphor.Points.TITLED_PERSON, "首相")), pm);
        assertEquals(List.of("外相/TITLED_PERSON"), surfaces("外相は今月下旬にも訪米する方向で調整している。"));
        assertEquals(List.of("女王/TITLED_PERSON"), surfaces("女王は1952年2月6日に即位し、在位は70年に及んだ。"));
        assertEquals(List.of("監督/TITLED_PERSON"), surfaces("試合後、監督は選手をたたえた。"));
        assertEquals(List.of(), surfaces("岸田首相は11日午前、首相官邸で記者団の取材に応じた。"), "a name, and a building");
        assertEquals(List.of(), surfaces("英首相は10日、辞任を表明した。"), "another country's");
        assertEquals(List.of(), surfaces("歴代首相の中で最長となった。"));
        assertEquals(List.of(), surfaces("代表は10日、会見した。"), "a title as often a common noun");
    }

    /** 病院は, 寺が, 組合の, 原発の, 同病院, 同大, 同館 (sets four and five): a body said again by its kind. */
    @Test
    void aKindAloneOrAfterSameIsAnAnaphor() {
        List<Anaphor> hospital = find("病院は同日から外来の受け付けを止めた。");
        assertEquals(List.of(new Anaphor("病院", new TextSpan(0, 2), Anaphor.Points.BODY_OF_KIND, "病院")), hospital);
        assertEquals(List.of("寺/BODY_OF_KIND"), surfaces("寺は来月、本尊を公開する。"));
        assertEquals(List.of("組合/BODY_OF_KIND"), surfaces("組合は交渉を続けると述べた。"));
        assertEquals(List.of("原発/BODY_OF_KIND"), surfaces("住民団体は、原発の正門前で集会を開いた。"));
        assertEquals(List.of("同病院/BODY_OF_KIND"), surfaces("同病院では昨年も停電があった。"));
        List<Anaphor> university = find("同大では3年前にも誤りがあった。");
        assertEquals(List.of(new Anaphor("同大", new TextSpan(0, 2), Anaphor.Points.BODY_OF_KIND, "大")), university);
        assertEquals(List.of("同館/BODY_OF_KIND"), surfaces("同館は月曜日を休館とする。"));
    }

    /** 全国の病院で, 病院に運ばれた, 病院長, 寺院: a kind that names one of many, where to, or another word. */
    @Test
    void aKindInsideAWordAfterNoOrAsWhereToIsNone() {
        assertEquals(List.of(), surfaces("全国の病院で手術が延期された。"));
        assertEquals(List.of(), surfaces("男性は病院に運ばれたが、命に別条はない。"));
        assertEquals(List.of(), surfaces("病院長は会見で陳謝した。"));
        assertEquals(List.of(), surfaces("寺院は全国に約7万ある。"));
        assertEquals(List.of(), surfaces("県内の町立病院でも被害が出た。"));
    }

    @Test
    void anOfficeOrAMunicipalityAloneAtAPhrasesStartIsAnAnaphor() {
        assertEquals(List.of("地検/OFFICE"), surfaces("地検は5日、男を起訴した。"));
        assertEquals(List.of("県警/OFFICE"), surfaces("調べに対し、県警が捜査を続けている。"));
        assertEquals(List.of("県警/OFFICE"), surfaces("同日午後に県警が会見した。"), "after a particle");
        assertEquals(List.of("警察/OFFICE", "消防/OFFICE"), surfaces("警察と消防は16日に実況見分を行った。"));
        assertEquals(List.of("町選管/OFFICE"), surfaces("町選管は19日、町長選の日程を決めた。"));
        assertEquals(List.of("市/MUNICIPALITY"), surfaces("市は来年度から補助金を増やす。"));
    }

    @Test
    void anOfficeOrAMunicipalityAfterAWordOrBeforeOneIsNone() {
        assertEquals(List.of(), surfaces("大阪地検は5日、男を起訴した。"), "named with its place");
        assertEquals(List.of(), surfaces("地検幹部が取材に応じた。"), "a word goes on after it");
        assertEquals(List.of(), surfaces("県警幹部が会見で陳謝した。"));
        assertEquals(List.of(), surfaces("新しい市は来年発足する。"), "no phrase mark nor particle before it");
    }
}
