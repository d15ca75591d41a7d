package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LabelFitting}: a label's parts fitted to {@link Label#MAX_LENGTH}, and a bracket cut from its pair dropped. */
class LabelFittingTest {

    /** A label that fits is said whole, its parts in their order. */
    @Test
    void aLabelThatFitsIsSaidWhole() {
        assertEquals("市長が市役所で新庁舎の完成式典に出席",
                LabelFitting.fit("市長が", List.of("市役所で", "新庁舎の完成式典に", "出席"), Map.of()));
    }

    /** Too long, a part told with its describing clause is said without it first, and nothing else is dropped. */
    @Test
    void aPartIsSaidWithoutItsClauseFirst() {
        String described = "県内の全ての公立小中学校に通う児童と生徒の保護者を対象とした説明会を";
        String fitted = LabelFitting.fit("県教育委員会が", List.of("来月", described, "開催"), Map.of(described, "説明会を"));
        assertEquals("県教育委員会が来月説明会を開催", fitted);
    }

    /** Still too long, where the deed was done goes first (で, から), before who it was done with; the deed stays. */
    @Test
    void whereTheDeedWasDoneIsDroppedFirst() {
        String fitted = LabelFitting.fit("国際原子力機関のグロッシ事務局長が",
                List.of("オーストリアの首都ウィーンにある本部で", "ウクライナのエネルギー相と", "会談"), Map.of());
        assertEquals("国際原子力機関のグロッシ事務局長がウクライナのエネルギー相と会談", fitted);
        String second = LabelFitting.fit("国際原子力機関のグロッシ事務局長が",
                List.of("ウクライナのエネルギー相と", "オーストリアの首都ウィーンにある本部で", "会談"), Map.of());
        assertEquals("国際原子力機関のグロッシ事務局長がウクライナのエネルギー相と会談", second, "the place dropped where it stands");
    }

    /** A label of one part too long is cut, its last character an ellipsis, at the bound. */
    @Test
    void onePartTooLongIsCut() {
        String fitted = LabelFitting.fit("", List.of("北海道から沖縄まで全国各地の観測地点で今年最高の気温を記録したと気象庁が明らかにしたうえで熱中症への警戒を呼びかけ"),
                Map.of());
        assertEquals(Label.MAX_LENGTH, fitted.length());
        assertEquals("北海道から沖縄まで全国各地の観測地点で今年最高の気温を記録したと気象庁が明らか…", fitted);
    }

    /** A closing bracket whose opener the label's words cut off is dropped; a pair is kept (the near miss). */
    @Test
    void aBracketCutFromItsPairIsDropped() {
        assertEquals("ミドリ社の新商品が発売", LabelFitting.fit("", List.of("ミドリ」社の新商品が", "発売"), Map.of()));
        assertEquals("「ミドリ」社の新商品が発売", LabelFitting.fit("", List.of("「ミドリ」社の新商品が", "発売"), Map.of()));
        assertEquals("新型エンジンを公開", LabelFitting.fit("", List.of("新型＞エンジンを", "公開"), Map.of()));
    }
}
