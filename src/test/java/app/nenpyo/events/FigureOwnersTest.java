package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company's figure said without whose (株価は, 営業利益は) is the company named last before it (the
 * review's A31 Toshiba share price and A54 Nintendo profit had no actor): on sentences of news style
 * the review never saw.
 */
class FigureOwnersTest {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 14);

    private static Report reportOf(String text, String expression) {
        return Articles.reports(text, DAY).stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + text));
    }

    private static List<String> actorsOf(String text, String expression) {
        return reportOf(text, expression).actors().stream().map(ActorMention::canonical).distinct().toList();
    }

    @Test
    void aSharePriceOrProfitSaidWithoutWhoseIsTheCompanyNamedLastBeforeIt() {
        String shares = "ソニーグループは10日、新型ゲーム機の発売を発表した。株価は同日、5%上昇した。\n";
        assertEquals(List.of("ソニーグループ"), actorsOf(shares, "同日"));
        Report price = reportOf(shares, "同日");
        assertTrue(price.actors().get(0).surface().equals("株価") && price.subject().isEmpty(),
                "at the figure's words, no subject: " + price.actors());
        String profit = "任天堂は3日、決算を発表した。21年10～12月期の営業利益は前年同期比8%減った。\n";
        assertEquals(List.of("任天堂"), actorsOf(profit, "21年10～12月期"));
    }

    @Test
    void aFigureOfTwoDatesIsOwnedOnceByEach() {
        String text = "ソニーグループは10日、新型ゲーム機の発売を発表した。株価は11日と14日に大きく上昇した。\n";
        for (String day : List.of("11日", "14日")) {
            List<ActorMention> owners = reportOf(text, day).actors().stream().filter(a -> a.surface().equals("株価")).toList();
            assertEquals(1, owners.size(), day + ": " + owners);
            assertEquals("ソニーグループ", owners.get(0).canonical());
        }
    }

    @Test
    void aPublicBodyOrAFigureWithItsOwnerGivesNoCompany() {
        assertEquals(List.of(), actorsOf("日銀は10日、金融緩和策の維持を決めた。株価は同日、5%上昇した。\n", "同日"),
                "the bank of the state owns no share price");
        assertEquals(List.of("トヨタ自動車"),
                actorsOf("ソニーグループは10日、新型ゲーム機を発表した。トヨタ自動車の株価は同日、5%上昇した。\n", "同日"),
                "a figure said with whose it is");
    }
}
