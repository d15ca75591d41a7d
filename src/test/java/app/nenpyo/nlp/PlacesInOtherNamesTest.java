package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesInOtherNamesTest {

    /** The names of what the finder reads in the sentence, joined by spaces. */
    private static String found(String sentence) {
        List<ActorMention> found = new ActorFinder().find(sentence, JapaneseTokens.of(sentence));
        return String.join(" ", found.stream().map(ActorMention::name).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // an event named by where it is held: the place does nothing in it
        "1年延期された東京五輪が23日、開幕した。|-",
        "札幌オリンピックは1972年2月3日に開幕した。|-",
        "4月13日に開幕した大阪・関西万博は、一日に10万人が訪れた。|-",
        "全国高校野球選手権の静岡大会は6日に開幕する。|-",
        // a stretch of a line between two places
        "東海道新幹線は19日始発から東京―新大阪間で運転を再開した。|-",
        "山陽新幹線は5日、新大阪～博多間で運転を見合わせた。|-",
        "東海道新幹線は5日、東京—新大阪間で運転を見合わせた。|-",
        "東海道新幹線は5日、東京駅―新大阪駅間で運転を見合わせた。|-",
        "航空各社は5日、成田～サンフランシスコ間の便を欠航した。|-",
        "2022年2月4日に開幕した北京冬季五輪は20日に閉幕した。|-",
        "広島G7サミットは2023年5月19日に開幕した。|G7",
        // a region right before its country: the country alone
        "南米チリで4日、新憲法案の国民投票が行われた。|チリ",
        "中東イランで3日、大統領選が行われた。|イラン",
        "北米カナダで5日、山火事が広がった。|カナダ",
        "東南アジアミャンマーで5日、軍が発砲した。|ミャンマー",
        // near misses: a particle between, places joined with no event, a region on its own
        "東京で五輪の準備が進み、5日に式典があった。|東京",
        "東京・大阪の2都市で5日、集会が開かれた。|東京 大阪",
        "首相は15日から南米を訪れ、ペルーの大統領と会談した。|南米 ペルー",
        "大阪から東京まで5日、歩いた。|大阪 東京",
        // a longer word than an event's, and a span of time after a dash
        "東京大会議室で5日、説明会が開かれた。|東京",
        "東京大会派の議員が5日、辞任した。|東京",
        "東京―長期間にわたる渋滞が5日、続いた。|東京",
        // a town or a city before another country's short form is where that country's base or mission is, no region
        "沖縄米軍基地で5日、事故があった。|沖縄 米",
        "東京米国大使館は5日、声明を出した。|東京 米国",
        "香港中国政府は5日、発表した。|香港 中国",
    })
    void aPlaceInAnotherNameIsNoActor(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, found(sentence));
    }
}
