package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompaniesByTheirHeadOfficeTest {

    private static List<String> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION)
                .map(ActorMention::canonical).toList();
    }

    /** Only a company has a 本社: the name before it is one, whatever its words. */
    @Test
    void aNameBeforeItsHeadOfficeIsACompany() {
        assertEquals(List.of("若草交通"), organisations("若草交通（本社・松山市）は2日、路線の廃止を発表した。"));
        assertEquals(List.of("朝凪観光"), organisations("観光バスを走らせる朝凪観光（本社：福岡市）が7日、営業を止めた。"));
        assertEquals(List.of("はなまる弁当サービス"), organisations("「はなまる弁当サービス」（本社・同市）は4日、配達を止めた。"));
    }

    /** A head office with no 本社 (a person's home is written so), or a kind in the run: no company here. */
    @Test
    void aHomeOrAKindIsNoCompanysName() {
        assertEquals(List.of(), organisations("会社員の田中一郎さん（松山市）は2日、語った。"));
        assertEquals(List.of(), organisations("食品メーカー朝凪（本社・福岡市）は7日、発表した。"));
    }
}
