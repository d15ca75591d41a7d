package app.nenpyo.events;

import app.nenpyo.codec.ByteReader;
import app.nenpyo.codec.ByteWriter;
import app.nenpyo.codec.InternTable;
import app.nenpyo.codec.MalformedBytesException;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes what {@link EventExtractor} read in one document ({@link DocumentReports}) as bytes, and
 * reads it back equal, so a project keeps each document's reports and a rebuild of its events
 * merges stored reports instead of tokenising every document again.
 *
 * <p>Layout ({@link ByteWriter#checksummed}): the {@link #FORMAT} number, then, not deflated (it made
 * them only a third smaller, for more time than the bytes cost to store: decision 0024), a table
 * of the distinct strings, a table of the distinct actor mentions (each written once: the same
 * mentions recur in many reports), then the reports, with strings and mentions as table indices
 * and numbers as variable-length integers, and last a CRC-32 of it all, which finds damage as
 * deflate's own checksum did. The document's row id is not written: it is given back on
 * {@link #decode}, so the bytes depend only on the text and its date.
 *
 * <pre>
 *   byte[] stored = ReportCodec.encode(reports);           // at import, on a worker thread
 *   DocumentReports again = ReportCodec.decode(stored, OptionalLong.of(42));
 *   // again.equals(reports with documentId 42 in every source)
 * </pre>
 *
 * <p>Any change to {@link Report}, {@link EventSource}, {@link ActorMention} or to what the
 * extractor reads must bump {@link #FORMAT}: stored reports of an older format are then read
 * again from the text at the next rebuild (never decoded wrongly).
 */
public final class ReportCodec {

    /**
     * The version of this layout and of the extractor's reading; see the class comment. 2: labels
     * date the start of a topic (今月2日、…に端を発した抗議活動は → 抗議活動が開始) and keep short
     * quotes as said (「…」と述べ, …の発表で「…」としている). 3: a date inside quoted speech labels
     * what is said (外相は「来月5日に協議を開きたい」と語った → 外相「協議を開きたい」), not the saying.
     * 4: a related-articles list goes on through list lines in paragraphs of their own, so their
     * dates are background too. 5: a topic marked も before the date is the subject
     * (ラブロフ外相も14日、… → ラブロフ外相が…); reading again also merges every day once by the rules
     * that keep places of two countries apart (decision 0005, addendum of 2026-11-26). 6: the
     * date tagger reads the lead's tense by its predicate (計画を発表した is past; 21日に…行うと
     * 発表した dates 行う), reads 今朝/今夜/昨夜, きょう after a particle and 年度末, counts 今冬 in
     * January from the winter under way, and no longer takes counts of days (3日続落, 1泊2日,
     * 週休2日), 前日終値比, 同年代, 十日町 or a recurring 毎年3月11日 for dates; 翌1日 after 12月31日
     * is January's; 3月の下旬 is read whole, 22～24年度 ends in March 2025, and
     * N日後 counts from a date before it in its sentence; a 関連記事 line that begins a sentence inside
     * a paragraph makes that sentence background; AND, OR, NOT, NEAR and other English words are no
     * organisations; a name in brackets (「ABC」社, 『日本経済新聞』は) is read as a name, not as speech.
     * 7: the date tagger reads 5・6日 as two days, 約3年前, 半年前/後 and 週内, and takes no date listed
     * after a recurring one (毎年3月11日と8月6日); a label keeps no half of a bracket pair (<新型>エンジン
     * gave 新型>エンジン). 8: 1年半後 is eighteen months, and a sentence that ends in a plain verb
     * other than る (株主総会を開く。) tips a date whose year or month is not written to the future.
     * 9: the bytes are no longer deflated (decision 0024). 10: a year of two digits is read in the
     * century nearest the document (95年1月17日 is 1995's, not 2095's), a year before 1000 or after
     * 2999 with a month after it is read (794年10月22日), where its month was read alone against the
     * document's year, and a year of one digit with a month (5年1月) is no date, unless it ends a range
     * whose start has an era (令和4年12月から5年1月 is 令和5年's). 11: a weekday alone (金曜日に発表した)
     * is read as a date by its sentence's tense, and 来週の金曜日, 10日の月曜日, 来週11日, 先週の16日 and
     * 今週の月曜日から金曜日まで are read whole; figures' periods (12月の消費者物価指数, 7～9月期) are the
     * last begun; a lead's date skips the verbs of a clause on a noun (…とする計画を決定した is past);
     * 10日の投開票に向け leans to the future; あと1日, 開幕まで3日 and 逮捕から2日で are counts; 前日の26日
     * is 26日 alone; a day alone before the sentence's dated day is not in its month; and a period
     * said again by a day inside it just after (昨年末には2022年12月30日に) makes no report of its own.
     * 12: a quarter or half whose figures are told as out (上半期の決算を発表した) is one that is over,
     * 新年度 is read (the business year begun this April until June, else the next), and 年度末 or
     * 年度初め alone is the nearest by the sentence's tense (年度初めに導入する in January: the coming April);
     * actors of Japanese news (ministries, courts, parties, prefectures, more titles; 東京地裁 an
     * organisation, not 東京) and categories of courts, weather, markets, elections and launches;
     * the period of figures beside the date of their release is background.
     * 13: labels from a review of 112 articles: a date on a sahen verb (11日発表した, 3日召集され) dates the
     * deed and the period it announces makes no report; 見通し/予定/恐れ/観測 are read through to the verb
     * (開催へ, 拡大の恐れ); copula and ある clauses state their noun; a later clause takes the sentence's
     * topic; labels say no other date; passives stay passive (出される, 銃撃される); 4回, 約1割, 36% stay whole;
     * a lead's date set off with に、 dates the main verb, and a half compared with the year before is over;
     * comparison bases, counts of time and a period naming what the sentence's day dates are background;
     * a date told again in another time zone (27日（日本時間28日未明）) makes no report.
     * A second review: a date in a relative clause dates its deed (17日に召集される通常国会 → 通常国会が召集;
     * 6日召集の dates the convening), a later date before the と of what is reported dates that deed, objects
     * before the date, adverbial nouns (前年同期比, 極超音速), aliases in （）and a partner's と stay.
     * 14: from a third review: a later day alone goes on in the month of the day alone before it in its
     * sentence (4～7日、…8日と10日に), and 総会の翌日 counts from the day told with 総会.
     * Also 14: a report keeps the object of its deed (男を起訴した → 男), and a generic deed's object names the
     * happening (侵攻を開始 → 侵攻), and a deed of a dated relative clause names it and gives its category
     * (6日に召集される臨時国会で → 召集, not the speech's), a happening told in other words is named by its
     * noun (火を付けた → 放火) and 接近へ names 接近; 大みそかの31日夜から makes no report of 大みそか, and
     * 年末の記者会見で「…」と述べた beside 30日 makes 年末 background; see decision 0005's addendum of 2026-11-27 on merges.
     * Also 14, actors: 同社, 同国, 両国 and a title alone (首相は) are the actor named last before them, and
     * 同社が… labels name it; short forms are words of their own (10日朝 is no 日朝), indices and
     * technologies are no organisations, more companies, titles and given names are known.
     * Also 14: a date a figure is measured over or at is background as the sentence's only date too (4～6月期の
     * GDPは, 内閣支持率は今月…下落した, 29日までに約500万人, 5月1日現在; decision 0005's addendum on figures).
     * 15: two days in a row joined by と date one lasting happening over both (17日と18日に会合を開く), a
     * plan's period said as its topic's value is background (期間は令和4年4月から5年3月までとされた), an
     * object said with its suffix is one word (容疑者を起訴 → 容疑者), a named period glossed by its months is
     * dated by them and the gloss makes no report (上半期（4～9月）), 次回の会合 takes as an actor the subject of
     * the report just before it ({@link NextOccasions}), a company's figure said without whose (株価は) takes
     * the company named last before it ({@link FigureOwners}), a happening told again with も takes who did
     * the one before ({@link Repeats}), an office said by its kind alone (地検は) is the one named before, and
     * the figure nouns are one list
     * for the temporal layer and the background rules (decision 0005's addendum on the fourth review). Also
     * 15: labels of a fourth round: a topic after another topic and its date shares its owner (…選手権の準決勝は8日、
     * 決勝は10日に → …選手権の決勝), a topic keeps what it is about and which of a series it is (国葬を巡る閉会中審査,
     * 次回の協議), where a deed is headed is said (英国に向け出発); a planned deed's head word is its deed (開催, not 開催へ);
     * a bare noun, a company's figure and a post taken are said as the sentences before named them (decision 0031:
     * 大雪警報が解除, 東芝の株価, 山田氏が新社長に就任); a feared state is its risk (大荒れの恐れ).
     * 16: 次回の会合 is held by the subject of a report of the sentence directly before only when that report tells
     * of the same kind of occasion (its noun, or a meeting or a body's decision for 会合/協議; {@link NextOccasions}).
     * Also 16: two days in a row joined by と are one report unless the happening's word is a deed done at once
     * (発射, 逮捕, 発表, 発生…; {@link ConsecutiveDays}), whatever its category: a two-day exercise or hearing is one.
     * Also 16: a date listed with と or や before later dates (16日と17日の発射について、19日に…公表した) says what the last
     * of them says (発射), not the deed of another date's clause.
     * 17: the holidays the country names are dates (大型連休中, GW, お盆休み; decision 0003), and a year of two digits a goal is
     * set for (50年の排出実質ゼロ, 35年までに); a date with 以降 or 以来 in a sentence told as done dates the report from it to
     * the document's date, and an occasion named between (4日の大発会以降) makes a report of its own ({@link PeriodsSince});
     * 約2時間後 after a time of day told in its paragraph is a time of day, a date that makes a report.
     * Also in 17: a deed told without a doer (発射があった, 3発が発射された) says the doer and object the sentences before named
     * ({@link DoersNamedBefore}); 次回の会合 says whose (FRBの次回の会合); 同法案 says the full name told before; a noun a
     * date names is the subject of what the topic reports (4月の指数が低下したと発表 → 指数が低下); への, との,
     * からの join a noun phrase (物価高への緊急対策).
     * Also in 17: the reports are as in 16, but a report of a wider period now joins the one event inside it that tells
     * the same happening (decision 0032): reading again merges every day once by that rule.
     * 18: a dated relative clause that modifies a country's or place's happening names the happening, and the country
     * or place is the report's place (3日に行われたフランスの大統領選挙では → フランスの大統領選挙が実施, place フランス; it
     * read フランスが実施, and two countries' elections of one day were kept apart only by that wrong subject).
     * Also 18: a clause that tells an incident happened (地震があり、…) labels the incident, where, and what came of it
     * when that fits (東京都内で住宅火災、2人が死亡); what there was is no doer of what follows (閣僚会議があり、首相が…);
     * ごろ after a time is the date's; the clause that says which incident there was is kept (福島県沖を震源とする地震);
     * what came of it is said without who reported it (トルコ南部で地震、300人が死亡, not 300人の死亡と当局が公表).
     * Also 18, dates (decision 0003's addendum of 2026-11-28): 同日, 翌日 and その2日後 count from the day of the
     * happening told last (not a year, period or since-clause written in between); a month and day within a month ahead
     * stays in its year in a sentence told as done; 2018年から22年まで, 2023年度から5年間, 同日夜から翌朝, 30、31両日,
     * 年明けの1月7日 and 前週の20日 are read whole; 5月7日分 is the day (spans that grew get new source ids).
     * Also 18: the reports are as before, but a day that opens or closes a happening told by its days (19～21日 /
     * 21日、閉幕した) joins that event ({@link FirstAndLastDays}): reading again merges every day once by that rule.
     * Also 18: one subject's deed done at once (演説, 記者会見) and another happening of another category that day
     * score the subject as a shared person, not as one happening ({@code Similarity#twoDeedsOfOneDoer}).
     * Also 18: a dated relative clause with its place between the date and the verb names its happening and place
     * (1日に石川県能登地方で起きた最大震度7の地震で、県は3日… → 石川県能登地方で最大震度7の地震が発生), also when the
     * incident is the setting of what a later date of the sentence tells; a measure before の (最大震度7の) stays in the noun.
     * Also 18: 発生 names no happening (a generic word, as 開始): a fire and a quake of one day are two events.
     * Also 18: a generic object said with the sahen deed it is of keeps it in the label and names the happening by it
     * (上告しない方針を表明: head word 上告, as 上告しないと表明 has).
     * Also 18: a date's clause ends at て以降、/て以来、/てから、 (2月24日にロシアが侵攻を始めて以降、… → ロシアが侵攻を開始).
     * Also 18: a day named before its date with の (上告期限の28日, 投開票日の10日) is a word naming the report's happening.
     * Also 18: labels read past an adverb before the verb (入場を当面停止 → 入場を停止), say what was asked for before
     * よう (交付するよう命じ → 交付するよう命令, 避難するよう呼びかけ → 避難を呼びかけ) and a thing marked も before a
     * deed (聴取も検討).
     * 19: labels say what was done to what (decision 0037): a name in brackets taken by に, を, の or へ
     * (退位礼正殿の儀に臨む), the name given with と (新元号を「令和」と発表), a long quote's last part, the partner of a
     * talk (山口代表と会談), whom before how (坂口氏に祝意を伝達), ことも, an object before the label's own date, where
     * dropped before what when too long; a title or local body said alone is its holder named before (菅義偉首相,
     * 福井県北浜市); an election voted in the passive is told with its result; -く adjectives before the verb dropped.
     * Also 19: background reasons: a year naming which edition (1964年の東京大会の16個), the day of a plan given up beside
     * another date (8日、20日に予定していた式典を中止), a countdown in days (3日で100日), a name with a ・ naming what the
     * sentence's day dates (2025年のノーベル生理学・医学賞を…6日); and merges: a passive's thing is what the active deed is
     * done to (判決が言い渡される見通し / 判決を言い渡した), so a wider period joins its day by it (decision 0032's addendum).
     * Also 19: actors: 政府 written alone is Japan's government (the country 日本, as 米政府 is 米国); a kanji name
     * IPADIC splits is one person (菅義偉首相, 枝野幸男代表, 坂口志文特任教授); 村長, 被告, 容疑者 and a few more are
     * titles (a surname alone before 村長 is the village's); 首相官邸, 原子力規制委員会 and JAXA are organisations; 天皇 and
     * 天皇陛下 are one actor in a document that writes both; 市, 町, 村, 県 alone (and after 同) point at the one of
     * that kind named before, and a label that begins with one says its name (市が → 北浜市が); a name before 製作所,
     * 研究所, 電機 and the like is an organisation.
     * Also 19: dates (decision 0003's addendum of session 23): a day alone takes no month from a date in a clause told
     * done that ends on a noun, and a lower day told as ahead is in the month after; a month or holiday without a year
     * takes the year its clause is set in; days listed with their happenings take their tense; N日からM日間 spans the
     * days; 早朝, 未明 alone, 即日 (no second report of its sentence), 正午前, 正月三が日, 来期, 今期, 前の期 and
     * 3日後の10日 are read; a dateline's time joins its date; 1日の降水量, 2日延期 and 午後8時までの営業 are no dates
     * (spans that grew get new source ids).
     * Also 19: a clipping of a text file holding several is its own document (decision 0041), a headline ending in
     * に before a longer sentence its own paragraph; a deed done as well (合弁会社設立も発表) merges with no other deed
     * of its doer that day unless a word names both (decision 0005's addendum).
     * Also 19: those rules narrowed (issue 4): 市, 町, 村, 県 alone name only a place written with the kind
     * (not 主要都市, 城下町); a known katakana word before 産業, 銀行 and the like is no organisation (ロボット産業);
     * 前, 元 and 副 are no given-name characters and 前, 元 prefix a title (岡田前代表 is 岡田, 前代表); brackets
     * ending as said before の hold speech (「もう限界だ」の声); a year names an edition only beside a figure or a
     * comparison; a passive's thing joins only a passive (and not in twoDeedsOfOneDoer); 政府 after a foreign
     * doer of an earlier clause is Japan's.
     * Also 19: a label is one line (the line breaks of text wrapped at a width dropped); a dateline may end in a
     * newspaper's page (朝刊 社会面); a lead wrapped after its date and comma (政府は6日、…) is no headline.
     * 20: dates (decision 0003's addendum of session 24): a line break wrapped inside a number or date no longer
     * splits it (1⏎9日); a bare time of day takes the day told with its sentence's topic or the last clock time's;
     * a verb before an intention or plan (考え, 方針, 意向, 予定, 計画, 方向, 構え) leans its day ahead, a day planned
     * before (予定していた) does not; 同日 looks back past no day after the article's; 翌年, 翌月 after a name and の
     * count from that name's date,
     * 同月 from the last month told, 前年同月 a year back; 2週間後の11月10日 is the written date alone; 2022年9月中間期
     * the half year to September. Labels (decision 0037's addendum): what was declared at a press conference (…が辞任
     * する意向を表明) and the case a date tells before …した火災で、. Merges (decision 0032's addendum): one thing done
     * to in two reports of one period (判決を言い渡した / 判決が言い渡される), the thing read past a reading in brackets
     * (株式公開買い付け（TOB）を), 円相場が下落 as 円安. Actors: a title said alone is not a former holder or a deputy
     * (前社長, 副大統領: decision 0030's addendum); a known name inside a longer katakana word is none (タイ in
     * ネクタイ); more companies and banks from the gazetteer (イオン銀行, りそな銀行). Clippings: a chronology's entry
     * quoting a sentence (「…。」と述べた。) opens no clipping.
     * 21 (session 25): dates (decision 0003's addendum of session 25): a flashback (…していた) does not date what
     * is coming, an earlier day dating what a sentence is about moves no story's day, a date in a quote has the
     * quote's tense, a wish is to come, に続き leans back, a schedule's 同22日 is a day of the list, a part of a
     * month or year firmly to come is none already over; labels (0037's addendum): words a page's width cut read
     * whole, whose and which kept with a noun, a time after a date and の as when, a noun onto する as a deed, a
     * statement's short quote; actors (0030's addendum): an office said by its kind is the article's place's, a
     * city before its head's title, rivers; categories (0029's addendum): the domain's words, a vote's category
     * what is voted; background (0005's addendum): a vague plan for a period still to come; merges (0032's
     * addendum): a month's report of a named person's deed joins its day by the words up to the deed.
     * 22 (session 26, decision 0042): a sentence without a date of its own that tells a deed done on the day the
     * sentence right before told is a report of that day, its expression that sentence's; 意見を交わす names an
     * 意見交換.
     * 23 (session 27): labels (decision 0037's addendum): a date inside a relative clause dates that clause's deed;
     * actors (0030's addendum): a later clause's doer named before it, ministers of any portfolio, 検察側, さん,
     * companies named by what they do or said to be one, the United Nations' bodies; background (0005's addendum):
     * the last time before a first in years, the start of what has gone on since, a forecast of a state, an
     * intention's vague time; merges (decision 0043): the words a happening is named by (what a generic deed is said
     * of, what a doer took part in).
     * 24 (session 28): dates (decision 0003's addenda): a month after a year and の is that year's (昨年の3月), a
     * length counted from now (今後1週間) is the period from the day it is said, and background, a season after a
     * count of years (2年前の夏), a day beside 前日の/翌日の in that day's month, 週明け before a day; categories
     * (0029's addendum): the domain's missing words, 派遣 and サイバー攻撃 no longer military.
     * 25 (session 29): categories: a keyword in Latin letters only as a word of its own, and in full width
     * (ＴＯＢ); background (0005's addendum): a mark passed, a time to come in quoted words or in the writer's own
     * view, a list's items after a byline; actors (decision 0044): a full name before its abbreviation, bodies of
     * a place, a company said to be one by its officer or head office, the topic before a later date, full-width
     * letters read as the gazetteer's names (ＮＡＴＯ); labels (0037's addendum): a speech act said at a press
     * conference, a contest told with its result.
     * 26 (session 30): dates (decision 0003's addendum): a page's wrap inside a date word or after a relative
     * month, 平均 and a headline's count since a happening no days, a plain verb naming the noun after its date,
     * a season alone before ごろ; categories (0029's addendum): crimes, regulators, laws promulgated, accidents,
     * markets and business; a quote said after the deed or to the press a statement of its own (0042's
     * addendum); actors (0044's addendum): the doer the sentence before named as its topic, 同氏 and 両氏;
     * merges (0043's addendum): a bank shut is its failure (破綻 among its head words).
     * 27 (session 30, second round): labels say what a deed is about with について (0037's addendum); a deed told as
     * done whose dates all lie ahead is read on the day before (0042's addendum); background (0005's addendum): a
     * limit set in a request, the time something to come is only expected at.
     * 28 (session 31): dates (0003's addendum): a month's end named as an edge is its last day, a count after a
     * happening named with から, an occasion recalled by a day written onto a noun, a listed month of the year before
     * it; categories (0029's addendum): the words of the news's categories; actors (0044's addendum): a thing made
     * the topic of a deed done to it takes the doer named before, bodies named by what they are.
     * 29 (session 32): dates (0003's addendum): a month alone goes on in the year of the month before it, a verb of
     * another time's clause no cue, にも ahead when nothing is told done, a year of two digits after one of four;
     * background (0005's addendum): the rough time of a plan the sentence ends on, a deadline still to come; actors
     * (0044's addendum): full names, companies by their names' endings, 同業の and 傘下の.
     * 30 (session 33): dates (0003's addendum): 同じ日, 一昨日の13日, a lead's frame, times counted or gone on since, a
     * deadline asked for, parts of a month in a range, 1日8時間; categories (0029's addendum): investigations, deals and
     * results announced, what a date set off by a comma announces, courses shown; background (0005's addendum): a
     * term's end, a tally's start, a cited forecast, a rough aim or goal to come, a vague time made known, words read
     * across a page's break; merges (0043's addendum): a happening told by its word alone, a bill's passage; actors
     * (0044's addendum): names said again, a head's company.
     * 31 (session 34): dates (0003's addendum): a topic's month, a plan told as it was, 月末の30日, a comma's
     * attributive past, a month's share, a month as a kind, an era's decade and a decade's halves, a range of seasons,
     * a day's figure compared; background (0005's addendum): comparison bases without 比, occasions before 以来,
     * limits with 中 or 内, lengths from now; categories (0029's addendum); actors (0044's addendum): bodies named after
     * their kind, a country's force or authority, health centres and police stations, associations of places; merges
     * (0043's addendum): a happening's deed and thing named in a clause.
     * 32 (session 35): dates (0003's addendum): 元日 before a name and a role, 同日 after a wider time, a weekday's
     * month, counts onto a date and 1年前の今日, a deed counted since, rough counts, 1日で, a quoted day word;
     * reports (0042's addendum): a quote after a deed of no words; background (0005's addendum): times put off to or
     * done toward, a plan to come told as it was, a last time, より with a figure, peaks, limits in a request; categories
     * (0029's addendum): a deed reported, an incident framing a sentence; actors (0044's addendum): municipalities
     * named whole, factions, a company's legal form; merges (0043's addendum): the word before a generic deed, short
     * names.
     * 33 (session 35, read again): merge reasons of a word before a generic deed name the deed read and both words;
     * the mends of the reviewers' findings (categories, actors, statements after a deed) read some reports otherwise.
     * 34 (session 36): dates (0003's addendum): a time of day on the day the sentence before told, days that pass, a
     * topic set off dating the main clause, 同日 after a flashback's paragraph, a question of whether, a wrapped year
     * before の; reports (0042's addendum): the deed that ends the sentence before, a schedule's listed days;
     * categories (0029's addendum): a paper's report, taxes, impeachments, findings, a fire's end; actors (0044's
     * addendum): markets, the imperial family, surnames cut by IPADIC, newspapers; merges (0043's addendum): a thing
     * ended, heads of one character.
     * 35 (session 37): dates (0003's addendum): kana-stem verbs and refusals to come, 予定されている, a lead's lower day
     * after a happening closed by で, a month's later part alone; reports (0042's addendum): an undated quote after a
     * sentence of no deed on the lead's day; categories (0029's addendum): an announcement read to the sentence's end,
     * police searches, promises and feelings expressed; actors (0044's addendum): typhoons, institutions named whole,
     * companies before their head office, businesses after their kind, 警察 and 消防 alone; merges (0043's addendum): a
     * fire, an escape or a sinking in other words, one spot's happening in two places; labels (0037's addendum): a
     * cleft labelled by the clause it dates.
     * 36 (session 38): dates (0003's addendum): a day right after a word of the article's day (昨日17日), きょうから, a
     * count of years before a month, a lead's day after a happening the date is written onto, a plan told as it was
     * describing a noun, a count's suffix on a wrapped page's next line; reports (0042's addendum): words quoted by a
     * verb of no kind carried, にかけて spans, quoted lengths of time; categories (0029's addendum): a case's step
     * announced, a state declared by an army; actors (0044's addendum): a town's boards said alone, shipping lines,
     * places inside other names; merges (0043's addendum): a lone report joining a later group, smoke seen, deed+事故,
     * a deed in the passive; labels (0037's addendum): a thing formed, a wait from before, what a thing was made.
     * 37 (session 39): dates (0003's addendum): days moved to others, a relative word before a date written whole, a
     * relative month giving a day its month, 1日 of a rate, seasons alone set off or on an occasion, 出た past, an old
     * happening's lead day, ており a link; reports (0042's addendum): the comma slot of a last clause, a suspect's answer
     * to the police; categories (0029's addendum): a visit alone other, words said with a quotation; actors (0044's
     * addendum): companies in brackets after their work, newspapers by their issue, bodies said short, villages inside
     * surnames; background (0005's addendum): a week to come with にも, 年明けにも, 以降に; merges (0043's addendum): a deed
     * retold by its doer alone, an announcement named by what was announced; labels (0037's addendum): a name glossed in
     * brackets, な-nouns, a schedule's days, 認める as written, a press conference with its speech.
     * 38 (session 40): dates (0003's addendum): two wrapped lines in a row, a time's day held over dateless sentences,
     * 5日後の25日 and 初日の6日 from the days told, the nth weekday of a month, weekly schedules, a past winter counted
     * back, きょうで; reports (0042's addendum): words told as they stand, words after a deed of long ago; categories
     * (0029's addendum): a chamber's vote, the answer to the police a statement; actors (0044's addendum): papers by
     * an issue before them, an event's organisers, seats of government as venues; background (0005's addendum): plans
     * passed on with という, bases in new shapes; merges (0043's addendum): a happening retold in fewer words; labels
     * (0037's addendum): an election by who was elected, a weekday in brackets after a date.
     * 39 (session 41): dates (0003's addendum): a count's suffix cut by a wrap, 今年の元日, 大型連休 with its weekends,
     * a chain's earlier deed before a later time ahead of now, 初日 and 最終日 alone; reports (0042's addendum): a
     * defendant's plea, the deed's date after a topic, a bystander's words, comments not hearsay nor said over time;
     * categories (0029's addendum): a thing on show, a disaster's harm ended; actors (0044's addendum): local papers,
     * observatories, a committee by its name, companies by their head office; background (0005's addendum): a limit
     * closed by an intent, つもり; merges (0043's addendum): a happening retold by its word; labels (0037's addendum): a
     * holiday in brackets, a deed suspected, a list with など.
     * 40 (session 42): dates (0003's addendum): 月末 its last day, an era at a wrapped line's end, 1日で before years
     * reached, 初日から, a month itself a topic, 同じ月; reports (0042's addendum): a date inside the words said, a paper's
     * edition a happening, words the blog writer gathered; categories (0029's addendum): works begun, machines infected,
     * estimates, incidents by their fire; actors (0044's addendum): islands, lakes and canals, embassies, museums and
     * zoos, a topic named with its prefecture; background (0005's addendum): running tallies, aims of a month, occasions
     * to come; labels (0037's addendum): a deed told by its conclusion.
     */
    public static final int FORMAT = 40;

    private ReportCodec() {
    }

    public static byte[] encode(DocumentReports document) {
        InternTable<String> strings = new InternTable<>();
        InternTable<ActorMention> mentions = new InternTable<>();
        ByteWriter body = new ByteWriter(256 + 64 * document.reports().size());
        body.varint(strings.indexOf(document.documentKey()));
        mentionList(body, mentions, document.actors());
        body.varint(document.reports().size());
        for (Report r : document.reports()) {
            report(body, strings, mentions, r);
        }
        ByteWriter mentionTable = new ByteWriter(64 * mentions.size() + 16).varint(mentions.size());
        for (ActorMention m : mentions.inOrder()) {
            mention(mentionTable, strings, m);
        }
        ByteWriter all = new ByteWriter(body.size() + mentionTable.size() + 32 * strings.size()).varint(strings.size());
        for (String text : strings.inOrder()) {
            all.string(text);
        }
        byte[] table = mentionTable.toByteArray();
        all.write(table, 0, table.length);
        byte[] reports = body.toByteArray();
        all.write(reports, 0, reports.length);
        return all.checksummed(FORMAT);
    }

    /**
     * @param documentId the stored document's row id, set on every source
     * @throws IllegalArgumentException if the bytes are not of the current {@link #FORMAT} or broken
     */
    public static DocumentReports decode(byte[] bytes, OptionalLong documentId) {
        return read(bytes, (reader, documentKey, actors, count) -> {
            List<Report> reports = new ArrayList<>(Math.min(count, 1 << 16));
            for (int i = 0; i < count; i++) {
                reports.add(reader.report(documentKey, documentId));
            }
            return new DocumentReports(documentKey, reports, actors);
        });
    }

    /**
     * The reports that start in a window of days, each with its position among all the document's
     * reports, and every actor mention: what one window of a merge needs. The other reports are
     * skipped without being built (a document is read once per window it has reports in).
     *
     * @param fromDay first epoch day of the window
     * @param toDay   the epoch day after it
     * @throws IllegalArgumentException as {@link #decode}
     */
    public static WindowReports decodeWindow(byte[] bytes, OptionalLong documentId, int fromDay, int toDay) {
        return decodeWindow(open(bytes), documentId, fromDay, toDay);
    }

    /**
     * The same from a document already {@link #open opened}: a merge keeps the documents it reads
     * in one window and again in the next opened, instead of reading them again (decision 0015).
     */
    public static WindowReports decodeWindow(Opened document, OptionalLong documentId, int fromDay, int toDay) {
        return read(document, (reader, documentKey, actors, count) -> {
            List<Report> reports = new ArrayList<>();
            int[] positions = new int[Math.min(count, 1 << 16)];
            for (int i = 0; i < count; i++) {
                int at = reader.in().position();
                int startDay = reader.skipReportButItsStartDay();
                if (startDay >= fromDay && startDay < toDay) {
                    reader.in().seek(at);
                    if (reports.size() == positions.length) {
                        positions = Arrays.copyOf(positions, positions.length * 2);
                    }
                    positions[reports.size()] = i;
                    reports.add(reader.report(documentKey, documentId));
                }
            }
            return new WindowReports(documentKey, actors, reports, Arrays.copyOf(positions, reports.size()));
        });
    }

    /**
     * The document key, the actor mentions, the start day of each report and the days of each
     * told as a wider period, without building the reports: a merge reads every document this
     * way once before it reads the reports a window of time at a time.
     *
     * @throws IllegalArgumentException as {@link #decode}
     */
    public static DocumentActors decodeActors(byte[] bytes) {
        return read(bytes, (reader, documentKey, actors, count) -> {
            int[] startDays = new int[count];
            int[] widerPeriods = new int[0];
            int widerDays = 0;
            for (int i = 0; i < count; i++) {
                TimeValue t = reader.skipReportButItsTime();
                startDays[i] = Math.toIntExact(t.start().toEpochDay());
                if (WiderPeriods.canHoldFiner(t)) {
                    if (widerDays == widerPeriods.length) {
                        widerPeriods = Arrays.copyOf(widerPeriods, Math.max(4, 2 * widerPeriods.length));
                    }
                    widerPeriods[widerDays++] = startDays[i];
                    widerPeriods[widerDays++] = Math.toIntExact(t.end().toEpochDay());
                }
            }
            return new DocumentActors(documentKey, actors, startDays, Arrays.copyOf(widerPeriods, widerDays));
        });
    }

    /** What a decoder reads after the tables, the document key, its mentions and the report count. */
    @FunctionalInterface
    private interface Body<T> {
        T read(Reader reader, String documentKey, List<ActorMention> actors, int reportCount);
    }

    /**
     * One document's saved reports, their format checked: what reading any of its reports starts with, done
     * once. Only the bytes are kept (a merge keeps a few thousand of these from one window to the
     * next: bytes cost the collector nothing to scan); the tables are read again for each window.
     */
    public static final class Opened {
        private final ByteReader plain;

        private Opened(ByteReader plain) {
            this.plain = plain;
        }

        /** How much memory it holds. */
        public long bytesHeld() {
            return plain.length();
        }
    }

    /**
     * Opens a document's saved reports ({@link Opened}), checking their format.
     *
     * @throws IllegalArgumentException as {@link #decode}
     */
    public static Opened open(byte[] bytes) {
        try {
            return new Opened(ByteReader.checksummed(bytes, FORMAT));
        } catch (MalformedBytesException e) {
            throw new IllegalArgumentException("stored reports are unreadable: " + e.getMessage(), e);
        }
    }

    /** Reads the parts every decoder shares around {@code body}, which must read exactly the reports. */
    private static <T> T read(byte[] bytes, Body<T> body) {
        return read(open(bytes), body);
    }

    private static <T> T read(Opened document, Body<T> body) {
        try {
            Reader reader = Reader.tables(document.plain.fork());
            String documentKey = reader.string();
            List<ActorMention> actors = reader.mentions();
            T out = body.read(reader, documentKey, actors, reader.in().count());
            reader.in().requireEnd();
            return out;
        } catch (MalformedBytesException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("stored reports are unreadable: " + e.getMessage(), e);
        }
    }

    /** The format number stored bytes were written in, to decide without decoding whether they are current. */
    public static int formatOf(byte[] bytes) {
        return ByteReader.prefixOf(bytes);
    }

    private static void report(ByteWriter out, InternTable<String> strings, InternTable<ActorMention> mentions, Report r) {
        EventSource s = r.source();
        out.varint(strings.indexOf(s.sourceId())).varint(s.paragraph());
        span(out, s.sentence());
        span(out, s.clause());
        span(out, s.expression());
        out.varint(strings.indexOf(s.expressionText())).varint(strings.indexOf(s.background()));
        TimeValue t = r.time();
        out.signedVarint(Math.toIntExact(t.start().toEpochDay()))
                .varint(Math.toIntExact(t.end().toEpochDay() - t.start().toEpochDay()))
                .varint(strings.indexOf(t.granularity().name()))
                .varint(t.startTime() == null ? 0 : 1 + t.startTime().toSecondOfDay() / 60)
                .varint(t.endTime() == null ? 0 : 1 + t.endTime().toSecondOfDay() / 60)
                .varint(strings.indexOf(t.openness().name()));
        out.varint(strings.indexOf(r.label())).varint(strings.indexOf(r.category().name()));
        mentionList(out, mentions, r.actors());
        out.varint(r.subject().map(m -> 1 + mentions.indexOf(m)).orElse(0));
        out.varint(r.place().map(m -> 1 + mentions.indexOf(m)).orElse(0));
        out.varint(r.headWords().size());
        r.headWords().forEach(w -> out.varint(strings.indexOf(w)));
        out.varint(r.contentWords().size());
        r.contentWords().forEach(w -> out.varint(strings.indexOf(w)));
        out.varint(strings.indexOf(r.object()));
    }

    private static void mentionList(ByteWriter out, InternTable<ActorMention> table, List<ActorMention> mentions) {
        out.varint(mentions.size());
        mentions.forEach(m -> out.varint(table.indexOf(m)));
    }

    private static void mention(ByteWriter out, InternTable<String> strings, ActorMention m) {
        out.varint(strings.indexOf(m.surface()));
        span(out, m.span());
        for (String field : List.of(m.kind().name(), m.name(), m.canonical(), m.title(), m.country(), m.reason())) {
            out.varint(strings.indexOf(field));
        }
    }

    private static void span(ByteWriter out, TextSpan span) {
        out.varint(span.start()).varint(span.length());
    }

    private record Reader(ByteReader in, String[] strings, List<ActorMention> mentionTable) {

        /** Reads the string and mention tables; the reports follow. */
        static Reader tables(ByteReader in) {
            String[] strings = new String[in.count()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = in.string();
            }
            Reader reader = new Reader(in, strings, new ArrayList<>());
            int mentionCount = in.count();
            for (int i = 0; i < mentionCount; i++) {
                reader.mentionTable().add(reader.mention());
            }
            return reader;
        }

        String string() {
            return strings[in.index(strings.length)];
        }

        TextSpan span() {
            int start = in.varint();
            return new TextSpan(start, start + in.varint());
        }

        ActorMention mention() {
            return new ActorMention(string(), span(), ActorKind.valueOf(string()), string(), string(), string(), string(),
                    string());
        }

        List<ActorMention> mentions() {
            int n = in.varint();
            List<ActorMention> out = new ArrayList<>(Math.min(n, 256));
            for (int i = 0; i < n; i++) {
                out.add(mentionTable.get(in.index(mentionTable.size())));
            }
            return out;
        }

        Optional<ActorMention> optionalMention() {
            int i = in.index(mentionTable.size() + 1);
            return i == 0 ? Optional.empty() : Optional.of(mentionTable.get(i - 1));
        }

        TimeValue time() {
            LocalDate start = LocalDate.ofEpochDay(in.signedVarint());
            LocalDate end = start.plusDays(in.varint());
            Granularity granularity = Granularity.valueOf(string());
            LocalTime startTime = minuteOfDay(in.varint());
            LocalTime endTime = minuteOfDay(in.varint());
            return new TimeValue(start, end, granularity, startTime, endTime, TimeValue.Openness.valueOf(string()));
        }

        private static LocalTime minuteOfDay(int stored) {
            return stored == 0 ? null : LocalTime.ofSecondOfDay((stored - 1) * 60L);
        }

        /** Reads past one report as {@link #report} lays it out, keeping only its start day. */
        int skipReportButItsStartDay() {
            skipSource();
            int startDay = in.signedVarint();
            in.varint();
            string();
            in.varint();
            in.varint();
            string();
            skipAfterTheTime();
            return startDay;
        }

        /** Reads past one report as {@link #report} lays it out, keeping only its time. */
        TimeValue skipReportButItsTime() {
            skipSource();
            TimeValue time = time();
            skipAfterTheTime();
            return time;
        }

        private void skipSource() {
            string();
            in.varint();
            for (int i = 0; i < 6; i++) {
                in.varint();
            }
            string();
            string();
        }

        /** The label, category, mentions, head and content words and object: what follows the time. */
        private void skipAfterTheTime() {
            string();
            string();
            mentions();
            optionalMention();
            optionalMention();
            for (int lists = 0; lists < 2; lists++) {
                for (int n = in.varint(); n > 0; n--) {
                    string();
                }
            }
            string();
        }

        Report report(String documentKey, OptionalLong documentId) {
            String sourceId = string();
            int paragraph = in.varint();
            EventSource source = new EventSource(documentKey, documentId, sourceId, paragraph, span(), span(), span(),
                    string(), string());
            TimeValue time = time();
            String label = string();
            EventCategory category = EventCategory.valueOf(string());
            List<ActorMention> actors = mentions();
            Optional<ActorMention> subject = optionalMention();
            Optional<ActorMention> place = optionalMention();
            int heads = in.varint();
            List<String> headWords = new ArrayList<>(Math.min(heads, 64));
            for (int i = 0; i < heads; i++) {
                headWords.add(string());
            }
            int words = in.varint();
            List<String> contentWords = new ArrayList<>(Math.min(words, 256));
            for (int i = 0; i < words; i++) {
                contentWords.add(string());
            }
            return new Report(source, time, label, category, actors, subject, place, headWords, contentWords, string());
        }
    }
}
