package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** 同社 points back at a company named in brackets after its kind, where a product's name in brackets it never does. */
    @Test
    void sameCompanyPointsAtTheBodyNamedAfterItsKind() {
        assertEquals(List.of("同社=青葉デリカ"), CoreferenceTest.names("総菜製造業「青葉デリカ」が作ったサラダで食中毒が起きた。同社は営業を止めた。"));
        assertEquals(List.of(), CoreferenceTest.names("新型スマートフォン「ハヤテ」が発売された。同社は増産する。"));
    }
}
