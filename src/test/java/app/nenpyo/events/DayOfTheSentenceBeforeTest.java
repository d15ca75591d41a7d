package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deed told in a sentence without a date of its own is a report on the day the sentence right
 * before told (decision 0042), and only such a deed: on sentences of news style written for this
 * test, each near miss beside the sentence the rule reads.
 */
class DayOfTheSentenceBeforeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 20);

    /** The reports of a text dated by a date outside their sentence, as date and label. */
    private static List<String> carried(String text) {
        return Articles.carriedLabels(text, DAY);
    }

    /** A review (session 26): a も after the sentence before's date was read as this deed's repeat, with a doer foreign to it. */
    @Test
    void aCarriedDeedTakesNoDoerFromTheSentenceBeforesRepeat() {
        String text = "被告の代理人の山田太郎弁護士は3日、記者会見を開き、無罪を主張した。\n"
                + "元社長は5日にも名古屋地裁の公判に出廷した。元社長は無罪を主張した。\n";
        Report plea = Articles.reports(text, DAY).stream().filter(r -> r.source().dateCarried()).findFirst().orElseThrow();
        assertEquals("2025-03-05", plea.time().format());
        assertTrue(plea.actors().stream().noneMatch(a -> a.canonical().contains("名古屋地裁")), () -> plea.actors().toString());
    }

    /** Reports in reading order whatever their number: the carried ones among the dated, in one pass. */
    @Test
    void carriedReportsTakeTheirPlaceInReadingOrder() {
        String text = "県警は15日、窃盗の疑いで男を逮捕した。男は調べに対し容疑を認めた。\n"
                + "市は16日、防犯の会議を開いた。市長は会議で住民に協力を求めた。\n"
                + "男は17日、送検された。\n";
        List<Report> reports = Articles.reports(text, DAY);
        assertEquals(1, reports.stream().filter(r -> r.source().dateCarried()).count(), () -> reports.stream().map(Report::label).toList().toString());
        List<Integer> starts = reports.stream().map(r -> r.source().sentence().start()).toList();
        assertEquals(starts.stream().sorted().toList(), starts, () -> reports.stream().map(Report::label).toList().toString());
    }

    /**
     * A sentence's ending read as a deed done: a past predicate (た, んだ, いだ) that is no state, copula, negation or
     * conjecture; read as strings where the ending is the text's end, and by the patterns where a line terminator
     * (U+0085, which the trimmed whitespace does not hold) is last, before which their $ also matches (2026-12-18).
     */
    @Test
    void anEndingTellsADeedDoneWhenPastAndNoState() {
        assertTrue(DayOfTheSentenceBefore.endsAsADeedDone("男は初公判で無罪を主張した。"));
        assertTrue(DayOfTheSentenceBefore.endsAsADeedDone("男は容疑を認め、川を泳いだ。"));
        assertTrue(DayOfTheSentenceBefore.endsAsADeedDone("知事は声明を読んだ。 \n"));
        assertTrue(DayOfTheSentenceBefore.endsAsADeedDone("男は無罪を主張した\u0085"));
        // near misses: a state, a flashback, a copula, a negation, a conjecture, a plan, no predicate
        assertFalse(DayOfTheSentenceBefore.endsAsADeedDone("男は容疑を否認している。"));
        assertFalse(DayOfTheSentenceBefore.endsAsADeedDone("男は市内に住んでいた。"));
        assertFalse(DayOfTheSentenceBefore.endsAsADeedDone("現場は住宅街だった。"));
        assertFalse(DayOfTheSentenceBefore.endsAsADeedDone("けが人はいなかった。"));
        assertFalse(DayOfTheSentenceBefore.endsAsADeedDone("火元は台所とみられた。"));
        assertFalse(DayOfTheSentenceBefore.endsAsADeedDone("20日に判決が言い渡される予定だ。"));
        assertFalse(DayOfTheSentenceBefore.endsAsADeedDone("現場は住宅街だった\u0085"));
        assertFalse(DayOfTheSentenceBefore.endsAsADeedDone("。"));
    }

    @Test
    void aDeedDoneOnTheDayBeforeIsAReportOnThatDay() {
        String text = "山中市の元職員の男は12日、背任の罪で起訴された。男は初公判で無罪を主張した。\n";
        assertEquals(List.of("2025-03-12 男が初公判で無罪を主張"), carried(text));
        assertEquals(EventCategory.STATEMENT, Articles.reports(text, DAY).stream().filter(r -> r.source().dateCarried())
                .findFirst().orElseThrow().category());
    }

    @Test
    void aDeedOfTheFirstSentenceOfTheNextParagraphToo() {
        String text = "北陸電力は18日、志賀原発の再稼働を原子力規制委員会に申請した。\n同社の社長は地元への説明を尽くす考えを表明した。\n";
        assertEquals(List.of("2025-03-18 北陸電力の社長が地元への説明を尽くす考えを表明"), carried(text));
    }

    @Test
    void aPlanIsNotADeedDone() {
        assertEquals(List.of(), carried("県警は15日、窃盗の疑いで男を逮捕した。県警は男を近く送検する予定だ。\n"));
        assertEquals(List.of(), carried("市長は14日、辞職を表明した。市は来月にも出直し選挙を行う方針だ。\n"));
    }

    @Test
    void whatGoesOnOrWentOnIsNotADeedDone() {
        assertEquals(List.of(), carried("県警は15日、窃盗の疑いで男を逮捕した。男は容疑を否認している。\n"), "ている");
        assertEquals(List.of(), carried("県警は15日、窃盗の疑いで男を逮捕した。男は以前から近所の店で盗みを繰り返していた。\n"),
                "a flashback ていた");
    }

    @Test
    void aBackgroundRemarkIsNotADeedDone() {
        assertEquals(List.of(), carried("県警は15日、窃盗の疑いで男を逮捕した。現場は駅から近い住宅街だった。\n"), "だった");
        assertEquals(List.of(), carried("県警は15日、窃盗の疑いで男を逮捕した。男は事件の前にも店を訪れていたとみられる。\n"),
                "conjecture");
        assertEquals(List.of(), carried("県警は15日、窃盗の疑いで男を逮捕した。被害額は大きかった。\n"), "an adjective");
    }

    @Test
    void aSentenceWithADateOfItsOwnIsReadByItsOwnDate() {
        List<Report> reports = Articles.reports("県警は15日、窃盗の疑いで男を逮捕した。地検は17日、男を起訴した。\n", DAY);
        assertTrue(reports.stream().noneMatch(r -> r.source().dateCarried()), "a second date is its sentence's own");
        assertEquals(List.of("2025-03-15", "2025-03-17"), reports.stream().map(r -> r.time().format()).toList());
    }

    @Test
    void aDayNotToldAsDoneCarriesNothing() {
        assertEquals(List.of(), carried("政府は25日に閣議を開く予定だ。首相は閣議で新たな経済対策を決定した。\n"),
                "a plan before: the day is not the deed's");
        assertEquals(List.of(), carried("同社は2020年、工場を閉鎖していた。社長は従業員に謝罪した。\n"),
                "a flashback before");
        assertEquals(List.of(), carried("同社の売り上げは3月に過去最高となった。社長は従業員に感謝した。\n"),
                "a month, not a day");
    }

    @Test
    void aQuoteSaidAtTheDeedIsPartOfIt() {
        assertEquals(List.of(), carried("地裁は19日、被告に懲役3年の判決を言い渡した。裁判長は「極めて悪質な犯行だ」と述べた。\n"));
    }

    /** Session 30: words said after the deed or to the press are a statement of their own that day. */
    @Test
    void aQuoteSaidAfterTheDeedOrToThePressIsAStatementOfItsOwn() {
        assertEquals(List.of("2025-03-19 村長が「近く進退を判断したい」と発言"),
                carried("村議会は19日、村長の不信任決議案を可決した。村長は可決後、報道陣に「近く進退を判断したい」と述べた。\n"));
        assertEquals(List.of("2025-03-19 社長が「深くおわびする」と陳謝"),
                carried("同社は19日、工場の火災で社員3人が負傷したと発表した。社長は記者会見で「深くおわびする」と陳謝した。\n"));
        assertEquals(List.of(), carried("同社は19日、工場の火災で社員3人が負傷したと発表した。社長は「深くおわびする」と陳謝した。\n"),
                "no occasion of its own: what was said at the announcement");
        assertEquals(List.of(), carried("村議会は19日、村長の不信任決議案を可決した。村長は「選挙後に判断したい」と述べた。\n"),
                "後 inside the quote is the speaker's, not when it was said");
        assertEquals(List.of(), carried("地裁は19日、被告に懲役3年の判決を言い渡した。裁判長は最後に「更生を期待する」と述べた。\n"),
                "最後に: the judge's last words at the ruling");
        assertEquals(List.of(), carried("同社は19日、工場の火災を発表した。社長は今後の対応について「全力を尽くす」と述べた。\n"),
                "今後の: what is to come, no deed before the words");
    }

    /**
     * Session 35: after a deed at which no words are said (an opening, a match, a vote), a quote said is
     * the speaker's statement of that day, as the writers of sets five, seven and eight read it.
     */
    @Test
    void aQuoteSaidAfterADeedOfNoWordsIsAStatementOfThatDay() {
        assertEquals(List.of("2025-03-18 山本氏が「市民に開かれた館にしたい」と発言"), carried("市の新しい図書館が18日、開館した。初代館長の山本氏は「市民に開かれた館にしたい」と話した。\n"));
        assertEquals(List.of("2025-03-18 森田監督が「選手が最後まで走った」と発言"), carried("日本代表は18日、ワールドカップ予選でイランに勝った。森田監督は「選手が最後まで走った」と話した。\n"));
        assertEquals(List.of("2025-03-18 田中氏が「公約を実行する」と発言"), carried("北浜町で18日、町長選の投票が行われ、新人の田中一郎氏が当選した。田中氏は「公約を実行する」と述べた。\n"));
    }

    /** Session 35: words said after a deed of weeks ago were said lately, not on its day; at talks or a sitting, there. */
    @Test
    void aQuoteSaidAfterADeedOfWeeksAgoOrOfWordsIsNotAStatementOfItsOwn() {
        assertEquals(List.of(), carried("市の新しい図書館が2月1日、開館した。初代館長の山本氏は「市民に開かれた館にしたい」と話した。\n"));
        assertEquals(List.of(), carried("市の新しい図書館が12日、開館した。初代館長の山本氏は「市民に開かれた館にしたい」と話した。\n"),
                "eight days before the article");
        assertEquals(List.of(), carried("野党は18日、首相と会談した。野党の代表は「説明が足りない」と述べた。\n"),
                "talks are a deed of words: what was said there");
        assertEquals(List.of(), carried("市議会は18日、市長の不信任決議案を可決した。市長は「市民の期待に応えたい」と述べた。\n"),
                "a body's sitting, whatever it decided: what was said there");
    }

    /** Review rv2 (session 35): the week's limit read from inside, a deed seven days before the article. */
    @Test
    void aQuoteSaidAfterADeedOfSevenDaysAgoIsAStatementOfThatDay() {
        assertEquals(List.of("2025-03-13 山本氏が「市民に開かれた館にしたい」と発言"),
                carried("市の新しい図書館が13日、開館した。初代館長の山本氏は「市民に開かれた館にしたい」と話した。\n"));
    }

    /**
     * Review rv2 (session 35): after a fire, an accident or a market's move, a quote is a bystander's, gathered that
     * day or later, no statement of anyone's.
     */
    @Test
    void aBystandersQuoteAfterADisasterOrAMarketsMoveIsNoStatement() {
        assertEquals(List.of(), carried("北山市の住宅が18日未明、全焼した。近くに住む女性は「怖かった」と話した。\n"));
        assertEquals(List.of(), carried("北山市で18日、火事があり、木造2階建てが全焼した。近くに住む女性は「火の勢いがすごかった」と話した。\n"));
        assertEquals(List.of(), carried("日経平均株価は18日、大幅に下落した。市場関係者は「しばらく不安定な値動きが続く」と話した。\n"));
        assertEquals(List.of(), carried("県道で18日、乗用車とトラックが衝突した。現場近くの男性は「大きな音がした」と話した。\n"));
        assertEquals(List.of("2025-03-18 山本氏が「市民に開かれた館にしたい」と発言"),
                carried("市の新しい図書館が18日、開館した。近くに住む山本氏は「市民に開かれた館にしたい」と話した。\n"),
                "after a deed of no words, a neighbour's words too stay a statement");
    }

    /** Review rv2 (session 35): words said in the sentence before's own second clause are what the quote after says. */
    @Test
    void aQuoteAfterWordsSaidInTheClauseBeforeIsNotAStatementOfItsOwn() {
        assertEquals(List.of(), carried("町は18日、新庁舎の開所式を開き、町長が今後の方針を表明した。町長は「町民の声を聞きたい」と述べた。\n"));
        assertEquals(List.of(), carried("新庁舎が18日、完成し、町長が今後の方針を表明した。町長は「町民の声を聞きたい」と述べた。\n"));
        assertEquals(List.of(), carried("町は18日、新庁舎の開所式を開き、町長があいさつした。町長は「町民の声を聞きたい」と述べた。\n"));
        assertEquals(List.of("2025-03-18 町長が「町民の声を聞きたい」と発言"),
                carried("町は18日、新庁舎の開所式を開き、町長がテープカットした。町長は「町民の声を聞きたい」と述べた。\n"),
                "a ceremony of no words said in the clause: the mayor's statement of that day");
    }

    @Test
    void aDetailOfTheDayIsNoHappeningOfItsOwn() {
        assertEquals(List.of(), carried("大雨は11日、九州北部を襲った。佐賀市では1時間に110ミリの雨を観測した。\n"),
                "a figure the categories know no deed of");
    }

    @Test
    void theSameDeedToldAgainIsNotASecondReport() {
        assertEquals(List.of(), carried("県警は15日、窃盗の疑いで男を逮捕した。県警は男を窃盗の疑いで逮捕した。\n"));
    }

    @Test
    void theReportKeepsItsOwnSentenceAndTheDateOfTheOneBefore() {
        String text = "元社長は12日、背任の罪で起訴された。元社長は初公判で無罪を主張した。\n";
        DocumentInput input = Articles.article(text, DAY);
        String doc = input.document().text();
        List<Event> events = new EventPipeline().extract(List.of(input));
        Event plea = events.stream().filter(e -> e.label().contains("主張")).findFirst().orElseThrow();
        Event charge = events.stream().filter(e -> e.label().contains("起訴")).findFirst().orElseThrow();
        assertNotEquals(charge.id(), plea.id(), "two deeds of one day, two events");
        assertEquals("2025-03-12", plea.time().format());
        EventSource source = plea.sources().get(0);
        assertEquals("元社長は初公判で無罪を主張した。", source.sentence().of(doc));
        assertEquals(source.sentence(), source.clause(), "the clause is the whole sentence");
        assertEquals("12日", source.expression().of(doc), "the expression is the sentence before's, exactly");
        assertEquals("12日", source.expressionText());
        assertTrue(source.dateCarried());
        assertFalse(charge.sources().get(0).dateCarried());
        assertNotEquals(charge.sources().get(0).sourceId(), source.sourceId());
        assertEquals(source.sourceId(), new EventPipeline().extract(List.of(Articles.article(text, DAY))).stream()
                .filter(e -> e.label().contains("主張")).findFirst().orElseThrow().sources().get(0).sourceId(), "stable across readings");
    }

    /**
     * Session 30: a deed told as done whose sentence's dates all lie after the article's day (the 20th) said or
     * set them (方針, 考え, 日程, と発表): its own day is the sentence before's, and the later date keeps its report.
     */
    @Test
    void aDeedWhoseDatesAreAllLaterThanTheArticleIsOnTheDayBefore() {
        String text = "北山市の田中一郎市長は18日、市議会で予算案を説明した。"
                + "市長は、来月10日から市立図書館の開館時間を2時間延ばす方針を示した。\n";
        List<String> carried = carried(text);
        assertEquals(1, carried.size(), carried::toString);
        assertTrue(carried.get(0).startsWith("2025-03-18 "), carried::toString);
        assertTrue(Articles.reports(text, DAY).stream().anyMatch(r -> r.time().format().equals("2025-04-10")),
                "the plan keeps its own date");

        String schedule = "南川町の選挙管理委員会は17日、臨時の会合を開いた。"
                + "委員会は、町長選を来月8日告示、13日投開票の日程で行うと発表した。\n";
        assertEquals(List.of("2025-03-17"), carried(schedule).stream().map(r -> r.substring(0, 10)).toList(),
                () -> carried(schedule).toString());
    }

    /** The near misses: a later date in the lead's slot (来月10日、), a day of the deed's own beside the later one. */
    @Test
    void aLaterDateInTheLeadsSlotOrBesideADayOfItsOwnIsNoDeedOnTheDayBefore() {
        assertEquals(List.of(), carried("北山市の田中一郎市長は18日、市議会で予算案を説明した。"
                + "市長は来月10日、市立図書館で記者会見し、開館時間を延ばす考えを示した。\n"));
        assertEquals(List.of(), carried("北山市の田中一郎市長は18日、市議会で予算案を説明した。"
                + "市長は19日、来月10日から市立図書館の開館時間を延ばす方針を示した。\n"));
        assertEquals(List.of(), carried("北山市の田中一郎市長は18日、市議会で予算案を説明した。"
                + "市立図書館は来月10日から開館時間を夜9時まで延ばす。\n"));
    }

    /**
     * Session 38: a sentence is read for a press name only when it holds one of the press words; every kind of name
     * the press pattern takes still tells. The three sentences of none are near misses of the pattern itself (a gate
     * can only refuse more, so they cannot show it): {@link #eachKindOfPressNameHoldsItsWord} keeps gate and pattern
     * in step.
     */
    @Test
    void everyKindOfPressNameHoldsAPressWord() {
        for (String told : List.of("東都新聞は社説で批判した。", "ルモンド紙は「分断」と書いた。", "米紙ワシントン・ポストは詳報を載せた。",
                "共同通信社が首相の辞意を伝えた。", "時事通信が速報した。", "ロイター通信は関係者の話として伝えた。", "AP通信が伝えた。",
                "通信社が一斉に報じた。", "新華社は論評を配信した。", "新華通信は論評を配信した。", "NHKは中継した。",
                "北海日報も社説で批判した。", "南島新報が号外を出した。")) {
            assertTrue(DayOfTheSentenceBefore.toldByThePress(told), told);
        }
        for (String none : List.of("市長は報道陣に方針を説明した。", "同社は新製品を発表した。", "テレビ局が特集を放送した。")) {
            assertFalse(DayOfTheSentenceBefore.toldByThePress(none), none);
        }
    }

    /**
     * Session 38 (a review): the press words' gate refuses a sentence before the press pattern is tried, so every kind
     * of press name must hold its word wherever it matches: each pattern, its classes, groups and optional characters
     * left out, still spells its word, and holds no top-level {@code |} (an alternative slipped in without a word).
     */
    @Test
    void eachKindOfPressNameHoldsItsWord() {
        for (DayOfTheSentenceBefore.PressName name : DayOfTheSentenceBefore.PRESS_NAMES) {
            String required = requiredCharacters(name.pattern());
            assertTrue(required != null && required.contains(name.word()), name + " → " + required);
        }
        assertEquals(null, requiredCharacters("放送|テレビ"), "two kinds in one");
        assertFalse(requiredCharacters("新聞社?").contains("新聞社"), "社 optional");
        assertFalse(requiredCharacters("(共同|時事)通信").contains("共同"), "a group's word is no word of every match");
        assertFalse(requiredCharacters("[米英]紙").contains("米"), "a class's character is none");
        assertFalse(requiredCharacters("新.?聞").contains("新聞"), "no word across an optional character");
    }

    /**
     * The characters every match of a pattern holds, in order, a gap marked {@code \0} where it holds something else
     * or nothing: classes, groups, escapes and characters optional by {@code ?}, {@code *} or {@code {0,n}} left out;
     * null when the pattern has a {@code |} outside its groups. {@code [米英]紙[^、]{1,20}?} → {@code \0紙\0}.
     */
    private static String requiredCharacters(String pattern) {
        StringBuilder required = new StringBuilder();
        int at = 0;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c == '|') {
                return null;
            }
            int end = elementEnd(pattern, at);
            int quantified = quantifierEnd(pattern, end);
            boolean optional = quantified > end && "?*".indexOf(pattern.charAt(end)) >= 0
                    || quantified > end && pattern.startsWith("{0", end);
            boolean literal = end == at + 1 && "[(\\.^$".indexOf(c) < 0;
            required.append(literal && !optional ? c : '\0');
            at = quantified;
        }
        return required.toString();
    }

    /** Where the element starting at {@code at} ends: a class, a group (nested), an escape ({@code \p{…}} whole), a character. */
    private static int elementEnd(String pattern, int at) {
        char c = pattern.charAt(at);
        if (c == '\\') {
            return "pP".indexOf(pattern.charAt(at + 1)) >= 0 ? pattern.indexOf('}', at) + 1 : at + 2;
        }
        if (c == '[' || c == '(') {
            int depth = 0;
            for (int i = at; i < pattern.length(); i++) {
                char d = pattern.charAt(i);
                if (d == '\\') {
                    i++;
                } else if (d == c) {
                    depth++;
                } else if (d == (c == '[' ? ']' : ')') && --depth == 0) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("unclosed " + c + " in " + pattern);
        }
        return at + 1;
    }

    /** Where the quantifier after an element ends ({@code ?}, {@code *}, {@code +}, {@code {m,n}}, each maybe lazy), or {@code at} if none. */
    private static int quantifierEnd(String pattern, int at) {
        int end = at;
        if (end < pattern.length() && "?*+".indexOf(pattern.charAt(end)) >= 0) {
            end++;
        } else if (end < pattern.length() && pattern.charAt(end) == '{') {
            end = pattern.indexOf('}', end) + 1;
        }
        return end > at && end < pattern.length() && pattern.charAt(end) == '?' ? end + 1 : end;
    }

    /**
     * Session 38 (a review): papers print the agencies' Latin names full-width (ＡＰ通信, ＮＨＫ); they tell as the narrow
     * ones do. Near misses: a full-width name that is no teller (ＮＨＫホールで, ＮＴＴと通信).
     */
    @Test
    void aFullWidthAgencyTellsToo() {
        for (String told : List.of("ＡＰ通信は首相の辞意を伝えた。", "ＡＦＰ通信が速報した。", "ＮＨＫは中継した。")) {
            assertTrue(DayOfTheSentenceBefore.toldByThePress(told), told);
        }
        for (String none : List.of("市はＮＨＫホールで式典を開いた。", "同社はＮＴＴと通信網の契約を結んだ。")) {
            assertFalse(DayOfTheSentenceBefore.toldByThePress(none), none);
        }
    }
}
