package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.PartOfSpeech;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A clause's predicate: the first verb or sahen noun outside quotes that ends a clause, said as a noun (会談した → 会談,
 * 始まりました → 開始), told with its modal (開催する見通し → 開催へ, 広がる恐れ → 拡大の恐れ), read past an occasion of
 * speaking (記者会見し、辞任する意向を表明した → 表明), past a journey (インドネシアを訪れ、…と会談した → 会談, led by the
 * journey), past a win to the title it brought (関東第一を破り、初優勝した → 初優勝) or past a deed to the conclusion it
 * led to (本社を家宅捜索し、幹部を逮捕した → 逮捕, led by the search); a thing formed is a deed
 * (長い列ができた → 列ができる), where できる alone is too empty to be one.
 *
 * <p>Known weakness: a verb of saying is passed over for a deed in the same clause only; a deed told in a later
 * sentence is not looked for.
 */
abstract class ClausePredicates extends ClausePhrases {

    /** Occasions of speaking: what was declared at one is the news, not the occasion (記者会見し、…を表明した). */
    private static final Set<String> OCCASIONS_OF_SPEAKING = Set.of("会見", "演説", "講演");

    /**
     * Journeys (the verb's base form, or the sahen noun): joined to a later deed, they bring the doer to it
     * (韓国を訪れ、…と会談した). 帰国 is none: coming home is the news itself.
     */
    private static final Set<String> JOURNEYS = Set.of("訪れる", "訪問", "来日", "訪日", "訪米", "訪中", "訪韓", "訪朝",
            "訪露", "戻る", "到着", "入国", "来県", "来訪");

    /** Deeds that declare something, whose object is what an occasion of speaking was held to tell. */
    private static final Set<String> DECLARATIONS = Set.of("表明", "宣言", "発表");

    /**
     * Acts of speech a verb names by what they did (the verb's base form, or the sahen noun): said at an occasion of
     * speaking they are the news, told with it (記者会見し「…」と謝罪), where 述べた and 表明した with a quote name nothing.
     */
    static final Set<String> SPEECH_ACTS = Set.of("謝罪", "陳謝", "呼びかける", "呼び掛ける");

    /**
     * Nouns that say how a deed after them is framed, never what an object was made (65歳以上を対象とし、…接種を始めた,
     * 大雨を理由とし、…中止した, 開催を前提とし、…準備を進める).
     */
    private static final Set<String> FRAMES = Set.of("対象", "中心", "前提", "理由", "条件", "基本", "目的", "目標", "参考",
            "念頭", "一環");

    /** Inquiries in progress a suspicion is joined to (疑いがあり、県警が調べている): the suspicion stays the news. */
    private static final Set<String> INQUIRIES = Set.of("調べる", "捜査", "調査", "追う");
    /** The auxiliaries of a deed done before 疑い (盗んだ疑い, 死亡させた疑い). */
    private static final Set<String> PAST_ENDINGS = Set.of("た", "だ");
    /** The causative suffixes (死亡させた疑い, 負傷させた). */
    private static final Set<String> CAUSATIVES = Set.of("せる", "させる");

    ClausePredicates(Gazetteer gazetteer, AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        super(gazetteer, s, clause, date, otherDates);
    }

