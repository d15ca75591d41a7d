package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorMentionTest {

    private static final ActorMention WANG = new ActorMention("王毅国務委員兼外相", new TextSpan(3, 12), ActorKind.PERSON, "王毅",
            "王毅", "国務委員兼外相", "中国", "");

    @Test
    void equalMentionsHashAlikeAndMentionsDifferingInAnyFieldAreToldApart() {
        ActorMention same = new ActorMention(new String("王毅国務委員兼外相"), new TextSpan(3, 12), ActorKind.PERSON,
                new String("王毅"), "王毅", "国務委員兼外相", new String("中国"), "");
        assertEquals(WANG, same);
        assertEquals(WANG.hashCode(), same.hashCode());

        // the same surface at the same place, read otherwise
        List<ActorMention> others = List.of(
                new ActorMention(WANG.surface(), WANG.span(), ActorKind.ORGANISATION, "王毅", "王毅", "国務委員兼外相", "中国", ""),
                new ActorMention(WANG.surface(), WANG.span(), ActorKind.PERSON, "王", "王毅", "国務委員兼外相", "中国", ""),
                new ActorMention(WANG.surface(), WANG.span(), ActorKind.PERSON, "王毅", "王毅", "外相", "中国", "alias"));
        Map<ActorMention, Integer> index = new HashMap<>();
        index.put(WANG, 0);
        for (int i = 0; i < others.size(); i++) {
            assertNotEquals(WANG, others.get(i));
            index.put(others.get(i), i + 1);
        }
        assertEquals(4, index.size());
        assertEquals(0, index.get(same));
        assertEquals(2, index.get(others.get(1)));
        assertEquals(WANG, WANG.shift(5).shift(-5));
        assertNotEquals(WANG, WANG.withCountry("台湾"));
    }

    @Test
    void theFormsOfATitleAloneAcrossDocumentsDoNotAllHashAlike() {
        // what the registry keys ways of writing by: the mention without its place (首相 standing for many people)
        List<String> names = List.of("岸田", "菅", "安倍", "野田", "石破", "高市", "河野", "茂木");
        long hashes = names.stream()
                .map(n -> new ActorMention("首相", new TextSpan(0, 0), ActorKind.PERSON, n, n, "首相", "日本", "anaphor").hashCode())
                .distinct().count();
        assertEquals(names.size(), hashes);
    }

    @Test
    void aMentionWithoutSomeFieldStillHashes() {
        ActorMention sparse = new ActorMention("国連", new TextSpan(0, 2), ActorKind.ORGANISATION, "国連", "国際連合", null, null, null);
        assertEquals(sparse.hashCode(), new ActorMention("国連", new TextSpan(0, 2), ActorKind.ORGANISATION, "国連", "国際連合",
                null, null, null).hashCode());
    }
}
