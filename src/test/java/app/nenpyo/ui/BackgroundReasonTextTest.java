package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The extractor's stored reasons for background, as each language of the window says them. */
class BackgroundReasonTextTest {
    private static final Messages JAPANESE = Messages.of(Language.JAPANESE);
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    @Test
    void reportsOfOneReasonAreSaidOnceWithTheirParagraphs() {
        List<EventSource> sources = List.of(source(2, "related-articles list"), source(3, "related-articles list"),
                source(5, "date of a cited survey"));
        assertEquals("背景とした理由：関連記事の一覧（¶2、¶3）、引用された調査の日付（¶5）", BackgroundReasonText.of(JAPANESE, sources));
        assertEquals("Kept off the timeline as a related-articles list (¶2, ¶3); the date of a cited survey (¶5)",
                BackgroundReasonText.of(ENGLISH, sources));
    }

    @Test
    void reportsOnTheTimelineGiveNoReason() {
        assertEquals("", BackgroundReasonText.of(JAPANESE, List.of(source(4, ""))));
        assertEquals("背景とした理由：新聞の掲載日（¶7）",
                BackgroundReasonText.of(JAPANESE, List.of(source(4, ""), source(7, "day of a newspaper's edition"))));
    }

    @Test
    void aReasonOfALaterVersionIsShownAsStored() {
        assertEquals("背景とした理由：a reason not known yet（¶1）",
                BackgroundReasonText.of(JAPANESE, List.of(source(1, "a reason not known yet"))));
    }

    @Test
    void theKeyIsTheReasonsWordsJoinedByDots() {
        assertEquals("background.day.of.a.newspaper.s.edition", BackgroundReasonText.key("day of a newspaper's edition"));
        assertEquals("background.vague.time.of.a.plan.goal.or.forecast", BackgroundReasonText.key("vague time of a plan, goal or forecast"));
        assertEquals("background.related.articles.list", BackgroundReasonText.key("related-articles list"));
    }

    private static EventSource source(int paragraph, String background) {
        return new EventSource("k", OptionalLong.of(1), "ev-" + paragraph, paragraph, new TextSpan(0, 10), new TextSpan(0, 10),
                new TextSpan(0, 2), "5日", background);
    }
}