    /**
     * The first predicate that ends a clause, preferring a deed over a verb of saying.
     *
     * @param any take the first predicate even inside a relative clause (after a modified noun)
     */
    Predicate predicate(int start, boolean any) {
        Predicate reporting = null;
        Predicate framing = null;
        int suspected = suspectedDeed(start);
        for (int j = start; j < to; j++) {
            if (!usable(j) || j < suspected) {
                // 鍵を壊して侵入した疑いがある: the deed suspected is the news, not a deed before it
                continue;
            }
            Token tk = t.get(j);
            Predicate p = null;
            if (daysDeed(j)) {
                continue;
            }
            if (Morphemes.isSahen(tk) && (j + 1 >= to || Morphemes.isSuru(t.get(j + 1))
                    || s.charAfter(j) == '、' || s.charAfter(j) == '。')) {
                int nominalStart = compoundStart(j, start);
                String nominal = text.substring(tokenStart(nominalStart), tk.span().end());
                p = new Predicate(j, nominalStart, endings(j + 1 < to && Morphemes.isSuru(t.get(j + 1)) ? j + 2 : j + 1),
                        nominal, false);
            } else if (Morphemes.isSahen(tk) && j + 2 < to && isParticle(j + 1, "を") && Morphemes.isSuru(t.get(j + 2))
                    && usable(j + 2)) {
                // 上告を棄却する決定をした: a sahen noun done with をする is the deed, told with the clause that describes it
                int nominalStart = Math.min(compoundStart(j, start), relativeStart(compoundStart(j, start), start, 0));
                p = new Predicate(j, nominalStart, endings(j + 3), text.substring(tokenStart(nominalStart), tk.span().end()), false);
            } else if (doneWithSuru(j) || madeSo(j)) {
                // 逆転サヨナラ勝ちした, 相乗りした: a noun written onto する is a deed, as a sahen noun is;
                // 職員を懲戒免職とした, 規定を違憲とした: what the object was made is the deed, its と or に before する
                int nominalStart = compoundStart(j, start);
                int suru = doneWithSuru(j) ? j + 1 : j + 2;
                int told = suru == j + 2 ? madeFrom(nominalStart, start) : nominalStart;
                p = new Predicate(j, told, endings(suru + 1), text.substring(tokenStart(nominalStart), tk.span().end()), false);
            } else if (tk.surface().equals("明らか") && j + 2 < to && Morphemes.isParticle(t.get(j + 1), "に")
                    && Morphemes.isSuru(t.get(j + 2))) {
                p = new Predicate(j, j, endings(j + 3), "公表", false);
            } else if (Morphemes.isVerb(tk) && (!Morphemes.WEAK_VERBS.contains(tk.baseForm()) || formedThing(j))) {
                int count = countBefore(j, start);
                // 計23回開かれた → 計23回開催: a count written onto the verb says how often
                p = new Predicate(j, count, endings(j + 1), text.substring(tokenStart(count), tokenStart(j)) + verbHeadline(j),
                        verbHeadline(j), Morphemes.REPORTING_VERBS.contains(tk.baseForm()));
            }
            if (p == null && j == suspected) {
                // けがをさせた疑い: the noun made to happen, with its を and causative する, is the deed suspected
                p = new Predicate(j, j, endings(j + 3), tk.surface(), false);
            }
            if (p == null || negatedOrPassive(p)) {
                continue;
            }
            if (j == suspected) {
                return new Predicate(p.head(), p.nominalStart(), to,
                        text.substring(tokenStart(p.nominalStart()), tokenEnd(p.end())), p.deed(), false);
            }
            if (Modal.NOUNS.get(p.deed()) == Modal.PLAN && p.end() < to && t.get(p.end()).partOfSpeech().startsWith("助詞-接続助詞")
                    && Set.of("が", "けど", "けれど", "けれども").contains(t.get(p.end()).surface())) {
                // 3日に予定されていたが、…中止された: what became of the plan is the news
                continue;
            }
            Predicate declared = declaredAt(p);
            if (declared != null) {
                return declared;
            }
            Predicate doneThere = doneOnArrival(p);
            if (doneThere != null) {
                return doneThere;
            }
            Predicate act = actNamedAt(p);
            if (act != null) {
                return act;
            }
            Predicate title = titleWon(p);
            if (title != null) {
                return title;
            }
            Predicate concluded = concludedBy(p);
            if (concluded != null) {
                return concluded;
            }
            Predicate modal = withModal(p);
            if (modal != null) {
                // …と述べていて、…抑え込む構えです: the date is the saying's; the plan after it is undated
                return reporting != null ? reporting : modal;
            }
            if (framing(p)) {
                framing = framing == null ? p : framing;
                continue;
            }
            if (any || endsClause(p.end()) || hedged(p.end())) {
                if (any || !p.reporting()) {
                    return p;
                }
                reporting = reporting == null ? p : reporting;
            }
        }
        return reporting != null ? reporting : framing;
    }

    /**
     * The head of the deed a suspicion ending the clause holds (男は現金を盗んだ疑いがある → 盗ん, 逮捕容疑は…を解約し、
     * 着服した疑い。 → 着服), told with it as police news is (男が現金を盗んだ疑い, 逮捕容疑が着服した疑い): a verb, or a sahen
     * noun and する, in the past right before 疑い, perhaps made causative (死亡させた疑い → 死亡, けがをさせた疑い → けが,
     * 偽造させた疑い → 偽造), which ends the sentence or says only that there is one (疑いがある, 疑いがあり、 and an inquiry
     * going on: 県警が調べている); -1 when there is none. Not a suspicion that is a reason (盗んだ疑いで逮捕した,
     * 疑いがあり、県警が逮捕した: the arrest is the news; 火元になった疑いがあるとして提訴した: the suit is), nor a passive
     * or a deed in progress (盗まれた疑い, 盗んでいた疑い). Known weakness: an attempt (盗もうとした疑い) is no deed here, the
     * deed before it told as done (男が現金を盗む).
     */
    private int suspectedDeed(int start) {
        for (int q = Math.max(start, from) + 2; q < to; q++) {
            Token past = t.get(q - 1);
            boolean afterPast = past.partOfSpeech().startsWith("助動詞") && PAST_ENDINGS.contains(past.surface());
            if (!t.get(q).surface().equals("疑い") || !usable(q) || !afterPast || !suspicionEnds(q)) {
                continue;
            }
            int verb = q - 2;
            if (causative(verb) && verb - 1 >= start) {
                // 死亡させた疑い, けがをさせた疑い, 食べさせた疑い: the deed is the verb the causative is written onto
                verb--;
            }
            if (Morphemes.isSuru(t.get(verb)) && verb - 1 >= start && Morphemes.isSahen(t.get(verb - 1))) {
                return verb - 1;
            }
            if (causative(verb + 1) && Morphemes.isSuru(t.get(verb)) && verb - 2 >= start && isParticle(verb - 1, "を")
                    && Morphemes.isNounLike(t.get(verb - 2))) {
                // けがをさせた疑い: the noun made to happen is the deed's
                return verb - 2;
            }
            return t.get(verb).partOfSpeech().startsWith("動詞-自立") && !Morphemes.isSuru(t.get(verb)) ? verb : -1;
        }
        return -1;
    }

