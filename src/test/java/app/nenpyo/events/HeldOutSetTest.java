package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorAlias;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.ingest.DocumentAnalyzer;
import app.nenpyo.temporal.DateFinder;
import app.nenpyo.temporal.DateScoring;
import app.nenpyo.temporal.UnbrokenText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the date finder and the events on the twenty-eight HELD-OUT sets (src/test/resources/temporal/heldout/,
 * heldout2/ to heldout28/: see their READMEs), each written before the extractor was run on it, and fails below
 * the level measured on each — a floor against regressions, not a target to tune towards. The first
 * set has been tuned on since session 22 (a development set now: its dates' floor is the level
 * reached after the date rules were fixed on what it found, 267 of 267, decision 0003's addendum of
 * 2026-11-28); the second, whose articles keep the shapes clippings come in (headlines, datelines, a
 * paragraph a line), was the blind one for the date and event rules, though the way datelines,
 * headlines and bylines are split off was mended on what it found (decision 0035), and the date rules
 * of session 23 were mended on it too. The third, written in session 23 before the extractor was
 * run on it, adds clippings wrapped at a fixed width (the breaks inside sentences and dates) and source
 * lines; its date rules were mended on what it found in session 24. The fourth (heldout4/, written in session 24 by a writer who read
 * none of the others' articles nor the code) was the blind one in session 25, the fifth (session 25) since, and
 * the sixth (heldout6/, session 26) was the blind one in session 27, and the seventh (heldout7/, session 28, its
 * writer told to read none of the others' articles, the code or the README) was the blind one in session 28, scored
 * before the session's rules (main at 901f68e) and with them, then read for what it found; the eighth (heldout8/,
 * session 29, its writer blind as the seventh's) was the blind one in session 29, the ninth (heldout9/, session 30) in
 * session 30, the tenth (heldout10/, written in session 31 by a writer blind as the seventh's) in session 31, and the
 * eleventh (heldout11/, written in session 32 the same way) in session 32, and the twelfth (heldout12/, written in
 * session 33 the same way) in session 33, and the thirteenth (heldout13/, written in session 34 the same way) in
 * session 34, and the fourteenth (heldout14/, written in session 35 the same way) in session 35, and the fifteenth
 * (heldout15/, written in session 36 the same way) was the blind one, and the sixteenth (heldout16/, written in
 * session 36 the same way, task hW2) was the blind one, and the seventeenth (heldout17/, written in session 37 the
 * same way, task hW) was the blind one, and the eighteenth (heldout18/, written in session 37 the same way, task
 * hW2) was the blind one, and the nineteenth (heldout19/, written in session 38 the same way, task hW) was the blind
 * one, and the twentieth (heldout20/, written in session 38 the same way, task hW2) was the blind one, and the
 * twenty-first (heldout21/, written in session 39 the same way, task hW) and the twenty-second (heldout22/, written
 * in session 39 the same way, task hW2, while the twenty-first was being written beside it) were the blind ones, and the
 * twenty-third (heldout23/, written in session 40 the same way, task hW) and the twenty-fourth (heldout24/, written in
 * session 40 the same way, task hW2, while the twenty-third was being written beside it) were the blind ones, and the
 * twenty-fifth (heldout25/, written in session 41 the same way, task hW) and the twenty-sixth (heldout26/, written in
 * session 41 the same way, task hW2, while the twenty-fifth was being written beside it) were the blind ones, and the
 * twenty-seventh (heldout27/, written in session 42 the same way, task hW) and the twenty-eighth (heldout28/, written in
 * session 42 the same way, task hW2, while the twenty-seventh was being written beside it) are the blind ones now;
 * the ninth, blind for three sessions, was read by the lead in
 * session 33 for its dates' misses (a development set since), the tenth likewise in session 34, the eleventh in
 * session 35, the twelfth in session 36, the thirteenth in session 37, the fourteenth in session 38, the fifteenth
 * in session 39, the sixteenth in session 40, the seventeenth in session 41 and the eighteenth in session 42; the
 * nineteenth to the twenty-eighth are blind still: no rule is made on their sentences, and only
 * their score lines are read. Each floor is the level measured on its set at the end of the
 * session that last changed it.
 *
 * <p>Dates are scored as {@link app.nenpyo.temporal.ReviewSetTest} scores the review set. An event
 * an analyst expects is found on its date when an event on the timeline has a source in the
 * expected sentence and spans the days of one of the readings, or a day inside a reading's period
 * that the report, told as that period, joined (decision 0032: the day keeps its date); its label is right when it also
 * holds the key words written for it ({@code ;} all, {@code |} any); a happening expected in
 * several reports is merged when one event holds every one of them.
 */
class HeldOutSetTest {

    /**
     * A set and the level measured on it (the first on 2026-11-28 with main at 3fcfc8c, the second
     * with main at f6118fa; the first's labels raised from 162 to 165 when adverbs before the verb,
     * what was asked for before よう and a thing marked も before a deed were read; both sets' labels raised, to
     * 168 and 134, when labels said what was done to what, a title's holder and an election's result,
     * decision 0037; the second's merged from 8 to 9 when a passive's thing was read as what the active
     * deed is done to, decision 0032's addendum; the second's dates raised from 300 to 323 and both sets'
     * reports with them in session 23, when the date defects set two found were mended, decision 0003's
     * addendum of that session; with the labels' and the actors' rules of that session together, the
     * reports with their key words 169 and 141; the third on 2026-11-29 with main at d141bd4, blind; the second's
     * and third's labels raised from 142 to 143 and 151 in session 24, when a declaration at a press conference and
     * the case a date tells before …した事件で、 were labelled, decision 0037's addendum; the second's to 149 when
     * the scorer read key words as their writers wrote them, choices | of words ; all held; the third's dates raised
     * from 335 to 351, its reports from 201 to 209 and its happenings merged from 8 to 9 when the date defects it
     * found were mended, decision 0003's addendum of session 24, with their key words to 160 and merged to 11 with the
     * session's label and merge rules (decisions 0037's and 0032's addenda); the fourth on 2026-11-28 with main at
     * 2fb9e7c, blind (203, 17, 1, 130, 89, 5), and raised to what the session's date and merge rules, made without
     * reading it, reached; the categories and the actors scored since
     * session 25 (an actor counted as the writer's by the parts of a name only, {@link #names}, since its
     * review: with main at e3cfe4a 140, 130, 120, 94 and 76 categories, 158, 127, 173, 95 and 96 actors); the
     * fifth on 2026-11-28 with main at 0f0b62e, blind, the extractor of e3cfe4a (196, 19, 2, 122, 94, 6, 76, 96),
     * and raised to what the session's rules, made without reading it, reached; with session 25's rules
     * (decision 0003's, 0029's, 0030's, 0037's and 0005's addenda: dates to come, flashbacks and what a sentence is
     * about; the domain's category words and a vote's category; offices said by their kind, a city before its
     * head's title, rivers; words a page cut read whole, whose and which kept with a noun, a time after a date and
     * の as when, a noun onto する as a deed, a statement's short quote; vague plans as background; a month's
     * report of a named person's deed compared by its words up to the deed, decision 0032's) the first four sets'
     * key words 171, 152, 166, 99, categories 153, 142, 139, 110, actors 158, 131, 182, 118, merges 7, 9, 12, 8; with
     * session 26's rules (decision 0029's addendum: results announced, requests and notices; 0003's: tense read past a
     * page's wraps, a verb before 場面; 0042: a deed told without a date of its own; 0030's: bodies said by their kind,
     * named whole, heads' titles, a topic's later clause) categories 156, 146, 143, 111, 80, actors 158, 139, 185,
     * 121, 120, set two's reports on their date 183, key words 156, merges 10, set five's 127 and 99; and since then
     * the reports expected as background that are on the timeline, at most 29, 32, 24, 17, 23 and 38, and after review
     * the reports dated by the sentence before where their writer expected none, at most 0, 1, 0, 0, 0 and 0; since
     * session 26 the dates are scored on the sentences an import splits, as the events are: the third's dates 353 → 354
     * and the fourth's 209 → 210, read right by the import all along; the sixth on 2026-11-28 05:05 UTC, blind, the
     * extractor of 78c14a1 (200, 7, 0, 109, 72, 6, 65, 82; the finder's own split of its sentences 202 dates right), and
     * the same with the session's first category rules); in session 27, a later clause's doer named before it and
     * ministers of any portfolio (decision 0030's addendum), actors 159, 141, 190, 123, 125 and 86, the prosecution
     * said as a side (検察側) the third's 195, citizens named with さん the third's 203, the fifth's 126, the sixth's 89;
     * companies named by what they do (電力, フーズ, ホールディングス) the first's 160, the fourth's 127 and key words 100, the
     * fifth's 130, the United Nations' bodies named whole and a company said to be one (機械大手の) 161, 144, 207; with
     * session 27's dated relative clause, decision 0037's addendum, the first five sets' key words 172, 158, 168,
     * 101, 104, categories 156, 147, 145, 114, 81, set two's reports on their date 184, set five's 128 and its actors
     * 123 more (together: key words 172, 158, 168, 103, 104, actors 161, 144, 207, 127, 133; the sixth's, not read,
     * key words 74 and merged 7); the background on the timeline at most 26, 17, 12, 10, 14 and 33, when the last
     * time before a first in years, the start of what has gone on since, a forecast of a state and the vague time of
     * an intention stated were read as background, decision 0005's addendum (18 on the second after a deed in て form
     * with 以来 went back; on the sixth, measured blind and not looked into, the background 38 → 33 for its reports on
     * their date 110 → 108, key words 74 → 73, categories 65 → 64, actors 89 → 88: a trade accepted, its floors lowered
     * to it); all of session 27 together: on their date 191, 184, 212, 135, 128, 108, key words 172, 158, 168, 103,
     * 104, 73, merged 7, 10, 14, 9, 6, 7, categories 156, 147, 145, 114, 81, 64, actors 161, 144, 208, 128, 133, 88,
     * background on the timeline 26, 18, 12, 10, 14, 33, wrong merges 0, 3, 1, 5, 1, 1; with the journey's deed
     * (decision 0037's addendum, rule 20) the first's categories 157, the fourth's key words 105, categories 115,
     * actors 130, and its wrong merges 6: the summit told as the Seoul visit's deed (ソウルを訪れ、…と会談した → 会談)
     * joins another article's 7日にソウルで開かれた日韓首脳会談で合意していた, whose relative clause dates the summit
     * but whose writer gave the sentence to the agreement there, a merge accepted; with session 28's category words
     * (decision 0029's addendum of 2026-12-04: said, legal, military, weather, election and market words, 派遣 and
     * サイバー攻撃 no longer military) categories 159, 148, 147, 116, 99, 76: dates right,
     * wrong or missed at most, spurious at most; expected reports on their date, of those with their
     * key words, happenings merged; of the reports on their date, those with the category their writer
     * gave, and the actors the writers listed that the events name; background on the timeline and reports dated
     * by the sentence before where their writer expected none, at most; since session 27 (main at 6b288f7) the
     * merges their writers would undo, at most 0, 4, 1, 5, 1 and 1; with decision 0043 (what a generic deed is said
     * of, what a doer took part in, a passive's subject what the active deed is done to) the third's and fourth's
     * merges 14 and 9, their actors 186 and 122; with session 28's date rules (decision 0003's addendum: a length
     * counted from now, a season after a count of years, the month of a day beside 前日の, 週明け before a day) the
     * dates of sets three to six 357, 211, 204 and 202 (wrong or missed 10, 9, 11, 5), reports on their date 136, 129
     * and 110 on sets four to six, key words 105 and 74 on sets five and six, categories 116 and 82 on sets four and
     * five, actors 131 and 89 on sets four and six; with all of session 28 (set six a development set now):
     * categories 159, 148, 147, 117, 101, 76 (the domain's missing words, decision 0029's addendum), merges 11, 15, 8,
     * 8 on sets two, three, five, six (a wider period joins the day its named doer's clause tells in much the same
     * words, decision 0043's addendum), actors 146, 210, 131, 134, 89, key words 106 and 74 on sets five and six;
     * the seventh, blind, from main's 228, 22, 1, 144, 105, 4, 75, 103, 29, 0, 0 before the session's rules to 229,
     * 21, 1, 145, 106, 4, 77, 103, 29, 0, 0 with them; then, its faults read, 翌13日 counted from the day told whose
     * next day is the 13th (decision 0003's addendum): 231, 19, 1, 146, 107, 5, 78, 104, 29, 0, 0; and with Japan's
     * day in brackets after the local day a gloss, not what 同日 counts from: 234, 16, 1, 149, 109, 5, 80, 106, 29, 0, 0;
     * the eighth, blind, with main before session 29's rules (7370a7f and the Latin-word category fix): 237, 9, 0,
     * 146, 119, 3, 97, 110, 36, 0, 0;
     * in session 29, the date of a mark passed, a time to come in quoted words or in the writer's own view and a
     * list's items after a byline read as background (decision 0005's addendum of session 29): the background on the
     * timeline 26, 18, 12, 10, 14, 33, 29 → 25, 18, 10, 8, 11, 21, 26, nothing else changed;
     * session 29's bodies named as news names them (decision 0044: a full name before its abbreviation, bodies of a
     * place, a company said to be one, the topic before a later date): actors 161, 150, 214, 135, 140, 109, 131;
     * with session 29's happening told only as occurred (decision 0043's addendum of 2026-12-05) key words 111 and merges 6
     * on the seventh; with session 29's labels (decision 0037's addendum: a speech act said at a press conference, a
     * contest told with its result) key words 173, 159, 168, 106, 106, 76, 115 (the seventh's with the merge above);
     * the eighth, blind to all of session 29's rules, with them: 237, 9, 0, 146, 119, 3, 97, 114, 36, 0, 0 (only its
     * actors moved, 110 → 114);
     * the ninth, blind, with main before session 30's rules (57fc09b): 262, 21, 2, 138, 97, 5, 83, 90, 44, 0, 5;
     * session 30's dates (decision 0003's addendum: a wrap inside a date word or after a relative month, a
     * headline's count since a happening, 平均 before days, a plain verb naming the noun after it, a season alone
     * before ごろ): dates 213, 205, 235, 239, 263, wrong or missed 7, 10, 15, 7, 20, spurious 0, 1, 0 on sets four,
     * five, seven, eight and nine, reports on their date 137, 130, 150, key words 107 and 116 on sets four and
     * seven, categories 118, 102, 81, the seventh's actors 132; and the eighth's background on the timeline 36 →
     * 37, a report a plan now dated by its season makes (夏ごろに報告書をまとめる, told as what will be done, which
     * {@code VaguePlans} keeps on the timeline), a trade accepted; session 30's category words (decision 0029's
     * addendum: crimes, regulators, laws promulgated, accidents, animal diseases, markets and business) categories
     * 160, 119, 104, 77, 91, 107 on sets one and four to eight, and 84 on the ninth, blind to them; a quote said
     * after the deed or to the press a statement of its own (decision 0042's addendum): the sixth's and ninth's
     * reports on their date 111 and 139, key words 77 and 98, categories 78 and 85, actors 110 and 91;
     * session 30's word ending the other's compound and bank shut told as its failure
     * (decision 0043's addendum of 2026-12-06): merges 7 on the seventh (its actors 132), 5 on the eighth, and on the
     * fourth one wrong merge more, accepted: 今月4日の英総選挙でも、労働党が…奪還 joins the vote of the 4th (英国の総選挙で
     * 投票が実施), which its date names, though its writer gave it to the result; these with the session's categories
     * and dates: the seventh's categories 92 and actors 133;
     * session 30's doer of the sentence before (decision 0044's addendum of 2026-12-06):
     * actors 162, 150, 218, 135, 143, 109, 132, 114, and on the fifth merged 9 and categorised 102 (Milei's runoff told
     * without its doer joins the report naming him); all of session 30 together: the first's actors 162, the fifth's
     * categories 105 and actors 143, the seventh's actors 134, and the ninth, blind to every rule of the session:
     * 263, 20, 2, 139, 98, 5, 85, 93, 44, 0, 5; session 30's について-phrase said as what a deed is about (decision
     * 0037's addendum of 2026-12-06, second round): key words 175, 169, 108 and 78 on sets one, three, four and six;
     * a deed told as done whose dates all lie ahead read as told on the day before (decision 0042's addendum):
     * reports on their date 192, 213, 131 on sets one, three, five, the fifth's key words 107, the third's actors
     * 219; a limit set in a request and a time of what is to come only expected (decision 0005's addendum): the
     * background on the timeline 25, 18, 10, 8, 11, 21, 26, 37 → 25, 18, 10, 8, 10, 17, 25, 26; the ninth, blind to
     * the session's every rule (one helper's debug print showed some of its sentences, not used): 263, 20, 2, 139,
     * 99, 5, 85, 93, 43, 0, 5; session 31's month's end named as an edge (decision 0003's addendum of 2026-12-07:
     * 6月末まで, 今月末で辞任, 10月末の時点 its last day), set three's two deadlines given that reading too: dates 214,
     * 206, 203, 236, 242 on sets four to eight, wrong or missed 6, 9, 4, 14, 4, the eighth's reports on their date 147,
     * key words 120, categories 108 and actors 115, background on the timeline 24, 17, 24, 26 on sets one, six,
     * seven, eight; but set four's background on the timeline 8 → 9, as the ninth's 43 → 44: a deadline plan
     * (今月末までに結果をまとめる) was on the timeline before as the 27th to the 31st, which matched none of its
     * writer's readings and went uncounted, and now dated on the 31st it matches and is counted. The ninth, blind:
     * 264, 19, 2, 139, 99, 5, 85, 93, 44, 0, 5. The tenth, blind (written in session 31 by a writer who read none
     * of the code, the other sets or the decisions), with main at the session's start (bf5a34c): 274, 21, 3, 164,
     * 123, 8, 115, 100, 39, 0, 1; with the month's end above: dates 276, wrong or missed 19, background on the
     * timeline 40 (the same deadline class as the fourth's); a count of days after a happening named with から
     * (拘束から約1週間後) counted from that happening's day as one named with の was (decision 0003's addendum): dates
     * 207, 237, 243 on sets five, seven, eight, reports on their date 132, 151, 148, key words 108 and 121 on the
     * fifth and eighth, categories 106, 93, 109, the fifth's and seventh's actors 144 and 135; the ninth and tenth
     * unchanged; an earlier occasion recalled by a day written onto a noun (頼氏は1月13日の総統選で当選し) no day
     * a later 同日 told done counts from (decision 0003's addendum): dates 324, 215, 205 on sets two, four, six,
     * reports on their date 185, 138, 112, key words 109 and 79, categories 120 and 79, actors 151 and 111 on the
     * second and sixth; but the second's wrong merges 3 → 4, accepted: 石破首相は同日夜、第2次石破内閣を発足させた,
     * now on its day, joins his election as prime minister that day (one person's two deeds of a day, which the
     * merge does not tell apart). The ninth and tenth unchanged. A happening's day named after it (解除の前日) not the
     * day a period told with it began (7月23日から続けてきた取水制限を全面解除した): the seventh's dates 238, on their
     * date 152, categories 94, actors 136. A plan reported in what a date set off by a comma dates (毎朝新聞は15日、
     * 政府が…方向で調整していると報じた) no cue of the future: the sixth's dates 206. A month listed right after one
     * told with its year (昨年2月と7月) of that year: the eighth's dates 244, reports on their date 149, key words 122,
     * categories 110. Session 31's category words written from the news's language before any
     * set's misses were read (decision 0029's addendum of 2026-12-07), then the classes of those misses (スト as a
     * word of its own, vehicles that collide, an agreement reached, meetings by name), measured before the dates
     * above: categories 160, 150, 149, 119, 107, 79, 98, 110, the fifth's key words 108; the ninth's categories
     * 85 → 96 (96 with the first step alone), the tenth's unchanged (115); with the dates: categories 160, 150, 149,
     * 120, 108, 80, 100, 113 on sets one to eight, the fifth's key words 109. Session 31's thing made the topic of
     * a deed done to it (新工場は来春に着工し: the doer the sentence before named) and bodies named by what they are
     * (調査委員会は, 原告団は: decision 0044's addendum of 2026-12-07): listed actors 164, 152, 220, 136, 148, 114, 138,
     * 116 on sets one to eight, the ninth's 93 → 96 and the tenth's 100 → 102, both blind. Session 32: a month alone
     * at most half a year after one told with its year in the sentence goes on in that year (2021年9月28日に辞任し、
     * 10月1日付で: decision 0003's addendum of 2026-12-08): the seventh's dates 239, reports on their date 153, key
     * words 117, categories 101, actors 139; the blind ninth's dates 265, on their date 140, key words 100,
     * categories 97, actors 97; the tenth unchanged. A verb before its noun in a clause with a time of its own after a
     * chain's comma (8月上旬に強化され、同月10日から水圧を下げる減圧給水も行われた) no cue of the future for the first
     * date: the seventh's dates 241, on their date 155, key words 119, categories 103, actors 140. A day followed by
     * にも with no verb telling it done leans ahead (27日にも再びストを行う可能性がある): the eighth's dates 245, but its
     * background on the timeline 26 → 27, accepted: that report, a possibility its writer made background, is now on
     * its date, which its background rules do not reach (a possibility is no plan they know). A year of two digits
     * told as a time after one of four in its sentence (1985年に…完成させ、91年に実用化された): the third's dates 358, on
     * their date 214, key words 170, categories 150. The eleventh, blind (written in session 32 by a writer who read
     * none of the code, the other sets or the decisions), with main at the session's start (3ba672e): 211, 26, 1, 124,
     * 95, 5, 79, 83, 21, 0, 0; unchanged by the session's date rules above.
     * Session 32's one body named by two writers of a day, neither as a subject (decision 0043's addendum of
     * 2026-12-08): the fifth's merged 9 → 10; wrong merges unchanged on all eleven sets; the ninth, tenth and eleventh
     * unchanged (merged 5, 8 and 5). Session 32's background: the rough time of a plan the sentence ends on, after
     * the article's month (来月上旬に…示す方針だ), and a deadline still to come written without a day (年度末までに…
     * まとめる): decision 0005's addendum of 2026-12-08; background on the timeline 9, 10, 24, 27 → 8, 8, 22, 24 on
     * sets four, five, seven, eight, and on the blind ninth, tenth and eleventh 44, 40, 21 → 43, 39, 19. Session 32's
     * actors by how names are built (a full name the tokenizer tags 姓 + 名, 山内正樹町長; a made-up word before an
     * ending only companies' names have, 北斗電産; decision 0044's addendum of 2026-12-08): listed actors 164, 155,
     * 222, 136, 149, 118, 144, 122 on sets one to eight (with the date rules above), and on the blind ninth, tenth and
     * eleventh 97, 102 → 106, 83 → 86. The review's mends of the background rules (counts are no dates, a past told
     * with という no deadline to come, another month's end no day named): the sixth's background on the timeline 16,
     * the blind ninth's 42. The twelfth, blind (written in session 33 by a writer who read none of the code, the other
     * sets' articles or expectations, nor the decisions), with main at ac23e73: 228, 26, 1, 132, 99, 15, 81, 72, 21,
     * 0, 2 (dates 228 right of 254, 18 wrong, 8 missed; 132 of 170 reports on their date; 15 of 27 happenings in
     * several reports merged; 72 of 132 listed actors found; 21 of 45 background reports on the timeline).
     * Session 33's date rules, made on the ninth's misses once it was read (decision 0003's
     * addendum of 2026-12-09: 同じ日, 一昨日の13日, a lead's frame lends no month, a time counted since or gone on since
     * has passed, a deadline asked for lies ahead, a time made the topic and a verb quoted after another time's
     * clause, kanji days listed, 上旬から中旬にかけて, 1日8時間): the ninth's dates 265 → 277, on their date 140 → 147,
     * key words 106, categories 100, actors 102, merged 6; the blind tenth's dates 277 and the blind eleventh's 214 (on
     * their date 126, categories 81), but its key words 95 → 94, accepted: with 同じ日 read, a report joins an event
     * whose label no longer holds its key words (the set is blind, so not read); sets one to eight unchanged; the
     * blind twelfth's dates 228 → 231, on their date 132 → 134, categories 81 → 83.
     * Session 33's categories (decision 0029's addendum of 2026-12-09): an accident's
     * investigators and the shareholders' meeting, deals and a vote's result announced, and a date set off by a comma
     * dating the announcing verb its clause ends with: categorised 160, 150, 150, 120, 108, 80, 103, 113 → 161, 153,
     * 150, 121, 108, 81, 109, 115 on sets one to eight, the blind ninth, tenth and eleventh 97, 115, 79 → 98, 116, 80,
     * Session 33's categories (decision 0029's addendum of 2026-12-09): an accident's
     * investigators and the shareholders' meeting, deals and a vote's result announced, a date set off by a comma
     * dating the announcing verb its clause ends with, and a course or an outlook shown (方針を示す): categorised 160,
     * 150, 150, 120, 108, 80, 103, 113 → 162, 153, 150, 121, 109, 81, 110, 115 on sets one to eight, the blind ninth, tenth and eleventh 97, 115, 79 → 98, 116, 80,
     * the second's wrong merges 4 → 3; a trade accepted: the fifth's background on the timeline 8 → 9, a forecast
     * of its writer's (全面復旧は年明けにずれ込む) that had joined the restoration's event while both were "other", on
     * the timeline of its own since that report, announced (…復旧し…再開したと発表した), is an announcement. With the
     * date rules above and courses shown (方針を示す) as announcements: categorised 162, 153, 150, 121, 109, 81, 110, 115
     * on sets one to eight, the ninth's 102, the blind tenth's 116, eleventh's 82, the blind twelfth's 83 unchanged.
     * Session 33's background (decision 0005's addendum of 2026-12-09: a term's end as its topic's
     * value, a tally's start, a time in a cited forecast, a rough aim or a goal still to come, a vague time to come made
     * known, promised or covered, the rules' words read across a page's line break): background on the timeline 24, 18,
     * 9, 8, 8, 16, 22, 24 → 22, 17, 7, 6, 6, 15, 16, 24 on sets one to eight, and on the blind ninth, tenth and eleventh
     * 42, 39, 19 → 41, 39, 18; every other figure unchanged. Merged on the session's dates and categories, with a
     * paper's edition read as written (across a page's break the rule took two reports of the blind twelfth off their
     * date, its writer's happenings): background on the timeline 22, 17, 7, 6, 7, 15, 16, 24, the ninth's 41, the blind
     * tenth's 39, eleventh's 18, twelfth's 21 → 19.
     * Session 33's merging (decision
     * 0043's addendum of 2026-12-09: a happening told by its word alone beside a shared word, a bill's passage in other
     * words): the fourth's merged 9 → 10 and actors 136 → 138, the eighth's merged 5 → 6 and categories 113 → 114;
     * wrong merges unchanged on all twelve sets, the blind ones unchanged.
     * Session 33's names an article gave once, found where it writes them bare again (a company or an abbreviation
     * found by a cue of its own, a surname before a mayor's title whose full name the article gave: decision 0044's
     * addendum of 2026-12-09): listed actors 156, 150, 120, 146, 124 on sets two, five, six, seven and eight, and on the
     * blind ninth and tenth 97 → 100 and 106 → 110 (the eleventh unchanged); the tenth's merged 8 → 9, but its
     * categorised 115 → 114, accepted: the mayor now found joins two reports of one happening (no wrong merge more on
     * any set); the set being blind, the category lost was not read (an event's category is the one most of its
     * reports have, so a report joined takes the event's: the likely cause). Session 33's company of its head said
     * by name and title or by the title alone in a sentence naming no company (田中一郎社長は…, 社長は…: the company named
     * last before, as 同社): listed actors 165, 158 and 121 on sets one, two and six, and the blind eleventh's 86 → 87.
     * With all of the session's work: listed actors 165, 158, 222, 138, 150, 121, 146, 124 on sets one to eight, the
     * ninth's 105, the blind tenth's 110 (its categorised 116 → 115, the trade above), eleventh's 87, twelfth's 72.
     * The thirteenth, blind (written in session 34 by a writer who read none of the code, the other sets' articles or
     * expectations, nor the decisions), with main at 28ca96c: 216, 21, 4, 121, 74, 11, 90, 53, 24, 0, 2 (dates 216
     * right of 237, 14 wrong, 7 missed, 4 spurious; 121 of 155 reports on their date; 11 of 22 happenings in several
     * reports merged; 53 of 109 listed actors found; 24 of 38 background reports on the timeline).
     * Session 34's background (decision 0005's addendum of 2026-12-10: a base of a comparison without 比, an occasion
     * before 以来, a time limit with 中 or 内 and に, a length counted from now with an expectation): background on the
     * timeline 16, 15, 23 on sets two, seven and eight, 34 and 34 on the ninth and tenth, 18 on the blind twelfth; no
     * other figure of any set moved.
     * Session 34's actors the writers listed (decision 0044's addendum of 2026-12-10: a body named in brackets after its
     * kind, a country's force or authority, a place's health centre and a surname's police station, an association of a
     * place): listed actors 165, 158, 222, 138, 151, 122, 149, 127 on sets one to eight, the ninth's 105 → 127, the
     * tenth's 110 → 117, the blind eleventh's 87 → 88 (the twelfth's 72 unchanged).
     * Session 34's categories (decision 0029's addendum of 2026-12-10: violence, a business suspended, a petition;
     * rates, costs and production at scale; the power-shortage alert; gatherings to learn; a launch site; a temperature
     * recorded and the heat; a claim a ruling turns down): categorised 150, 81, 110 → 151, 82, 111 on sets three, six
     * and seven, the ninth's and tenth's (development sets now) 102 → 106 and 115 → 130; the blind eleventh and twelfth
     * unchanged (82, 83); every other figure unchanged.
     * Session 34's merging (decision 0043's addendum of 2026-12-10: a happening whose deed and thing a later
     * article's report without a subject names in a clause after its date): the ninth's merged 6 → 7, the tenth's
     * 9 → 10, the blind twelfth's 15 → 16 and thirteenth's 11 → 12 with its labelled 74 → 75, but the thirteenth's
     * categorised 90 → 89, accepted: a report joined takes its event's category (the set being blind, the report was
     * not read); wrong merges unchanged on all thirteen sets.
     * The fourteenth, blind (written in session 35 by a writer who read none of the code, the other sets' articles or
     * expectations, nor the decisions), with main at f93819d: 221, 28, 4, 131, 95, 5, 97, 53, 22, 0, 1 (dates 221
     * right of 249, 16 wrong, 12 missed, 4 spurious; 131 of 158 reports on their date; 5 of 21 happenings in several
     * reports merged; 53 of 96 listed actors found; 22 of 33 background reports on the timeline; one wrong merge).
     * Session 35's actors (decision 0044's addendum of 2026-12-11: a municipality named whole before its kind, its
     * prefecture before it only its address): listed actors 122 → 127, 127 → 129 on sets six and eight, the tenth's
     * 119 → 130, the eleventh's 88 → 93, the blind twelfth's 72 → 73 (the thirteenth's 53 unchanged); actors no writer
     * listed fall on every set but the fourth and seventh (unchanged). A trade accepted: the ninth's listed actors
     * 127 → 126, its writer listing 岩手県 beside 大船渡市 for 岩手県大船渡市の赤崎町で…, where the prefecture written
     * before a city is now only the city's address; the other writers list the city alone (or with its prefecture as
     * one name, 埼玉県熊谷市), and the prefectures so dropped were some 75 actors no writer listed on sets one to eleven (1,268 → 1,176 in all).
     * A faction or movement named with 派 (安倍派, フーシ派): set one's listed actors 165 → 166, the tenth's 130 → 138
     * (its unlisted 93 → 94), the blind sets unchanged.
     * A municipality's made-up name IPADIC cuts into single kanji (奥 / 霧 / 町) taken too: the eleventh's 93 → 95, the
     * blind thirteenth's 53 → 54 (its unlisted 86 → 89, not read: the set is blind).
     * A company's legal form after its name (クイックデリ株式会社): the eleventh's 95 → 102 (unlisted 55 → 53; 同社 now points
     * at it), the blind sets unchanged.
     * Session 35's background (decision 0005's addendum of 2026-12-11: a time put off to or done toward, a plan for a time
     * to come told as it was, a date told as the last time, より with a figure after a previous period, a peak, めざす,
     * an expected time as its topic's value before another clause or with とみられる, a limit with 中に set in a
     * request): background on the timeline 6, 14, 21 on sets five, six and eight, 29, 31, 16 on sets nine to eleven; the blind twelfth and thirteenth unchanged (18, 24); no other
     * figure of any set moved.
     * Session 35's categories (decision 0029's addendum of 2026-12-11: a date inside what a verb of making known reports
     * is the deed's; a date inside the incident that frames the sentence is the incident's): categorised 153, 151, 109
     * → 154, 154, 111 on sets two, three and five, the ninth's 106 → 108, the tenth's 133 → 135, the eleventh's (a
     * development set now) 82 → 85; the blind twelfth and thirteenth unchanged (83, 89); no other floor moved (the
     * eleventh's unlisted actors, no floor, 65 → 68).
     * Session 35's merging (decision 0043's addendum of 2026-12-11: a happening named by the word before a deed that
     * names nothing, 勧告を出す / 出場辞退の発表, and 出す itself no shared word; a thing called by its short name,
     * 改正教員給与特別措置法（給特法） / 改正給特法): merged 7 → 8, 10 → 11, 5 → 6 on the ninth, tenth and eleventh, the
     * ninth's labelled 106 → 107 and the eleventh's categorised 82 → 83; a trade accepted: the ninth's categorised
     * 106 → 105, the law's two reports now one event of one category (economy, the first report's, where its
     * writer has legal for the enactment); wrong merges and the blind twelfth and thirteenth unchanged. Merged with
     * the session's other work the ninth's categorised is 108 → 107 by that trade, the eleventh's merged 8 → 9 and its
     * categorised 89 → 90.
     * The fifteenth, blind (written in session 36 by a writer who read none of the code, the other sets' articles or
     * expectations, nor the decisions), with main at 4d5988a: 233, 20, 1, 136, 107, 7, 94, 74, 26, 0, 0 (dates 233
     * right of 253, 13 wrong, 7 missed, 1 spurious; 136 of 171 reports on their date; 7 of 22 happenings in several
     * reports merged; 74 of 119 listed actors found; 26 of 48 background reports on the timeline; no wrong merge).
     * The sixteenth, blind (written in session 36, task hW2, by a writer who read none of the code, the other sets'
     * articles or expectations, nor the decisions), with main at 6d7927c: 210, 31, 3, 135, 95, 3, 105, 59, 12, 0, 0
     * (dates 210 right of 241, 23 wrong, 8 missed, 3 spurious; 135 of 163 reports on their date; 3 of 20 happenings
     * in several reports merged; 59 of 149 listed actors found; 12 of 29 background reports on the timeline; no
     * report dated by the sentence before where none was expected; no wrong merge).
     * Session 36's dates, the lead's (decision 0003's addendum of 2026-12-12, read on set twelve): a time of day without
     * its day on the day the sentence before told in its paragraph; days that pass (10日近くたった) no range's end; a date
     * naming a topic set off by a comma dating the main clause; 同日 in a paragraph after a flashback's from the story's
     * day; a deed asked whether it will be done of a time to come; a year wrapped before の and its month (昨年⏎の6月1日) read whole. Set twelve's dates 231 → 241, on their date 135 →
     * 143; the eleventh's dates 226 → 227; the blind fourteenth's and fifteenth's dates 221 → 223 and 233 → 235, on
     * their date 131 → 132 and 136 → 138. A trade accepted: set twelve's background on the timeline 18 → 19, the
     * deadline 期限の19日までに控訴するかどうか検討している now on its right day (it had been read a month back), a
     * named day's deadline that decision 0005's DeadlinesToCome leaves on the timeline as the writers split on it.
     * Session 36's merging (decision 0043's addendum of 2026-12-12: a thing ended, 卒業式を終える, names its happening
     * as a thing given out does; a head word of one character, 式 or 市, is no shared word naming a happening): the
     * twelfth's merged 16 → 18; wrong merges 5 → 4 on the ninth and 1 → 0 on the blind fourteenth; labelled 110 → 111
     * on the fifth and 95 → 96 on the blind fourteenth. A trade accepted: the third's merged 15 → 14 and its listed
     * actors 222 → 221, the city's designation of its zones told as 市が…区域を告示 for the autumn and
     * 東湊市が…禁止区域に指定 for November, which joined on 市 alone, the two reports sharing no word naming the deed.
     * Measured at merge with the lead's rules, the one-character head word also moved the blind sixteenth: merged 3 → 2
     * (a trade accepted, unread: blind) and labelled 95 → 96.
     * Session 36's category rules (decision 0029's addendum of 2026-12-12: a paper's report, a tax,
     * an impeachment, findings issued, a fire's end, a vessel named in brackets that collides): categorised 135, 90, 84
     * → 136, 95, 94 on sets ten to twelve, the blind thirteenth's and fourteenth's 89, 97 → 93, 98; with them the
     * eleventh's labelled 99 and merged 10 (the collision now a disaster joins its other report), the fourteenth's
     * labelled 96 and wronglyMerged 0. Measured at merge with the lead's and hM's work: the blind fifteenth's
     * categorised 96 → 97 and the blind sixteenth's 105 → 104 (a trade accepted, unread: blind; the blind sets
     * together +5).
     * Session 36's dated reports (decision 0042's addendum of 2026-12-12: a schedule's days listed with their deeds,
     * 8月15日告示、同22日投開票, each a report; an undated sentence goes on from the deed ending the sentence before, a
     * paper's words from none): on its date 185, 214, 138, 147 → 186, 215, 139, 148 on sets two, three, four and nine,
     * their labelled and categorised up by one each, the fourth's actors 138 → 139, the tenth's categorised 135 → 136;
     * blind thirteen 121 → 122 (labelled 75 → 76, categorised 89 → 90), blind fourteen 131 → 132 (categorised 97 →
     * 98, actors 58 → 59). A trade accepted: the tenth's background on the timeline 31 → 32, its schedule told as
     * a forecast (4月6日告示、13日投開票の日程になる見通しだ) whose vote's day was on the timeline already (a single day
     * a forecast names is a scheduled deed's, decision 0042 leaves that to the background rules), now its notice's too.
     * Session 36's actors (decision 0044's addendum of 2026-12-12: a city's market is one organisation, 東京株式市場; the
     * imperial family by their titles, 秋篠宮, 上皇后, 皇太子さま; a surname beginning with a figure's kanji, 十倉雅和; 氏 ending a
     * full name's title, 村井正一杜氏): listed actors 158 → 160, 138 → 139, 152 → 156, 150 → 157 on sets two, four, five
     * and seven, the ninth's 126 → 128 (its labelled 107 → 108), the twelfth's 74 → 76; the blind thirteenth and
     * fourteenth unchanged. A trade accepted: the twelfth's merged 16 → 15. Its brewer's retirement was told twice
     * (村井さんは３月末で引退し、後任の杜氏には長男の村井拓也さんが就く; 村井正一杜氏が、3月31日付で引退した) and the two reports
     * merged only because both carried his son, named in the first sentence's other clause; the second now carries the
     * brewer himself, and the first still the son (a surname with さん is read by no rule yet).
     * A newspaper whole (北海日報, not the place 北海; 東都新聞 and 経済日報, common words, with the day of their issue after
     * them): listed actors 109 → 111 and 76 → 83 on the eleventh and twelfth, the blind thirteenth's 54 → 62 and
     * fourteenth's 58 → 64; actors no writer listed rise on sets five, seven, nine and ten (+1, +2, +4, +1: sets five to
     * ten's writers list no paper), fall on the twelfth and fourteenth (−2, −2). Measured at merge with the session's
     * other work: the twelfth's merged 19 → 18 (the same trade), the blind fifteenth's and sixteenth's listed actors
     * 74 → 75 and 60 → 61, the fourteenth's 59 → 65.
     * The seventeenth, blind (written in session 37, task hW, by a writer who read none of the code, the other sets'
     * articles or expectations, nor the decisions), with main at 8c3fe13: 238, 17, 6, 142, 122, 8, 110, 37, 12, 0, 3
     * (dates 238 right of 255, 11 wrong, 6 missed, 6 spurious; 142 of 169 reports on their date; 8 of 19 happenings
     * in several reports merged; 37 of 121 listed actors found; 12 of 17 background reports on the timeline; no
     * report dated by the sentence before where none was expected; 3 wrong merges).
     * Set thirteen read for its dates (session 37, decision 0003's addendum of 2026-12-13; a development set since, the
     * blind ones now fourteen to eighteen): dates 218 → 223 and on their date 123 → 126 on the thirteenth, the blind
     * fourteenth's and fifteenth's dates 223 → 224 and 235 → 236. A trade accepted: the thirteenth's background on the
     * timeline 24 → 26, two dates now read right (9月の総裁選に立候補しない考え, 下旬に投開票する案) whose reports its writer
     * keeps as background (a plan and a proposal beside the day's announcement), where a wrong year had kept them off.
     * The eighteenth, blind (written in session 37, task hW2, by a writer who read none of the code, the other sets'
     * articles or expectations, nor the decisions), with main at eee810d: 222, 28, 0, 129, 90, 7, 94, 39, 24, 2, 2
     * (dates 222 right of 250, 14 wrong, 14 missed, none spurious; 129 of 159 reports on their date, 90 with their key
     * words, 94 with their category; 7 of 22 happenings in several reports merged; 39 of 84 listed actors found; 24 of
     * 34 background reports on the timeline; 2 reports dated by the sentence before where none was expected; 2 wrong
     * merges).
     * Session 37's words of the lead's day (decision 0042's addendum of 2026-12-13: words quoted without a day of
     * their own, after a sentence that tells no deed done, are a statement of the day of the article's lead, not at a
     * press conference nor a court's proceedings): on its date 139, 133, 112 → 140, 134, 114 on sets four to six,
     * 148, 169, 133, 143, 123 → 150, 170, 135, 145, 127 on sets nine to thirteen, labelled, categorised and actors up
     * with them; blind fourteen 133 → 134 (categorised 100 → 101, actors 65 → 66), blind fifteen 139 → 142
     * (categorised 98 → 101, actors 75 → 78). Carried unexpected and background on the timeline unchanged everywhere.
     * Two trades accepted: the twelfth's merged 18 → 17 (a school's last graduation told in two articles no longer
     * joins once a graduate's words of that day are a report beside it in one of them: the merge's choice, left to
     * its owner) and the blind fifteenth's wrongly merged 0 → 1 (unread: blind), for +12 on the development sets and
     * +4 on the blind ones.
     * Session 37's category rules (decision 0029's addendum of 2026-12-13: a label's clause cut before the verb
     * announcing it, a search by the police, a promise said and feelings expressed): categorised 112, 82, 95 → 113, 83,
     * 98 on sets five, six and thirteen, the thirteenth's merged 12 → 13, the blind fifteenth's categorised 98 → 99. A
     * trade accepted: the thirteenth's labelled 76 → 75. A president's promise to rebuild, now a statement as his
     * speech that day is, joins the speech's event as its writer has it (the merge gained), and takes that event's
     * label, which names the speech and not the promise.
     * Session 37 (hL, decision 0037's addendum of 2026-12-13): a cleft (…したのは12日で、) labelled by its own clause:
     * labelled 120 → 122, 122 → 123, 100 → 102, 104 → 105, 76 → 78 on sets seven, eight, eleven, twelve and thirteen, the blind
     * sixteenth's 96 → 98; categorised 137 → 138, 95 → 96, 100 → 101 on the tenth to twelfth and 106 → 107 on the
     * blind sixteenth; the eleventh's merged 10 → 11. A trade accepted: the eighth's merged 6 → 5 and categorised
     * 116 → 115, one report: 衆院を通過したのは先月30日で、約2週間での成立となった was labelled 成立 from the clause
     * after its date and so joined the law's enactment by that word (Similarity's report told by its word alone);
     * it is now 衆院を通過, what its date dates, which no merge rule yet reads as the lower house's 可決.
     * Session 37's actors (decision 0044's addendum of 2026-12-13: a typhoon by its number; a school,
     * hospital, library or zoo named whole by its founder or a place's name, 町立北浦病院, 鷺島小中学校; a company before
     * （本社・…）; a shop, an inn or a troupe named in brackets after its kind, スーパー「…」, 旅館「…」; 警察 and 消防 alone
     * after the town; no country qualifying a word, 中国産, 日本版): listed actors 166, 160, 140, 129, 86, 62 → 167, 166,
     * 145, 133, 108, 73 on sets one, two, four, eight, twelve and thirteen, +1 on three, five, ten, 112 → 114 on eleven;
     * the blind sixteenth's 61 → 63 (fourteen and fifteen unchanged). A trade accepted on the twelfth: labelled 104 → 103 and
     * wronglyMerged 1 → 2. The supermarket now named in its announcement of a limit on rice (26日、…制限すると発表) and
     * in the sentence recalling the limit's start a year before (昨年8月…購入制限を設け) joins the two, which its writer
     * kept apart; and the inn's reopening, now said with the inn named (旅館「松風楼」が…営業を再開), no longer carries
     * 火災で into the label its fire's report is scored by.
     * Measured at merge with the session's other work (hA's actors after the lead's dates, hR's recall, hC's
     * categories, hM's merges and hL's labels): the blind eighteenth's listed actors 39 → 43 and its merged 7 → 6, a trade
     * accepted unread (blind); the twelfth's merged back to 18 with hA's actor named in both reports.
     * The nineteenth, blind (written in session 38, task hW, by a writer who read none of the code, the other sets'
     * articles or expectations, nor the decisions), with main at 0a1fb08: 202, 15, 1, 123, 91, 5, 90, 42, 18, 0, 2
     * (dates 202 right of 217, 6 wrong, 9 missed, 1 spurious; 123 of 147 reports on their date, 91 with their key
     * words, 90 with their category; 5 of 21 happenings in several reports merged; 42 of 88 listed actors found; 18 of
     * 33 background reports on the timeline; no report dated by the sentence before where none was expected; 2 wrong
     * merges).
     * The twentieth, blind (written in session 38, task hW2, by a writer who read none of the code, the other sets'
     * articles or expectations, nor the decisions), with main at c950581: 217, 16, 6, 138, 97, 6, 107, 54, 11, 0, 1
     * (dates 217 right of 233, 12 wrong, 4 missed, 6 spurious; 138 of 163 reports on their date, 97 with their key
     * words, 107 with their category; 6 of 23 happenings in several reports merged; 54 of 90 listed actors found; 11 of
     * 22 background reports on the timeline; no report dated by the sentence before where none was expected; 1 wrong
     * merge).
     * Session 38's categories (decision 0029's addendum of 2026-12-14: a case's step announced, 検察が訴追を発表; a state
     * declared by an army, martial law or a fire out declared, 非常戒厳を宣言, 鎮火を宣言): categorised 162, 115, 110, 140,
     * 104, 105 → 163, 116, 111, 141, 107, 107 on sets one, eight, nine, ten, twelve and thirteen; every other line as at
     * base, the blind sets' too.
     * Session 38's merges (hM, decision 0043's addendum of 2026-12-14: a lone report joins a group made after it, smoke
     * seen is a fire, an accident named by its deed and 事故, a deed in the passive beside its active where both name one
     * body or place): merged 14, 14, 5 → 15, 15, 7 on sets three, thirteen and fourteen, categorised 155, 105, 101 → 156,
     * 106, 102, the fourteenth's labelled 96 → 97; wrong merges unchanged everywhere, the blind sets' lines unchanged. A
     * trade accepted: the third's labelled 171 → 170 (a bought company's completion, 買収を完了, now one event with the
     * buyer's announcement of it, takes the announcement's label 三和精機が完了と発表, chosen for its doer).
     * Session 38 (hL, decision 0037's addendum of 2026-12-14): a thing formed (長い列ができた) told as the deed, and a
     * wait from before the date's happening (午前9時の開館前から) read past it: labelled 102 → 103, 105 → 106, 80 → 82,
     * 96 → 97 on sets eleven to fourteen, the blind eighteenth's 90 → 92; every other figure unchanged. Then what a
     * thing was made told as the deed (職員を懲戒免職とした → 市が職員を懲戒免職): labelled 160 → 161, 122 → 123,
     * 123 → 125, 106 → 107, 82 → 83 on sets two, seven, eight, twelve and thirteen. A trade accepted: the blind
     * eighteenth's labelled 92 → 91 (still 90 → 91 over the session), one report of a blind set, unread, against six
     * fragments of five development sets now said with what was made (two of those sets written blind by others).
     * Read again the same day (review rv6): the thirteenth's labelled 83 → 82, rule 27's gain at a comma (3日間を休園とし、:
     * 休園 is a common noun to the tokenizer) taken back with the reach that read 事件を殺人事件とし、 and 65歳以上を対象とし、
     * as deeds; the fifth's 112 → 113 and the tenth's 130 → 131 (categorised 143 → 144), a discipline after の.
     * Session 38's mend of review rv1 (hF1, decision 0042's addendum): a quote's verb of no kind counts only as words said right after a deed (a verb of saying or manner, that day, the label's own verb), not after a sentence of no deed, nor the same speaker's; gains of this session removed: set twelve on its date 149 → 148, actors 117 → 116 (出席し、…「…」と述べた kept as 出席, its label the first clause's), blind fifteen 148 → 146 (labelled 114 → 113, actors 81 → 80), sixteen 138 → 136 (100 → 98, categorised 108 → 107, actors 64 → 63), eighteen 131 → 130 (actors 45 → 44), nineteen 125 → 124 (actors 44 → 43), twenty 140 → 139 (labelled 99 → 98, actors 56 → 55), unread.
     * Session 39 (hW): the twenty-first set (heldout21/, written blind in task hW, committed before anything was run on
     * it) scored blind at base 457a245, only its two score lines read: dates 229 right of 267, 24 wrong, 14 missed, 1
     * spurious; 145 of 182 timeline reports on their date, 103 with their key words, 121 with their category; 6 of 27
     * happenings in several reports merged; 54 of 95 listed actors found; 7 of 22 background reports on the timeline; 1
     * report dated by the sentence before where none was expected; 2 wrong merges. Its floors are those figures.
     * The twenty-second, blind (written in session 39, task hW2, by a writer who read none of the code, the other sets'
     * articles or expectations, nor the decisions), with main at 457a245: 256, 24, 5, 163, 116, 6, 126, 77, 19, 0, 2
     * (dates 256 right of 280, 12 wrong, 12 missed, 5 spurious; 163 of 193 reports on their date, 116 with their key
     * words, 126 with their category; 6 of 25 happenings in several reports merged; 77 of 130 listed actors found; 19 of
     * 25 background reports on the timeline; no report dated by the sentence before where none was expected; 2 wrong
     * merges).
     * Session 40 (hW): the twenty-third set (heldout23/, written blind in task hW, committed before anything was run on
     * it) scored blind at base 957e549, only its two score lines read: 214, 19, 1, 135, 89, 8, 102, 64, 15, 0, 3 (dates
     * 214 right of 233, 9 wrong, 10 missed, 1 spurious; 135 of 159 timeline reports on their date, 89 with their key
     * words, 102 with their category; 8 of 19 happenings in several reports merged; 64 of 93 listed actors found; 15 of
     * 27 background reports on the timeline; no report dated by the sentence before where none was expected; 3 wrong
     * merges). Its floors are those figures.
     * Session 39 (hC, decision 0029's addendum of 2026-12-15): a visit alone is other, not a meeting (categorised +1 on
     * sets one, four, five and the blind eighteenth and nineteenth, +2 on set six), and words said with a quotation are a
     * statement whatever the verb (QuotedWords: +1 on set seven, +2 on fifteen and the blind sixteenth). A trade accepted,
     * unread (blind): the quotation rule takes 2 from the blind eighteenth (categorised 96 → 94 after the visits, 95 → 94
     * from the base), for +3 on sets 1–15 and +2 on the blind sixteenth; dropping the rule (revert its commit) gives the
     * eighteenth back its 96. Excluding verbs of writing, posting, naming and calling the police did not give it back
     * and took the sixteenth's gain: not kept.
     * Session 39 (hL, decision 0037's addendum of 2026-12-15): a name glossed in round brackets, a noun described with な,
     * the days of a schedule and 認める as written: labelled 170 → 172, 113 → 114, 113 → 114 on sets three, five and
     * fifteen (the fifteenth's categorised 105 → 106); every other figure and the blind sets unchanged.
     * Session 39's merges (hM, decision 0043's addendum of 2026-12-15: a body's deed retold by the doer and a deed naming
     * nothing alone, 気象庁の8日の発表から…; an announcement named by what was announced, 回収発表; a group's label one that
     * says the deed two of its reports say): merged 11, 18, 8 → 12, 19, 9 on sets ten, twelve and fifteen, the twelfth's
     * labelled 108 → 110 and categorised 107 → 109; wrong merges unchanged everywhere, the blind sets' lines unchanged. A
     * trade accepted: the tenth's labelled 131 → 130 (a columnist's 協会は先月21日の発表から…, labelled by its own 発表,
     * now one event with the association's announcement, whose label the tagger read from the clause announced, 殴る).
     * Session 40 (hW2): the twenty-fourth set (heldout24/, written blind in task hW2 by a writer who read none of the code,
     * the other sets' articles or expectations, nor the decisions; committed at 5b7841f before anything was run on it)
     * scored blind at base 957e549, only its two score lines read: dates 241 right of 265, 16 wrong, 8 missed, 3
     * spurious; 152 of 167 timeline reports on their date, 108 with their key words, 115 with their category; 9 of 29
     * happenings in several reports merged; 62 of 123 listed actors found; 18 of 31 background reports on the timeline; 1
     * report dated by the sentence before where none was expected; 3 wrong merges. Its floors are those figures.
     * Session 40 (hC, decision 0029's addendum of 2026-12-16): a bill voted by a chamber is legal (ChamberVotes) and a
     * suspect's answer to the police words said (容疑を認める, 容疑を否認: a statement): categorised 88, 117, 111, 109,
     * 113 → 90, 119, 112, 110, 118 on sets six, eight, nine, twelve and fifteen; the blind sets unchanged. A trade
     * accepted: the eighth's labelled 125 → 124, for its merged 5 → 6 and categorised +2: 年金制度改革法案が衆院を通過,
     * legal now, is one event with the same day's 衆院本会議で可決 (one happening: the right merge), whose label holds 可決,
     * not the 通過 its writer keyed.
     * Session 40 (hB, decision 0005's addendum of 2026-12-16: a deed still to come passed on with という, bases named after
     * the date, 以来という, 以降では and a count): background on the timeline 21, 29, 32, 16, 18, 25, 20, 19, 10 → 19, 28, 28,
     * 15, 17, 23, 19, 17, 9 on sets eight to sixteen, the blind twenty-second's 19 → 18; every other figure unchanged.
     * Session 40 (hA, decision 0044's addendum of 2026-12-16: papers cited by an issue's day before them or an edition after
     * them, an event's committee named after it, a seat of government as a venue no actor): listed actors found 69 → 75 on
     * the sixteenth, 46 → 47 on the blind nineteenth (its labelled 94 → 95, wrongly merged 2 → 1); actors no writer listed
     * 1,742 → 1,719 on sets one to sixteen and 688 → 674 on the blind seventeen to twenty-two. A trade accepted: the
     * eighth's and ninth's found 134 → 133 and 136 → 135, writers who listed 首相官邸 where the prime minister held a
     * meeting or spoke in it (the building as a venue), against the venues no writer listed that the rule took away: 16
     * on sets one to eight, 8 on nine to sixteen, 13 on the blind sets.
     * Session 40's merges (hM, decision 0043's addendum of 2026-12-16: a happening another article retells in fewer
     * words, half of them or more the report's; a group labelled by the report whose deed the others all say; a head
     * word a clipping wraps inside read whole): merged 15, 10, 7, 15, 8, 2 → 16, 11, 8, 17, 9, 3 on sets three, four,
     * seven, thirteen, fourteen and sixteen, and 6, 9 → 7, 10 on the blind eighteenth and twenty-fourth; wrong merges
     * unchanged on every set; labelled 123, 111, 103, 98 → 124, 113, 104, 99 on sets seven, twelve, fourteen and sixteen
     * and 117 → 118 on the blind twenty-second; listed actors found 222, 119, 83, 83 → 223, 120, 84, 84 on sets three,
     * eleven, thirteen and fourteen. Trades accepted, for those nine merges: labelled 172 → 171 on the third, 83 → 81 on
     * the thirteenth (a blogger's 白浜交通が平日のバスを約3割減らした1日、…列ができた, one sentence its writer gave two
     * happenings, the cut and the queue, each with key words of its own, now one event with the company's announcement
     * and labelled by it), and 108 → 107 on the blind twenty-fourth (unread: blind).
     * Session 40 (hL, decision 0037's addendum of 2026-12-16): an election told by who was elected, 3選 and 世界一 as
     * titles: labelled 118 → 120 and 98 → 99 on sets fifteen and sixteen; every other figure and the blind sets unchanged.
     * Session 40's merges read again the same day: a retelling must be of its report's category (the generated posts had joined talks to a
     * rebuttal), which gives back set three's merged 16 → 15 and listed actors 223 → 222, the session's start figures.
     * Session 41 (hW): the twenty-fifth set (heldout25/, written blind in task hW by a writer who read none of the code,
     * the other sets' articles or expectations, nor the decisions; committed at 31a1aff before anything was run on it)
     * scored blind at base 11cb9a9, only its two score lines read: dates 202 right of 225, 18 wrong, 5 missed, 6
     * spurious; 132 of 156 timeline reports on their date, 107 with their key words, 96 with their category; 2 of 29
     * happenings in several reports merged; 52 of 68 listed actors found; 10 of 21 background reports on the timeline; 1
     * report dated by the sentence before where none was expected; 0 wrong merges. Its floors are those figures.
     * Session 41 (hW2): the twenty-sixth set (heldout26/, written blind in task hW2 by a writer who read none of the code,
     * the other sets' articles or expectations, nor the decisions; committed at 20d804f before anything was run on it)
     * scored blind at base 11cb9a9, only its two score lines read: dates 219 right of 240, 12 wrong, 9 missed, no
     * spurious; 149 of 173 timeline reports on their date, 98 with their key words, 109 with their category; 7 of 23
     * happenings in several reports merged; 47 of 74 listed actors found; 17 of 30 background reports on the timeline; no
     * report dated by the sentence before where none was expected; 1 wrong merge. Its floors are those figures.
     * Session 42 (hW, hW2): the twenty-seventh and twenty-eighth sets (heldout27/, heldout28/, written blind the same way,
     * committed before anything was run on them) scored blind at base a02f0e3, only their score lines read: the
     * twenty-seventh 222 dates right of 246 (18 wrong, 6 missed, 2 spurious), 144 of 169 on their date, 117 with their key
     * words, 118 with their category, 5 of 23 merged, 42 of 111 listed actors, 12 of 30 background on the timeline, no
     * wrong merge; the twenty-eighth 213 of 235 (16 wrong, 6 missed, 1 spurious), 133 of 169 on their date, 91, 90, 2 of
     * 25 merged, 50 of 83 actors, 19 of 40 background on the timeline, 1 wrong merge.
     * Session 41 (the lead's dates of set seventeen, decision 0003's addendum of 2026-12-17): a trade — background on
     * the timeline 17 → 18 on set twelve and 18 → 19 on the blind twenty-fourth: 大型連休中 of 2023 now read to 7 May as
     * the writers key it, a background report already on the timeline on a wrong date stands on its right one.
     * Then 初日 and 最終日 told alone (HappeningsEdgeDays): dates right +17 on sets 1–17 and +15 on the blind sets, on their
     * date +8 and +3; a trade — the reports they now date stand on the timeline where some writers keyed them background
     * (a figure of the first day: 初日の乗客が210人だった): background on the timeline +1 on set fourteen and +6 on the
     * blind sets (18, 21, 24, 25 one each, 19 two); set twelve's labelled 113 → 112; the blind twenty-third's on their
     * date, categorised and listed actors −1 each and the twenty-fourth's categorised −1 (unread: blind). Read again
     * (rvD) and mended: set twelve +1 date (a wrong merge fewer), the blind twenty-sixth +3 dates; the blind eighteenth's
     * dates 231 → 230, on their date, key words and categories −1 (unread: blind).
     * Session 41 (hL, decision 0037's addendum of 2026-12-17): a deed suspected told with its suspicion (…を盗んだ疑い) and
     * a list of examples with など kept as the doer or the object: labelled 112 → 113, 124 → 125, 81 → 82, 120 → 121 and
     * 124 → 125 on sets four, seven, thirteen, fifteen and seventeen; every other figure and the blind sets' floors unchanged.
     * Session 41 (hC, decision 0029's addendum of 2026-12-17: a thing on show, a disaster's harm ended, the Diet's library
     * and building): categorised 125, 119, 119, 113, 112 → 126, 120, 120, 115, 113 on sets four, eight, fifteen, sixteen
     * and seventeen, 108, 103 → 110, 104 on the blind twentieth and twenty-third (its labelled 89 → 90). A trade
     * accepted: the blind twenty-third's merged 8 → 7 (unread: blind), which the thing-on-show rule alone moves
     * (measured with it off: merged 8, categorised 103); a display now other may no longer share its category with
     * another report of its happening still read as an announcement, one point fewer to merge them. For +6 on sets
     * 1–17, +3 on the blind sets, and labelled +1.
     * Session 41 (hA, decision 0044's addendum of 2026-12-17: local papers' names and issues with a month, weather
     * observatories, 日本被団協 and the Nobel committee, a company between its kind and its city in brackets, an event's
     * committee written by its name and said alone later): listed actors found 157 → 158 on the fifth, 40 → 60 on the seventeenth (a company's kind and its city in brackets:
     * +2), 47, 47, 56 → 48, 50, 57 on the blind eighteenth to twentieth; actors no writer listed 132 → 114 on the
     * seventeenth, 110, 99 → 108, 98 on the blind nineteenth and twentieth, 143 → 144 on the blind twenty-second. A trade
     * accepted: the blind twenty-second's found 79 → 78. An event's committee had as its surface the kind every committee
     * shares (実行委員会), so every committee had that one alias and a writer listing a committee by its kind matched any;
     * the surface is now the committee's name, as the text writes it, and the kind said alone later in the article
     * (実行委員会によると) is the committee named before (KindNouns). Session 40's addendum had measured the same loss when it kept the shared alias.
     * Session 41 (decision 0043's addendum of 2026-12-17, a later article's clause naming a happening of a day by its
     * word alone, a deed noun the report's clause says: 昨年9月4日に…案が否決されてから / …国民投票が行われ…否決された):
     * the ninth's merged 8 → 9 and categorised 113 → 114, the blind twenty-first's merged 6 → 7; every other figure
     * unchanged, wrong merges included.
     * Session 41 (hF2, decision 0029): a trade — the thing-on-show rule narrowed to a display held, begun, resumed or
     * ended (特別公開を発表, を決定, を延期 announcements again): the blind twentieth's categorised 110 → 109 (unread).
     * Session 42 (the lead, decision 0003's addendum of 2026-12-18): 月末 told as a time is its last day, as the writers
     * of sets four to eighteen and of the blind sets give it first (先月末、…を公表した → the 31st), no longer the last five
     * days: dates right +24 on sets 4–18, +10 on the blind sets 19–26, on their date +15 and +8. A trade: sets one to three,
     * whose writers kept the five days (2021-08-27/2021-08-31 alone, or an event keyed only to them): dates 324 → 323 and
     * 360 → 359 on the second and third; on their date 193, 186, 216 → 191, 185, 215, with their key words, categories and
     * actors; and background reports now on their right date stand on the timeline (a plan 今月末にも記者会見を開く): +1 on
     * sets four, seven, ten, twelve, thirteen and sixteen and the blind nineteenth and twenty-seventh (the twenty-seventh's
     * and twenty-eighth's dates +1 each, measured after they were written).
     * Then set eighteen read for its dates (the same addendum): an era's name at a wrapped line's end (明治⏎32年), 1日で before
     * years or months reached (きょう１日で１年になる), 初日から, the month itself a topic (７月は１日の…に始まり、２日未明には) and
     * 同じ月の２２日: the eighteenth's dates 231 → 237, on their date 136 → 139, key words, merged and categories +1; the
     * blind twentieth +1 date, on its date, key words, category and listed actors, the twenty-first +1 date.
     * Then a paper's report on its edition's day a happening (decision 0042's addendum of 2026-12-18, hR's measured diff taken
     * by the lead): on their date +8, +7, +6, +3, +9, +3, +11, +4 on sets eleven to eighteen (2,774 → 2,828 on sets 1–18
     * with hR's rules), +3, +8, +3, +9, +2, +1, +1, +5, +3, +8 on the blind nineteenth to twenty-eighth, key words,
     * categories and listed actors up with them; background on the timeline, merges and dates unchanged everywhere.
     * Session 42 (hA, decision 0044's addendum of 2026-12-18: islands, lakes and canals named whole, a country's embassy,
     * museums and zoos as endings, a topic the label names with its prefecture): listed actors found 167, 166, 157, 133,
     * 137, 121, 77 → 168, 167, 158, 137, 144, 127, 78 on sets one, two, seven, eight, nine, eleven and sixteen, 50 → 51 on
     * the blind nineteenth; every other figure unchanged, no trade.
     * Session 42 (hL, decision 0037's addendum of 2026-12-18, rule 38): a deed told by the conclusion it led to, led by
     * that deed (本会議を開き、…決議案を可決した → 国会が本会議を開き…決議案を…可決): labelled 172, 81, 124, 113, 106, 122 → 173,
     * 83, 125, 114, 108, 123 on sets three, six, eight, twelve, fourteen and fifteen, categorised 90 → 91 and 144 → 145 on
     * the sixth and tenth, merged 15 → 16 on the third (a high court's 即時抗告を棄却 now one event with its other report).
     * Trades accepted: categorised 165 → 164 on the first and 120 → 119 on the eighth, the category now the conclusion's:
     * H26/1 (G7はオンラインで首脳会議を開き、対ロシア制裁の強化で合意した, filed meeting by its writer, now told as its
     * writer labelled it, G7がオンラインで首脳会議を開き…合意) and P17/2 (大使を外務省に呼び、8人の退去を通告した, filed
     * other, now labelled as its writer did, …を外務省に呼び8人の退去を通告); the blind twenty-first's labelled 103 → 102
     * (unread: blind). Over sets 1–18 labelled 2,161 → 2,169 (nine rows gained, one lost: set five's N20/4, keyed 判決,
     * in one event with N19/1, whose label now says the appeal rejected).
     * Session 42 (hC, decision 0029's addendum of 2026-12-18): works begun (着工) are other, not the economy: categorised
     * 100, 109, 121 → 101, 110, 122 on sets eleven, fourteen and fifteen; the blind sets unchanged. A trade accepted: the
     * first's categorised 165 → 164, its writer's 新工場は来春に着工し (a company's plant, the economy to set one's writer
     * alone; the plant of set ten is other to its writer, and so are a bridge, land for a move and a castle's rebuilding).
     * Then an infection on computers is no outbreak (MachinesInfected): categorised 115, 114 → 116, 115 on sets five and
     * seven; every other figure and the blind sets unchanged. Then a paper's estimate and an estimate in money are the
     * economy's (Estimates): categorised 110, 116 → 111, 117 on sets fourteen and sixteen; the blind sets unchanged.
     * Then an incident named by its fire is a disaster (IncidentsByFire): categorised 157, 122 → 161, 124 on sets three
     * and fifteen, set three's actors no writer listed 154 → 156 (no floor); every other figure and the blind sets
     * unchanged.
     * Session 42 (hB, decision 0005's addendum of 2026-12-18: a running tally up to a day whatever its clause's ending,
     * RunningTallies): background on the timeline 6, 14, 19, 28, 19, 17 → 5, 13, 18, 26, 18, 16 on sets five, six, eight,
     * nine, fourteen and fifteen, 11, 16 → 10, 15 on the blind twenty-fifth and twenty-sixth; every other figure unchanged.
     * Session 42 (hB, the same addendum: the time of an aim finer than a year, 来月下旬の再稼働をめざす, GoalsToCome.isAnAim):
     * background on the timeline 6, 28, 18, 9 → 5, 26, 17, 8 on sets three, ten, twelve and seventeen, 15, 20, 15 → 14, 19,
     * 14 on the blind twenty-third, twenty-fourth and twenty-sixth; every other figure unchanged.
     * Session 42 (hB, the same addendum: the vague time of an occasion to come, 来月上旬の定例会で, OccasionsToCome):
     * background on the timeline 22, 16, 26, 21, 18, 9 → 21, 15, 24, 19, 17, 8 on sets one, two, ten, thirteen, fourteen
     * and sixteen, 19, 18, 19 → 17, 17, 17 on the blind nineteenth, twenty-second and twenty-fourth (the twenty-second's
     * labelled 119 → 120, categorised 129 → 130); every other figure unchanged.
     * Session 42 (the lead, on the whole suite): OccasionsToCome no longer reads a season (今春の秋田県知事選に向け, 来春の
     * 統一地方選: WiderPeriodsTest holds that the season's report joins the election's month and day); a trade — background
     * on the timeline 15 → 16 on set two and 9 → 10 on set sixteen, what the rule had taken off given back.
     */
    record HeldOutSet(String folder, int datesRight, int datesWrongOrMissed, int datesSpurious, int onItsDate,
                      int labelled, int merged, int categorised, int actorsFound, int backgroundOnTheTimeline,
                      int carriedUnexpected, int wronglyMerged) {

        @Override
        public String toString() {
            return folder;
        }
    }

    private record Article(String name, LocalDate date, String text) {
    }

    private record ExpectedDate(String article, String sentence, String expression, List<String> readings) {
    }

    private record ExpectedReport(String article, int sentence, String happening, List<String> readings, String keywords,
                                  List<String> actors, String category, boolean timeline) {
    }

    /**
     * Of the reports expected on the timeline: those on their date, and of those the ones labelled
     * with their key words and with the category their writer gave; the actors the writers listed for
     * the reports on their date, those found among the event's actors ({@link #names}), and the event's
     * actors that are none of them (not all wrong: writers list who took part, not every name); of the
     * reports expected as background (a plan's or forecast's vague time, a figure's period, a related
     * list's item), those read from their sentence as a report on the timeline on their date: what
     * crowds the timeline that its writer kept off it; and the reports dated by the sentence before (decision
     * 0042) in a sentence its writer expected no report of: that rule's extras; and the merges the writers
     * would undo: for each event, the happenings its expected reports were given to, less one (an event holding
     * reports of two happenings counts one, of three two).
     */
    private record EventScore(int expected, int onItsDate, int labelled, int categorised, int actorsExpected,
                              int actorsFound, int actorsUnlisted, int happeningsInSeveralReports, int merged,
                              int background, int backgroundOnTheTimeline, int carriedUnexpected, int wronglyMerged) {
    }

    static Stream<HeldOutSet> sets() {
        return Stream.of(new HeldOutSet("heldout", 267, 0, 0, 191, 174, 7, 161, 167, 21, 0, 0),
                new HeldOutSet("heldout2", 323, 5, 0, 185, 159, 11, 154, 165, 16, 1, 3),
                new HeldOutSet("heldout3", 359, 8, 0, 215, 172, 16, 161, 223, 5, 0, 1),
                new HeldOutSet("heldout4", 217, 3, 0, 142, 114, 11, 127, 148, 7, 0, 7),
                new HeldOutSet("heldout5", 209, 6, 1, 135, 115, 10, 117, 158, 5, 0, 1),
                new HeldOutSet("heldout6", 206, 1, 0, 115, 83, 8, 91, 132, 13, 0, 1),
                new HeldOutSet("heldout7", 244, 6, 0, 158, 127, 8, 116, 159, 14, 0, 0),
                new HeldOutSet("heldout8", 246, 0, 0, 151, 126, 6, 119, 138, 18, 0, 0),
                new HeldOutSet("heldout9", 281, 2, 1, 154, 115, 9, 117, 145, 26, 0, 3),
                new HeldOutSet("heldout10", 292, 3, 2, 175, 132, 12, 146, 147, 25, 0, 1),
                new HeldOutSet("heldout11", 231, 6, 0, 148, 112, 12, 108, 136, 14, 0, 0),
                new HeldOutSet("heldout12", 247, 7, 0, 160, 120, 19, 116, 129, 18, 0, 1),
                new HeldOutSet("heldout13", 228, 9, 3, 139, 86, 17, 116, 89, 20, 0, 2),
                new HeldOutSet("heldout14", 237, 12, 3, 147, 109, 9, 114, 88, 17, 0, 0),
                new HeldOutSet("heldout15", 248, 5, 0, 165, 128, 9, 131, 113, 16, 0, 1),
                new HeldOutSet("heldout16", 222, 19, 0, 145, 107, 3, 119, 80, 10, 0, 0),
                new HeldOutSet("heldout17", 247, 8, 4, 160, 137, 8, 125, 71, 8, 0, 2),
                new HeldOutSet("heldout18", 237, 13, 0, 143, 98, 8, 103, 51, 25, 2, 2),
                new HeldOutSet("heldout19", 207, 10, 1, 129, 99, 6, 96, 54, 18, 0, 1),
                new HeldOutSet("heldout20", 219, 14, 5, 149, 103, 6, 118, 65, 11, 0, 1),
                new HeldOutSet("heldout21", 235, 32, 1, 150, 109, 7, 125, 61, 8, 1, 2),
                new HeldOutSet("heldout22", 260, 20, 5, 176, 131, 6, 136, 84, 17, 0, 2),
                new HeldOutSet("heldout23", 217, 16, 1, 139, 94, 7, 106, 68, 14, 0, 3),
                new HeldOutSet("heldout24", 244, 21, 3, 153, 108, 10, 115, 69, 17, 1, 3),
                new HeldOutSet("heldout25", 204, 21, 6, 134, 107, 2, 97, 52, 10, 1, 0),
                new HeldOutSet("heldout26", 225, 15, 0, 157, 103, 7, 118, 50, 14, 0, 1),
                new HeldOutSet("heldout27", 223, 23, 2, 147, 120, 5, 122, 45, 13, 0, 0),
                new HeldOutSet("heldout28", 214, 21, 1, 142, 97, 2, 99, 55, 16, 0, 1));
    }

    @org.junit.jupiter.api.Test
    void aReadingsIntervalMayEndInMonths() {
        TimeValue season = DateScoring.reading("2019-09/2019-11");
        assertTrue(season.start().equals(LocalDate.of(2019, 9, 1)) && season.end().equals(LocalDate.of(2019, 11, 30)), season::toString);
        TimeValue mixed = DateScoring.reading("2019-09-15/2019-11");
        assertTrue(mixed.start().equals(LocalDate.of(2019, 9, 15)) && mixed.end().equals(LocalDate.of(2019, 11, 30)), mixed::toString);
        assertTrue(DateScoring.reading("2019-09-01/2019-11-30").end().equals(LocalDate.of(2019, 11, 30)));
    }

    @org.junit.jupiter.api.Test
    void anActorIsTheOneListedByItsNameTitleOrSurfaces() {
        Actor kishida = new Actor("person:岸田", "岸田", ActorKind.PERSON, "首相", "日本",
                List.of(new ActorAlias("岸田文雄", "the same surname")));
        assertTrue(names(kishida, "岸田文雄") && names(kishida, "岸田首相") && names(kishida, "岸田"));
        assertTrue(!names(kishida, "岸"), "one character must be equal");
        assertTrue(!names(kishida, "林芳正"));
        Actor us = new Actor("country:米国", "米国", ActorKind.COUNTRY, "", "", List.of(new ActorAlias("米", "short form")));
        assertTrue(names(us, "米") && names(us, "米国") && !names(us, "英"));
        Actor harris = new Actor("person:ハリス", "ハリス", ActorKind.PERSON, "副大統領", "米国", List.of());
        assertTrue(names(harris, "カマラ・ハリス") && !names(harris, "ハリス・カマラ研究所"));
        Actor minatogawa = new Actor("place:湊川", "湊川", ActorKind.PLACE, "", "日本", List.of());
        assertTrue(names(minatogawa, "湊川市") && !names(minatogawa, "湊川署"), "a place is not its police station");
        Actor china = new Actor("country:中国", "中国", ActorKind.COUNTRY, "", "", List.of());
        assertTrue(!names(china, "中国電力"), "a country is not a company named after it");
        Actor police = new Actor("organisation:県警", "県警", ActorKind.ORGANISATION, "", "日本", List.of());
        assertTrue(names(police, "兵庫県警"), "the article's police said by its kind");
        Actor japan = new Actor("country:日本", "日本", ActorKind.COUNTRY, "", "", List.of());
        assertTrue(names(japan, "日本政府") && names(new Actor("organisation:日本政府", "日本政府", ActorKind.ORGANISATION, "", "", List.of()), "政府"));
    }

    @org.junit.jupiter.api.Test
    void aCategoryIsTheOneWrittenInLowerCase() {
        assertTrue(isCategory(EventCategory.MEETING, "meeting/talks") && isCategory(EventCategory.MEETING, "meeting"));
        assertTrue(isCategory(EventCategory.LEGAL, "legal") && !isCategory(EventCategory.LEGAL, "other"));
    }

    @org.junit.jupiter.api.Test
    void happeningsOneSourceWasExpectedForCountOnce() {
        assertTrue(happenings(List.of(Set.of("arrest"), Set.of("search"))) == 2, "two sources of two happenings");
        assertTrue(happenings(List.of(Set.of("arrest", "search"), Set.of("search"))) == 1, "one sentence read for both");
        assertTrue(happenings(List.of(Set.of("a"), Set.of("b"), Set.of("a", "b"), Set.of("c"))) == 2);
    }

    @org.junit.jupiter.api.Test
    void keyWordsAreChoicesEachOfWordsAllHeld() {
        assertTrue(holds("山田氏が社長に昇格", "社長;人事|社長;昇格"));
        assertTrue(holds("社長人事を発表", "社長;人事|社長;昇格"));
        assertTrue(!holds("人事を発表", "社長;人事|社長;昇格"), "人事 alone holds no choice");
        assertTrue(holds("岸田首相が訪米", "岸田;訪米"));
        assertTrue(!holds("首相が訪米", "岸田;訪米"));
        assertTrue(holds("首相が訪米", "岸田|訪米"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theDateFinderStaysAtItsLevel(HeldOutSet set) throws IOException {
        DateScoring.Score score = scoreDates(set.folder());

        assertTrue(score.right() >= set.datesRight() && score.wrong() + score.missed() <= set.datesWrongOrMissed()
                && score.spurious() <= set.datesSpurious(), score::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theEventsStayAtTheirLevel(HeldOutSet set) throws IOException {
        EventScore score = scoreEvents(set.folder());

        assertTrue(score.onItsDate() >= set.onItsDate() && score.labelled() >= set.labelled()
                && score.merged() >= set.merged() && score.categorised() >= set.categorised()
                && score.actorsFound() >= set.actorsFound()
                && score.backgroundOnTheTimeline() <= set.backgroundOnTheTimeline()
                && score.carriedUnexpected() <= set.carriedUnexpected()
                && score.wronglyMerged() <= set.wronglyMerged(), score::toString);
    }

    private static DateScoring.Score scoreDates(String folder) throws IOException {
        Map<String, Article> articles = articles(folder);
        List<ExpectedDate> expected = rows(folder, "expected.tsv").stream()
                .map(r -> new ExpectedDate(r[0], r[1], r[2], List.of(r[3].split("\\|")))).toList();
        DateFinder finder = new DateFinder();
        DateScoring scoring = new DateScoring();
        DateScoring.Cursor cursor = null;
        List<DateMention> found = List.of();
        for (ExpectedDate e : expected) {
            Article article = articles.get(e.article());
            if (cursor == null || !cursor.article().equals(e.article())) {
                cursor = new DateScoring.Cursor(e.article(), article.text());
                found = finder.find(article.text(), article.date(), importedSentences(article));
            }
            scoring.add(found, cursor.expression(e.sentence(), e.expression()), e.readings());
        }
        return scoring.score();
    }

    /**
     * The sentences as an import splits the article, so that the dates are scored as the app reads
     * them (a text wrapped at a width keeps its sentences across the line breaks; the finder's own
     * split ends one at every line).
     */
    private static List<TextSpan> importedSentences(Article a) {
        AnalyzedDocument doc = analysed(a);
        if (!doc.text().equals(a.text())) {
            throw new IllegalStateException(a.name() + ": the import changed the article's text");
        }
        return doc.sentences().stream().map(Sentence::span).toList();
    }

    private static AnalyzedDocument analysed(Article a) {
        return DocumentAnalyzer.analyze(a.name(), a.text(), "UTF-8", SourceFormat.TEXT,
                DocumentDate.byUser(a.date()), "", List.of(), a.name());
    }

    private static EventScore scoreEvents(String folder) throws IOException {
        Map<String, Article> articles = articles(folder);
        Map<String, List<String>> writtenSentences = sourceSentences(folder);
        List<ExpectedReport> expected = rows(folder, "expected-events.tsv").stream()
                .map(r -> new ExpectedReport(r[0], Integer.parseInt(r[1]), r[2], List.of(r[3].split("\\|")), r[8],
                        Arrays.stream(r[5].split(";")).filter(a -> !a.isBlank()).toList(), r[6], r[7].equals("timeline")))
                .toList();
        Map<String, String> articleByKey = new LinkedHashMap<>();
        Map<String, List<TextSpan>> sentencesByArticle = new LinkedHashMap<>();
        List<DocumentInput> documents = new ArrayList<>();
        for (Article a : articles.values()) {
            AnalyzedDocument doc = analysed(a);
            List<TextSpan> spans = doc.sentences().stream().map(Sentence::span).toList();
            DocumentInput input = DocumentInput.of(doc, new DateFinder().find(doc.text(), a.date(), spans));
            documents.add(input);
            articleByKey.put(input.documentKey(), a.name());
            sentencesByArticle.put(a.name(), spansOf(writtenSentences.get(a.name()), a.name(), doc.text()));
        }
        List<Event> events = new EventPipeline().extract(documents);
        events.stream().flatMap(e -> e.sources().stream()).filter(EventSource::isBackground).forEach(source -> assertTrue(
                BackgroundRules.REASONS.contains(source.background()), () -> "a reason the window cannot say: " + source.background()));

        int onItsDate = 0;
        int labelled = 0;
        int categorised = 0;
        int actorsExpected = 0;
        int actorsFound = 0;
        int actorsUnlisted = 0;
        Map<String, List<Optional<Event>>> reportsByHappening = new LinkedHashMap<>();
        List<Map.Entry<ExpectedReport, Optional<Event>>> eventOfReport = new ArrayList<>();
        List<ExpectedReport> timeline = expected.stream().filter(ExpectedReport::timeline).toList();
        for (ExpectedReport r : timeline) {
            TextSpan sentence = sentencesByArticle.get(r.article()).get(r.sentence() - 1);
            List<Event> there = events.stream().filter(e -> !e.background())
                    .filter(e -> e.sources().stream().anyMatch(s -> r.article().equals(articleByKey.get(s.documentKey()))
                            && within(s, sentence)))
                    .toList();
            Optional<Event> dated = there.stream().filter(e -> onOneOf(e, r.readings())).findFirst();
            onItsDate += dated.isPresent() ? 1 : 0;
            if (dated.isPresent()) {
                Event event = dated.get();
                categorised += isCategory(event.category(), r.category()) ? 1 : 0;
                actorsExpected += r.actors().size();
                actorsFound += (int) r.actors().stream().filter(a -> event.actors().stream().anyMatch(got -> names(got, a))).count();
                actorsUnlisted += (int) event.actors().stream().filter(got -> r.actors().stream().noneMatch(a -> names(got, a))).count();
            }
            labelled += there.stream().anyMatch(e -> onOneOf(e, r.readings()) && holds(e.label(), r.keywords())) ? 1 : 0;
            Optional<Event> its = dated.or(() -> there.stream().findFirst());
            eventOfReport.add(Map.entry(r, its));
            reportsByHappening.computeIfAbsent(r.happening(), h -> new ArrayList<>()).add(its);
        }
        int wronglyMerged = wronglyMerged(eventOfReport, sentencesByArticle, articleByKey);
        int several = 0;
        int merged = 0;
        for (List<Optional<Event>> reports : reportsByHappening.values()) {
            if (reports.size() < 2) {
                continue;
            }
            several++;
            boolean oneEvent = reports.stream().allMatch(Optional::isPresent)
                    && reports.stream().map(o -> o.get().id()).distinct().count() == 1;
            merged += oneEvent ? 1 : 0;
        }
        List<ExpectedReport> background = expected.stream().filter(r -> !r.timeline()).toList();
        int backgroundOnTheTimeline = 0;
        for (ExpectedReport r : background) {
            TextSpan sentence = sentencesByArticle.get(r.article()).get(r.sentence() - 1);
            backgroundOnTheTimeline += events.stream().filter(e -> !e.background() && onOneOf(e, r.readings()))
                    .anyMatch(e -> e.sources().stream().anyMatch(s -> r.article().equals(articleByKey.get(s.documentKey()))
                            && within(s, sentence) && !s.isBackground())) ? 1 : 0;
        }
        // reports dated by the sentence before (decision 0042) in a sentence its writer expected nothing of
        int carriedUnexpected = 0;
        for (Event e : events) {
            for (EventSource s : e.sources()) {
                String article = articleByKey.get(s.documentKey());
                if (!s.dateCarried() || s.isBackground() || article == null) {
                    continue;
                }
                List<TextSpan> sentences = sentencesByArticle.get(article);
                boolean expectedThere = expected.stream().anyMatch(r -> r.article().equals(article)
                        && within(s, sentences.get(r.sentence() - 1)));
                carriedUnexpected += expectedThere ? 0 : 1;
            }
        }
        return new EventScore(timeline.size(), onItsDate, labelled, categorised, actorsExpected, actorsFound,
                actorsUnlisted, several, merged, background.size(), backgroundOnTheTimeline, carriedUnexpected,
                wronglyMerged);
    }

    /**
     * How many happenings the events hold beyond one each: an event holding expected reports its writer gave to
     * two happenings counts one (two happenings of one day merged, or a report joined to another happening's
     * event), one holding three happenings two. A report is the event's that holds it on its date, as scored for
     * {@code merged}, else the first event holding its sentence; its sources are the event's in its sentence.
     * Happenings one source was expected for (a sentence telling two, read as one report) are one here: that is
     * the report's reading, not a merge.
     */
    private static int wronglyMerged(List<Map.Entry<ExpectedReport, Optional<Event>>> eventOfReport,
                                     Map<String, List<TextSpan>> sentencesByArticle, Map<String, String> articleByKey) {
        Map<String, Map<String, Set<String>>> happeningsBySourceByEvent = new LinkedHashMap<>();
        eventOfReport.forEach(assigned -> assigned.getValue().ifPresent(e -> {
            ExpectedReport r = assigned.getKey();
            TextSpan sentence = sentencesByArticle.get(r.article()).get(r.sentence() - 1);
            e.sources().stream().filter(s -> r.article().equals(articleByKey.get(s.documentKey())) && within(s, sentence))
                    .forEach(s -> happeningsBySourceByEvent.computeIfAbsent(e.id(), id -> new LinkedHashMap<>())
                            .computeIfAbsent(s.sourceId(), id -> new TreeSet<>()).add(r.happening()));
        }));
        return happeningsBySourceByEvent.values().stream().mapToInt(bySource -> happenings(bySource.values()) - 1).sum();
    }

    /** How many happenings sets of them name, two that one set names together being one. */
    private static int happenings(Collection<Set<String>> sets) {
        List<Set<String>> joined = new ArrayList<>();
        for (Set<String> set : sets) {
            Set<String> merged = new TreeSet<>(set);
            for (Iterator<Set<String>> it = joined.iterator(); it.hasNext(); ) {
                Set<String> other = it.next();
                if (!Collections.disjoint(other, set)) {
                    merged.addAll(other);
                    it.remove();
                }
            }
            joined.add(merged);
        }
        return joined.size();
    }

    /**
     * Whether an actor is the one a writer listed: its name, its name with its title or a surface it
     * was seen as is the writer's word, or one holds the other as a name holds its parts: a person's
     * surname for the full name or the name with a title (岸田 for 岸田文雄, 岸田首相, ハリス for カマラ・ハリス), a
     * place's or body's name with its kind or a title after it (北浜 for 北浜市, 日本 for 日本政府, 自民 for 自民党,
     * ロシア for ロシア軍, 天皇 for 天皇陛下), or
     * an office said by its kind for the one written with its place (県警 for 兵庫県警: the article's
     * police, said less fully). Not a name inside another body's (湊川 for 湊川署, 中国 for 中国電力).
     */
    static boolean names(Actor actor, String listed) {
        Stream<String> surfaces = Stream.concat(Stream.of(actor.name(), actor.displayName()),
                actor.aliases().stream().map(ActorAlias::surface));
        return surfaces.anyMatch(surface -> surface.equals(listed) || partOf(surface, listed, actor.kind() == ActorKind.PERSON)
                || partOf(listed, surface, actor.kind() == ActorKind.PERSON));
    }

    /** What may follow a place's or body's name in the same one's longer name: its kind or a title. */
    private static final Set<String> NAME_ENDINGS = Set.of("市", "県", "町", "村", "区", "府", "都", "道", "州", "国", "政府",
            "党", "軍", "代表", "陛下", "さま", "氏", "さん", "首相", "大統領", "知事", "市長", "町長", "社長", "会長", "容疑者", "被告");

    /** Offices said by their kind, which a writer may give with their place before them (兵庫県警). */
    private static final Set<String> OFFICES = Set.of("県警", "府警", "道警", "地裁", "地検", "高裁", "高検", "政府", "議会", "市議会");

    /** Whether {@code shorter} is a part of {@code longer}'s name, as {@link #names} says. */
    private static boolean partOf(String shorter, String longer, boolean person) {
        if (shorter.length() < 2 || shorter.length() >= longer.length()) {
            return false;
        }
        if (longer.startsWith(shorter)) {
            String rest = longer.substring(shorter.length());
            // 岸田 for 岸田文雄: a surname before a given name of up to three kanji
            return NAME_ENDINGS.contains(rest) || person && rest.length() <= 3 && rest.chars().allMatch(Character::isIdeographic);
        }
        if (person && longer.endsWith("・" + shorter)) {
            // カマラ・ハリス for ハリス: a foreign family name after the given name
            return true;
        }
        return longer.endsWith(shorter) && OFFICES.contains(shorter);
    }

    /** Whether the category is the one a writer wrote: its name in lower case; meeting/talks is MEETING. */
    static boolean isCategory(EventCategory category, String written) {
        return category.name().toLowerCase(java.util.Locale.ROOT).equals(written.equals("meeting/talks") ? "meeting" : written);
    }

    /**
     * The spans of the sentences as the writer wrote and numbered them (source.txt), in the analysed
     * text; a sentence of a wrapped clipping spans the line breaks inside it.
     */
    private static List<TextSpan> spansOf(List<String> sentences, String article, String text) throws IOException {
        UnbrokenText unbroken = new UnbrokenText(text);
        List<TextSpan> spans = new ArrayList<>();
        int from = 0;
        for (String s : sentences) {
            TextSpan span = unbroken.find(s, from)
                    .orElseThrow(() -> new IOException(article + ": sentence not found in the article: " + s));
            spans.add(span);
            from = span.end();
        }
        return spans;
    }

    /**
     * The numbered sentences of each article in source.txt: the body's ({@code S}), then a related
     * list's items ({@code R}); header lines ({@code H}, {@code L}) are not sentences.
     */
    private static Map<String, List<String>> sourceSentences(String folder) {
        Map<String, List<String>> byArticle = new LinkedHashMap<>();
        String current = null;
        for (String line : text(folder, "source.txt").lines().toList()) {
            if (line.startsWith("@")) {
                current = line.substring(1).split(" ")[0];
                byArticle.put(current, new ArrayList<>());
            } else if (line.startsWith("S ") || line.startsWith("R ")) {
                byArticle.get(current).add(line.substring(2));
            }
        }
        return byArticle;
    }

    private static boolean within(EventSource source, TextSpan sentence) {
        return source.sentence().start() < sentence.end() && source.sentence().end() > sentence.start();
    }

    /**
     * Whether a label holds the key words: any one of the choices {@code a|b}, each choice every one
     * of {@code a;b} ({@code 社長;人事|社長;昇格}: 社長 with 人事, or 社長 with 昇格), as the sets' writers
     * wrote them.
     */
    static boolean holds(String label, String keywords) {
        return Arrays.stream(keywords.split("\\|")).anyMatch(choice -> Arrays.stream(choice.split(";")).allMatch(label::contains));
    }

    /**
     * Whether the event is on one of the readings (an event's time of day is not scored): that period,
     * or a day inside it that a report told as the period joined, as the same happening told by its
     * day (decision 0032: the finer report keeps its date; its merge reason says which wider period
     * joined it, read here from the reason's English text, so a change of that text fails this test
     * rather than passing it). Since session 23; before, such a report counted as off its date.
     */
    private static boolean onOneOf(Event event, List<String> readings) {
        return readings.stream().anyMatch(reading -> {
            TimeValue r = DateScoring.reading(reading);
            boolean same = r.start().equals(event.time().start()) && r.end().equals(event.time().end());
            boolean inside = !event.time().start().isBefore(r.start()) && !event.time().end().isAfter(r.end());
            return same || inside && event.mergeReasons().stream()
                    .anyMatch(m -> m.contains("told as the wider period " + reading + ";") || m.endsWith("told as the wider period " + reading));
        });
    }

    private static Map<String, Article> articles(String folder) {
        Map<String, Article> articles = new LinkedHashMap<>();
        try {
            for (String[] row : rows(folder, "articles.tsv")) {
                articles.put(row[0], new Article(row[0], LocalDate.parse(row[1]), row[2].replace("\\n", "\n")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return articles;
    }

    private static List<String[]> rows(String folder, String name) throws IOException {
        return text(folder, name).lines().skip(1).map(line -> line.split("\t", -1)).toList();
    }

    private static String text(String folder, String name) {
        try (InputStream in = HeldOutSetTest.class.getResourceAsStream("/temporal/" + folder + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + folder + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
