package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A suspect's answer to the police told as it stands (調べに対し「…」と容疑を認めている) is a statement of the arrest's day,
 * the article's lead, whatever stands between (decision 0042's addendum of 2026-12-15). Sentences of news style written
 * for this test, from several kinds of case, with the near misses the rule must leave alone.
 */
class AnswersToThePoliceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 12);

    @Test
    void theFormulaWhole() {
        assertTrue(AnswersToThePolice.told("調べに対し「金に困っていた」と容疑を認めている。"));
        assertTrue(AnswersToThePolice.told("調べに対し、男は「覚えていない」と容疑を否認しているという。"));
        assertTrue(AnswersToThePolice.told("調べに対し「殴ったが、けがをさせるつもりはなかった」と容疑を一部否認している。\n"));
    }

    @Test
    void notThePolicesAccountNorAnAnswerOfNoWordsNorADeedDone() {
        assertFalse(AnswersToThePolice.told("県警によると、男は「金に困っていた」と容疑を認めている。"), "the police's account");
        assertFalse(AnswersToThePolice.told("調べに対し、2人は容疑を認め、残る1人は否認している。"), "no words quoted");
        assertFalse(AnswersToThePolice.told("調べに対し「金に困っていた」と容疑を認めた。"), "a deed done");
        assertFalse(AnswersToThePolice.told("社長は「調べに対し協力している」と話している。"),
                "the words inside a quote, refused as the formula opens no sentence there");
        assertFalse(AnswersToThePolice.told("「調べに対し協力する」と話し、容疑を認めている。"),
                "a quote opening the sentence is no answer's opening");
        assertFalse(AnswersToThePolice.told("県警によると、男は「金に困っていた」などと容疑を認めている。"), "the police's account, などと");
        assertFalse(AnswersToThePolice.told("事件を捜査している県警捜査1課の調べに対し「知らない」と容疑を否認している。"),
                "whose 調べ told at length: a clause, not a name");
    }

    @Test
    void theFormulasCommonVariants() {
        assertTrue(AnswersToThePolice.told("警察の調べに対し「金に困っていた」と容疑を認めている。"), "whose 調べ");
        assertTrue(AnswersToThePolice.told("県警の調べに対し、男は「覚えていない」と容疑を否認しているという。"), "whose 調べ, a speaker");
        assertTrue(AnswersToThePolice.told("調べに対し「生活費に困っていた」などと容疑を認めている。"), "the words in part");
        assertTrue(AnswersToThePolice.told("調べに対し「間違いない」と容疑を大筋で認めているという。"), "in the main");
    }

    @Test
    void whereTheAnswerEndsBeforeTheHearsay() {
        String hearsay = "調べに対し「知らない」と容疑を否認しているという。";
        assertEquals(hearsay.indexOf("という"), AnswersToThePolice.answeredUpTo(hearsay));
        String plain = "調べに対し「知らない」と容疑を否認している。";
        assertEquals(plain.indexOf("。"), AnswersToThePolice.answeredUpTo(plain));
        assertEquals(5, AnswersToThePolice.answeredUpTo("容疑者だ。"), "no answer: the whole sentence");
    }

    @Test
    void theAnswerTakesTheArrestsDayWhateverStandsBetween() {
        List<String> theft = Articles.carriedLabels("県警は10日、倉庫から銅線を盗んだとして、無職の男（45）を窃盗の疑いで逮捕した。"
                + "逮捕容疑は、4月ごろ、資材置き場から銅線約200キロを盗んだ疑い。"
                + "調べに対し「生活費に困っていた」と容疑を認めているという。\n", DAY);
        assertEquals(1, theft.size(), theft::toString);
        assertTrue(theft.get(0).startsWith("2025-06-10 ") && theft.get(0).contains("認"), theft::toString);
        List<String> fraud = Articles.carriedLabels("府警は11日、高齢女性から現金をだまし取ったとして、会社員の男（29）を詐欺の疑いで逮捕した。"
                + "調べに対し、男は「指示されただけだ」と容疑を一部否認している。\n", DAY);
        assertEquals(1, fraud.size(), fraud::toString);
        assertTrue(fraud.get(0).startsWith("2025-06-11 "), fraud::toString);
    }

    @Test
    void anAnswerRightAfterASecondArrestTakesThatArrestsDay() {
        String lead = "県警は10日、住宅に侵入して現金を盗んだとして無職の男（45）を窃盗の疑いで逮捕した。男は容疑を否認している。\n";
        List<String> second = Articles.carriedLabels(lead + "県警は今月8日、別の住宅に侵入した疑いで男の知人を逮捕した。"
                + "調べに対し「知らない」と容疑を否認している。\n", DAY);
        assertEquals(1, second.size(), second::toString);
        assertTrue(second.get(0).startsWith("2025-06-08 ") && second.get(0).contains("否認"), second::toString);
        List<String> noDeed = Articles.carriedLabels(lead + "現場は住宅街だった。調べに対し「知らない」と容疑を否認している。\n", DAY);
        assertEquals(1, noDeed.size(), noDeed::toString);
        assertTrue(noDeed.get(0).startsWith("2025-06-10 "), "no deed right before: the lead's day " + noDeed);
    }

    /**
     * The answer is the suspect's words, a statement (decision 0029's addendum of session 40), not the case's step its
     * 容疑 names; a dated admission and a defendant's plea stay the case's, and an admission of no words quoted is no
     * report of its own.
     */
    @Test
    void theAnswerIsAStatement() {
        String theft = "県警は10日、倉庫から銅線を盗んだとして、無職の男（45）を窃盗の疑いで逮捕した。"
                + "調べに対し「生活費に困っていた」と容疑を認めているという。\n";
        String fraud = "府警は11日、会社員の男（29）を詐欺の疑いで逮捕した。調べに対し、男は「指示されただけだ」と容疑を否認している。\n";
        for (String text : List.of(theft, fraud)) {
            List<Report> answers = Articles.reports(text, DAY).stream().filter(r -> r.source().dateCarried()).toList();
            assertEquals(1, answers.size(), answers::toString);
            assertEquals(EventCategory.STATEMENT, answers.get(0).category(), text);
        }
        assertEquals(EventCategory.LEGAL, Articles.reports("男は5日、調べに対し容疑を認めた。\n", DAY).get(0).category());
        assertEquals(EventCategory.LEGAL, Articles.reports("被告は5日の初公判で起訴内容を否認した。\n", DAY).get(0).category());
        assertEquals(List.of(), Articles.carriedLabels("県警は10日、男を窃盗の疑いで逮捕した。男は調べに対し容疑を認めた。\n", DAY));
    }

    @Test
    void thePolicesAccountStaysUnread() {
        assertEquals(List.of(), Articles.carriedLabels("県警は10日、無職の男（45）を窃盗の疑いで逮捕した。"
                + "県警によると、男は「生活費に困っていた」と容疑を認めている。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels("県警は来週、男を再逮捕する方針だ。"
                + "調べに対し「生活費に困っていた」と容疑を認めている。\n", DAY), "no lead told as done: no day");
    }
}