    /** Whether token {@code k} is a causative ending (さ|せ, させ: 死亡させた, 殴らせた, 食べさせた). */
    private boolean causative(int k) {
        Token tk = t.get(k);
        return tk.partOfSpeech().startsWith("動詞-接尾") && CAUSATIVES.contains(tk.baseForm());
    }

    /**
     * Whether the suspicion at {@code q} ends its sentence or only says there is one (疑い。, 疑いがある。), or is joined
     * to an inquiry still going on (疑いがあり、会社が調べている): an inquiry is no news of its own. A deed done on the
     * suspicion (疑いがあり、県警が逮捕した, 疑いがあり、国が立ち入り検査した) is the news, as after 疑いで.
     */
    private boolean suspicionEnds(int q) {
        if (q + 1 >= to || s.charAfter(q) == '。') {
            return true;
        }
        int verb = q + 2;
        if (!isParticle(q + 1, "が") || verb >= to || !t.get(verb).baseForm().equals("ある")) {
            return false;
        }
        return verb + 1 >= to || s.charAfter(verb) == '。' || s.charAfter(verb) == '、' && onlyAnInquiryFollows(verb + 1);
    }

    /**
     * Whether the tokens from {@code k} tell only an inquiry in progress before any other deed (会社が調べている, 県警が
     * 捜査している, 警察が行方を追っている), its verb (調べる, 追う) or sahen noun and する followed by て and いる.
     */
    private boolean onlyAnInquiryFollows(int k) {
        for (int j = k; j < to; j++) {
            Token tk = t.get(j);
            int after = Morphemes.isSahen(tk) && j + 1 < to && Morphemes.isSuru(t.get(j + 1)) ? j + 2 : j + 1;
            if (INQUIRIES.contains(tk.baseForm())) {
                return after + 1 < to && isParticle(after, "て") && t.get(after + 1).baseForm().equals("いる");
            }
            if (Morphemes.isVerb(tk) || after == j + 2) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the noun at {@code j} says what its clause's を-object was made, by と or に and する after it (職員を懲戒免職
     * とした → 職員を懲戒免職, 規定を違憲とした → 規定を違憲, 小中学校を臨時休校にした → 小中学校を臨時休校, 男性教諭を
     * 停職6か月の懲戒処分とした → 男性教諭を懲戒処分): a sahen noun or a common noun of two characters or more, or an
     * adjectival noun with と (結果を無効とした). By part of speech, not a counter (3割とした) nor a formal noun
     * (ことにした), which say an amount or a decision of the clause before. None of these keep their reading as before:
     * <ul>
     * <li>no を-object before it: a judgement of a topic (計画は妥当とした, 追加の対策が必要とした), what was judged being
     * the news;</li>
     * <li>a noun a verb modifies (工事を見送る方針とした, 計画を白紙に戻す考えとした): a plan or a view, told with its
     * modal;</li>
     * <li>a modal noun ({@link Modal#NOUNS}) and a frame noun ({@link #FRAMES}: 65歳以上を対象とし, 大雨を理由とし):
     * how the deed after it is framed;</li>
     * <li>a common noun at a joining form (事件を殺人事件とし、捜査本部を設置した): what the object was taken for, the
     * deed coming later, where a sahen or adjectival noun is a deed of its own (判決を破棄とし、, 小学校を休校にし、,
     * 結果を無効とし、);</li>
     * <li>a one-character noun (優勝を手にした, 退陣を口にした, 警備を倍にした): an idiom, the object being the news;</li>
     * <li>an adjectival noun with に, which says what was secured or made possible (過半数を確実にした);</li>
     * <li>a noun after の that is not sahen, which says what the object was counted among (輸出規制の対象にした).</li>
     * </ul>
     * Known weakness: an adjectival noun said so reads as a deed done to the object (規定を違憲), where a headline may
     * add 判断; a common noun that ends its clause is taken for what the object was made (事件を殺人事件とした), and a
     * deed the dictionary calls a common noun is not one at a joining form (3日間を休園とし、 keeps no deed).
     */
    private boolean madeSo(int j) {
        Token noun = t.get(j);
        boolean adjectival = noun.partOfSpeech().startsWith("名詞-形容動詞語幹");
        boolean sahen = Morphemes.isSahen(noun);
        boolean named = (sahen || noun.is(PartOfSpeech.COMMON_NOUN) || adjectival) && noun.surface().length() >= 2
                && !FRAMES.contains(noun.surface()) && !Modal.NOUNS.containsKey(noun.surface());
        boolean madeBy = isParticle(j + 1, "と") || !adjectival && isParticle(j + 1, "に");
        if (!named || !usable(j) || j + 2 >= to || !madeBy || !Morphemes.isSuru(t.get(j + 2)) || !usable(j + 2)) {
            return false;
        }
        int first = compoundStart(j, from);
        Token before = t.get(Math.max(first - 1, 0));
        boolean modified = first > from && (Morphemes.isVerb(before) || Morphemes.isVerbEnding(before));
        boolean counted = first > from && before.is(PartOfSpeech.ATTRIBUTIVE_PARTICLE) && !sahen;
        boolean joining = s.charAfter(j + 2) == '、';
        return !modified && !counted && (sahen || adjectival || !joining) && objectBefore(first);
    }

    /**
     * 男性教諭を停職6か月の懲戒処分とした: where the words of what the object was made begin, past a noun phrase joined
     * by の right after the を-object, so that the object is told with the deed (男性教諭を懲戒処分); else {@code noun}.
     */
    private int madeFrom(int noun, int lowerBound) {
        int described = chunkStart(noun + 1);
        boolean afterNo = noun - 1 > Math.max(lowerBound, from) && t.get(noun - 1).is(PartOfSpeech.ATTRIBUTIVE_PARTICLE);
        return afterNo && described > Math.max(lowerBound, from) && described < noun && isParticle(described - 1, "を")
                ? described : noun;
    }

    /** Whether a を outside quotes marks an object in the clause before token {@code until}. */
    private boolean objectBefore(int until) {
        for (int i = from; i < until; i++) {
            if (isParticle(i, "を") && t.get(i).partOfSpeech().startsWith("助詞-格助詞") && !s.isQuoted(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code j} is できる telling a thing formed (窓口に長い列ができた → 窓口に列ができる, 道路に穴が
     * できた → 道路に穴ができる): a common noun and が before it. Not after a sahen noun, whose できる says a deed could
     * be done (窓口で予約ができた). Known weaknesses: 行列 is a sahen noun to the tokenizer, so 行列ができた is not read;
     * a deed that can be done after a noun that is not sahen is read so too (電子マネーで支払いができる).
     */
    boolean formedThing(int j) {
        return t.get(j).baseForm().equals("できる") && j - 2 >= 0 && isParticle(j - 1, "が")
                && t.get(j - 2).is(PartOfSpeech.COMMON_NOUN) && !Morphemes.isSahen(t.get(j - 2));
    }

    /**
     * Whether the common noun at {@code j} is written onto a する after it, no particle between (勝ちした,
     * 相乗りした): a deed the dictionary does not know as a sahen noun. A number, a formal noun (ことにした)
     * and a noun taken by a particle (首位にした) are none.
     */
    boolean doneWithSuru(int j) {
        Token noun = t.get(j);
        boolean common = noun.is(PartOfSpeech.COMMON_NOUN) || noun.partOfSpeech().startsWith("名詞-接尾-一般");
        return common && j + 1 < to && usable(j + 1) && Morphemes.isSuru(t.get(j + 1))
                && noun.span().end() == t.get(j + 1).span().start();
    }

    /**
     * 首相は28日、官邸で記者会見し、辞任する意向を表明した → 首相が辞任する意向を表明: an occasion of speaking
     * (記者会見, 演説, 講演) joined by a comma to a later declaration of the clause (表明, 宣言, 発表) with what was
     * declared (a を-object: 勝利を宣言; or a reported deed: 引退すると表明) is where the news was told, held
     * (記者会見を開き、) as done (記者会見し、), and the
     * declaration is the news, as a headline says it (decision 0037's addendum of session 24). Null otherwise:
     * a deed of its own after the occasion (記者会見し、攻撃を非難した), a view or plan shown (協議を続ける考えを示した)
     * and a quote said there (「…」と述べた) keep the occasion, as they always did. Known weakness: the list
     * of declarations is closed (意向を示した and 方針を明らかにした keep the occasion).
     */
    Predicate declaredAt(Predicate occasion) {
        if (!isOccasion(occasion) || s.charAfter(occasion.end() - 1) != '、' || occasion.end() >= to) {
            return null;
        }
        Predicate later = predicate(occasion.end(), false);
        if (later == null || !DECLARATIONS.contains(later.deed()) || later.nominalStart() - 1 < occasion.end() || !endsClause(later.end())) {
            return null;
        }
        int marker = later.nominalStart() - 1;
        boolean object = isParticle(marker, "を") && t.get(marker).partOfSpeech().startsWith("助詞-格助詞");
        // isQuoteTo refuses a と after 」: a quote said there (「…」と表明した) is no deed declared
        boolean reported = isQuoteTo(marker);
        return object || reported ? later : null;
    }

    /**
     * 社長は13日、記者会見し、「深くおわびする」と謝罪した → 社長が記者会見し「深くおわびする」と謝罪: an occasion of
     * speaking joined by a comma to a later act of speech its verb names by what it did (謝罪, 陳謝, 呼びかける) is
     * told with that act, as a headline does (社長、会見し謝罪); the occasion alone said only that one was held. Null
     * otherwise: a verb that names no act (「…」と述べた, 「…」と表明した keep the occasion, decision 0037's rule 10),
     * a deed of its own (記者会見し、攻撃を非難した), a later clause with a subject or a date of its own
     * (記者会見し、副社長が謝罪した). An occasion held (記者会見を開き、) is one too (decision 0037's addendum of 2026-12-15).
     * Known weakness: the list of acts is closed (釈明, 反論 keep the occasion), and an occasion said as a noun
     * (会見で謝罪した, コメントを出し) is not read as one.
     */
    Predicate actNamedAt(Predicate occasion) {
        if (!isOccasion(occasion) || occasion.end() >= to || s.charAfter(occasion.end() - 1) != '、') {
            return null;
        }
        Predicate later = predicate(occasion.end(), false);
        if (later == null || !SPEECH_ACTS.contains(later.deed()) && !SPEECH_ACTS.contains(t.get(later.head()).baseForm())
                || !endsClause(later.end()) || later.nominalStart() < occasion.end()) {
            return null;
        }
        if (!sameDoerAndDay(occasion.end(), later.nominalStart(), true)) {
            return null;
        }
        ledBy.put(later, occasion);
        return later;
    }

    /** Whether a predicate is an occasion of speaking, done (記者会見し) or held (記者会見を開き). */
    private boolean isOccasion(Predicate occasion) {
        return OCCASIONS_OF_SPEAKING.stream().anyMatch(occasion.deed()::endsWith) || occasionHeld(occasion.head());
    }

    /**
     * Whether token {@code j} is 開く holding an occasion of speaking as its object: 記者会見を開き、 is an occasion as
     * 記者会見し、 is (社長が記者会見を開き「…」と謝罪).
     */
    private boolean occasionHeld(int j) {
        return t.get(j).baseForm().equals("開く") && j - 2 >= from && isParticle(j - 1, "を")
                && OCCASIONS_OF_SPEAKING.stream().anyMatch(t.get(j - 2).surface()::endsWith);
    }

    /**
     * 日本は米国を3―2で破り、3大会ぶり3度目の優勝を果たした → 日本が3大会ぶり3度目の優勝を果たす: a win (破る, 下す)
     * joined by a comma to a later deed of the same doer and day that names a title (優勝, 日本一, 世界一, 当選, 再選,
     * 連覇, 制覇, 3選: {@link ContestResult#namesATitle}) tells the title, the news a headline says (京都国際が初優勝); whom it beat is how. Null otherwise: a win
     * that ends its clause (米国を破った。), a later deed naming no title (米国を破り、決勝に進んだ), another doer or
     * date. Known weakness: the titles are a closed list (金メダル, 首位 keep the win).
     */
    Predicate titleWon(Predicate win) {
        if (!ContestResult.WINS.contains(t.get(win.head()).baseForm()) || win.end() >= to || s.charAfter(win.end() - 1) != '、') {
            return null;
        }
        Predicate later = predicate(win.end(), false);
        if (later == null || !endsClause(later.end()) || later.nominalStart() < win.end()
                || !sameDoerAndDay(win.end(), later.nominalStart(), false)) {
            return null;
        }
        String told = text.substring(tokenStart(win.end()), tokenEnd(later.head()));
        return ContestResult.namesATitle(told) ? later : null;
    }

    /**
     * Deeds that conclude what a deed before them began (the verb's base form, or the sahen noun): a body's decision or
     * vote, the police's or a court's closing step, an agreement reached, a notice served.
     */
    private static final Set<String> CONCLUSIONS = Set.of("決める", "決定", "決議", "議決", "可決", "否決", "採択", "承認",
            "了承", "逮捕", "起訴", "棄却", "合意", "通告");

    /**
     * 警察は17日、本社を家宅捜索し、幹部5人を逮捕した → 警察が本社を家宅捜索し幹部5人を逮捕: a deed joined by a comma to a
     * later deed of the same doer and day that concludes it (a decision or a vote's result: 決める, 決定, 可決, 否決, 採択,
     * 承認; the police's or a court's closing step: 逮捕, 起訴, 棄却; an agreement or a notice: 合意, 通告) is told by the
     * conclusion, the news a headline says (下院、信任案を否決; 高裁、控訴を棄却), led by the deed before it, how it was
     * reached (信任投票を行い, 一審判決を支持し, 大使を呼び), as a journey leads the deed done on arrival: that part is
     * dropped first when the label is too long ({@link ClauseArguments#leadingPart}). Null otherwise: a first deed that
     * is itself a conclusion (逮捕し、送検した keeps 逮捕), a later deed that concludes nothing (記者会見し、攻撃を非難した,
     * 捜索し、資料を押収した), a later clause with a doer or a date of its own (本会議を開き、議長が…を決めた; 捜索し、18日に
     * 逮捕した), a date of several days (17日と18日に会合を開き、…を決めた: the meeting goes on over them, one happening), a
     * quote between (大使を呼び、「…」と通告した: the words said, as after a journey), and a passive or negated
     * later deed, which {@link #predicate} never takes (審理に出て、訴追された). Known weaknesses: the list of conclusions is
     * closed (送検, 判決を言い渡す keep the deed before them); when both do not fit in 40 characters the deed before is
     * dropped, so a writer who keyed it (家宅捜索) misses it; the category follows the conclusion (首脳会議を開き、…で合意した
     * is an agreement, where its writer filed a meeting).
     */
    Predicate concludedBy(Predicate first) {
        if (concludes(first) || first.end() >= to || s.charAfter(first.end() - 1) != '、' || severalDays()) {
            return null;
        }
        Predicate later = predicate(first.end(), false);
        if (later == null || !concludes(later) || !endsClause(later.end()) || later.nominalStart() < first.end()
                || !sameDoerAndDay(first.end(), later.nominalStart(), false)) {
            return null;
        }
        ledBy.put(later, first);
        return later;
    }

    /**
     * What in a written date names several days: と, 、, ・, ～, 〜 between days, まで, 両日, から or にかけて anywhere
     * (17日から18日にかけて: review rvD, finding 4). Compiled once: {@link #severalDays} is read in the predicate loop.
     */
    private static final Pattern SEVERAL_DAYS = Pattern.compile("[と、・～〜]|まで|両日|から|にかけて");

    /**
     * Whether the date names several days (17日と18日に, 17、18両日, 17日から18日にかけて, 15日から), over which the deed
     * before a conclusion goes on: 日銀は17日と18日に会合を開き、…維持を決めた is a meeting of two days, one happening
     * (ConsecutiveDays), where the decision is one day's.
     */
    private boolean severalDays() {
        return opensAStay() || SEVERAL_DAYS.matcher(text).region(date.start(), date.end()).find();
    }

    /** Whether a predicate's deed is one of {@link #CONCLUSIONS}, by its noun or its verb's base form. */
    private boolean concludes(Predicate p) {
        return CONCLUSIONS.contains(p.deed()) || CONCLUSIONS.contains(t.get(p.head()).baseForm());
    }

    /**
     * 首相は7日、韓国を訪れ、大統領と会談した → 首相が韓国を訪れ大統領と会談: a journey (訪れる, 訪問, 来日, 戻る,
     * 到着…) joined by a comma to a later deed of the same clause brings its doer to where the deed is done, and the
     * deed is the news, told with the journey as a headline does (首相、訪韓し大統領と会談; {@link ClauseArguments#leadingPart}).
     * Null otherwise: a journey that ends its clause (韓国を訪れた。), a later clause with a subject of its own
     * (…を訪れ、大統領が出迎えた) or a date of its own (来日し、18日に会談する), a date the stay lasts from
     * (15日から南米を訪れ、…に出席する: the deed falls on a later day), a later verb of saying (来日し、「…」と語った:
     * the arrival is what is told), and a return home (帰国し、記者会見した: coming home is itself the news).
     * Known weakness: the list of journeys is closed (出向き, 乗り込み keep the journey).
     */
    Predicate doneOnArrival(Predicate journey) {
        if (!JOURNEYS.contains(t.get(journey.head()).baseForm()) || journey.end() >= to
                || s.charAfter(journey.end() - 1) != '、' || opensAStay()) {
            return null;
        }
        Predicate later = predicate(journey.end(), false);
        if (later == null || later.reporting() || !endsClause(later.end()) || later.nominalStart() < journey.end()) {
            return null;
        }
        if (!sameDoerAndDay(journey.end(), later.nominalStart(), false)) {
            return null;
        }
        ledBy.put(later, journey);
        return later;
    }

    /**
     * Whether the words between a journey or occasion and the later deed name no doer of their own (a は or が outside
     * a quote) and no date of their own, so that the deed is the same doer's on the same day.
     *
     * @param quoteAllowed whether a quote may stand there (「…」と謝罪した), or makes the deed a saying (「…」と語った)
     */
    boolean sameDoerAndDay(int from, int until, boolean quoteAllowed) {
        for (int i = from; i < until; i++) {
            boolean quoted = s.isQuoted(t.get(i));
            if (otherDate[i] || quoted && !quoteAllowed || !quoted && isParticle(i, "は", "が")
                    && t.get(i).partOfSpeech().startsWith("助詞-") && !t.get(i).partOfSpeech().startsWith("助詞-接続助詞")) {
                return false;
            }
        }
        return true;
    }

    /**
     * 15日から南米を訪れ、…会議に出席する: a date from which the journey lasts dates the stay, and what is done
     * there falls on a later day of it.
     */
    boolean opensAStay() {
        return text.substring(date.start(), date.end()).endsWith("から") || de < to && isParticle(de, "から");
    }

    /** 現金をだまし取ったとされる, 流出したとみられる: a deed told as what is said or thought, at the clause's end. */
    boolean hedged(int end) {
        if (end + 1 >= to || !isQuoteTo(end) || !t.get(end).partOfSpeech().startsWith("助詞-格助詞-引用")) {
            return false;
        }
        Token verb = t.get(end + 1);
        boolean said = Morphemes.isSuru(verb) || Set.of("みる", "見る").contains(verb.baseForm());
        return said && passiveAt(end + 2) && endsClause(endings(end + 2));
    }

    /** 計23回, 2度: the start of a count written right before the verb at j (no particle between), else j. */
    int countBefore(int j, int lowerBound) {
        int b = j;
        if (b - 1 >= Math.max(lowerBound, from) && usable(b - 1) && t.get(b - 1).partOfSpeech().startsWith("名詞-接尾-助数詞")
                && t.get(b - 1).span().end() == t.get(j).span().start()) {
            b--;
            while (b - 1 >= Math.max(lowerBound, from) && usable(b - 1) && (t.get(b - 1).partOfSpeech().startsWith("名詞-数")
                    || t.get(b - 1).partOfSpeech().startsWith("接頭詞-数接続"))) {
                b--;
            }
        }
        return b < j - 1 ? b : j;
    }

    /** The first predicate that ends a clause, else what a clause ending in a copula, なる or ある states. */
    Predicate predicateOrStatement(int start) {
        Predicate p = predicate(start, false);
        return p != null ? p : statement(start);
    }

    /**
     * 前月の約2倍だった, 年率換算で3.5%増だった, 2万8791円となった, 激しい砲撃があった: a clause that
     * ends in a copula, なる or ある says what something was or that it was; the noun phrase before
     * it is the label's predicate (新規感染者数が前月の約2倍, 北部チェルニヒウで砲撃). Null when none
     * ends the clause or the phrase is a bare formal noun (…するためだ).
     */
    Predicate statement(int start) {
        for (int j = Math.max(start, from + 1); j < to; j++) {
            if (!usable(j)) {
                continue;
            }
            Token tk = t.get(j);
            boolean copula = tk.partOfSpeech().startsWith("助動詞") && Set.of("だ", "です").contains(tk.baseForm())
                    && !tk.surface().equals("な");
            boolean becomes = Morphemes.isVerb(tk) && tk.baseForm().equals("なる") && j - 1 > from
                    && Morphemes.isParticle(t.get(j - 1), "と", "に");
            boolean exists = Morphemes.isVerb(tk) && tk.baseForm().equals("ある") && j - 1 > from
                    && Morphemes.isParticle(t.get(j - 1), "が", "も");
            if (!copula && !becomes && !exists) {
                continue;
            }
            int end = endings(j + 1);
            String risk = becomes ? riskAfter(end) : "";
            if (!risk.isEmpty()) {
                // 大荒れとなる恐れがある: what is feared is the state, headlined 大荒れの恐れ
                end = endings(modalEnd(end) + 1);
                end = end + 1 < to && isParticle(end, "が", "も") && t.get(end + 1).baseForm().equals("ある") ? endings(end + 2) : end;
            }
            if (!endsClause(end) || Morphemes.isNegation(t.get(Math.min(end, to) - 1))) {
                continue;
            }
            int last = copula ? j - 1 : j - 2;
            // 大荒れ: the tokenizer reads a verb's stem after a prefix as the verb
            boolean prefixed = last - 1 >= from && usable(last) && usable(last - 1) && Morphemes.isVerb(t.get(last))
                    && t.get(last - 1).partOfSpeech().startsWith("接頭詞-名詞接続")
                    && t.get(last - 1).span().end() == t.get(last).span().start();
            if (last < from || !usable(last) || !Morphemes.isNounLike(t.get(last)) && !prefixed) {
                continue;
            }
            int c = prefixed ? last - 1 : chunkStart(last + 1);
            if (c > last || Modal.NOUNS.containsKey(text.substring(tokenStart(c), tokenEnd(last)))) {
                continue;
            }
            if (c - 1 >= Math.max(start, from) && usable(c - 1) && (t.get(c - 1).partOfSpeech().startsWith("形容詞-自立")
                    && t.get(c - 1).surface().equals(t.get(c - 1).baseForm()) || t.get(c - 1).partOfSpeech().startsWith("連体詞")) && !t.get(c).partOfSpeech().startsWith("名詞-数")
                    && (c - 2 < from || t.get(c - 2).partOfSpeech().startsWith("助詞") || s.charAfter(c - 2) == '、')) {
                // 激しい砲撃があった: the adjective says what kind (not 1431円高い2万8791円, a figure's own)
                c--;
            }
            Token before = t.get(Math.max(c - 1, 0));
            int described = exists && Morphemes.isIncidentNoun(t.get(last))
                    ? relativeStart(c, start, 0) : c;
            if (described < c && text.substring(tokenStart(described), tokenStart(c)).indexOf('で') < 0) {
                // 福島県沖を震源とする地震があった: the clause says which incident there was (where, without で)
                c = described;
            } else if (c - 1 > start && (Morphemes.isVerb(before) || Morphemes.isVerbEnding(before) && !before.baseForm().equals("だ"))) {
                // …28日に成田空港に到着した男性だった: the date is the relative clause's, and so is the deed
                return predicate(start, true);
            }
            String stated = text.substring(tokenStart(c), phraseEnd(last));
            return new Predicate(last, c, end, risk.isEmpty() ? stated : stated + "の" + risk, stated, false);
        }
        return null;
    }

    /** 恐れ, 可能性: a noun of risk starting at token i, as a headline says it; "" when none. */
    String riskAfter(int i) {
        int last = i < to ? modalEnd(i) : -1;
        if (last < 0) {
            return "";
        }
        String modal = text.substring(tokenStart(i), tokenEnd(last));
        return Modal.NOUNS.get(modal) != Modal.RISK ? "" : modal.equals("おそれ") ? "恐れ" : modal;
    }

    /**
     * 続く見通しだ, 開かれる予定だ, 広がる恐れがある, 来日するとの観測も出ている, 訪米する方向で調整している:
     * a noun of expectation, plan or risk after the verb says how the deed is told, not what was
     * done; the label is the deed with the modal's headline form (開催へ, 拡大の恐れ, 来日との観測,
     * 訪米へ調整; 続く見通し for a verb with no headline noun). Null when no such noun follows the
     * verb and ends the clause (一部区間で運休する可能性があると発表した is an announcement).
     */
    Predicate withModal(Predicate p) {
        int m = p.end();
        boolean quoting = m + 1 < to && Morphemes.isParticle(t.get(m), "と") && Morphemes.isParticle(t.get(m + 1), "の");
        if (quoting) {
            m += 2;
        }
        if (m >= to || s.isQuoted(t.get(m))) {
            return null;
        }
        int last = modalEnd(m);
        if (last < 0) {
            return null;
        }
        String modal = text.substring(tokenStart(m), tokenEnd(last));
        Modal kind = Modal.NOUNS.get(modal);
        if (quoting != (kind == Modal.VIEW) || s.charAfter(p.end() - 1) == '、') {
            return null;
        }
        int end = last + 1;
        String adjust = "";
        if (end + 1 < to && Morphemes.isParticle(t.get(end), "で") && Morphemes.isSahen(t.get(end + 1))
                && (modal.equals("方向") || modal.equals("方針"))) {
            adjust = t.get(end + 1).surface();
            end = endings(end + 2 < to && Morphemes.isSuru(t.get(end + 2)) ? end + 3 : end + 2);
        } else if (end + 1 < to && Morphemes.isParticle(t.get(end), "が", "も")
                && Set.of("ある", "出る", "強まる", "高まる").contains(t.get(end + 1).baseForm())) {
            end = endings(end + 2);
        } else {
            end = endings(end);
        }
        if (!endsClause(end) || (end < to && isQuoteTo(end))) {
            return null;
        }
        Token head = t.get(p.head());
        boolean noun = Morphemes.isSahen(head) || Morphemes.NOMINAL.containsKey(head.baseForm())
                || head.surface().equals("明らか");
        String deed = noun ? p.deed() : verbHeadline(p.head());
        String nominal = switch (kind) {
            case PLAN -> noun ? deed + "へ" + adjust : deed + modal + (adjust.isEmpty() ? "" : "で" + adjust);
            case RISK -> deed + (noun ? "の" : "") + (modal.equals("おそれ") ? "恐れ" : modal);
            case VIEW -> deed + "との" + modal;
        };
        return new Predicate(p.head(), p.nominalStart(), end, nominal, deed, false);
    }

    /**
     * A verb's headline word: its noun (開かれた → 開催), else its base form, passive when it is
     * (出された → 出される, 営まれた → 営まれる: 注意報が出す would say the warning issued something).
     */
    String verbHeadline(int j) {
        Token verb = t.get(j);
        String nominal = Morphemes.NOMINAL.get(verb.baseForm());
        if (nominal != null) {
            return nominal;
        }
        return passiveAt(j + 1) ? verb.surface() + t.get(j + 1).baseForm() : verb.baseForm();
    }

    /**
     * Whether token {@code j} is a sahen noun written onto another date and set off by a comma: 町議選を4月9日告示、14日投開票の
     * 日程で行うと決めた lists days and what is done on each, so 告示 is the 9th's deed, not the deed of the clause's own
     * date (the 8th's decision). Not one with する (9日告示した) or written apart from its date.
     */
    private boolean daysDeed(int j) {
        return j > from && Morphemes.isSahen(t.get(j)) && s.charAfter(j) == '、' && otherDate[j - 1]
                && t.get(j - 1).span().end() == t.get(j).span().start();
    }

    /** 銃撃され, 承認された: a sahen noun told in the passive (された → さ + れ). */
    boolean passiveSahen(Predicate p) {
        return Morphemes.isSahen(t.get(p.head())) && p.head() + 2 < to && Morphemes.isSuru(t.get(p.head() + 1)) && passiveAt(p.head() + 2);
    }

    /**
     * 予算の成立を受けて, 前年に比べ, 今月に入り, 感染拡大に伴い: a verb in its joining form after を or に
     * frames the clause like a particle; it is the predicate only when no other verb follows.
     */
    boolean framing(Predicate p) {
        Token head = t.get(p.head());
        if (!ClauseWords.FRAMING_VERBS.contains(head.baseForm()) || p.head() - 1 < from || !Morphemes.isParticle(t.get(p.head() - 1), "を", "に")) {
            return false;
        }
        boolean joining = p.head() + 1 < to && Morphemes.isParticle(t.get(p.head() + 1), "て")
                || (p.end() == p.head() + 1 && !head.surface().equals(head.baseForm()));
        return joining;
    }

    /** 明らかにされていません, 発表しなかった: what was not done, or what was done to someone, is no headline. */
    boolean negatedOrPassive(Predicate p) {
        for (int i = p.head() + 1; i < p.end(); i++) {
            Token e = t.get(i);
            if (Morphemes.isNegation(e) || (e.is(PartOfSpeech.VERB_SUFFIX)
                    && (e.baseForm().equals("れる") || e.baseForm().equals("られる")) && p.deed().equals("公表"))) {
                return true;
            }
        }
        return false;
    }

    /** 記者会見, 電話会談, 暴徒化: up to two nouns written right before the sahen noun belong to it. */
    int compoundStart(int sahen, int lowerBound) {
        int b = sahen;
        while (b > Math.max(lowerBound, from) && sahen - b < 2 && usable(b - 1) && Morphemes.isNounLike(t.get(b - 1))
                && !t.get(b - 1).is(PartOfSpeech.NUMBER)
                && t.get(b - 1).span().end() == t.get(b).span().start()) {
            b--;
        }
        // 4回発射, 約1割上昇: a counter keeps its number
        if (b < sahen && t.get(b).is(PartOfSpeech.COUNTER)) {
            while (b - 1 > from && usable(b - 1) && (t.get(b - 1).is(PartOfSpeech.NUMBER)
                    || t.get(b - 1).is(PartOfSpeech.NUMBER_PREFIX))) {
                b--;
            }
        }
        return b;
    }
}
