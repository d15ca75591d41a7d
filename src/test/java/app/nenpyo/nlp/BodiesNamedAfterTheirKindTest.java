package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodiesNamedAfterTheirKindTest {

    private static List<ActorMention> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION).toList();
    }

    private static List<String> names(String text) {
        return organisations(text).stream().map(ActorMention::name).toList();
    }

    /** A company, an agency, a citizens' group or an armed group named in brackets after what it is: the whole name. */
    @Test
    void aNameInBracketsAfterTheKindOfBodyIsThatBody() {
        assertEquals(List.of("青葉デリカ"), names("総菜製造業「青葉デリカ」が2日に作ったサラダを食べた客が腹痛を訴えた。"));
        assertEquals(List.of("月光エンタープライズ"), names("芸能事務所「月光エンタープライズ」は5日、社長の辞任を発表した。"));
        assertEquals(List.of("川辺の未来をつくる会"), names("市民団体「川辺の未来をつくる会」は3日、署名を提出した。"));
        assertEquals(List.of("北風旅団"), names("武装組織「北風旅団」が10日、停戦を受け入れた。"));
        assertEquals(List.of("山里の森を守る会"), names("地元の林業家でつくる「山里の森を守る会」は20日に集会を開く。"));
        ActorMention agency = organisations("芸能事務所「月光エンタープライズ」は5日、発表した。").get(0);
        assertTrue(agency.namedAfterItsKind(), agency::toString);
        assertEquals("月光エンタープライズ", agency.surface());
    }

    /** A thing's kind before the bracket (a rocket, a ship), a programme's, or none: nothing in the brackets is a body. */
    @Test
    void noBodyInBracketsAfterAThingAProgrammeOrNoKind() {
        assertEquals(List.of(), names("小型ロケット「ハヤテ」が打ち上げられた。"));
        assertEquals(List.of(), names("市の事業「まちなか花壇」が始まった。"));
        assertEquals(List.of(), names("社長は「会社を立て直す」と述べた。"));
        // a sentence quoted after a kind's word is no name
        assertEquals(List.of(), names("同社の団体「声を聞いた、だから動く」とのコメントが出た。"));
    }

    /** A firm's trade written after what it deals in is a company's kind: the name in brackets is the firm. */
    @Test
    void aTradeAfterWhatItDealsInIsAFirmsKind() {
        assertEquals(List.of("東山モータース"), names("中古車販売業「東山モータース」は8日、店を閉じた。"));
        assertEquals(List.of("北星精機"), names("自動車部品製造業「北星精機」が12日、破産を申請した。"));
    }

    /**
     * A sector's word ending in 業 (観光業, 農業) or a trade with nothing made before it (、製造業) names a plan or a
     * subsidy in brackets after it, no body (review rv2 of session 34, finding 7).
     */
    @Test
    void aSectorOrABareTradeBeforeBracketsNamesNoBody() {
        assertEquals(List.of(), names("町は16日、観光業「再生プラン」を公表した。"));
        assertEquals(List.of(), names("県は農業「未来づくり計画」をまとめた。"));
        assertEquals(List.of(), names("市は17日、製造業「ものづくり補助金」の募集を始めた。"));
        assertEquals(List.of(), names("店は休業「一斉休み」に入った。"));
        // a sector's size or reach before the trade is no thing dealt in
        assertEquals(List.of("経済産業省"), names("経済産業省は21日、中小製造業「ものづくり補助金」の公募を始めた。"));
        assertFalse(names("県は県内製造業「技術革新支援金」の申請を受け付ける。").contains("技術革新支援金"));
        // a bracket never closed: the name is looked for no further than the longest one
        assertEquals(List.of(), names("市民団体「川辺の未来をつくる会と山里の森を守る会と海辺の町の会の連絡会は"));
    }

    /** 同社 points back at a company named in brackets after its kind, where a product's name in brackets it never does. */
    @Test
    void sameCompanyPointsAtTheBodyNamedAfterItsKind() {
        assertEquals(List.of("同社=青葉デリカ"), CoreferenceTest.names("総菜製造業「青葉デリカ」が作ったサラダで食中毒が起きた。同社は営業を止めた。"));
        assertEquals(List.of(), CoreferenceTest.names("新型スマートフォン「ハヤテ」が発売された。同社は増産する。"));
    }

    /** 同社 passes over an armed group or a citizens' group named in brackets to the company before (rv2's finding 3). */
    @Test
    void sameCompanyPassesOverAGroupNamedInBrackets() {
        assertEquals(List.of("同社=北斗電産"), CoreferenceTest.names(
                "北斗電産は10日、工場建設を中断したと発表した。武装組織「黒い旗」が9日に現場を襲撃したという。同社は11日、社員を退避させた。"));
        assertEquals(List.of("同社=東浜商事"), CoreferenceTest.names(
                "東浜商事は3日、埋め立て計画を発表した。市民団体「港を守る会」が4日に抗議した。同社は5日、計画を見直した。"));
        assertEquals(List.of("同社=月光エンタープライズ"), CoreferenceTest.names(
                "東浜商事は3日、新番組を発表した。芸能事務所「月光エンタープライズ」も4日に加わった。同社は5日、出演者を決めた。"));
    }

    /** A shop, an inn or a troupe named in brackets after its kind of house: the name. A shop chain is a company, an inn none. */
    @Test
    void aBusinessNamedAfterItsKindOfHouse() {
        assertEquals(List.of("まるふく"), names("スーパー「まるふく」は3日、値上げを発表した。"));
        assertEquals(List.of("山月荘"), names("温泉旅館「山月荘」が12日、営業を再開した。"));
        assertEquals(List.of("ひまわり座"), names("劇団「ひまわり座」は9日、解散を発表した。"));
        assertEquals(List.of("同社=まるふく"), CoreferenceTest.names("スーパー「まるふく」は3日、値上げを発表した。同社は5日に説明会を開く。"));
        assertEquals(List.of(), CoreferenceTest.names("温泉旅館「山月荘」が12日、営業を再開した。同社は5日に説明会を開く。"), "an inn is no company");
    }

    /** A word of a shop's kind inside another (スーパーマーケットで) or brackets after none: nothing. */
    @Test
    void noBusinessWithoutItsKindRightBeforeTheBrackets() {
        assertEquals(List.of(), names("スーパーで「特売」の札が並んだ。"));
        assertEquals(List.of(), names("旅館の主人は「また来て」と話した。"));
        assertEquals(List.of(), names("スーパーマーケット「マルヤス」は3日、値上げを発表した。"), "スーパー inside スーパーマーケット");
        assertEquals(List.of(), names("ホテル業界「再生の会」が5日、要望書を出した。"), "ホテル inside ホテル業界");
    }
    /** A company said by what it does before its name in brackets (…製造会社「」, …制作会社「」) or a 第三セクター: the name. */
    @Test
    void aCompanyNamedAfterItsWorkIsThatCompany() {
        assertEquals(List.of("朝顔煙火"), names("花火製造会社「朝顔煙火」の工場で8日、爆発があった。"));
        assertEquals(List.of("青い鳥スタジオ"), names("ゲーム制作会社「青い鳥スタジオ」は3日、新作を発表した。"));
        assertEquals(List.of("白樺リゾート開発"), names("町が出資する第三セクター「白樺リゾート開発」は2日、スキー場の閉鎖を決めた。"));
        assertEquals(List.of("同社=みなと警備保障"),
                CoreferenceTest.names("警備会社「みなと警備保障」は9日、契約を打ち切った。同社は10日に説明会を開く。"));
        assertEquals(List.of("同社=白樺リゾート開発"),
                CoreferenceTest.names("第三セクター「白樺リゾート開発」は2日、閉鎖を決めた。同社は負債を抱えていた。"));
    }

    /** A company being set up (合弁会社, 持ち株会社, 新会社「」), or 会社 after a particle: nothing in the brackets is a body. */
    @Test
    void noCompanyBeingSetUpOrAfterAParticle() {
        assertEquals(List.of(), names("両社は来年4月に合弁会社「ひかりエナジー」を設立する。"));
        assertEquals(List.of(), names("新会社「みらい交通」は来春に発足する。"));
        assertEquals(List.of(), names("友人の会社「まるや」で働いた。"));
        assertEquals(List.of(), names("社長は会社「再建の道」を語った。"));
    }

    /**
     * What a body said, quoted after its kind: a headline's quote ending the line, a quote before と and a word of saying,
     * a company's statement holding a case particle after a kanji. A name followed by と and a partner is still a name.
     */
    @Test
    void noBodyInAQuoteOfWhatItSaid() {
        assertEquals(List.of(), names("製薬会社「品質管理を見直す」"), "a headline's quote");
        assertEquals(List.of(), names("鉄道会社「安全対策の強化へ」\n同社は5日、会見を開いた。"), "a headline's quote before a line break");
        assertEquals(List.of(), names("旅行会社「返金の予定なし」と説明した。"), "a quote before と and a word of saying");
        assertEquals(List.of(), names("市民団体「計画の白紙撤回」と訴えた。"), "a group's quote");
        assertEquals(List.of(), names("運送会社「荷物が届かない」の声に答えた。"), "a case particle after a kanji");
        assertEquals(List.of("こだま運輸"), names("運送会社「こだま運輸」と提携した。"), "a partner after と");
        assertEquals(List.of("水辺を守る会"), names("漁師でつくる「水辺を守る会」は3日、集会を開いた。"), "a group's name with を");
    }
}
