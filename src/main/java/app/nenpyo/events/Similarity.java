package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.Gazetteer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How likely two reports are the same happening, with the reasons in words.
 *
 * <p>Only reports with the same known period can merge (the same day, the same week …; an open
 * "10日から" compares as 10日), and background never merges with foreground; a report of a wider
 * period and one inside it are compared by {@link #containedPoints}, more strictly. Then points:
 * <pre>
 *   +3  the same subject actor (王毅外相 / 王毅国務委員兼外相, after alias merging); +1 only when the two tell
 *       two of its deeds, one done at once (演説, 会見), of different categories ({@link #twoDeedsOfOneDoer})
 *   −3  two different subject actors that share no person: different happenings (内務省 / トカエフ); but +1 when
 *       one is said in the passive and is what the other's same deed is done to ({@link #passiveSubjectDoneTo}:
 *       衆院が解散される / 首相が衆院を解散)
 *   +1  each shared person besides the subject, at most 2
 *   +2  a shared word naming the happening (協議, 会談, 抗議活動), generic words (開始, 発言) and words of one
 *       character (市, 式: {@link #aSharedHeadNamesTheHappening}) excluded;
 *       said in other words too ({@link Paraphrases}: 火を付けた is 放火, 爆発事故 is 爆発), or as the end of a longer word
 *       ({@link CompoundHeads}: 統合 / 経営統合), or before a deed that names nothing ({@link #namedBeforeAGenericDeed}:
 *       勧告を出す / 勧告, 出場辞退の発表 / 出場を辞退)
 *   +1  with it, one report is only that word (衆院を通過したのは30日で…成立: label 成立, said in other words 可決;
 *       {@link #happeningToldByItsWordAlone}): it says nothing else, and the shared word is all it can share
 *   +2  else the same thing done to ({@link #thingInsteadOfHead}: 判決を言い渡した / 判決が言い渡される)
 *   +2  else one's deed in the passive is the other's, and they name one actor or place
 *       ({@link #deedInThePassiveOfTheOther}: 運転席部分が引き上げられた / 県が運転席部分を引き上げた)
 *   +3  else one says only that something occurred, and among its words is the word naming the other's
 *       happening, in much the same words ({@link #happeningToldOnlyAsOccurred}: 12日夜に起きた…特急脱線 / 特急が脱線)
 *   +2  else a report without a subject names, among its clause's words, the deed and thing of another document's
 *       report of that day and category ({@link #deedAndThingNamedInAClause}: 今週1日に再開した商業捕鯨の… / 日本が商業捕鯨を再開)
 *   +2  else two documents' reports of one day and category, neither with a subject, name one person or body in
 *       much the same words ({@link #oneDoerOfOneKindOfDeedInTwoDocuments}: 東雲大学（東雲市）は16日、…追加で合格にしたと
 *       発表 / 東雲大学（東雲市）で16日午後、…追加合格者の発表があった)
 *   +2  else one report retells a person's or body's deed of that day by the doer and a deed naming nothing alone, and
 *       the other tells that doer's deed ({@link #doerAndDeedAlone}: 気象庁の8日の発表から… / 気象庁は…臨時情報を発表した)
 *   +2  else another document's clause without a subject names the other's happening by a word of the other's clause alone
 *       ({@link RetoldByTheHappeningsWord}: 12日に条例案が否決されてから… / …住民投票が行われ、反対多数で否決された); +1 more
 *       when one of the two says no kind ({@link app.nenpyo.domain.EventCategory#OTHER}), the kind then counted as shared
 *   +1  one thing named in full with its short name in brackets, and by the short name alone ({@link ShortNames}:
 *       改正教員給与特別措置法（給特法）が…成立 / 改正給特法が成立): a law or body of both, not only the deed
 *   +1  a participant named without a name in both (首相, 男性: {@link Morphemes#unnamedParticipants}), which
 *       names who, not what: the prime minister's statement and press conference stay two
 *   +1  the same category
 *   +1  the same place
 *   −3  places in two different countries (中国では / ロシアでは, ジュネーブ / ウィーン): different happenings
 *   −3  a happening of one spot (火災, 脱走, 事故) in two places, each naming one the other does not
 *       ({@link #oneSpotsHappeningInTwoPlaces}: 北浜市で出火 / 南浜町で火災)
 *   −3  deeds done to different objects, neither named by the other (男を起訴 / 元社長を起訴): different happenings;
 *       not two people named without a name (男を起訴 / 容疑者を起訴)
 *   −3  one says its deed was done as well (合弁会社の設立も発表 beside 決算を発表) and they name no happening
 *       by one word: the も says it is another ({@link #doneAsWell})
 *   +3×J  J = Jaccard overlap of the clauses' nouns and verbs, counted from J ≥ 0.3; or +2 instead, when more, if
 *       another document retells the happening of one category in fewer words, half of them or more the other's ({@link RetoldInFewerWords}:
 *       …湖北ハーフマラソンで、先頭を走っていた6人が…コースを外れ… / 先週日曜の湖北ハーフ、…先頭集団のコース間違いを…)
 * </pre>
 * {@link #THRESHOLD} 3 or more merges. So ¶26/¶30/¶31 (協議 + MEETING, and ジュネーブ) merge, ¶11/¶22
 * (same subject 王毅) merge, and ¶17 (内務省 announces) stays apart from ¶20 (トカエフ speaks) on the
 * same day.
 *
 * <p>A date a count or comparison is measured from (残すところあと1日, 前年比), a figure's and a
 * period naming what its sentence's day dates (来年の大発会は1月4日) merge with nothing.
 *
 * <p>Known weaknesses: one person doing two different things of one category on one day is merged (a
 * minister's statement and the remarks of his press conference); a happening reported with no shared subject, noun or place in a
 * paraphrase the table does not know is not.
 */
final class Similarity {

    static final double THRESHOLD = 3.0;

    record Score(double points, boolean conflict, List<String> reasons) {
        boolean merges() {
            return !conflict && points >= THRESHOLD;
        }
    }

    private Similarity() {
    }

    static boolean samePeriod(TimeValue a, TimeValue b) {
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    static Score of(ResolvedReport a, ResolvedReport b) {
        return score(a, b, true, new Texts());
    }

    /** The same, reusing the period and percentage texts already made. */
    static Score of(ResolvedReport a, ResolvedReport b, Texts texts) {
        return score(a, b, true, texts);
    }

    /** Formatted texts of reasons, kept for one merge; not thread-safe. */
    static final class Texts {
        private final java.util.Map<TimeValue, String> periods = new java.util.HashMap<>();
        private final java.util.Map<Long, String> shares = new java.util.HashMap<>();

        String period(TimeValue t) {
            return periods.computeIfAbsent(t, TimeValue::format);
        }

        String sharedWords(long percent) {
            return shares.computeIfAbsent(percent, p -> p + "% shared words");
        }
    }

    /** The points only, without the words: merging compares many pairs and explains few. */
    static Score points(ResolvedReport a, ResolvedReport b) {
        Report ra = a.report();
        Report rb = b.report();
        if (!samePeriod(ra.time(), rb.time()) || ra.source().isBackground() != rb.source().isBackground()
                || a.mergesWithNothing() || b.mergesWithNothing()) {
            return NO_MATCH;
        }
        // whether a word naming the happening is shared is asked once: the "else" rows and the +2 read it
        boolean shared = shareAWordNamingTheHappening(a, b);
        double found = shared ? happeningToldByItsWordAlone(a, b).isEmpty() ? 0 : 1
                : thingDoneToByANamedActor(a, b) || !deedInThePassiveOfTheOther(a, b).isEmpty() ? 2
                : !occurredWordNamedByTheOther(a, b).isEmpty() ? 3
                : !deedAndThingNamedInAClause(a, b).isEmpty() ? 2
                : !oneDoerOfOneKindOfDeedInTwoDocuments(a, b).isEmpty() ? 2
                : !doerAndDeedAlone(a, b).isEmpty() ? 2
                : retoldByTheHappeningsWord(a, b);
        return rulePoints(a, b, found, shared);
    }

    /**
     * The deed that says only that something happened, not what: 起きた and 発生した (発生). Not 決めた (決定) or
     * 始めた (開始), whose clause names the thing decided or begun, and often another deed beside it
     * (利上げを決め、総裁が記者会見で…: the decision, not the press conference of its clause).
     */
    private static final Set<String> OCCURRED = Set.of("発生");

    /**
     * The word naming the happening that one report of a period says only occurred ({@link #OCCURRED}) and the
     * other names as its head; "" when not so. A clause that dates a happening in a phrase of another
     * sentence (…に起きた…の特急脱線について) often says only that it occurred, and its label takes the noun
     * before the の: 12日夜に起きた東雲鉄道山吹線の特急脱線について、各紙の報道を整理しておく (label
     * 東雲鉄道山吹線が発生, words 起きる, 東雲, 鉄道, 山吹, 特急, 脱線, …) and 12日午後9時40分ごろ、…下り特急
     * （4両編成）が脱線し (head 脱線) are one derailment: the head is among the first's words, and five of its
     * nine words are the second's. So +3, the word naming the happening and much the same words: the two share
     * no head, the named report's head (the deed first, a word of two characters or more, not generic nor a
     * participant) is among the words of the one that says it occurred, their clauses say much the same besides
     * their places ({@link #saidInMuchTheSameWordsBesidesPlaces}: two fifths of the shorter's words), and they
     * are not two reports of one sentence; subjects, places and objects that conflict still keep them apart.
     *
     * <p>Not another happening of that day and line (11日朝に起きた南浜線の快速電車の脱線 beside 快速電車が…
     * 衝突し: 脱線 is not among the collision's words), nor another line's collision in some of the same words
     * (three of nine), nor a deed of its own done to the other's happening (市議会が市長の辞職に同意 beside
     * 市長が辞職: 同意 says what the council did). Known weakness: a report of a consequence said to have
     * occurred (地震による停電が発生し…) in much the words of its cause's report joins the cause.
     */
    static String happeningToldOnlyAsOccurred(ResolvedReport a, ResolvedReport b) {
        return shareAWordNamingTheHappening(a, b) ? "" : occurredWordNamedByTheOther(a, b);
    }

    /** {@link #happeningToldOnlyAsOccurred} for two reports known to share no word naming their happening. */
    private static String occurredWordNamedByTheOther(ResolvedReport a, ResolvedReport b) {
        String word = namedAmongTheWordsOf(a, b);
        if (word.isEmpty()) {
            word = namedAmongTheWordsOf(b, a);
        }
        return word.isEmpty() || sameSentence(a, b) || !saidInMuchTheSameWordsBesidesPlaces(a, b) ? "" : word;
    }

    /**
     * The word naming the happening that one report of a period is made of alone, and that the other names its
     * happening by too; "" when not so. A writer who has told a happening, or knows the reader has read of it,
     * names it again by its word after its date: 衆院を通過したのは先月30日で、約2週間での成立となった (label 成立,
     * said in other words 可決) is the vote 年金改革法案は30日、衆院本会議で賛成多数で可決された told. The shared
     * word gives +2 and the category, place or subject the rest, but a report of one word names no doer, place or
     * thing and often gets no category: so +1 beside the shared word, which is all it can share.
     *
     * <p>The report alone ({@link #toldByItsWordAlone}, read once per report: {@link ResolvedReport#toldByItsWordAlone}) has no subject, object or place, and its label is one of its
     * head words; the other has the label, or what the report alone says in other words ({@link Paraphrases}), among
     * its head words or before a deed that names nothing ({@link WordsBeforeAGenericDeed}: 勧告 of 勧告を出す); not two reports of one sentence. Not a word only among the other's clause's words (31日の利上げ
     * から… beside 日本銀行は31日、追加の利上げを決めた, head 決定): so read, on the blind sets a lone word joined
     * another happening of its day. Known weakness: on a day two happenings are named by one word (two bills passed),
     * the word alone joins the first that names it.
     */
    static String happeningToldByItsWordAlone(ResolvedReport a, ResolvedReport b) {
        if (sameSentence(a, b)) {
            return "";
        }
        String word = wordAloneNamedBy(a, b);
        return word.isEmpty() ? wordAloneNamedBy(b, a) : word;
    }

    private static String wordAloneNamedBy(ResolvedReport alone, ResolvedReport other) {
        if (!alone.toldByItsWordAlone()) {
            return "";
        }
        // the word itself, or what it says in other words (成立 of 衆院を通過: 可決), not a head its clause names beside it
        String word = alone.report().label();
        for (String h : alone.report().headWords()) {
            if ((h.equals(word) || !said(alone.report(), h))
                    && (other.report().headWords().contains(h) || other.wordsBeforeAGenericDeed().contains(h))) {
                return twoDoersOrPlacesApart(alone, other) ? "" : h;
            }
        }
        return "";
    }

    /** A particle linking words (鳴神岳の噴火, 法案を可決): a label holding one is more than a word; 利上げ, 打ち上げ hold none. */
    private static final Pattern LINKED = Pattern.compile("[のをにでとはへもや]");

    /**
     * Whether a report is only a word naming its happening ({@link #happeningToldByItsWordAlone}): its label one of
     * its head words (成立, 利上げ, 初公判), of two characters or more, with no subject, object or place and no
     * particle linking two words ({@link #LINKED}). Not a generic word (発表, 開催) nor a participant (首相); not an
     * opening or closing ({@link FirstAndLastDays#namesAnEdge}: 開幕初日の10日に基金の設立が決まり names the day by the
     * opening and tells what was decided on it); not a count (3回目); not the name of one of its actors, or holding
     * one (フィンランド, 最高裁大法廷: a doer or a place, not a happening). Actors its clause names elsewhere may be
     * (衆院を通過したのは…: 衆院 is where, not who).
     */
    static boolean toldByItsWordAlone(Report report, Optional<Actor> subject, Optional<Actor> place) {
        String label = report.label();
        return label.length() > 1 && !LINKED.matcher(label).find() && subject.isEmpty() && place.isEmpty()
                && report.object().isEmpty() && report.headWords().contains(label) && !Morphemes.GENERIC_NOUNS.contains(label)
                && !FirstAndLastDays.namesAnEdge(label) && !Morphemes.isParticipant(label, Gazetteer.shared())
                && label.chars().noneMatch(Character::isDigit)
                && report.actors().stream().noneMatch(m -> m.surface().contains(label) || m.name().contains(label)
                        || label.contains(m.surface()));
    }

    /** Whether a report's head words hold a deed that says only that something occurred ({@link #OCCURRED}). */
    static boolean saysOnlyThatSomethingOccurred(ResolvedReport r) {
        for (String h : r.report().headWords()) {
            if (OCCURRED.contains(h)) {
                return true;
            }
        }
        return false;
    }

    private static String namedAmongTheWordsOf(ResolvedReport generic, ResolvedReport named) {
        if (intersection(named.headIds(), generic.wordIds()) == 0 || !saysOnlyThatSomethingOccurred(generic)) {
            return "";
        }
        List<String> words = generic.report().contentWords();
        List<String> heads = named.report().headWords();
        // from the last: the deed ends the label (快速電車が…衝突: 衝突 names the happening, 電車 what had it)
        for (int i = heads.size() - 1; i >= 0; i--) {
            String h = heads.get(i);
            if (namesAHappening(h) && words.contains(h)) {
                return h;
            }
        }
        return "";
    }

    /**
     * Whether two reports of one period share no word naming their happening but do their deed to one
     * thing ({@link #sameThingDoneTo}): the thing then names the happening, as a shared word would
     * (+2). 判決を言い渡した and 判決が言い渡される are one verdict, 防衛3文書を改定 and 防衛3文書を閣議決定 one
     * revision, in two words for one deed; 予算案を提出 by the government and 予算案を批判 by the opposition
     * stay two, their subjects apart. Not someone named without a name (男を逮捕 / 男を起訴: two deeds
     * done to one suspect), nor a thing any deed is done to (方針を決めた / 方針を示した). The reports must
     * also name one actor or place ({@link #shareANamedActor}): a day holds many verdicts, and 札幌地裁は
     * 12日、…判決を言い渡した and 殺人事件の判決は12日、旭川地裁で言い渡された, or 12日には別の事件で判決が
     * 言い渡された, share only the thing and the category.
     */
    private static boolean thingInsteadOfHead(ResolvedReport a, ResolvedReport b) {
        return !shareAWordNamingTheHappening(a, b) && thingDoneToByANamedActor(a, b);
    }

    /**
     * The deed one report of a period tells in the passive and the other in the active, when the two name one actor or
     * place ({@link #shareANamedActor}); "" when not so. The label keeps the passive's verb as its head word
     * (引き上げられる), the active's as its own (引き上げる), so they share no word naming the happening: 県は2日、運転席
     * 部分を引き上げた and 大川原市の陥没事故から3か月余りが過ぎた今月2日、ようやく運転席部分が引き上げられた are one
     * lifting ({@link PassiveDeeds} reads the active the passive's clause holds). A day holds many deeds of one verb
     * (verdicts, attacks), so the pair must name one body or place besides: 札幌地裁は…判決を言い渡した beside 殺人事件の
     * 判決は12日、旭川地裁で言い渡された, and 北浜町で男性がクマに襲われ beside 南浜町でクマが牛を襲った, stay apart.
     * A town holds many deeds of one verb too, so the passive's thing and the active's object must agree when both are
     * named ({@link #doneToOneThing}): 静岡市の美術館で絵画が盗まれた beside 静岡市の商店で男が現金を盗んだ stay apart.
     * Subjects, places and objects that conflict keep reports apart as before. Known weakness: a follow-up in the
     * passive naming no body or place of the first stays apart from it.
     */
    static String deedInThePassiveOfTheOther(ResolvedReport a, ResolvedReport b) {
        String active = activeOfAPassiveNamedBy(a, b);
        if (active.isEmpty()) {
            active = activeOfAPassiveNamedBy(b, a);
        }
        return active.isEmpty() || !shareANamedActor(a, b) ? "" : active;
    }

    private static String activeOfAPassiveNamedBy(ResolvedReport passive, ResolvedReport active) {
        for (String h : passive.report().headWords()) {
            String deed = PassiveDeeds.activeOf(h, passive.report().contentWords());
            if (!deed.isEmpty() && aSharedHeadNamesTheHappening(deed) && active.report().headWords().contains(deed)
                    && doneToOneThing(passive, h, active)) {
                return deed;
            }
        }
        return "";
    }

    /**
     * Whether the active's deed is done to the thing the passive tells of, when both name one: the passive's thing is
     * among its head words besides its verb (絵画 of 絵画が盗まれる), the active's is its object (現金 of 男が現金を盗む).
     * 運転席部分が引き上げられる beside 県が…運転席部分を引き上げる (object 部分, a word of the passive's clause) do; 絵画が
     * 盗まれた beside 男が現金を盗んだ, 男性が刺された beside 男が妻を刺した, do not, though one town holds both. A passive
     * naming no thing, or an active naming no object, is not asked.
     */
    private static boolean doneToOneThing(ResolvedReport passive, String passiveHead, ResolvedReport active) {
        String object = active.report().object();
        return object.isEmpty() || passive.report().headWords().stream().allMatch(passiveHead::equals)
                || passive.report().contentWords().contains(object);
    }

    private static boolean thingDoneToByANamedActor(ResolvedReport a, ResolvedReport b) {
        return sameThingDoneTo(a, b) && shareANamedActor(a, b);
    }

    /**
     * Whether two reports share a word naming their happening, as it is or as the end of the other's
     * compound ({@link CompoundHeads}): the +2 the table's "else" rows stand in for.
     */
    private static boolean shareAWordNamingTheHappening(ResolvedReport a, ResolvedReport b) {
        return intersection(a.headIds(), b.headIds()) > 0
                || !CompoundHeads.endingOfOne(a.report().headWords(), b.report().headWords()).isEmpty()
                || namedBeforeAGenericDeed(a, b) != null;
    }

    /**
     * The word naming the happening that one report says before a deed naming nothing ({@link WordsBeforeAGenericDeed}:
     * 勧告 of 勧告を出す, 出場辞退 of 出場辞退の発表) and the other names as a head word, as its end or with its end, or
     * before such a deed too: that word and the other's, null when none. It counts as a shared word naming the
     * happening (+2): 個人情報保護委員会は19日、…勧告を出した and 委員会が…出した7月19日の勧告を… (head 勧告) are one
     * order; 経済産業省は26日、「電力需給ひっ迫注意報」を出した and 先月26日に出た電力需給ひっ迫注意報は… one warning
     * (出す and 出る, the deed told from the body and from the thing); 高校が…出場を辞退すると発表 and 5日の出場辞退の
     * 発表から… one announcement. Not another thing issued that day (注意報 beside 警報, 勧告 beside 命令), nor a court's
     * 決定を出す (決定 is generic), nor where each names a place, body or person among its actors the other does not
     * (北浜市は…避難指示を出した beside 南浜町も…避難指示を出した; 公正取引委員会は…勧告を出した beside 個人情報保護委員会が
     * 南洋商事に出した…勧告: many bodies give out one kind of thing on a day); subjects, places and
     * objects that conflict keep reports apart as before. Known weaknesses: one body's two things of one word on a day (two
     * 勧告) are one when neither names whom it went to; a follow-up naming a bystander body (業界団体が…) beside a first
     * report naming one the follow-up leaves out stays apart; a body not found as an actor (西浜高校による…) keeps nothing
     * apart.
     */
    static NamedBeforeADeed namedBeforeAGenericDeed(ResolvedReport a, ResolvedReport b) {
        NamedBeforeADeed found = namedBeforeAGenericDeedIn(a, b);
        return found != null ? found : namedBeforeAGenericDeedIn(b, a);
    }

    /**
     * A word one report names before a deed that names nothing, and the word the other names it by (the same, a
     * compound ending in it, or its end): 販売 before 開始 beside 販売, 工場火災 before 発生 beside 火災.
     */
    record NamedBeforeADeed(ResolvedReport one, String word, String otherWord) {
        /** What the reason says: the word, the deed it was named before, and the other's word: 販売 (開始) as 販売. */
        String said() {
            return word + " (" + WordsBeforeAGenericDeed.deedAfter(one.report().label(), one.report().headWords(), word) + ") as " + otherWord;
        }
    }

    private static NamedBeforeADeed namedBeforeAGenericDeedIn(ResolvedReport one, ResolvedReport other) {
        for (String word : one.wordsBeforeAGenericDeed()) {
            String otherWord = other.wordsBeforeAGenericDeed().contains(word) ? word : namedBy(word, other);
            if (otherWord.isEmpty() && sameDeedOfTheWordIn(one, word, other)) {
                otherWord = other.report().label();
            }
            if (!otherWord.isEmpty()) {
                // checked once a word is shared: the actors' comparison costs more than the words'
                return twoDoersOrPlacesApart(one, other) || anEndOfAnother(one, other, word)
                        ? null : new NamedBeforeADeed(one, word, otherWord);
            }
        }
        return null;
    }

    /**
     * Whether the other report does, of the word one report names before a generic deed (回収 of 回収発表, 出場辞退 of
     * 出場辞退の発表: {@link WordsBeforeAGenericDeed#isGenericDeed}), that very deed, its label naming the word where a
     * noun of it ends ({@link #namesTheWordAtANounsEnd}): a later writer names an announcement by what was announced,
     * 3月22日の回収発表から4か月半 (head 回収発表), beside the first report 小林製薬は22日、…3製品の自主回収を始めると発表した
     * (label …自主回収開始と発表, heads 発表, 開始). The word is no head of the first (自主回収開始 is not one word of its
     * heads), so the shared word is the word and the deed together. Not a deed naming nothing that gives out or ends
     * (勧告を出す: its thing is the head of the other, as before), not another deed (回収発表 beside …製品の回収を始めた: 開始
     * is no 発表), not the word only in the other's clause (回収発表 beside 小林製薬が…と発表 whose label names no 回収), not
     * the word inside another noun (合格発表 beside …合格基準を見直す方針を発表, 辞任表明 beside …辞任否定と表明). Known
     * weakness: two bodies' recalls announced on one day join a retelling naming no body, whichever it meets first.
     */
    private static boolean sameDeedOfTheWordIn(ResolvedReport one, String word, ResolvedReport other) {
        if (!namesTheWordAtANounsEnd(other.report().label(), word)) {
            return false;
        }
        String deed = WordsBeforeAGenericDeed.deedAfter(one.report().label(), one.report().headWords(), word);
        return WordsBeforeAGenericDeed.isGenericDeed(deed) && other.report().headWords().contains(deed);
    }

    /**
     * Whether a label names a word as the end of one of its nouns, or followed by a deed naming nothing alone:
     * {@code (…自主回収開始と発表, 回収)} → true (開始 names nothing); {@code (…合格基準を見直す方針を発表, 合格)} → false,
     * {@code (…上場廃止と発表, 上場)} → false: the noun after the word names another thing or the opposite deed.
     * Known weakness: a label that keeps the word as the object of another deed (上場を廃止) ends the noun at を and
     * passes; the tagger's labels mostly join the two (上場廃止と発表).
     */
    private static boolean namesTheWordAtANounsEnd(String label, String word) {
        for (int at = label.indexOf(word); at >= 0; at = label.indexOf(word, at + 1)) {
            int end = at + word.length();
            int runEnd = end;
            while (runEnd < label.length() && isNounCharacter(label.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd == end || WordsBeforeAGenericDeed.isGenericDeed(label.substring(end, runEnd))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word one report names before 終える is another happening's end: many things of one kind end on a day
     * (two schools' 卒業式, two lines' 運行), and a school or a line is seldom an actor that keeps them apart. So a pair
     * that shares the word ended stays apart when
     * <ul>
     *   <li>the other report begins a thing ({@link WordsBeforeAGenericDeed#begins}): サッカー女子日本代表は14日、国内合宿を
     *       終えた beside …の合宿が14日、始まった; an end is never a start;</li>
     *   <li>the label of the end names, before the thing, one the other's clause does not say
     *       ({@link #namesOnesTheOtherDoesNot}): 北浜市の第一中学校で卒業式を終える beside 北浜市の第二中学校で…卒業式が
     *       開かれた, whose words (北浜, 中学校) leave out 第一 (the tokenizer keeps no 第一, 東 or 西, so the words alone
     *       cannot tell the schools);</li>
     *   <li>or the clauses do not say much the same besides the places, the word and 終える
     *       ({@link #saidInMuchTheSameWordsBesidesPlacesAnd}: two fifths of the shorter's words).</li>
     * </ul>
     * 北浜小学校では14日に卒業式を終えていた beside 北浜市の北浜小学校で14日、卒業式が開かれ is one ceremony: 北浜 of 北浜小学校
     * is said by the other, which shares 小学校, all the first has besides; 南浜中学校も14日、卒業式を終えた shares nothing
     * but the ceremony. Of the deeds naming nothing only the end asks for it: a body's 勧告 or 避難指示 has its body or
     * place to keep it apart, and those rules stand as measured. Known weakness: a school named by a word the other
     * leaves out though it is the same one (北浜市立北浜小学校 beside 北浜小学校の卒業式) stays apart.
     */
    private static boolean anEndOfAnother(ResolvedReport one, ResolvedReport other, String word) {
        boolean oneEnded = one.wordsEnded().contains(word);
        boolean otherEnded = other.wordsEnded().contains(word);
        if (!oneEnded && !otherEnded) {
            return false;
        }
        return oneEnded && beginsAThing(other) || otherEnded && beginsAThing(one)
                || oneEnded && namesOnesTheOtherDoesNot(one, word, other)
                || otherEnded && namesOnesTheOtherDoesNot(other, word, one)
                || !saidInMuchTheSameWordsBesidesPlacesAnd(one, other, List.of(word, WordsBeforeAGenericDeed.ENDING));
    }

    private static boolean beginsAThing(ResolvedReport r) {
        return r.report().headWords().stream().anyMatch(WordsBeforeAGenericDeed::begins);
    }

    /**
     * Whether the label of a report that ended a thing names, before the thing, one that the other's words, head
     * words and actors do not say: each run of noun characters there (北浜市, 第一中学校, 北浜鉄道, 山吹線) must be the
     * other's words, but for a last character of its kind (市 of 北浜市, 線 of 山吹線, which no clause keeps as a word).
     * 北浜市の第一中学校で卒業式を終える beside words 北浜, 中学校 leaves 第一; 北浜鉄道の山吹線が最後の運行を終える
     * beside 北浜鉄道の桜線で…最後の運行 leaves 山吹線. Read only for a pair that shares a thing ended. Known weakness:
     * a numeral (第一) is no word of a clause, so a second report naming 北浜第一中学校 only in its clause, not its label
     * or head words, is told apart from the first.
     */
    private static boolean namesOnesTheOtherDoesNot(ResolvedReport ended, String word, ResolvedReport other) {
        String label = ended.report().label();
        int before = label.lastIndexOf(word);
        int end = 0;
        while (end < before) {
            while (end < before && !isNounCharacter(label.charAt(end))) {
                end++;
            }
            int start = end;
            while (end < before && isNounCharacter(label.charAt(end))) {
                end++;
            }
            if (end > start && !saidBy(label.substring(start, end), other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a run of noun characters is the report's words, head words or actors, but for a last character. */
    private static boolean saidBy(String run, ResolvedReport r) {
        String unsaid = run;
        for (List<String> words : List.of(r.report().contentWords(), r.report().headWords())) {
            for (String said : words) {
                unsaid = unsaid.replace(said, "");
            }
        }
        for (var mention : r.report().actors()) {
            unsaid = unsaid.replace(mention.surface(), "").replace(mention.name(), "");
        }
        return unsaid.isEmpty() || unsaid.length() == 1 && run.endsWith(unsaid);
    }

    /** The head word of a report that is a word, ends it or is its end ({@link CompoundHeads}); "" when none. */
    private static String namedBy(String word, ResolvedReport other) {
        for (String head : other.report().headWords()) {
            if (head.equals(word) || !CompoundHeads.endingOfOne(List.of(word), List.of(head)).isEmpty()) {
                return head;
            }
        }
        return "";
    }

    /**
     * Whether two reports name one actor or place, whatever its part in each (the subject of one, where
     * the other's happened): 札幌地裁は…言い渡した and …札幌地裁で言い渡された do; two courts, or one court
     * and none, do not.
     */
    private static boolean shareANamedActor(ResolvedReport a, ResolvedReport b) {
        Set<String> named = namedKeys(a);
        return namedKeys(b).stream().anyMatch(named::contains);
    }

    /**
     * The keys of the actors and place a report names, but for a reading in brackets after the thing its
     * deed is done to (買い付け（TOB）を: TOB is the offer, which the tagger may take for an organisation).
     */
    private static Set<String> namedKeys(ResolvedReport r) {
        Set<String> keys = new HashSet<>();
        String object = r.report().object();
        String label = r.report().label();
        r.actors().stream()
                .filter(actor -> object.isEmpty() || !(label.contains(object + "（" + actor.name() + "）")
                        || label.contains(object + "(" + actor.name() + ")")))
                .forEach(actor -> keys.add(actor.key()));
        r.subject().ifPresent(actor -> keys.add(actor.key()));
        r.place().ifPresent(actor -> keys.add(actor.key()));
        return keys;
    }

    /**
     * The points of {@link #points} once the periods are known to be comparable, starting from
     * {@code found} points the caller found besides these rules.
     */
    private static Score rulePoints(ResolvedReport a, ResolvedReport b, double found) {
        return rulePoints(a, b, found, shareAWordNamingTheHappening(a, b));
    }

    /** {@link #rulePoints(ResolvedReport, ResolvedReport, double)} with whether a word naming the happening is shared. */
    private static Score rulePoints(ResolvedReport a, ResolvedReport b, double found, boolean sharedWord) {
        Report ra = a.report();
        Report rb = b.report();
        // the same rules as score(a, b, false), on the reports' sorted id arrays: no set is copied
        double points = found;
        boolean conflict = false;
        int sharedPersons = intersection(a.personIds(), b.personIds());
        if (a.subjectId() >= 0 && b.subjectId() >= 0) {
            if (a.subjectId() == b.subjectId()) {
                points += twoDeedsOfOneDoer(a, b) ? 1 : 3;
                if (contains(a.personIds(), a.subjectId()) && contains(b.personIds(), a.subjectId())) {
                    sharedPersons--;
                }
            } else if (sharedPersons == 0) {
                if (passiveSubjectDoneTo(a, b).isEmpty()) {
                    conflict = true;
                    points -= 3;
                } else {
                    points += 1;
                }
            }
        }
        if (sharedPersons > 0) {
            points += Math.min(2, sharedPersons);
        }
        if (sharedWord) {
            points += 2;
        }
        if (sharedParticipant(a, b) >= 0) {
            points += 1;
        }
        if (!ShortNames.shared(a.shortNames(), rb.headWords(), b.shortNames(), ra.headWords()).isEmpty()) {
            points += 1;
        }
        if (ra.category() == rb.category()) {
            points += 1;
        }
        if (a.placeId() >= 0 && a.placeId() == b.placeId()) {
            points += 1;
        } else if (placesApart(a, b) || oneSpotsHappeningInTwoPlaces(a, b)) {
            conflict = true;
            points -= 3;
        }
        if (differentObjects(a, b) || oneDoneAsWellOfAnother(a, b)) {
            conflict = true;
            points -= 3;
        }
        if (!conflict && points < THRESHOLD && points + 3 >= THRESHOLD) {
            double j = jaccard(a.wordIds(), b.wordIds());
            double overlap = j >= 0.3 ? 3 * j : 0;
            points += overlap < RetoldInFewerWords.POINTS && RetoldInFewerWords.sharedWords(a, b) > 0 ? RetoldInFewerWords.POINTS : overlap;
        }
        return new Score(points, conflict, List.of());
    }

    /**
     * How likely a report of a wider period ({@link WiderPeriods}: 1月, 来春, 昨年末) tells the happening
     * of a report of a day or shorter period inside it. Stricter than reports of one period: a month
     * holds many happenings. Both must be on the timeline, conflict in nothing, name the happening by
     * the same word (+2 too when only one names it as its clause's head and the other says it in two
     * words: {@link #headSaidInTwoWords}) or do their deed to the same thing (+2; 防衛3文書を改定 / 防衛3文書を閣議決定;
     * 判決が言い渡される見通し / 判決を言い渡した, the passive's head being the active's object), or name one
     * person or body in much the same words ({@link #oneNamedDoerInMuchTheSameWords}, +2 too), share more
     * than that (the subject, a named person, the category or the place), and say much the same
     * ({@link #saidInMuchTheSameWords}). Then the points of {@link #points} decide,
     * {@link #THRESHOLD} as there.
     */
    static Score containedPoints(ResolvedReport wide, ResolvedReport fine) {
        if (wide.report().source().isBackground() || fine.report().source().isBackground()
                || wide.mergesWithNothing() || fine.mergesWithNothing()) {
            return NO_MATCH;
        }
        boolean sharedHead = intersection(wide.headIds(), fine.headIds()) > 0;
        if (!sharedHead && headSaidInTwoWords(wide, fine).isEmpty() && !sameThingDoneTo(wide, fine)
                && oneNamedDoerInMuchTheSameWords(wide, fine).isEmpty()) {
            return new Score(0, false, List.of());
        }
        Score rules = rulePoints(wide, fine, sharedHead ? 0 : 2);
        return rules.conflict() || sharesMore(wide, fine)
                && (saidInMuchTheSameWords(wide, fine) || oneNamedPersonsDeedInTheSameWords(wide, fine)) ? rules
                : new Score(0, false, List.of());
    }

    /** Deeds a person does with many partners a month, which the deed and the person do not tell apart. */
    private static final Set<EventCategory> OFTEN_DONE = EnumSet.of(EventCategory.MEETING);

    /**
     * Whether both reports name one person and say much the same up to their deeds ({@link WordsUpToTheDeed}):
     * two fifths of the shorter's words the other's, the clauses after each deed left out. 県警は12日、…
     * 田所健一容疑者を逮捕した and 田所健一被告は昨年5月に逮捕され、公判では起訴内容を認めていた share 田所, 健一
     * and 逮捕 of the month's four words up to 逮捕, where its 公判, 起訴, 内容 and 認める tell the trial. A
     * person named in both is asked for: the words before a deed are few, and 森本浩二被告は昨年5月に逮捕され
     * names someone else's arrest. Not for a meeting: a person meets many in a month, and the partner, not
     * the person and the deed, tells which (大統領は4月下旬、トルコの首相と電話で会談した is no meeting of the
     * 26th with America's leader); a meeting's month joins its day by the whole clauses' words. Known
     * weakness: so may a person's two statements of a month, by those words (大統領は4月下旬、ロシアを批判し、…
     * and 大統領は26日、ロシアを批判した), as before this rule.
     */
    private static boolean oneNamedPersonsDeedInTheSameWords(ResolvedReport wide, ResolvedReport fine) {
        if (intersection(wide.personIds(), fine.personIds()) == 0 || OFTEN_DONE.contains(wide.report().category())
                || OFTEN_DONE.contains(fine.report().category())) {
            return false;
        }
        return twoFifthsShared(WordsUpToTheDeed.of(wide.report()), WordsUpToTheDeed.of(fine.report()));
    }

    /** Whether two fifths of the shorter list of words are in the other: "much the same" of the rules here. */
    private static boolean twoFifthsShared(List<String> a, List<String> b) {
        int shorter = Math.min(a.size(), b.size());
        long shared = a.stream().filter(b::contains).count();
        return shorter > 0 && 5 * shared >= 2L * shorter;
    }

    /**
     * The person or body (not a place) a wider report and a finer one both name, when their clauses say much
     * the same besides their places ({@link #saidInMuchTheSameWordsBesidesPlaces}) though their labels name
     * the happening by different words; "" when not so. A clause that dates a happening by its month often
     * makes it the subject of another deed, and its label is that deed's: ショルツ前首相の連立政権が崩壊したのは
     * 昨年11月で、筆者は…を今も覚えている (label …連立政権が覚える) and 首相は11月6日に…財務相を解任し、3党による
     * 連立政権が崩壊したことから… (label …財務相を解任) share ショルツ and four of the month's eight words besides
     * ベルリン (首相, 連立, 政権, 崩壊); 再審開始は3月に東京高裁が認め… and 東京高裁は13日、再審開始を認めた長野
     * 地裁の決定を支持し… share the court and seven of ten.
     *
     * <p>Not a place named by both (a month's heavy rain in 広島 and 岡山 and a day's warning for 福岡, 広島 and
     * 岡山, both naming 気象庁, share the places, not the deed), not two reports of one sentence
     * ({@link #sameSentence}), not a meeting (a person meets many in a month, as for
     * {@link #oneNamedPersonsDeedInTheSameWords}); and only where exactly one event of the period is so told
     * ({@link WiderPeriods}). Known weakness: one body's two deeds of a month told in much the same words (a
     * court's two rulings in one case) are one when the month holds only one of them as a day.
     */
    static String oneNamedDoerInMuchTheSameWords(ResolvedReport wide, ResolvedReport fine) {
        if (OFTEN_DONE.contains(wide.report().category()) || OFTEN_DONE.contains(fine.report().category())
                || sameSentence(wide, fine)) {
            return "";
        }
        // the doer first: most pairs a wider event looks at name none together, and their words cost more to compare
        String doer = firstDoerOfBoth(wide, fine);
        return doer.isEmpty() || !saidInMuchTheSameWordsBesidesPlaces(wide, fine) ? "" : doer;
    }

    /** The first person or body of {@code wide}'s actors that {@code fine} names too, or "". */
    private static String firstDoerOfBoth(ResolvedReport wide, ResolvedReport fine) {
        for (Actor a : wide.actors()) {
            if (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANISATION) {
                for (Actor b : fine.actors()) {
                    if (a.key().equals(b.key())) {
                        return a.name();
                    }
                }
            }
        }
        return "";
    }

    /**
     * The deed and the thing of one report of a day that another report, without a subject, names among the words
     * of its clause, as "deed thing" ("" when not so): a later article names a happening it goes on to speak of by a
     * clause after its date, and its own predicate says something else. 今週1日に31年ぶりに再開した商業捕鯨の最初の
     * 1週間を、各紙の記事でたどる (head たどる, words 再開, 商業, 捕鯨, …) is 日本は…7月1日、31年ぶりに商業捕鯨を再開した
     * (head 再開, object 捕鯨) told again; 昨年7月10日の決壊の原因を…まとめた (head 原因) the 左岸の堤防が…決壊した
     * (heads 堤防, 決壊). +2, as a shared word naming the happening would: with the category they merge.
     *
     * <p>Both the deed (the head word that ends the named report's label, written in noun characters: a verbal
     * noun, not 続く; no generic word, no participant or person, of two characters or more) and a thing (its
     * object, or another such head word) must be among the clause's words: a deed alone is often another
     * happening of that day (31日の利上げから… beside 日本銀行が追加の利上げを決定 joined another on the blind sets
     * when one word was asked). Not a report with a subject (its sentence tells its own deed:
     * 委員会が…報告書をまとめた), not two reports of one document (a writer names in a clause the happenings of a
     * day he tells apart: one such merge on the blind twelfth was wrong), not two categories (退職した教員向けの
     * 説明会 is a meeting, not the teachers' leaving), not where the two name places apart, nor where each names a place among its actors the other does not
     * (南浜町の町営プールでは… beside 北浜市が…営業を再開). Known weaknesses: another happening of that day and category told by the same deed of the same thing joins
     * the first when what tells them apart is no place the reader knows (10日の東川の堤防の決壊の原因 beside 西川の堤防が
     * 決壊: rivers are no places of the gazetteer), and so does a deed told as still to come (今月1日、市営プールでは営業の
     * 再開を前に、点検が行われた beside the reopening: を前に is not among the clause's words).
     */
    static String deedAndThingNamedInAClause(ResolvedReport a, ResolvedReport b) {
        String named = deedAndThingAmongTheWordsOf(a, b);
        return named.isEmpty() ? deedAndThingAmongTheWordsOf(b, a) : named;
    }

    private static String deedAndThingAmongTheWordsOf(ResolvedReport clause, ResolvedReport named) {
        if (clause.subject().isPresent() || clause.report().category() != named.report().category()
                || intersection(named.headIds(), clause.wordIds()) == 0
                || clause.report().source().documentKey().equals(named.report().source().documentKey())
                || clause.place().isPresent() && named.place().isPresent()
                        && !clause.place().get().key().equals(named.place().get().key())
                || twoPlacesApart(clause, named)) {
            return "";
        }
        List<String> words = clause.report().contentWords();
        List<String> heads = named.report().headWords();
        String deed = "";
        for (String h : heads) {
            if (named.report().label().endsWith(h)) {
                deed = h;
            }
        }
        if (!namesAHappening(deed) || !CompoundHeads.allNouns(deed) || Morphemes.PERSON_NOUNS.contains(deed) || !words.contains(deed)) {
            return "";
        }
        String object = named.report().object();
        if (namesAThingInAWord(object) && !object.equals(deed) && words.contains(object)) {
            return deed + " " + object;
        }
        for (String h : heads) {
            if (!h.equals(deed) && namesAHappening(h) && words.contains(h)) {
                return deed + " " + h;
            }
        }
        return "";
    }

    /**
     * Whether each report names a place among its actors that the other does not (21日、南浜町の町営プールでは…
     * beside 北浜市が市営プールの営業を再開): two places' happenings. A recap naming a port where the other names
     * none (商業捕鯨を再開 beside 釧路港で…再開した商業捕鯨の) is no conflict.
     */
    static boolean twoPlacesApart(ResolvedReport clause, ResolvedReport named) {
        return namesOneTheOtherDoesNot(clause, named, PLACES) && namesOneTheOtherDoesNot(named, clause, PLACES);
    }

    private static final Set<ActorKind> PLACES = EnumSet.of(ActorKind.PLACE);
    private static final Set<ActorKind> PLACES_BODIES_AND_PERSONS = EnumSet.of(ActorKind.PLACE, ActorKind.ORGANISATION, ActorKind.PERSON);

    /**
     * Whether each report names a place, body or person among its actors that the other does not, whatever its part:
     * 公正取引委員会は…北洋物産に対し…勧告を出した beside 個人情報保護委員会が南洋商事に出した…勧告 (a follow-up often
     * names its body without making it the subject, so no subject conflicts). One word a deed gives out, or a word
     * alone, tells no more than its kind then: two bodies' happenings.
     */
    private static boolean twoDoersOrPlacesApart(ResolvedReport one, ResolvedReport other) {
        return namesOneTheOtherDoesNot(one, other, PLACES_BODIES_AND_PERSONS)
                && namesOneTheOtherDoesNot(other, one, PLACES_BODIES_AND_PERSONS);
    }

    static boolean namesOneTheOtherDoesNot(ResolvedReport one, ResolvedReport other, Set<ActorKind> kinds) {
        for (Actor a : one.actors()) {
            if (kinds.contains(a.kind()) && other.actors().stream().noneMatch(b -> b.key().equals(a.key()))) {
                return true;
            }
        }
        return false;
    }

    /** A head word that may name a happening or its thing: two characters or more, not generic, not a participant. */
    static boolean namesAHappening(String word) {
        return word.length() > 1 && !Morphemes.GENERIC_NOUNS.contains(word) && !Morphemes.isParticipant(word, Gazetteer.shared());
    }

    /**
     * Whether a head word two reports share names their happening (+2): {@link #namesAHappening}, and no deed of
     * giving out or ending ({@link WordsBeforeAGenericDeed#namesNothing}: 出す, 終える). A word of one character is the
     * end of a longer one, the kind of a place or thing, not what happened: 北浜市が…区域を指定 and 市が…区域を告示
     * share 市, 卒業式が開かれ and 入学式が開かれ share 式 (heads 式, 卒業式, 開催), two lines' reports 線; a
     * happening of one character (乱, 戦) is seldom told so in the news, which writes 反乱, 内戦.
     */
    static boolean aSharedHeadNamesTheHappening(String head) {
        return namesAHappening(head) && !WordsBeforeAGenericDeed.namesNothing(head);
    }

    /**
     * The person or body (not a place) two reports of one day in two documents both name, neither as a subject,
     * when they are of one category and their clauses say much the same besides their places
     * ({@link #oneNamedDoerInMuchTheSameWords}: two fifths of the shorter's words); "" when not so. A second writer
     * tells the happening a body had in other words and often without a doer: 東雲大学（東雲市）は16日、入学試験の
     * 採点に誤りがあり、受験生8人を追加で合格にしたと発表した (label 東雲大学（東雲市）が受験生8人合格と発表) and
     * 東雲大学（東雲市）で16日午後、入試の採点ミスと追加合格者の発表があった (label 採点ミスと追加合格者の発表) share no
     * word naming it, but the university, the category and six of eight words. +2, as a shared word would, so
     * that with the category it merges; a place, object or country that conflicts still keeps them apart.
     *
     * <p>Not one document's two reports (one writer tells two happenings of a body's day in two sentences), not a
     * report with a subject (a subject says whose deed it is, and the same subject already counts +3; a subject
     * beside a named body is often another doer: the council's consent to the mayor's resignation), not a wider
     * period (a month holds a body's many deeds), not a meeting. Checked last and cheapest first (category,
     * subjects, day, document), so a pair of a day costs a word count only when all these hold. Known weakness:
     * one body's two deeds of one day and category told by two writers in much the same words are one.
     */
    static String oneDoerOfOneKindOfDeedInTwoDocuments(ResolvedReport a, ResolvedReport b) {
        if (a.report().category() != b.report().category() || a.subject().isPresent() || b.subject().isPresent()
                || !a.report().time().start().equals(a.report().time().end())
                || a.report().source().documentKey().equals(b.report().source().documentKey())) {
            return "";
        }
        return oneNamedDoerInMuchTheSameWords(a, b);
    }

    /**
     * The person or body whose deed of a day one report retells by the doer and a deed naming nothing alone, and the
     * other tells ({@link DoerAndDeedAlone}: 気象庁の8日の発表から… / 気象庁は…臨時情報を発表した); "" when not so, or when
     * the two are reports of one sentence. +2, as a shared word would, so that with the category they merge.
     */
    static String doerAndDeedAlone(ResolvedReport a, ResolvedReport b) {
        return sameSentence(a, b) ? "" : DoerAndDeedAlone.of(a, b);
    }

    /**
     * The points of a later article's clause naming the other's happening by its word alone ({@link RetoldByTheHappeningsWord}:
     * 12日に条例案が否決されてから… / …住民投票が行われ、反対多数で否決された): +2, and +1 more when the kinds differ, one
     * of them saying none, so that it merges as one kind would; 0 when not so.
     */
    private static double retoldByTheHappeningsWord(ResolvedReport a, ResolvedReport b) {
        if (RetoldByTheHappeningsWord.word(a, b).isEmpty()) {
            return 0;
        }
        return RetoldByTheHappeningsWord.POINTS + (a.report().category() == b.report().category() ? 0 : 1);
    }

    /**
     * Whether two reports come from one sentence: two reports read from one sentence are two happenings
     * (13日の臨時国会の会期末を前に、週内にも…交代させる方向で調整に入った: the session's end, and the week's
     * preparations), whatever words and actors they share.
     */
    private static boolean sameSentence(ResolvedReport a, ResolvedReport b) {
        return a.report().source().sentence().equals(b.report().source().sentence())
                && a.report().source().documentKey().equals(b.report().source().documentKey());
    }

    /**
     * {@link #saidInMuchTheSameWords} without the words naming a place or country either report names, nor
     * words of one character (県 of 両県, 月, 党): a month's heavy rain in 広島 and 岡山 and a warning for 福岡,
     * 広島 and 岡山, or 広島、岡山両県 twice, share the places, not the deed.
     */
    private static boolean saidInMuchTheSameWordsBesidesPlaces(ResolvedReport a, ResolvedReport b) {
        return saidInMuchTheSameWordsBesidesPlacesAnd(a, b, List.of());
    }

    /** {@link #saidInMuchTheSameWordsBesidesPlaces} without the given words either, nor the words they hold. */
    private static boolean saidInMuchTheSameWordsBesidesPlacesAnd(ResolvedReport a, ResolvedReport b, List<String> more) {
        List<String> places = new ArrayList<>(more);
        for (ResolvedReport each : List.of(a, b)) {
            for (var mention : each.report().actors()) {
                if (mention.kind() == ActorKind.PLACE || mention.kind() == ActorKind.COUNTRY) {
                    places.add(mention.surface());
                    places.add(mention.name());
                }
            }
        }
        return twoFifthsShared(wordsBesides(a, places), wordsBesides(b, places));
    }

    private static List<String> wordsBesides(ResolvedReport r, List<String> places) {
        return r.report().contentWords().stream().filter(w -> w.length() > 1 && places.stream().noneMatch(p -> p.contains(w))).toList();
    }

    /**
     * How likely a report of a day tells the opening or closing ({@link FirstAndLastDays}) of the
     * happening a report of days said as a range tells (G7は19～21日に広島市で首脳会議を開く / 広島で開かれていた
     * 首脳会議は21日、閉幕した): as strict as {@link #containedPoints}, but the range's word naming its
     * happening (a word of its clause's head, or the thing its deed is done to) may be one of the day's
     * words, not its head, which is the opening or closing (閉幕).
     */
    static Score dayOfPeriodPoints(ResolvedReport period, ResolvedReport day) {
        if (period.report().source().isBackground() || day.report().source().isBackground()
                || period.mergesWithNothing() || day.mergesWithNothing()) {
            return NO_MATCH;
        }
        if (intersection(period.headIds(), day.headIds()) == 0 && namedAmongTheDaysWords(period, day).isEmpty()) {
            return new Score(0, false, List.of());
        }
        Score rules = rulePoints(period, day, 2);
        return rules.conflict() || sharesMore(period, day) && saidInMuchTheSameWords(period, day) ? rules
                : new Score(0, false, List.of());
    }

    /**
     * The range's words naming its happening that are among the day's words: its head words that name a happening
     * ({@link #aSharedHeadNamesTheHappening}), else the thing its deed is done to; neither of one character, as a
     * shared head is not (市 of 北浜市 or of 古書市 is the 市 of the day's 市の会館). Empty when none.
     */
    private static List<String> namedAmongTheDaysWords(ResolvedReport period, ResolvedReport day) {
        List<String> words = day.report().contentWords();
        List<String> named = period.report().headWords().stream()
                .filter(h -> aSharedHeadNamesTheHappening(h) && words.contains(h)).toList();
        String object = period.report().object();
        return named.isEmpty() && namesAThingInAWord(object) && words.contains(object) ? List.of(object) : named;
    }

    /** The same, with the reasons in words: first which of the period's days the day report told. */
    static Score dayOfPeriodOf(ResolvedReport period, ResolvedReport day, Texts texts) {
        Score points = dayOfPeriodPoints(period, day);
        List<String> reasons = new ArrayList<>();
        boolean first = day.report().time().start().equals(period.report().time().start());
        reasons.add((first ? "told as its first day " : "told as its last day ") + day.report().time().start());
        if (intersection(period.headIds(), day.headIds()) == 0) {
            reasons.add("same happening " + String.join("/", namedAmongTheDaysWords(period, day)));
        }
        reasons.addAll(score(period, day, true, texts, false).reasons());
        return new Score(points.points(), points.conflict(), reasons);
    }

    /**
     * Whether two fifths or more of the shorter clause's nouns and verbs are the other's: 来春の統一地方選に向け…
     * and 統一地方選は4月に行われる say 統一 and 地方 of three. A word both name is not enough across periods:
     * 年明けには…市中感染が広がる恐れ and 8日には…1759人の感染が確認 share 感染 and a category, and a month's
     * forecast of a spread is no day's count of cases.
     */
    private static boolean saidInMuchTheSameWords(ResolvedReport a, ResolvedReport b) {
        int shorter = Math.min(a.wordIds().length, b.wordIds().length);
        return shorter > 0 && 5 * intersection(a.wordIds(), b.wordIds()) >= 2 * shorter;
    }

    /** The same, with the reasons in words: first that the wider report told it as its period. */
    static Score containedOf(ResolvedReport wide, ResolvedReport fine, Texts texts) {
        Score points = containedPoints(wide, fine);
        Score said = score(wide, fine, true, texts, false);
        List<String> reasons = new ArrayList<>();
        reasons.add("told as the wider period " + texts.period(wide.report().time()));
        if (intersection(wide.headIds(), fine.headIds()) == 0) {
            List<String> inTwoWords = headSaidInTwoWords(wide, fine);
            if (!inTwoWords.isEmpty()) {
                reasons.add("same happening " + String.join("/", inTwoWords));
            }
        }
        String thing = thingDoneTo(wide, fine);
        if (!thing.isEmpty()) {
            reasons.add("same object " + thing);
        }
        if (intersection(wide.headIds(), fine.headIds()) == 0 && headSaidInTwoWords(wide, fine).isEmpty() && thing.isEmpty()) {
            String doer = oneNamedDoerInMuchTheSameWords(wide, fine);
            if (!doer.isEmpty()) {
                reasons.add("same actor " + doer + " in much the same words");
            }
        }
        if (!saidInMuchTheSameWords(wide, fine) && oneNamedPersonsDeedInTheSameWords(wide, fine)) {
            List<String> upToTheDeed = WordsUpToTheDeed.of(wide.report());
            reasons.add("same words up to the deed " + upToTheDeed.get(upToTheDeed.size() - 1));
        }
        reasons.addAll(said.reasons());
        return new Score(points.points(), points.conflict(), reasons);
    }

    /**
     * Whether both deeds are done to the same thing, not to someone named without a name (男を, 容疑者を):
     * the thing one does its deed to (判決を言い渡した) may be what the other's passive is said of
     * (判決が言い渡される見通し), one of its head words.
     */
    private static boolean sameThingDoneTo(ResolvedReport a, ResolvedReport b) {
        return !thingDoneTo(a, b).isEmpty();
    }

    /** The thing both deeds are done to ({@link #sameThingDoneTo}), or "". */
    private static String thingDoneTo(ResolvedReport a, ResolvedReport b) {
        if (sameObject(a, b) || passiveSaidOf(a, b)) {
            return a.report().object();
        }
        return passiveSaidOf(b, a) ? b.report().object() : "";
    }

    /**
     * Whether both deeds are done to one object that names a thing (防衛3文書を改定 / 防衛3文書を閣議決定).
     * The object is the last noun before を only (株式公開買い付け → 買い付け), so when one report says no
     * doer the two must name one actor or place as well: 北光電機は…買い付け（TOB）を始めた and 12日には南海
     * 化学に対する…買い付け（TOB）を終えた are two offers.
     */
    private static boolean sameObject(ResolvedReport a, ResolvedReport b) {
        return a.objectId() >= 0 && a.objectId() == b.objectId() && namesAThing(a.report().object())
                && (a.subjectId() >= 0 && b.subjectId() >= 0 || shareANamedActor(a, b));
    }

    /**
     * Whether the thing an active deed is done to (判決を言い渡した) is what the other report's passive is
     * said of, one of its head words (判決が言い渡される見通し), as decision 0032's addendum has it.
     */
    private static boolean passiveSaidOf(ResolvedReport active, ResolvedReport passive) {
        return active.objectId() >= 0 && contains(passive.headIds(), active.objectId()) && namesAThing(active.report().object())
                && passive.report().headWords().stream().anyMatch(h -> PASSIVE.matcher(h).find());
    }

    /**
     * The thing one report's subject is, told in the passive, that the other report's same deed is done to:
     * 衆院は14日に解散され (label 衆院が解散される, subject 衆院) and 首相は14日に衆院を解散し (object 衆院, head 解散)
     * are one dissolution, the passive's subject the thing dissolved, not a second doer; "" when not so. Both
     * must name the deed by one word, and the active report must name the passive's subject among its actors
     * by the word it does its deed to. Not 北光電機が買収される beside 南海化学が東邦精機を買収 (another thing
     * bought), nor two active deeds (北光電機が提訴 / 南海化学が北光電機を提訴 keep their two doers apart).
     * Known weakness: a label that drops its passive (条例が…可決) is read as active.
     */
    static String passiveSubjectDoneTo(ResolvedReport a, ResolvedReport b) {
        String thing = thingOfPassive(a, b);
        return thing.isEmpty() ? thingOfPassive(b, a) : thing;
    }

    private static String thingOfPassive(ResolvedReport passive, ResolvedReport active) {
        String object = active.report().object();
        // compared for every pair of two subjects: the cheap tests first, the label's ending last
        if (object.isEmpty() || passive.subject().isEmpty() || passive.report().subject().isEmpty()
                || !passive.report().subject().get().surface().equals(object) || intersection(passive.headIds(), active.headIds()) == 0
                || !PASSIVE.matcher(passive.report().label()).find()) {
            return "";
        }
        String key = passive.subject().get().key();
        return active.actors().stream().anyMatch(actor -> actor.key().equals(key)) ? object : "";
    }

    /** A verb in the passive: an a-row kana and れる (言い渡される, 開かれる, 行われる), or られる (決められる). */
    private static final Pattern PASSIVE = Pattern.compile("([さかがたなばまわ]れる|られる)$");

    /**
     * Whether an object ({@link Report#object}) names a thing: not empty, no person named without a
     * name, no word any deed may be done to (方針, 考え: 12月に基本方針を決めた and 2日に建て替えを認める方針を
     * まとめた are not one deed for their 方針).
     */
    /** Whether an object names a thing in more than one character (not the 市 of 古書市, which names none alone). */
    private static boolean namesAThingInAWord(String object) {
        return object.length() > 1 && namesAThing(object);
    }

    static boolean namesAThing(String object) {
        return !object.isEmpty() && !Morphemes.PERSON_NOUNS.contains(object) && !Morphemes.GENERIC_NOUNS.contains(object);
    }

    /**
     * Whether two reports share more than the happening's word: the subject, a named person, the
     * category or the place. Not a participant without a name alone: 首相 holds a month's press
     * conference and announces the next one, both his.
     */
    private static boolean sharesMore(ResolvedReport a, ResolvedReport b) {
        return a.subjectId() >= 0 && a.subjectId() == b.subjectId() || intersection(a.personIds(), b.personIds()) > 0
                || a.report().category() == b.report().category()
                || a.placeId() >= 0 && a.placeId() == b.placeId();
    }

    /**
     * The words naming the happening one clause has as its head that the other says as two nouns in a
     * row (記者会見 / 年末の記者会見で…述べた, where the tokenizer gave 記者 and 会見): the same word, cut.
     */
    private static List<String> headSaidInTwoWords(ResolvedReport a, ResolvedReport b) {
        List<String> found = new ArrayList<>();
        for (ResolvedReport[] pair : List.of(new ResolvedReport[] {a, b}, new ResolvedReport[] {b, a})) {
            List<String> words = pair[1].report().contentWords();
            for (String h : pair[0].report().headWords()) {
                if (!aSharedHeadNamesTheHappening(h) || found.contains(h)) {
                    continue;
                }
                for (int i = 1; i < words.size(); i++) {
                    if (h.length() == words.get(i - 1).length() + words.get(i).length() && h.startsWith(words.get(i - 1))
                            && h.endsWith(words.get(i))) {
                        found.add(h);
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Whether two reports of one subject tell two of its deeds: one names a deed done at once
     * ({@link ConsecutiveDays#namesADeedDoneAtOnce}: 演説, 記者会見, 発射, 逮捕) that the other does not
     * say, the other names its own happening, they share no word naming it, not even said in two words,
     * nor the object the deed is done to, and their categories differ (トランプ氏が演説 / トランプ氏が勝利を確実に:
     * a statement and an election). One doer does many things in a day: the subject then says who, as a
     * person shared does (+1), not what happened. A statement told as what was said in talks
     * (王毅外相が協力強化に意欲を示す / 王毅外相が電話で会談) names no deed done at once, and stays one.
     */
    private static boolean twoDeedsOfOneDoer(ResolvedReport a, ResolvedReport b) {
        return a.headIds().length > 0 && b.headIds().length > 0 && a.report().category() != b.report().category()
                && intersection(a.headIds(), b.headIds()) == 0 && (aDeedTheOtherDoesNotSay(a, b) || aDeedTheOtherDoesNotSay(b, a))
                && !sameObject(a, b) && headSaidInTwoWords(a, b).isEmpty();
    }

    private static boolean aDeedTheOtherDoesNotSay(ResolvedReport deed, ResolvedReport other) {
        for (String h : deed.report().headWords()) {
            if (!Morphemes.GENERIC_NOUNS.contains(h) && ConsecutiveDays.namesADeedDoneAtOnce(h) && !said(other.report(), h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a label says its deed was done as well: も right before the deed that ends it
     * (合弁会社設立も発表, 聴取も検討), as the label keeps it from 〜することも発表した, the も after a noun. Not a
     * doer marked も (首相も出席), which a label does not keep, nor a word holding も (子ども食堂開設, いずれも).
     */
    static boolean doneAsWell(String label) {
        int mo = label.lastIndexOf('も');
        // the も follows a noun (設立も, 三冠王も): after kana it is inside a word (子ども食堂, いずれも)
        if (mo <= 0 || mo == label.length() - 1 || !isNounCharacter(label.charAt(mo - 1))) {
            return false;
        }
        for (int i = mo + 1; i < label.length(); i++) {
            if (!isNounCharacter(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the run of noun characters ending at {@code end} starts (経営統合 of 合併と経営統合: after と). */
    static int nounRunStart(String text, int end) {
        int start = end;
        while (start > 0 && isNounCharacter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** A character a Japanese noun is written in: kanji, katakana, ー. */
    static boolean isNounCharacter(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 'ァ' && c <= 'ヶ' || c == 'ー';
    }

    /**
     * Whether one of two reports says its deed was done as well and the other does not, and no word
     * names the happening of both: 同社は同日、合弁会社を設立することも発表した is another announcement than
     * the results the company announced that day, though both are its announcements of one day.
     */
    private static boolean oneDoneAsWellOfAnother(ResolvedReport a, ResolvedReport b) {
        return a.doneAsWell() != b.doneAsWell() && intersection(a.headIds(), b.headIds()) == 0;
    }

    /** Whether the reports' places lie in two countries (中国 / ロシア, ジュネーブ / ウィーン): two happenings. */
    private static boolean placesApart(ResolvedReport a, ResolvedReport b) {
        return a.placeCountryId() >= 0 && b.placeCountryId() >= 0 && a.placeCountryId() != b.placeCountryId();
    }

    /**
     * Happenings that befall one spot: a fire, an escape, a sinking, a crash, a crime. A building burns in one town, a
     * boat sinks off one coast; two of them on one day are common (the fire brigade of every city goes out daily).
     * Not a quake, a storm or a heat wave, which many places report as one. At most 32: {@link #oneSpotKinds} keeps
     * one bit for each.
     */
    private static final List<String> HAPPENINGS_OF_ONE_SPOT = List.of("火災", "火事", "出火", "放火", "全焼", "脱走",
            "沈没", "転覆", "座礁", "脱線", "衝突", "墜落", "事故", "爆発", "殺害", "強盗", "窃盗");

    static {
        // a 33rd would share the first one's bit (1 << 32 == 1) and join two kinds of happening
        if (HAPPENINGS_OF_ONE_SPOT.size() > Integer.SIZE) {
            throw new IllegalStateException("more happenings of one spot than bits of an int");
        }
    }

    /**
     * Whether two reports tell a happening of one spot ({@link #HAPPENINGS_OF_ONE_SPOT}, as a head word or its end:
     * 衝突事故 ends 事故) and each names first, in the clause that tells it, a place the other names nowhere
     * ({@link ResolvedReport#spots}): two happenings, however alike their words. 北浜市東町の住宅から10日夜出火し、
     * 全焼した beside 南浜町の倉庫で10日夜、火災があった are two fires (both 火災, one in other words);
     * 北浜市の動物園でサルが逃げ出した beside 南浜刑務所で受刑者の脱走があった two escapes. A follow-up naming no place
     * (10日の火災で、北浜署は…) still joins its fire, and so does one whose other place is a clause apart, a victim's
     * address (北浜市で10日夜に起きた火災で、北浜署は13日、死亡したのは南浜町に住む男性と確認した: its clause names 北浜
     * alone). Known weaknesses: a prefecture in one and its town in the other (群馬県 / 湯ノ沢町) are two places to it, so
     * a recap naming the prefecture alone stays apart from the town's report; an address in the very clause of the
     * happening (北浜市の住宅から10日出火し、南浜町に住む男性が死亡) is a spot too. And two fires of one town, or one
     * named by its building alone, still join: a town part the tagger does not read as a place (北浜市東町の住宅 beside
     * 北浜市西町の倉庫, or 東町 read as a body) or a building with no place (市立北浜病院で火災) names no other spot, and
     * the building burnt (住宅 / 倉庫) is not read as the fire's object.
     */
    private static boolean oneSpotsHappeningInTwoPlaces(ResolvedReport a, ResolvedReport b) {
        return (a.oneSpotKinds() & b.oneSpotKinds()) != 0
                && spotNamedNowhereIn(a, b) && spotNamedNowhereIn(b, a);
    }

    private static boolean spotNamedNowhereIn(ResolvedReport one, ResolvedReport other) {
        for (Actor spot : one.spots()) {
            if (other.actors().stream().noneMatch(b -> b.key().equals(spot.key()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The happenings of one spot a report's head words tell, one bit each ({@link #HAPPENINGS_OF_ONE_SPOT}: a head word
     * or its end, 衝突事故 sets 事故's): read once a report, so that a pair is one AND.
     */
    static int oneSpotKinds(List<String> headWords) {
        int kinds = 0;
        for (int k = 0; k < HAPPENINGS_OF_ONE_SPOT.size(); k++) {
            for (String head : headWords) {
                if (head.endsWith(HAPPENINGS_OF_ONE_SPOT.get(k))) {
                    kinds |= 1 << k;
                }
            }
        }
        return kinds;
    }

    /** Whether a report says a word naming its happening, in its label or clause, not only in other words ({@link Paraphrases}). */
    private static boolean said(Report r, String word) {
        if (r.label().contains(word) || r.contentWords().contains(word)) {
            return true;
        }
        // 上告期限 said as 上告 and 期限 in a row
        List<String> words = r.contentWords();
        for (int i = 1; i < words.size(); i++) {
            if (word.equals(words.get(i - 1) + words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Deeds done to two different things or people (地検が男を起訴 / 東京地検が元社長を起訴): both
     * clauses say what their deed is done to, and neither names the other's (補正予算を / 補正予算案を
     * name the same). Two people named without a name (男を起訴 / 容疑者を起訴, 被告を) may be one: the
     * case's suspect is called the man in one sentence and the suspect in the next.
     */
    private static boolean differentObjects(ResolvedReport a, ResolvedReport b) {
        return a.objectId() >= 0 && b.objectId() >= 0 && a.objectId() != b.objectId()
                && !contains(a.wordIds(), b.objectId()) && !contains(b.wordIds(), a.objectId())
                && !(Morphemes.PERSON_NOUNS.contains(a.report().object()) && Morphemes.PERSON_NOUNS.contains(b.report().object()));
    }

    /**
     * A date a count of time or a comparison is measured from (今年も残すところあと1日, 前年比), a
     * figure measured over or at (12月の消費者物価指数, 人口は5月1日現在), or a period that names what a
     * day of its sentence dates (来年の大発会は1月4日に行われる: 来年): it is no happening, and two
     * articles' countdowns, the December prices of two countries, or the years two articles name
     * the same opening of the exchange by, are not one. The happening is its sentence's day's report.
     */
    static boolean mergesWithNothing(Report r) {
        String why = r.source().background();
        return why.equals(BackgroundRules.COUNT_OF_TIME_REASON) || why.equals(BackgroundRules.COMPARISON_BASE)
                || why.equals(BackgroundRules.NAMES_THE_DAY) || FigureDates.isAFiguresDate(why);
    }

    /**
     * A participant named without a name (首相, 男性) in one report and named in the other too, as its
     * participant or among its words (男性が到着 / …到着した男性): the id of the word, else -1.
     */
    private static int sharedParticipant(ResolvedReport a, ResolvedReport b) {
        for (int p : a.participantIds()) {
            if (contains(b.participantIds(), p) || contains(b.wordIds(), p)) {
                return p;
            }
        }
        for (int p : b.participantIds()) {
            if (contains(a.wordIds(), p)) {
                return p;
            }
        }
        return -1;
    }

    /** The shared participant's word ({@link #sharedParticipant}, by the words themselves): only merges explained ask. */
    private static String participantName(ResolvedReport a, ResolvedReport b) {
        Gazetteer gazetteer = Gazetteer.shared();
        for (ResolvedReport[] pair : List.of(new ResolvedReport[] {a, b}, new ResolvedReport[] {b, a})) {
            List<String> other = ResolvedReport.unnamedParticipants(pair[1].report(), gazetteer);
            for (String h : ResolvedReport.unnamedParticipants(pair[0].report(), gazetteer)) {
                if (other.contains(h) || pair[1].report().contentWords().contains(h)) {
                    return h;
                }
            }
        }
        return "";
    }

    private static final Score NO_MATCH = new Score(0, true, List.of());

    /** The number of values two sorted arrays without duplicates share. */
    static int intersection(int[] a, int[] b) {
        int i = 0;
        int k = 0;
        int n = 0;
        while (i < a.length && k < b.length) {
            if (a[i] < b[k]) {
                i++;
            } else if (a[i] > b[k]) {
                k++;
            } else {
                n++;
                i++;
                k++;
            }
        }
        return n;
    }

    private static boolean contains(int[] sorted, int value) {
        return java.util.Arrays.binarySearch(sorted, value) >= 0;
    }

    private static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int inter = intersection(a, b);
        return (double) inter / (a.length + b.length - inter);
    }

    private static Score score(ResolvedReport a, ResolvedReport b, boolean explain, Texts texts) {
        return score(a, b, explain, texts, true);
    }

    /** @param samePeriodAsked whether reports of two periods score nothing (else the caller says how their periods relate) */
    private static Score score(ResolvedReport a, ResolvedReport b, boolean explain, Texts texts, boolean samePeriodAsked) {
        List<String> reasons = explain ? new ArrayList<>() : null;
        Report ra = a.report();
        Report rb = b.report();
        if (samePeriodAsked && !samePeriod(ra.time(), rb.time()) || ra.source().isBackground() != rb.source().isBackground()
                || a.mergesWithNothing() || b.mergesWithNothing()) {
            return new Score(0, true, List.of());
        }
        if (explain && samePeriodAsked) {
            reasons.add(ra.time().start().equals(ra.time().end()) ? "same day " + texts.period(ra.time())
                    : "same period " + texts.period(ra.time()));
        }
        double points = 0;
        boolean thingInstead = samePeriodAsked && thingInsteadOfHead(a, b);
        String passive = samePeriodAsked && !thingInstead && !shareAWordNamingTheHappening(a, b) ? deedInThePassiveOfTheOther(a, b) : "";
        if (thingInstead) {
            points += 2;
            if (explain) {
                reasons.add("same object " + thingDoneTo(a, b));
            }
        } else if (!passive.isEmpty()) {
            points += 2;
            if (explain) {
                reasons.add("same deed " + passive + " (one told in the passive)");
            }
        } else if (samePeriodAsked) {
            String happening = happeningToldOnlyAsOccurred(a, b);
            boolean shared = shareAWordNamingTheHappening(a, b);
            // beside a shared word only, as points reads it
            String alone = shared ? happeningToldByItsWordAlone(a, b) : "";
            String clause = happening.isEmpty() && !shared ? deedAndThingNamedInAClause(a, b) : "";
            String doer = happening.isEmpty() && !shared && clause.isEmpty() ? oneDoerOfOneKindOfDeedInTwoDocuments(a, b) : "";
            String retold = happening.isEmpty() && !shared && clause.isEmpty() && doer.isEmpty() ? doerAndDeedAlone(a, b) : "";
            String word = happening.isEmpty() && !shared && clause.isEmpty() && doer.isEmpty() && retold.isEmpty()
                    ? RetoldByTheHappeningsWord.word(a, b) : "";
            if (!happening.isEmpty()) {
                points += 3;
                if (explain) {
                    reasons.add("same happening said as occurred " + happening);
                }
            } else if (!alone.isEmpty()) {
                points += 1;
                if (explain) {
                    reasons.add("same happening told by its word alone " + alone);
                }
            } else if (!clause.isEmpty()) {
                points += 2;
                if (explain) {
                    reasons.add("same happening named in a clause " + clause);
                }
            } else if (!doer.isEmpty()) {
                points += 2;
                if (explain) {
                    reasons.add("same actor " + doer + " in much the same words");
                }
            } else if (!retold.isEmpty()) {
                points += 2;
                if (explain) {
                    reasons.add("same doer's deed told by the doer alone " + retold);
                }
            } else if (!word.isEmpty()) {
                points += retoldByTheHappeningsWord(a, b);
                if (explain) {
                    reasons.add("same happening retold by its word " + word);
                }
            }
        }
        boolean conflict = false;
        // the id arrays say cheaply whether anything is shared; the sets are built only to name it
        Set<String> sharedPersons = intersection(a.personIds(), b.personIds()) == 0 ? new HashSet<>() : new HashSet<>(a.personKeys());
        sharedPersons.retainAll(b.personKeys());
        if (a.subject().isPresent() && b.subject().isPresent()) {
            Actor sa = a.subject().get();
            Actor sb = b.subject().get();
            if (sa.key().equals(sb.key())) {
                points += twoDeedsOfOneDoer(a, b) ? 1 : 3;
                if (explain) {
                    reasons.add("same subject " + sa.name());
                }
                sharedPersons.remove(sa.key());
            } else if (sharedPersons.isEmpty()) {
                String thing = passiveSubjectDoneTo(a, b);
                if (thing.isEmpty()) {
                    conflict = true;
                    points -= 3;
                } else {
                    points += 1;
                    if (explain) {
                        reasons.add("same object " + thing + " (the subject of the passive)");
                    }
                }
            }
        }
        if (!sharedPersons.isEmpty()) {
            points += Math.min(2, sharedPersons.size());
            if (explain) {
                reasons.add("shared actors " + String.join("/", names(a.actors(), sharedPersons)));
            }
        }
        Set<String> heads = new HashSet<>();
        if (intersection(a.headIds(), b.headIds()) > 0) {
            heads.addAll(ra.headWords());
            heads.retainAll(rb.headWords());
            heads.removeIf(h -> !aSharedHeadNamesTheHappening(h));
        }
        if (!heads.isEmpty()) {
            points += 2;
            if (explain) {
                reasons.add("same happening " + String.join("/", heads.stream().sorted()
                        .map(h -> said(ra, h) && said(rb, h) ? h : h + " (in other words)").toList()));
            }
        } else {
            // 統合 beside 経営統合: the longer word's end names the happening of both
            String end = CompoundHeads.endingOfOne(ra.headWords(), rb.headWords());
            NamedBeforeADeed before = end.isEmpty() ? namedBeforeAGenericDeed(a, b) : null;
            if (!end.isEmpty()) {
                points += 2;
                if (explain) {
                    reasons.add("same happening " + end + " ending " + CompoundHeads.compoundEndingWith(end, ra.headWords(), rb.headWords()));
                }
            } else if (before != null) {
                points += 2;
                if (explain) {
                    reasons.add("same happening named before a generic deed " + before.said());
                }
            }
        }
        String shortName = ShortNames.shared(a.shortNames(), rb.headWords(), b.shortNames(), ra.headWords());
        if (!shortName.isEmpty()) {
            points += 1;
            if (explain) {
                reasons.add("same thing by its short name " + shortName);
            }
        }
        int participant = sharedParticipant(a, b);
        if (participant >= 0) {
            points += 1;
            if (explain) {
                reasons.add("same person " + participantName(a, b));
            }
        }
        if (ra.category() == rb.category()) {
            points += 1;
            if (explain) {
                reasons.add("same category " + ra.category().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (a.place().isPresent() && b.place().isPresent() && a.place().get().key().equals(b.place().get().key())) {
            points += 1;
            if (explain) {
                reasons.add("same place " + a.place().get().name());
            }
        } else if (placesApart(a, b) || oneSpotsHappeningInTwoPlaces(a, b)) {
            conflict = true;
            points -= 3;
        }
        if (differentObjects(a, b) || oneDoneAsWellOfAnother(a, b)) {
            conflict = true;
            points -= 3;
        }
        // the overlap is the costly part: skipped when the rest already decides, unless explaining
        double j = explain || (!conflict && points < THRESHOLD && points + 3 >= THRESHOLD)
                ? jaccard(a.wordIds(), b.wordIds()) : 0;
        // a retelling in fewer words scores in place of the overlap, when more: the same words are not counted twice
        int retold = explain || (!conflict && points < THRESHOLD && points + RetoldInFewerWords.POINTS >= THRESHOLD)
                ? RetoldInFewerWords.sharedWords(a, b) : 0;
        if (retold > 0 && (j < 0.3 || 3 * j < RetoldInFewerWords.POINTS)) {
            points += RetoldInFewerWords.POINTS;
            if (explain) {
                reasons.add(RetoldInFewerWords.said(a, b, retold));
            }
        } else if (j >= 0.3) {
            points += 3 * j;
            if (explain) {
                reasons.add(texts.sharedWords(Math.round(j * 100)));
            }
        }
        return new Score(points, conflict, explain ? reasons : List.of());
    }

    private static List<String> names(List<Actor> actors, Set<String> keys) {
        return actors.stream().filter(x -> keys.contains(x.key())).map(Actor::name).distinct().toList();
    }
}
