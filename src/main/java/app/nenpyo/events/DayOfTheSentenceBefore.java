package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.FullWidth;
import app.nenpyo.domain.InTextOrder;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A happening told in a sentence without a date of its own, on the day the sentence right before
 * told (issue 4; decision 0042): news tells a deed by its day, then what else was done that day
 * without saying the day again.
 *
 * <p>{@code 元社長は5日、名古屋地裁の初公判に出廷した。元社長は無罪を主張した。} → the second sentence is a
 * report on the 5th (元社長が無罪を主張, STATEMENT), dated by 5日 in the sentence before;
 * {@code …逮捕した。男は容疑を否認している。} → none (ている); {@code …判決を言い渡した。裁判長は「悪質な犯行だ」と述べた。}
 * → none (a quote said at the deed); {@code 新館が18日、開館した。館長は「…」と話した。} → the 18th (a statement after a
 * deed of no words).
 *
 * <p>A sentence is read so only when all of these hold (precision first: writers expect only some
 * undated sentences as events):
 * <ul>
 *   <li>it has no date expression at all (none the date finder read, a duration included but one inside its
 *       quotes, {@link #hasDate}), or only
 *       dates after the article's own day that its deed said or set ({@link DatesAheadOfTheDeed}:
 *       市長は、来月10日から…延ばす方針を示した。), and lies in the article's body;</li>
 *   <li>the sentence right before it is in the same paragraph, or it opens the paragraph after
 *       that sentence's: nothing stands between the two;</li>
 *   <li>that sentence's deed ({@link GoverningDeed}: the report of its clause ending last, on or before the
 *       article's day, other days of its modifiers or of what it set passed over) is on the timeline and on one day
 *       (or a time of that day), and it too ends as a deed done ({@link #endsAsADeedDone}): no plan, no flashback
 *       ていた, no background remark;</li>
 *   <li>it ends as a deed done ({@link #endsAsADeedDone}: a past predicate, 否認した, 逮捕された,
 *       述べました; not ている, ていた, だった, です, not hearsay or conjecture, という, とみられる,
 *       ようだ, 予定だ), not by saying a quote ({@link #endsSayingAQuote}) unless the deed before is a recent one
 *       at which no words are said ({@link #aStatementOfItsOwn}), and says no state or deed told again beside it
 *       ({@link #saysNoNewDeed}), nor tells what a paper or an agency reported ({@link #toldByThePress});</li>
 *   <li>its last predicate is a verb (or a noun made a verb by する) that is no mere being (ある,
 *       いる, なる) nor a negation ({@link #toldAsDone}).</li>
 * </ul>
 * When the sentence before tells no deed done on a day (no date of its own, a plan, a flashback, a background
 * remark; or, no deed governing it, only deeds of more than a week before the article: the addendum of 2026-12-16)
 * and the sentence ends by saying a quote, on no press conference, court's proceedings nor other time or place it
 * names, before the next title line, it takes the day of the article's lead instead ({@link DayOfTheLead}, the
 * addendum of 2026-12-13):
 * {@code 市は19日、…休館すると発表した。休館中は…予定だ。館長は「…」と話した。} → the 19th. So does a suspect's answer to
 * the police told as it stands ({@link AnswersToThePolice}: 調べに対し「…」と容疑を認めている。), whatever stands before it
 * unless that is a recent legal deed of its own day (a second arrest), whose day it then takes.
 * So do words quoted and told as they stand by a verb of saying ({@link CommentsAsTheyStand}: 館長は「…」と話している。),
 * whatever stands before them.
 * All but the last are read from the characters, before Kuromoji reads the sentence: most undated
 * sentences are never tokenised. The extractor then keeps the report only when its deed is not the
 * antecedent's and its category is known and not the antecedent's, or, right after a deed, it ends by saying a quote with
 * a verb of saying or of the speaker's manner, or another speaker's statement after a statement ({@link CarriedDeedKinds});
 * words told as they stand and a suspect's answer are kept as a statement whatever the antecedent's deed and category.
 *
 * <p>Known weaknesses: a sentence that tells again the deed of the sentence before in other words
 * becomes a second report of it, which the merge joins when their words are alike; a deed told two
 * sentences after its day (a quote between) is not read; an ending in a quote's closing bracket
 * (「…した」) is never read, so a short statement told only by its quote is missed; a past deed
 * told without ていた (昨年も同じ被害に遭った) takes the day before's date.
 */
final class DayOfTheSentenceBefore {

    private DayOfTheSentenceBefore() {
    }

    /**
     * An undated sentence that may tell a deed, and the report of the sentence right before whose day it takes;
     * {@code datesAhead} when the sentence has dates, all of what its deed said or set ({@link DatesAheadOfTheDeed});
     * {@code theLead} when the antecedent is the article's lead, the sentence before telling no deed ({@link DayOfTheLead});
     * {@code asItStands} when the sentence tells words as they stand, a suspect's answer to the police
     * ({@link AnswersToThePolice}) or a comment ({@link CommentsAsTheyStand}: 「…」と話している), the lead its antecedent
     * whatever the sentence before tells (but a second arrest right before an answer).
     */
    record Carried(Sentence sentence, Report antecedent, boolean datesAhead, boolean theLead, boolean asItStands) {
    }

    /** A past predicate: した, 主張した, 逮捕された, 述べました, 死亡した. */
    private static final List<String> PAST_ENDINGS = List.of("た", "んだ", "いだ");

    private static final Pattern PAST = Pattern.compile("(" + String.join("|", PAST_ENDINGS) + ")$");

    /**
     * Endings that say no deed done, though past: a state or flashback (していた, 住んでいた, していました),
     * a copula or adjective (だった, でした, 多かった, しなかった), a conjecture (とみられた, 見られた,
     * ようだった, 予定だった, 方針だった: だった already).
     */
    private static final List<String> NOT_DONE_ENDINGS = List.of("ていた", "でいた", "ていました", "でいました", "てきた", "できた",
            "だった", "でした", "かった", "みられた", "見られた", "とされた", "ていたという");

    private static final Pattern NOT_DONE = Pattern.compile("(" + String.join("|", NOT_DONE_ENDINGS) + ")$");

    /**
     * Whether a sentence's last words, read as characters, tell a deed done: a past predicate that is
     * no state, copula, negation or conjecture. {@code 無罪を主張した。} → true; {@code 容疑を否認している。},
     * {@code 現場は住宅街だった。}, {@code 20日に判決が言い渡される予定だ。} → false.
     */
    static boolean endsAsADeedDone(String sentence) {
        String text = ending(sentence);
        if (text.isEmpty() || !endsWithALineTerminator(text)) {
            // $ is the text's end here: the patterns' endings compared as strings, without a matcher made and a search from
            // each of the ending's characters, asked for every sentence after a dated one (import workers' profile, 2026-12-18)
            return endsWithOneOf(text, PAST_ENDINGS) && !endsWithOneOf(text, NOT_DONE_ENDINGS);
        }
        // $ also matches before a final line terminator (one the whitespace trimmed from the ending does not hold, U+0085)
        return PAST.matcher(text).find() && !NOT_DONE.matcher(text).find();
    }

    private static boolean endsWithALineTerminator(String text) {
        return "\n\r\u0085\u2028\u2029".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean endsWithOneOf(String text, List<String> endings) {
        for (String ending : endings) {
            if (text.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The longest ending the patterns here read ({@link #QUOTE_SAID}: 」と and ten more characters). */
    private static final int ENDING = 16;

    /**
     * A sentence's last characters, without its full stop and the spaces around it: what the patterns
     * anchored at the end read, so that they do not try every character of a long sentence.
     */
    private static String ending(String sentence) {
        int end = sentence.length();
        while (end > 0 && (Character.isWhitespace(sentence.charAt(end - 1)) || "。．.！!".indexOf(sentence.charAt(end - 1)) >= 0)) {
            end--;
        }
        return sentence.substring(Math.max(0, end - ENDING), end);
    }

    /**
     * What tells, anywhere outside quotes, that the sentence is no new deed: a state or a flashback beside
     * its deed (求めているのに対し, 要求していて, 続けており), or the deed told again (改めて).
     */
    private static final Pattern NO_NEW_DEED = Pattern.compile("ている|ていて|ており|ています|でいる|でいて|でおり|ていた|改めて");

    /**
     * Whether the sentence, read without its quotes, says a state or a deed told again beside its last
     * predicate: {@code ロシア側は撤退を求めていて、次官は譲歩を促す考えを示した。} → true (the state is the
     * day's background, not its deed); {@code 首相は「決意を新たにしている」と述べ、改革案を示した。} → false.
     */
    static boolean saysNoNewDeed(String sentence) {
        return saysNoNewDeedUnquoted(unquoted(sentence));
    }

    private static boolean saysNoNewDeedUnquoted(String unquoted) {
        return NO_NEW_DEED.matcher(unquoted).find();
    }

    /** The sentence with what its quotes hold made spaces, every index where it was. */
    static String unquoted(String sentence) {
        boolean[] quoted = Quotes.mask(sentence);
        StringBuilder unquoted = new StringBuilder(sentence.length());
        for (int i = 0; i < sentence.length(); i++) {
            unquoted.append(quoted[i] ? '　' : sentence.charAt(i));
        }
        return unquoted.toString();
    }

    /**
     * A kind of press name: its pattern, one alternative of {@link #PRESS_NAME} with no top-level {@code |}, and a
     * word every match of it holds ({@link #PRESS_WORDS}), written outside its classes, groups and optional characters.
     */
    record PressName(String pattern, String word) {
    }

    /**
     * A paper's or a news agency's name: 東都新聞, ルモンド紙 (紙 after no kana: not 倉庫の紙), 米紙ニューヨーク・タイムズ (紙 of
     * a country, its name after it), 共同通信社, the agencies written without 社 (共同通信, ロイター通信, 新華社, NHK), 北海日報;
     * not 通信 alone (携帯電話の通信), 用紙. Its sheets are fewer than {@link PressReports}' (壁紙は, 新聞紙は pass here) and
     * 日報 takes 業務日報 too, which the actor finder calls no paper: left (session 36). Each kind with its word, so that
     * the gate {@link #holdsAPressWord} cannot fall behind the pattern (DayOfTheSentenceBeforeTest reads each pattern).
     */
    static final List<PressName> PRESS_NAMES = List.of(
            new PressName("新聞社?", "新聞"),
            new PressName("[^\\s　、。手用表和色白\\p{InHiragana}]紙", "紙"),
            new PressName("[米英仏独中韓露]紙[^\\s　、。]{1,20}?", "紙"),
            new PressName("(共同|時事|ロイター|AP|AFP|タス|聯合|ブルームバーグ|新華社?)通信社?", "通信"),
            new PressName("通信社", "通信"),
            new PressName("新華社", "新華社"),
            new PressName("NHK", "NHK"),
            new PressName("日報", "日報"),
            new PressName("新報", "新報"));

    private static final String PRESS_NAME = PRESS_NAMES.stream().map(PressName::pattern).collect(Collectors.joining("|"));

    /**
     * A paper or a news agency as the teller, outside quotes: its name before は or が (東都新聞は, 共同通信が), or before も
     * when it opens the sentence (北海日報も社説で…); not 防衛相は日報も公開した (日報 the object). What the press printed
     * came out in its own edition, mostly the morning after the deed, not on the deed's day.
     */
    private static final Pattern PRESS = Pattern.compile("(" + PRESS_NAME + ")[はが]"
            + "|^\\s*[^\\s　、。\\p{InHiragana}]{0,12}?(" + PRESS_NAME + ")も");

    /**
     * Whether the sentence tells what a paper or an agency reported: {@code 政府は15日、非常事態を宣言した。ルモンド紙は
     * 「分断」と書いた。} → true, not a report of the 15th; {@code 手紙は17日に届いた。} and {@code 市は新聞に広告を出した。}
     * → false (no press telling).
     */
    static boolean toldByThePress(String sentence) {
        return toldByThePressUnquoted(unquoted(sentence));
    }

    private static boolean toldByThePressUnquoted(String unquoted) {
        // papers print the agencies' Latin names full-width too (ＡＰ通信, ＮＨＫ): read narrowed, gate and pattern alike
        String narrowed = FullWidth.narrow(unquoted);
        return holdsAPressWord(narrowed) && PRESS.matcher(narrowed).find();
    }

    /**
     * Words one of which every {@link #PRESS_NAME} holds, the words of {@link #PRESS_NAMES} (新聞, 紙, 通信 of 共同通信 and
     * 通信社, 新華社, NHK, 日報, 新報): a sentence with none names no paper. Asked first because {@link #PRESS}, opening with
     * a character class, is tried at every character of every sentence that ends as a deed done: alone, about 5 % of the
     * import workers' samples outside Kuromoji (decision 0021's addendum of 2026-12-14).
     */
    private static final List<String> PRESS_WORDS = PRESS_NAMES.stream().map(PressName::word).distinct().toList();

    private static boolean holdsAPressWord(String unquoted) {
        for (String word : PRESS_WORDS) {
            if (unquoted.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A quote and the verb of saying it, ending the sentence: 」と述べた, 」と話しました, 』とあいさつした. */
    private static final Pattern QUOTE_SAID = Pattern.compile("[」』]と[^「」『』、。]{0,10}$");

    /**
     * Whether the sentence ends by saying a quote ({@code 裁判長は「悪質な犯行」と述べた。}): after a dated
     * deed, a quote is what was said at it, which the writers read as part of that happening, not a
     * happening of its own. {@code 被告は「指示していない」と述べ、無罪を主張した。} ends with a deed; a quote
     * said after the deed or to the press ({@link #saidOnAnOccasionOfItsOwn}) is a statement of its own, and so is
     * one after a deed of no words ({@link #aStatementOfItsOwn}, which the caller asks knowing the deed).
     */
    static boolean endsSayingAQuote(String sentence) {
        return endsInAQuote(sentence) && !saidOnAnOccasionOfItsOwn(sentence);
    }

    /** Whether the sentence ends by saying a quote ({@link #QUOTE_SAID}), on whatever occasion. */
    static boolean endsInAQuote(String sentence) {
        return QUOTE_SAID.matcher(ending(sentence)).find();
    }

    /**
     * Deeds at which words are said: a court's sitting (判決を言い渡した), an announcement, a statement, talks,
     * a rally. A quote said after one, on no occasion of its own, is what was said there
     * (地裁は…判決を言い渡した。裁判長は「悪質な犯行だ」と述べた。). After a deed of another kind (an appointment, a
     * vote, a ceremony, a match) a quote said is someone's statement of that day
     * (…新館長に就任した。新館長は「市民に開かれた館にしたい」と話した。): the writers of sets five, seven, eight
     * and nine expect it as a report. Known weakness: a ceremony's speech (式辞) is the ceremony's words, read
     * as a statement of its own.
     */
    private static final Set<EventCategory> WORDS_SAID_AT = EnumSet.of(EventCategory.LEGAL, EventCategory.ANNOUNCEMENT,
            EventCategory.STATEMENT, EventCategory.MEETING, EventCategory.PROTEST);

    /**
     * Deeds after which a quote is mostly a bystander's, gathered by the reporter on that day or later, no
     * statement of anyone's: a fire or an accident (住宅が全焼した。近くに住む女性は「怖かった」と話した。), a market's
     * move (日経平均株価は…下落した。市場関係者は「…」と話した。). Known weakness: a named speaker's words after them
     * (a mayor's after a disaster) are missed too; a fire's or a market's news quotes the anonymous far more often.
     */
    private static final Set<EventCategory> WORDS_GATHERED_AFTER = EnumSet.of(EventCategory.DISASTER, EventCategory.ECONOMY);

    /**
     * Words, outside quotes, by which the sentence before tells words said in a clause of its own, whatever its
     * report's category (町は…開所式を開き、町長が今後の方針を表明した。): the quote after it is what was said there.
     */
    private static final Pattern WORDS_OF_SAYING = Pattern.compile("表明|発表|説明|述べ|あいさつ|挨拶|会見|演説|訓示");

    /**
     * How many days before its article a deed may be for a quote said after it to be a statement of that day:
     * news quotes the words of the last days; words told after a deed of long ago (原爆投下は1945年8月6日だった。…
     * 原告団長は「…」と話した。) were said lately, not on that day.
     */
    static final int RECENT_DAYS = 7;

    /**
     * Whether a quote said after the deed, on no occasion it names, is a statement of its own on the deed's day:
     * no report of the sentence before is a deed at which words are said ({@link #WORDS_SAID_AT}, no body's
     * sitting: {@link #SITTINGS}) or after which bystanders are quoted ({@link #WORDS_GATHERED_AFTER}), that
     * sentence tells no words said in another clause ({@link #WORDS_OF_SAYING}), and its deed lies in the week
     * before the article ({@link #RECENT_DAYS}). {@code 新館が9日、開館した。館長は「…」と話した。} in an article of
     * the 12th → true; after 判決を言い渡した, 予算案を可決した, 全焼した, 方針を表明した or a deed of last month → false.
     *
     * @param there  the reports of the sentence before, the first the deed whose day is carried
     * @param before the sentence before's text
     */
    static boolean aStatementOfItsOwn(List<Report> there, String before, LocalDate written) {
        return there.stream().noneMatch(DayOfTheSentenceBefore::wordsAreSaidAtOrAfter)
                && !WORDS_OF_SAYING.matcher(unquoted(before)).find()
                && isRecent(there.get(0), written);
    }

    /** Whether a deed lies in the week before the article ({@link #RECENT_DAYS}). */
    private static boolean isRecent(Report deed, LocalDate written) {
        return !deed.time().start().isBefore(written.minusDays(RECENT_DAYS));
    }

    private static boolean wordsAreSaidAtOrAfter(Report deed) {
        return WORDS_SAID_AT.contains(deed.category()) || WORDS_GATHERED_AFTER.contains(deed.category())
                || deed.contentWords().stream().anyMatch(SITTINGS::contains);
    }

    /**
     * Words of a body's sitting, where its members speak, whatever the category of what it decided (不信任決議案を可決
     * is OTHER): 村議会は…可決した。村長は「…」と述べた。 is what was said at the sitting.
     */
    private static final Set<String> SITTINGS = Set.of("議会", "国会", "本会議", "委員会", "審議会", "理事会", "総会",
            "可決", "否決", "採決", "議決");

    /**
     * Where, outside quotes, the sentence says its words were said after the deed or to the press
     * (可決後、報道陣に, 会談の後、, 閉廷後, 記者会見で, 記者団に, 取材に): a statement of its own that day,
     * not what was said at the deed; not 最後に, 今後の, 午後に, 前後, 以後, which say no deed came first.
     */
    private static final Pattern OWN_OCCASION = Pattern.compile("[^\\s　、。最今午前以]後[、にの]|の後[、に]|記者会見|会見で|会見し|報道陣に|記者団に|取材に");

    /**
     * Whether the sentence, read without its quotes, says its quote was said on an occasion of its own:
     * {@code 町長は可決後、報道陣に「近く判断したい」と述べた。} → true; {@code 裁判長は「悪質な犯行だ」と述べた。} → false.
     */
    static boolean saidOnAnOccasionOfItsOwn(String sentence) {
        return OWN_OCCASION.matcher(unquoted(sentence)).find();
    }

    /**
     * The undated sentences of a document that may tell a deed on the day the sentence right before
     * told, each with that sentence's deed ({@link GoverningDeed}), or quoted words after a sentence of no deed, each
     * with the lead's deed ({@link DayOfTheLead}), by the characters alone.
     *
     * @param mentions every date mention the finder read in the document, any kind
     * @param reports  the reports of the document's dated sentences, in reading order
     */
    static List<Carried> candidates(AnalyzedDocument doc, List<DateMention> mentions, List<Report> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Report>> bySentence = new LinkedHashMap<>();
        for (Report r : reports) {
            bySentence.computeIfAbsent(r.source().sentence().start(), k -> new ArrayList<>()).add(r);
        }
        List<DateMention> sorted = mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        List<Sentence> sentences = doc.sentences();
        String text = doc.text();
        LocalDate written = doc.date().date();
        Optional<DayOfTheLead.Lead> lead = DayOfTheLead.lead(doc, bySentence, written);
        List<Carried> out = new ArrayList<>();
        for (int i = 1; i < sentences.size(); i++) {
            Sentence before = sentences.get(i - 1);
            Sentence sentence = sentences.get(i);
            if (!isBody(doc, sentence)) {
                continue;
            }
            String said = sentence.span().of(text);
            boolean dated = hasDate(sorted, sentence, said);
            if (!dated && lead.isPresent() && lead.get().reaches(before, sentence)) {
                if (AnswersToThePolice.told(said)) {
                    out.add(new Carried(sentence, arrestRightBefore(doc, before, sentence, bySentence.get(before.span().start()),
                            written).orElse(lead.get().deed()), false, true, true));
                    continue;
                }
                if (CommentsAsTheyStand.told(said)) {
                    out.add(new Carried(sentence, lead.get().deed(), false, true, true));
                    continue;
                }
            }
            if (!endsAsADeedDone(said)) {
                continue;
            }
            List<Report> there = bySentence.get(before.span().start());
            boolean antecedent = there != null && adjacent(doc, before, sentence);
            // no report right before and no words said after the lead: none of the tests below can make it one
            if (!antecedent && !(lead.isPresent() && lead.get().reaches(before, sentence) && endsInAQuote(said))) {
                continue;
            }
            // its quotes blanked once for both readings of its words
            String unquoted = unquoted(said);
            if (saysNoNewDeedUnquoted(unquoted) || toldByThePressUnquoted(unquoted)
                    || dated && !DatesAheadOfTheDeed.allAfter(text, sorted, sentence, written)) {
                continue;
            }
            String told = before.span().of(text);
            Optional<Report> deed = antecedent ? deedOf(there, told, written, text) : Optional.empty();
            if (deed.isPresent()) {
                // a defendant's plea after the hearing is a step of its own, though told with the words said there
                if (!endsSayingAQuote(said) || PleasToTheCharges.afterItsHearing(unquoted, told)
                        || aStatementOfItsOwn(GoverningDeed.first(there, written, text), told, written)) {
                    out.add(new Carried(sentence, deed.get(), dated, false, false));
                }
            } else if (lead.isPresent() && lead.get().reaches(before, sentence)
                    && endsInAQuote(said) && DayOfTheLead.saidThatDay(unquoted) && toldNoRecentDeed(there, told, written, text)) {
                // words said after a sentence of no deed: a statement of the day the article leads with (DayOfTheLead)
                out.add(new Carried(sentence, lead.get().deed(), dated, true, false));
            }
        }
        return out;
    }

    /**
     * The legal deed of the sentence right before, done on a recent day, that a suspect's answer answers rather than the
     * lead's: {@code 県警は今月12日、…男の知人を逮捕した。調べに対し「知らない」と容疑を否認している。} after a lead of the 18th
     * → the 12th's arrest; none when the sentence before tells no legal deed (男は容疑を否認している。, 現場は住宅街だった。),
     * so the lead's stands (review rvR item 4).
     */
    private static Optional<Report> arrestRightBefore(AnalyzedDocument doc, Sentence before, Sentence sentence,
                                                     List<Report> there, LocalDate written) {
        if (there == null || written == null || !adjacent(doc, before, sentence)) {
            return Optional.empty();
        }
        return deedOf(there, before.span().of(doc.text()), written, doc.text())
                .filter(r -> r.category() == EventCategory.LEGAL && !r.time().start().isAfter(written)
                        && !r.time().start().isBefore(written.minusDays(RECENT_DAYS)));
    }

    /**
     * The deed of the sentence before ({@link GoverningDeed}) whose day an undated sentence after it may take: on the
     * timeline, on one day, told as done, no figure's date among its reports.
     */
    private static Optional<Report> deedOf(List<Report> there, String told, LocalDate written, String text) {
        List<Report> deedFirst = GoverningDeed.first(there, written, text);
        if (deedFirst.isEmpty() || namesTheFiguresDates(there)) {
            return Optional.empty();
        }
        Report deed = deedFirst.get(0);
        return BackgroundRules.aDeedWhoseDayIsTaken(text, deed) && isDay(deed.time()) && endsAsADeedDone(told)
                ? Optional.of(deed) : Optional.empty();
    }

    /**
     * Whether the sentence before tells no deed done on a recent day, so that words said after it are not what was said
     * at a deed it tells: no report (no date of its own), or none of its reports a deed done on a day of the week before
     * the article (a plan, a flashback ていた, a background remark, a figure's period, a deed of long ago beside a
     * figure's period: {@code 総務省が先月24日に公表した12月の物価指数では…伸びとなった。農相は「…」と述べた。} → true, the words
     * said lately). A deed of long ago the rule of the sentence before reads as the deed ({@code 館長は1998年4月1日に
     * 就任した。}) still refuses the words after it ({@link #aStatementOfItsOwn}).
     */
    private static boolean toldNoRecentDeed(List<Report> there, String told, LocalDate written, String text) {
        return there == null || !endsAsADeedDone(told)
                || there.stream().noneMatch(r -> BackgroundRules.aDeedWhoseDayIsTaken(text, r) && isDay(r.time())
                        && !r.time().start().isAfter(written) && isRecent(r, written));
    }

    /**
     * Whether a report of the sentence before dates what its figures measure or compare ({@link FigureDates},
     * {@link BackgroundRules#COMPARISON_BASE}): {@code 同社は18日、2024年4～12月期の純利益が2割減ったと発表した。
     * 売上高は過去最高を更新した。} → true, the record is the period's, no deed of the 18th.
     */
    private static boolean namesTheFiguresDates(List<Report> there) {
        return there.stream().map(r -> r.source().background())
                .anyMatch(reason -> FigureDates.isAFiguresDate(reason) || reason.equals(BackgroundRules.COMPARISON_BASE));
    }

    /**
     * Whether the sentence's last predicate, read as tokens, is a deed done: a verb, or a noun made one
     * by する (否認し|た), in the past, no mere being (ある, いる, なる, できる) and no negation.
     * {@code 大川被告は無罪を主張した。} → true; {@code 被害は大きかった。}, {@code 説明はなかった。} → false.
     */
    static boolean toldAsDone(AnalysedSentence s) {
        List<Token> tokens = s.tokens();
        int last = tokens.size() - 1;
        while (last >= 0 && (tokens.get(last).partOfSpeech().startsWith("記号") || s.isQuoted(tokens.get(last)))) {
            last--;
        }
        if (last < 1 || !tokens.get(last).surface().equals("た") && !tokens.get(last).surface().equals("だ")) {
            return false;
        }
        int k = last - 1;
        while (k >= 0 && Morphemes.isVerbEnding(tokens.get(k)) && !Morphemes.isVerb(tokens.get(k))) {
            if (Morphemes.isNegation(tokens.get(k))) {
                return false;
            }
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token verb = tokens.get(k);
        if (Morphemes.isSuru(verb)) {
            return k > 0 && (Morphemes.isSahen(tokens.get(k - 1)) || tokens.get(k - 1).partOfSpeech().startsWith("名詞"));
        }
        return Morphemes.isVerb(verb) && !Morphemes.WEAK_VERBS.contains(verb.baseForm());
    }

    private static boolean adjacent(AnalyzedDocument doc, Sentence before, Sentence sentence) {
        if (before.paragraphNumber() == sentence.paragraphNumber()) {
            return true;
        }
        // the first sentence of the next paragraph, the one before being the last of its own
        return sentence.paragraphNumber() == before.paragraphNumber() + 1
                && doc.paragraph(sentence.paragraphNumber()).map(p -> p.span().start() <= sentence.span().start()
                        && sentence.span().start() <= firstCharacter(doc.text(), p.span().start())).orElse(false);
    }

    private static int firstCharacter(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    static boolean isBody(AnalyzedDocument doc, Sentence sentence) {
        return doc.paragraph(sentence.paragraphNumber()).map(p -> p.kind() == ParagraphKind.BODY).orElse(false);
    }

    /**
     * Whether the sentence has a date of its own: any the finder read in it but a length of time inside its quotes
     * ({@code 原告団長は「10年間の思いを届けた」と話した。} → false: the words' span is no day of the saying; outside quotes,
     * {@code 3日間にわたって協議した。} → true), and but any date inside the quotes of a sentence that ends by saying them
     * ({@code 社長は「来年度も採用を続けたい」と述べた。}, {@code 社長は「先月26日に申し込んだ」と話した。} → false: the speaker's
     * date, not the saying's, as the writers of sets twelve, fourteen and the blind nineteenth read it; decision 0042's
     * addendum of 2026-12-18). A day inside quotes of a sentence that ends otherwise ({@code 「20日に開く」と述べ、準備を
     * 始めた。}) → true, as before; the quoted date keeps its own report either way ({@link QuotedPlans}).
     * Both readings ask it: such words may take the day of the deed right before ({@code 閉幕した。監督は「3時間の死闘
     * だった」と話した。}) as well as the lead's, and a bracketed title holding a length ({@code 「3年間」と題した写真展を
     * 開いた}) is read as quoted words too.
     */
    private static boolean hasDate(List<DateMention> sorted, Sentence sentence, String said) {
        boolean[] quoted = null;
        for (int at = InTextOrder.firstStartingFrom(sorted, DateMention::span, sentence.span().start());
             at < sorted.size() && sorted.get(at).span().start() < sentence.span().end(); at++) {
            DateMention m = sorted.get(at);
            // a date inside the words the sentence ends by saying is the speaker's: only one outside them dates the saying
            if (m.kind() != DateMention.Kind.DURATION && !endsInAQuote(said)) {
                return true;
            }
            quoted = quoted == null ? Quotes.mask(said) : quoted;
            if (!quoted[m.span().start() - sentence.span().start()]) {
                return true;
            }
        }
        return false;
    }

    static boolean isDay(TimeValue t) {
        return t.start().equals(t.end());
    }

}
