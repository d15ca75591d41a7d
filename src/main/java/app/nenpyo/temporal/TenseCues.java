package app.nenpyo.temporal;

import java.time.LocalDate;

/**
 * Finds the tense of the predicate that a date belongs to, from characters alone: the first cue
 * after the date within its sentence, skipping quotations (「…」) and complement clauses
 * (〜することはない, 〜するよう).
 *
 * <pre>
 *   "…は7日の演説で…命令を出した。"               → PAST   (出した)
 *   "来月4日に行われる北京オリンピック…"          → FUTURE (行われる)
 *   "…は15日に発表する予定だ。"                    → FUTURE (予定)
 *   "首相は28日、訪米へ"                            → FUTURE (へ at the end of a headline)
 *   "10日の会合"                                     → NEUTRAL
 *   "同社は4日、中期経営計画を発表した。"           → PAST   (計画 is a noun here: 計画を, not 計画だ)
 *   "首相は10日、17日に訪米すると表明した。"       → PAST for 10日 (set off by a comma, it dates 表明した),
 *   "首相は金曜日に、4日に開くと発表した。"         → PAST for 金曜日 (に、 sets it off too)
 *                                                      FUTURE for 17日 (it dates 訪米する, the clause quoted)
 *   "同社は6月29日に株主総会を開く。"              → LEANING_FUTURE (開く。 ends the sentence)
 *   "大雪は30日から続く。"                          → NEUTRAL (続く states how things stand; 30日から is a range)
 *   "協議は10日に始まり、その後ウィーンで行う。"    → NEUTRAL (その後: what follows has a time of its own)
 *   "地裁は24日に公判を開き、証人尋問を行う。"      → LEANING_FUTURE (開き is a link of 行う's chain)
 *   "同社は10日の火災を受けて対策を急ぐ。"          → NEUTRAL (10日の: the fire has happened)
 *   "総裁は30日に開く次回の会合での利上げに慎重な考えを示した。" → FUTURE (開く names the meeting)
 * </pre>
 *
 * <p>A date followed by にも with no verb telling it done leans to the future (27日にも再びストを行う可能性が
 * ある: as soon as the 27th); with one (先月27日にも事件があった: also then) the verb decides, and told as done since
 * (27日にも同じ手口の事件が起きている) or ending on a noun (5日にも衝突事故が発生。) it leans nowhere.
 *
 * <p>After a chain's comma and a clause with a time of its own (8月上旬に強化され、同月10日から水圧を下げる
 * 減圧給水も行われた), a verb before its noun is that clause's and no cue for the first date; the chain's
 * last predicate still is (行われた → PAST).
 *
 * <p>A date set off like that skips the verbs of a clause on a noun too (同社は1日、社長が交代する
 * 人事を発表した → PAST). A date written onto a coming occasion leans to the future, weakly, since
 * the occasion is ahead of what the sentence tells (参院選は10日の投開票に向け、終盤戦に入った;
 * 26日からのサミットを前に; but 11年となった3月11日を前に、8日に決めた is a past March). A clause of
 * what is expected (来日するとの見方) is one of what is said. Nouns of plans (予定, 見通し, 計画, 予想,
 * 方向, 意向…) are cues only as the predicate (予定だ, 計画で、, 方向で調整, 見通しとなった, 予定している),
 * not as an object (計画を発表した). A date written like 「Xは10日、」
 * dates the sentence's own predicate, so a clause quoted in it (〜すると, 〜することで) is skipped;
 * any other date (21日に…行うと発表した) belongs to the nearest verb, quoted or not.
 *
 * <p>Known weaknesses: without morphemes, a date before a long relative clause may take that
 * clause's tense rather than the main verb's; cues inside a nested clause can mislead. The
 * resolver only lets the lean weigh candidates, so a wrong cue moves a date only when two
 * readings are about as near to the document date.
 */
final class TenseCues {
    private static final Words FUTURE_WORDS = new Words("目指", "ことになっ", "めど", "へ。", "へ」", "へ\n");
    private static final Words FUTURE_VERBS = new Words("開幕する", "開催する", "開かれる", "行われる", "実施する", "始まる");
    private static final Words FUTURE_NOUNS = new Words("予定", "見通し", "見込み", "方針", "計画", "予想", "期限", "方向", "意向");
    /**
     * What a date written onto a coming occasion is followed by (10日の投開票に向け, 26日からのサミットを
     * 前に): the occasion is ahead of what the sentence tells. Only after a date written onto it
     * with の: 首相は10日、サミットを前に会見した and 市は5日に外出を控えるよう呼びかけた tell when.
     */
    private static final Words AHEAD_OF = new Words("に向け", "を前に", "を控え", "を前にし");
    /**
     * What follows a clause quoted with と: verbs of saying, deciding and expecting (〜すると発表した,
     * 〜すると表明, 〜するとした, 〜するという, 〜するとみられる); other と are conditional (発表されると急落した).
     */
    private static final Words QUOTING = new Words("発表", "表明", "述べ", "明らか", "語", "話", "説明", "強調", "合意", "決め",
            "決定", "報じ", "伝え", "示", "みられ", "見られ", "予想", "判断", "指摘", "主張", "発言", "言", "い", "し", "約束",
            "要請", "求め", "確認", "通告", "警告", "公表", "答え", "見通", "見込", "発令", "宣言", "予告", "の見方", "の観測", "の見通し",
            "の予測", "の情報", "の報道", "の方針", "の考え");
    private static final Words KANA_ADVERBS = new Words("あらためて", "すでに", "それぞれ", "いずれも");
    private static final Words ADVERB_ENDINGS = new Words("めて", "ねて", "に", "で", "く");
    private static final Words NOT_ADVERBS = new Words("同時", "共に", "一緒");
    /** What makes a noun of plans the predicate: 予定だ, 予定です, 予定で、, 予定。, 予定となった, 予定としている, 予定している, 予定されている. */
    private static final Words PREDICATE_AFTER_NOUN = new Words("だ", "です", "で", "。", "と", "している", "しており", "します",
            "する", "\n", "」", "されている", "されており", "されています");
    /**
     * What makes a noun of plans a plan made before (予定していた, 予定された) or told as it was (9日の予定
     * だったが、延期された; 14日に打ち上げる予定だった): its day may have come or not.
     */
    private static final Words PLANNED_BEFORE = new Words("していた", "されていた", "された", "だった", "でした");
    /**
     * Nouns of intention a verb's plain form is said with (行う考え, 開く方針, 退く意向, 結ぶ予定): what
     * is intended is ahead, whatever the tense of the saying (…考えを表明した).
     */
    private static final Words INTENTIONS = new Words("考え", "方針", "意向", "予定", "計画", "方向", "構え");
    /** The last characters of a verb's plain non-past form other than る (行う, 開く, 出す, 結ぶ, 進む, 急ぐ, 死ぬ). */
    private static final String GODAN_ENDINGS = "うくすぶむぐぬ";
    /** The kana a verb's stem ends in before す (減らす, 増やす, 動かす, 延ばす, 落とす, 交わす, 果たす, 逃がす, 起こす, 下ろす). */
    private static final String STEM_KANA_BEFORE_SU = "らやかばとわたがころ";
    /** The kana a verb's stem ends in before う (向かう, 行なう). */
    private static final String STEM_KANA_BEFORE_U = "かな";
    /** Verbs of a kana stem that tell how one lives or what goes with a thing, no deed to come (3月から避難所で暮らすという). */
    private static final Words STATES_OF_A_KANA_STEM = new Words("暮らす", "伴なう");
    /**
     * The kana a verb's negative stem ends in before ない after its kanji (行わない, 出さない, 持たない, 認めない, 受けない,
     * 入れない); not が (問題がない), nor り or き (足りない, できない), which are as often no verb of a deed (足らない
     * passes, as ら ends many deeds' stems: 取らない, 図らない).
     */
    private static final String NEGATIVE_STEM_KANA = "かさたなばまらわけせてねべめれえ";
    /** Verbs that state how things stand rather than what happens (大雪は30日から続く。, 50億円に及ぶ。): no lean. */
    private static final Words STATIVE_VERBS = new Words("続く", "及ぶ", "含む", "除く", "従う", "沿う", "次ぐ", "伴う", "違う",
            "響く", "招く", "呼ぶ", "並ぶ", "住む", "富む", "悩む", "向く", "効く", "働く", "届く", "置く", "浮く");
    /**
     * After the date, what keeps a sentence's plain verb from dating it: a range or a limit (30日から,
     * 28日以前の, 10日まで), or の naming what happened that day (10日の火災を受けて対策を急ぐ。).
     */
    private static final Words UNDATED_BY_THE_VERB = new Words("から", "まで", "以降", "以前", "以来", "より", "以後", "の");
    private static final int MAX_SCOPE = 120;
    /**
     * Nouns a plain verb before them makes an occurrence of (止める場面もあった, 謝罪する一幕があった, 運休する
     * 事態となった): the verb's form says nothing of when, the predicate after the noun does.
     */
    private static final Words OCCURRENCES = new Words("場面", "一幕", "事態", "騒ぎ");
    /** The kana a verb's continuative form ends in (開き, 示し, 行い, 決め, 受け入れ): a chain of predicates goes on after it. */
    private static final String CONTINUATIVE_ENDINGS = "きしちいりみびぎにめけせべれえ";
    /** Words that put what follows at a time of its own: 協議は10日に始まり、その後ウィーンで行う。 */
    private static final Words SEQUENCE_WORDS = new Words("その後", "今後", "続いて", "次いで", "翌日", "翌週", "翌月", "翌年", "来週",
            "来月", "来年", "後日", "将来", "近く", "いずれ", "あす", "明日", "同日", "当日", "来季", "来シーズン", "来年度",
            "来春", "来夏", "来秋", "来冬");

    private TenseCues() {
    }

    /**
     * Whether a time of day ending at {@code from} is told as coming: 午後3時から記者会見を開く。,
     * 午前11時から視察する予定だ。 A から after a time says when it starts, not a range that keeps
     * the verb from dating it, as 30日から続く does a day; a sentence that ends in the past tells a
     * plan as it was (午前9時の予定だった。), no time to come.
     */
    static boolean timeAhead(char[] c, int from, int sentenceEnd) {
        int last = Math.min(sentenceEnd, c.length) - 1;
        while (last > from && "。」』)）\n ".indexOf(c[last]) >= 0) {
            last--;
        }
        if (last <= from || c[last] == 'た') {
            return false;
        }
        Lean lean = after(c, Chars.at(c, from, "から") ? from + 2 : from, sentenceEnd);
        return lean == Lean.FUTURE || lean == Lean.LEANING_FUTURE;
    }

    static Lean after(char[] c, int from, int sentenceEnd) {
        int moving = MovedDays.wordOfMoving(c, from);
        if (moving >= 0) {
            // 総会を6月20日から27日へ変更した: the moving is done, either day may be ahead; 5日から8日に延期すると
            // 発表した: a moving to come puts both ahead
            Lean ofTheMoving = leanAfter(c, moving, sentenceEnd);
            return ofTheMoving == Lean.PAST ? Lean.NEUTRAL : ofTheMoving;
        }
        return leanAfter(c, from, sentenceEnd);
    }

    private static Lean leanAfter(char[] c, int from, int sentenceEnd) {
        int limit = Math.min(Math.min(sentenceEnd, c.length), from + MAX_SCOPE);
        String follows = FOLLOWS.at(c, from);
        if (follows != null) {
            // 値上げは2月と6月に続き今年3回目となる: what it follows came before what the sentence tells, so
            // does not share its coming; 花火大会は10日に続き11日も開かれる: both may still be to come
            Lean rest = after(c, from + follows.length(), sentenceEnd);
            return rest == Lean.FUTURE || rest == Lean.LEANING_FUTURE ? Lean.NEUTRAL : rest;
        }
        if (countedSince(c, from, limit) || goneOnSince(c, from) || doneSince(c, from, limit)) {
            return Lean.PAST;
        }
        if (deadlineOfARequest(c, from, limit)) {
            return Lean.LEANING_FUTURE;
        }
        // 「年度末までに条例を改正したい」と述べた: a date said in a quote has the quote's tense, not the saying's
        int quoteEnd = endOfTheQuoteAround(c, from, limit);
        // a speaker's wish spans the chain of verbs the quote holds (「…改正し、…移りたい」)
        boolean inAQuote = quoteEnd < limit;
        limit = quoteEnd;
        boolean setOff = setOffByAComma(c, from, limit);
        // 10月14日には…議会に届ける機関…国民投票があり: a time made the topic dates the main clause, not the verb of a
        // noun's clause (a verb quoted still does: 2日には…始めると発表した)
        boolean topicThroughNo = namesATopicSetOff(c, from, limit);
        boolean topicalised = Chars.at(c, from, "には") || topicThroughNo;
        // 5日の決勝には、チケットを求めるファンが殺到した: a verb to come passed over in the topic's clause leaves the main
        // clause's past no say either (the final may be ahead): neither way
        boolean passedOverAVerbToCome = false;
        // 20日から31日まで、 is set off as 20日、 is, for what the comma's clause describes
        boolean ledByAComma = setOff || Chars.at(c, from, "まで、") || Chars.at(c, from, "から、");
        // 気象庁の8日の発表から1週間、…水を買い求める客が相次いだ, 8日の会見で、来年度から導入する制度を説明した: a date
        // naming a noun dates no verb describing a noun after the comma that ends its phrase; the predicate does.
        // Known weakness: 20日の決勝で、日本と対戦する相手が決まった, where that verb says the final is ahead, reads past
        // (narrowing the rule to spans counted from the date took a right day from a blind set, session 40)
        boolean onANoun = Chars.at(c, from, "の");
        boolean pastItsComma = false;
        int quote = 0;
        boolean inAClauseOfItsOwnTime = false;
        int ownTimesClause = -1;
        for (int k = from; k < limit; k++) {
            char ch = c[k];
            if (k > from && ch == '、' && quote == 0 && continuative(c, k) && anotherTimeBetween(c, k + 1, clauseEnd(c, k + 1, limit))) {
                // 8月上旬に強化され、同月10日から水圧を下げる減圧給水も行われた: the verb naming 減圧給水 is of the 10th's
                // clause and says nothing of early August; the chain's last predicate still does (行われた)
                inAClauseOfItsOwnTime = true;
                ownTimesClause = k + 1;
            }
            if (ch == '「' || ch == '『') {
                quote++;
                continue;
            }
            if (ch == '」' || ch == '』') {
                quote = Math.max(0, quote - 1);
                continue;
            }
            if (quote > 0) {
                continue;
            }
            if (ch == '、') {
                pastItsComma = true;
            }
            if (FUTURE_WORDS.at(c, k) != null) {
                return Lean.FUTURE;
            }
            if (attachedToAnOccasion(c, from) && AHEAD_OF.at(c, k) != null) {
                // ahead of what the sentence tells, which may itself be days old: only tips the balance
                return Lean.LEANING_FUTURE;
            }
            if (planToldAsItWas(c, k + 1)) {
                if (!(inAClauseOfItsOwnTime && describesANoun(c, k + 1))) {
                    // 14日に打ち上げる予定だったが: the verb names what was planned, no time to come
                    return Lean.NEUTRAL;
                }
                // 24日、会談し、7月24日に開幕する予定だった五輪を延期することで合意した: the plan names the noun of
                // another time's clause; the main clause (合意した) still dates the 24th
            }
            String verb = FUTURE_VERBS.at(c, k);
            if (verb != null && !(setOff && (quoted(c, k + verb.length()) || attributive(c, k + verb.length())))) {
                return Lean.FUTURE;
            }
            String noun = FUTURE_NOUNS.at(c, k);
            String toldBefore = noun != null ? PLANNED_BEFORE.at(c, k + noun.length()) : null;
            if (toldBefore != null) {
                int planEnd = k + noun.length() + toldBefore.length();
                if (!(inAClauseOfItsOwnTime && attributive(c, planEnd))) {
                    // 11日から予定していた訪問を取りやめた: a plan's day, ahead or behind as it was planned
                    return Lean.NEUTRAL;
                }
                // 5日に開催予定だった祭りを: past the plan and its ending, whose だ is no 予定だ
                k = planEnd - 1;
                continue;
            }
            if (noun != null && PREDICATE_AFTER_NOUN.at(c, k + noun.length()) != null
                    && !(setOff && quotedBeforeTheClauseEnds(c, k + noun.length(), limit))) {
                // 1月25日にずれ込み、営業日数は41日にとどまる見込みだ: the plan of a later clause with a topic of its own is
                // that clause's alone, as a verb quoted after another time's clause may be: only a lean, which a date far
                // ahead does not win by; one topic's chain (3日に出発し、25日に帰国する予定だ) is planned whole
                return inAClauseOfItsOwnTime && topicBetween(c, ownTimesClause, k) ? Lean.LEANING_FUTURE : Lean.FUTURE;
            }
            if (!setOff && endsAGodanVerb(c, k) && INTENTIONS.at(c, k + 1) != null
                    && inTheClauseOfTheIntention(c, from, k)) {
                // 16日に党首会談を行う考えを示した: the day of what is intended, not of the saying
                return Lean.FUTURE;
            }
            if (k + 1 == limit && ch == 'へ') {
                return Lean.FUTURE;
            }
            if (!setOff && ch == 'た' && wished(c, k) && (inAQuote || inTheClauseOfTheIntention(c, from, k))) {
                // 改正したい, 移りたい: what is wished for is to come
                return Lean.FUTURE;
            }
            if ((ch == 'た' || ch == 'だ') && isPast(c, k) && !(ledByAComma && attributive(c, k + 1))) {
                // 20日から31日まで、被災した家屋の申請を受け付ける: a past verb describing a noun after the comma is not
                // what the date governs
                return passedOverAVerbToCome ? Lean.NEUTRAL : Lean.PAST;
            }
            if (!setOff && asksWhetherItWillBeDone(c, from, k)) {
                // 19日までに控訴するかどうか検討している: whether it will be done is of a time to come
                return Lean.FUTURE;
            }
            if (!setOff && deniedToCome(c, k) && (INTENTIONS.at(c, k + 1) != null || quoted(c, k + 1)) && theClauseOfARefusal(c, from, k)) {
                // 9月の総裁選に立候補しない考えを表明した: what will not be done is intended as what will
                return Lean.FUTURE;
            }
            if ((ch == 'る' || ch == 'す' && k + 1 < c.length && k > 0 && c[k - 1] == 'ま') && isNonPast(c, k, setOff)) {
                if (!((topicalised || inAClauseOfItsOwnTime || onANoun && pastItsComma) && attributive(c, k + 1))) {
                    // 9月に手術を受けており、来季は打者に専念する: the verb to come is of a later clause with a time and a
                    // topic of its own, and says of September no more than a verb quoted there does
                    boolean anotherTopicsTime = inAClauseOfItsOwnTime && (quoted(c, k + 1) || topicBetween(c, ownTimesClause, k));
                    return anotherTopicsTime ? Lean.LEANING_FUTURE : Lean.FUTURE;
                }
                passedOverAVerbToCome |= topicThroughNo && !inAClauseOfItsOwnTime;
            }
            if (!setOff && endsAGodanVerb(c, k) && quoted(c, k + 1)) {
                // 21日に…行うと発表した; but after a chain's comma and another time's clause the verb quoted may be that
                // time's alone: 2月7日に方針を示し、同月14日に…出すと発表していた (the 7th has passed), where 28日に新庁舎を
                // 開き、その2日後に式典を開くと発表した quotes both: only a lean, which a date far ahead does not win by
                return inAClauseOfItsOwnTime ? Lean.LEANING_FUTURE : Lean.FUTURE;
            }
            if (!setOff && k - from <= 3 && Chars.at(c, from, "に") && namesTheNounAfterIt(c, from + 1, k)) {
                // 30日に開く次回の会合: the plain verb right after the day names the noun, as 開かれる会合 does
                return Lean.FUTURE;
            }
            if (endsTheSentenceInAPlainVerb(c, k) && UNDATED_BY_THE_VERB.at(c, from) == null && inOneClause(c, from, k, setOff)) {
                // 29日に株主総会を開く。
                return Lean.LEANING_FUTURE;
            }
        }
        // 協会は、27日にも再びストを行う可能性があると警告している: にも with no verb telling it done is "as soon as",
        // a time ahead; told done (先月27日にも事件があった) it is "also", and the past verb was found above
        return Chars.at(c, from, "にも") && soonerRatherThanAlso(c, from, limit) ? Lean.LEANING_FUTURE : Lean.NEUTRAL;
    }

    /**
     * Whether the verb ending at {@code k} (a kanji and る or す: 控訴する) asks whether it will be done (かどうか, か否か,
     * かを決め), the date inside the question with no comma between (19日までに控訴するかどうか検討している); not a
     * day set off before it, which dates the asking (首相は2日、続投するか否かを明らかにしなかった), nor ている.
     */
    private static boolean asksWhetherItWillBeDone(char[] c, int from, int k) {
        if (c[k] != 'る' && c[k] != 'す' || k == 0 || !Chars.isKanji(c[k - 1]) && c[k - 1] != 'す' && c[k - 1] != 'ま'
                || !(Chars.at(c, k + 1, "かどうか") || Chars.at(c, k + 1, "か否か") || Chars.at(c, k + 1, "かを決め"))) {
            return false;
        }
        for (int j = from; j < k; j++) {
            if (c[j] == '、' || c[j] == '。') {
                return false;
            }
        }
        return true;
    }

    /** The longest noun phrase a date names as the topic of its sentence (2月15日の雪嶺酒造の蔵開きには、). */
    private static final int TOPIC_PHRASE = 16;

    /**
     * Whether the date names, through の, a noun that is the sentence's topic, set off by a comma: 2月15日の蔵開きには、
     * 1万人を超える人が訪れた dates the main clause (訪れた), as 15日には、 does, not the verb describing a noun after
     * the comma (超える人). Not a date of a noun with a clause of its own (15日の会合で決める, 15日の式典に向けて、).
     */
    private static boolean namesATopicSetOff(char[] c, int from, int limit) {
        if (from >= limit || c[from] != 'の') {
            return false;
        }
        for (int k = from + 1; k < limit && k <= from + TOPIC_PHRASE; k++) {
            if (Chars.at(c, k, "には、") || Chars.at(c, k, "では、") || Chars.at(c, k, "は、")) {
                return true;
            }
            if ("、。「」をがにでとへもやは".indexOf(c[k]) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Whether a noun of plans told as made before or as it was begins at {@code k}: 予定だった, 計画されていた. */
    private static boolean planToldAsItWas(char[] c, int k) {
        // the verb's ending first: one character, where the noun is a lookup at every character of the scan
        if (k >= c.length || "るうくすつぬぶむぐ".indexOf(c[k - 1]) < 0) {
            return false;
        }
        String noun = FUTURE_NOUNS.at(c, k);
        return noun != null && PLANNED_BEFORE.at(c, k + noun.length()) != null;
    }

    /** Whether a noun and は, a topic of its own, lie from {@code from} to {@code to}: 営業日数は. */
    private static boolean topicBetween(char[] c, int from, int to) {
        for (int j = Math.max(from, 1); j < to; j++) {
            if (c[j] == 'は' && Chars.isNounChar(c[j - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the plan told as it was beginning at {@code k} (予定だった五輪, 計画されていた工事) describes the noun after it. */
    private static boolean describesANoun(char[] c, int k) {
        String noun = FUTURE_NOUNS.at(c, k);
        String told = PLANNED_BEFORE.at(c, k + noun.length());
        return attributive(c, k + noun.length() + told.length());
    }

    /**
     * Whether a verb's plain non-past form of the godan kind ({@link #endsAGodanVerb}: 開く, 結ぶ, 行う, 減らす) ends the
     * sentence at {@code k}, with its 。 (not a headline, whose present tense tells the news: 円安が進む), but not a verb
     * of how things stand (続く。, 及ぶ。).
     */
    private static boolean endsTheSentenceInAPlainVerb(char[] c, int k) {
        return endsAGodanVerb(c, k) && k + 1 < c.length && c[k + 1] == '。'
                && STATIVE_VERBS.at(c, Chars.isKanji(c[k - 1]) ? k - 1 : k - 2) == null;
    }

    /**
     * Whether a verb's plain non-past form of the godan kind ends at {@code k}: a kanji and its ending (行う, 開く, 出す,
     * 結ぶ) or a kanji, the kana its stem ends in and the ending (減らす, 延ばす, 落とす, 向かう, 行なう). Known weakness: a
     * noun, a particle and す (休日とする) pass here, and only what must follow (と発表, 考え, 。) keeps them out.
     */
    private static boolean endsAGodanVerb(char[] c, int k) {
        if (k == 0 || GODAN_ENDINGS.indexOf(c[k]) < 0) {
            return false;
        }
        if (Chars.isKanji(c[k - 1])) {
            return true;
        }
        String stemKana = c[k] == 'す' ? STEM_KANA_BEFORE_SU : c[k] == 'う' ? STEM_KANA_BEFORE_U : "";
        return k >= 2 && stemKana.indexOf(c[k - 1]) >= 0 && Chars.isKanji(c[k - 2]) && STATES_OF_A_KANA_STEM.at(c, k - 2) == null;
    }

    /**
     * Whether a verb's plain negative ends at {@code k} (立候補しない, 行わない, 認めない): しない after a kanji noun, or a
     * kanji and a stem's kana before ない. Not an adjective of a kanji and ない (少ない, 危ない), 情けない, nor a lack (問題が
     * ない). Known weakness: a potential form (取れない, 許せない) and a verb of weather or state (降らない, 一致しない) pass
     * here; only the intention or the saying after it (考え, と発表) and {@link #theClauseOfARefusal} keep them out.
     */
    private static boolean deniedToCome(char[] c, int k) {
        if (k < 3 || c[k] != 'い' || c[k - 1] != 'な' || !Chars.isKanji(c[k - 3]) || Chars.at(c, k - 3, "情けない")) {
            return false;
        }
        return c[k - 2] == 'し' || NEGATIVE_STEM_KANA.indexOf(c[k - 2]) >= 0;
    }

    /**
     * Whether the date ending at {@code from} dates the occasion a refusal ending at {@code k} is of: a day or month
     * written onto the occasion with の, which the refusal's verb takes with に, no comma between (9月の総裁選に立候補しない
     * 考え, 9月の総裁選に出馬しないと表明した: the election is ahead). Not a date written onto the refusal itself (首相が
     * 5日に控訴しない方針を表明した: nothing is done on the 5th but the saying), the occasion it was said at (5月の会見で
     * 辞任しない考えを示した), a thing of the past it is about (3月の発言を撤回しない考え, 3月の事件は許せないと話した), nor a
     * date a state runs from (3月から連絡を取らないと話した).
     */
    private static boolean theClauseOfARefusal(char[] c, int from, int k) {
        if (!Chars.at(c, from, "の")) {
            return false;
        }
        boolean takenWithNi = false;
        for (int j = from + 1; j < k; j++) {
            if (c[j] == '、' || c[j] == '，' || c[j] == ',' || c[j] == '「' || c[j] == '。') {
                return false;
            }
            if (!takenWithNi && !Chars.isNounChar(c[j])) {
                if (c[j] != 'に') {
                    return false;
                }
                takenWithNi = true;
            }
        }
        return takenWithNi;
    }

    /**
     * Whether the date and the verb at {@code k} are in one clause: no comma between them but the
     * one that sets the date off and those after a particle (政府は3月に、対策を打ち出す。), and no
     * quotation (15日の会見で「…」と話す。 tells when it was said). A comma after a verb's
     * continuative form goes on in its chain (24日に公判を開き、証人尋問を行う。), unless what follows
     * tells a time of its own: in 協議は10日にジュネーブで始まり、その後ウィーンで行う。 the 10th dates
     * 始まり, which has passed.
     */
    private static boolean inOneClause(char[] c, int from, int k, boolean setOff) {
        boolean first = true;
        for (int j = from; j < k; j++) {
            if (c[j] == '「' || c[j] == '『') {
                return false;
            }
            if (c[j] == '、' || c[j] == '，' || c[j] == ',') {
                boolean allowed = first && setOff || j > 0 && "にはでもが".indexOf(c[j - 1]) >= 0
                        || continuative(c, j) && !anotherTimeBetween(c, j + 1, k);
                if (!allowed) {
                    return false;
                }
                first = false;
            }
        }
        return true;
    }

    /**
     * Whether a verb's continuative form ends before the comma at {@code j}: 開き、, 行い、, 訪問し、,
     * 決め、, 始まり、, 開いて、, and the state a deed left, 受けており、, 臨んでおり、. It has no tense of its own: 24日に公判を開き、証人尋問を行う。 is one
     * chain of predicates whose last gives the tense of all.
     */
    private static boolean continuative(char[] c, int j) {
        if (j < 2) {
            return false;
        }
        char last = c[j - 1];
        if (last == 'り' && j >= 3 && c[j - 2] == 'お' && (c[j - 3] == 'て' || c[j - 3] == 'で')) {
            // 手術を受けており、, 手術に臨んでおり、: a state the deed left, the chain going on after it
            return true;
        }
        if (last == 'て') {
            return Chars.isHiragana(c[j - 2]) || Chars.isKanji(c[j - 2]);
        }
        if (CONTINUATIVE_ENDINGS.indexOf(last) < 0) {
            return false;
        }
        // 開き, 行い; with one kana more of the stem, 始まり, 終わり
        return Chars.isKanji(c[j - 2]) || j >= 3 && Chars.isHiragana(c[j - 2]) && Chars.isKanji(c[j - 3]);
    }

    /**
     * Whether the clause after a continuative form tells a time of its own (その後ウィーンで行う,
     * 来月にも合意する, 25日に判決を言い渡す): then its tense is its own time's, not the date's.
     */
    private static boolean anotherTimeBetween(char[] c, int from, int to) {
        for (int j = from; j < to; j++) {
            if (SEQUENCE_WORDS.at(c, j) != null) {
                return true;
            }
            if (Chars.isDigit(c[j]) && j + 1 < to && "日月年週".indexOf(c[j + 1]) >= 0 || kanjiDayOrMonth(c, j, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first day of a later clause's time counted ahead from now, in a chain after a date (3月に仮設住宅に入居し、
     * 来月には修理が始まる, told on 1 July: 1 August), or null: what the chain tells before it came before that day, so a
     * reading of the earlier date on or after it is not the one meant. 来週 is the next Monday, 来月 the next month's
     * first, 来年度 the next business year's April, 来年 (来年春 …) and 来春 next January's first, 再来年 the one after; 今後, 来季 and a later clause with
     * a day of its own (25日に帰国する) set none.
     */
    static LocalDate laterClauseAheadOfNow(char[] c, int from, int sentenceEnd, LocalDate document) {
        int limit = Math.min(Math.min(sentenceEnd, c.length), from + MAX_SCOPE);
        for (int k = from; k < limit; k++) {
            if (c[k] == '「' || c[k] == '。') {
                return null;
            }
            if (c[k] != '、' || !continuative(c, k)) {
                continue;
            }
            int end = clauseEnd(c, k + 1, limit);
            for (int j = k + 1; j < end; j++) {
                LocalDate bound = firstDayAhead(c, j, document);
                if (bound != null) {
                    return bound;
                }
            }
            return null;
        }
        return null;
    }

    private static LocalDate firstDayAhead(char[] c, int j, LocalDate document) {
        if (Chars.at(c, j, "再来年")) {
            return LocalDate.of(document.getYear() + 2, 1, 1);
        }
        if (j > 0 && (c[j - 1] == '再' || c[j - 1] == '未')) {
            // 再来日, 未来年表: no time counted ahead
            return null;
        }
        if (Chars.at(c, j, "来週")) {
            return document.plusDays(8 - document.getDayOfWeek().getValue());
        }
        if (Chars.at(c, j, "来月")) {
            return document.withDayOfMonth(1).plusMonths(1);
        }
        if (Chars.at(c, j, "来年度")) {
            return LocalDate.of(document.getMonthValue() >= 4 ? document.getYear() + 1 : document.getYear(), 4, 1);
        }
        if (Chars.at(c, j, "来年") || Chars.at(c, j, "来春")) {
            return LocalDate.of(document.getYear() + 1, 1, 1);
        }
        return null;
    }

    /** The units of a time counted since something (公表から1か月半、 開幕から2週間が): 年, か月, 週間, 日. */
    private static final Words COUNTED_UNITS = new Words("か月", "カ月", "ヶ月", "ケ月", "箇月", "週間", "年", "日", "時間");

    /**
     * Whether the date names a thing done that time is counted from (5月16日の報告書の公表から1か月半、声は強まる
     * ばかりだ): it has passed. Only a date written onto a noun (の) that から follows with a count, and the count
     * told gone by (2週間が過ぎ) or the sentence ending on how things stand (ばかりだ, ている, た): 20日の開幕から
     * 2週間、規制が敷かれる and 開幕から1週間で…達する見通しだ count ahead, and 10日から3日間の日程で開く is a stretch.
     */
    private static boolean countedSince(char[] c, int from, int limit) {
        if (!Chars.at(c, from, "の")) {
            return false;
        }
        int k = from + 1;
        while (k < limit && (Chars.isNounChar(c[k]) || c[k] == 'の')) {
            k++;
        }
        if (k == from + 1 || !Chars.at(c, k, "から")) {
            return false;
        }
        int after = endOfACount(c, k + 2, limit);
        if (after < 0) {
            return false;
        }
        if (after < limit && c[after] == 'が') {
            return ELAPSED.at(c, after + 1) != null;
        }
        return after < limit && c[after] == '、' && endsToldAsItStands(c, after, limit);
    }

    /** Adverbs between a verb's てから and the time counted since it: ちょうど2か月, すでに5年, 早くも1年. */
    private static final Words BEFORE_THE_COUNT = new Words("ちょうど", "すでに", "既に", "もう", "早くも", "約", "およそ", "丸");
    /** What says a time counted since a deed has been reached: 2か月になる, 5年を迎えた (as well as {@link #ELAPSED}). */
    private static final Words REACHED = new Words("になる", "になった", "になります", "を迎え");
    /** How far a verb's てから may lie after the date that dates it, in one clause. */
    private static final int DONE_SINCE_SCOPE = 40;

    /**
     * Whether the date dates a deed that time is counted since, to now (1月上旬に徴収を始めてから、ちょうど2か月になる;
     * 2019年に開業してから5年がたった): the deed has passed, whatever the tense of the counting. Only a verb's てから
     * (でから) in the date's clause, no comma or other time between, then a count told reached or gone by, as now;
     * 来月1日に開業してから3日間は無料, 5日に着いてから2日後に会う, 4月、開業してから1年を迎える (the comma sets the
     * date off) and 3月に開業してから1年を迎える来年春に count ahead.
     */
    private static boolean doneSince(char[] c, int from, int limit) {
        int end = Math.min(limit, from + DONE_SINCE_SCOPE);
        for (int k = from; k + 3 < end; k++) {
            if (c[k] == '、' || c[k] == '。' || c[k] == '「' || Chars.isDigit(c[k])) {
                return false;
            }
            if (k > from && (c[k] == 'て' || c[k] == 'で') && c[k + 1] == 'か' && c[k + 2] == 'ら' && Chars.isHiragana(c[k - 1])) {
                return countReachedAt(c, k + 3, limit);
            }
        }
        return false;
    }

    /** Whether a count of time told reached or gone by begins at {@code k}, after a comma and an adverb if any. */
    private static boolean countReachedAt(char[] c, int k, int limit) {
        int n = k < limit && c[k] == '、' ? k + 1 : k;
        String adverb = BEFORE_THE_COUNT.at(c, n);
        int after = endOfACount(c, n + (adverb == null ? 0 : adverb.length()), limit);
        if (after < 0) {
            return false;
        }
        if (Chars.at(c, after, "が")) {
            after++;
        }
        String told = ELAPSED.at(c, after);
        told = told != null ? told : REACHED.at(c, after);
        return told != null && toldAsNow(c, after + told.length());
    }

    /**
     * Whether what follows a count told reached ends its telling there: 2か月になる。, 1年を迎えた, 5年がたったが; not a
     * count reached at a time to come (1年を迎える来年春に, 1年になる時点で).
     */
    private static boolean toldAsNow(char[] c, int k) {
        return k >= c.length || "。、」たが\n".indexOf(c[k]) >= 0 || Chars.at(c, k, "る。") || Chars.at(c, k, "る、")
                || Chars.at(c, k, "ます") || Chars.at(c, k, "てい") || Chars.at(c, k, "った");
    }

    /**
     * Where a count of time starting at {@code k} ends (1か月半, 2週間, 三年: after its unit and 半, if any), or -1 when
     * no count starts there.
     */
    private static int endOfACount(char[] c, int k, int limit) {
        int n = k;
        while (n < limit && (Chars.isDigit(c[n]) || Numerals.isKanjiNumeral(c[n]))) {
            n++;
        }
        String unit = n > k ? COUNTED_UNITS.at(c, n) : null;
        if (unit == null) {
            return -1;
        }
        int after = n + unit.length();
        return Chars.at(c, after, "半") ? after + 1 : after;
    }

    /** What says the time counted has gone by: 2週間が過ぎ, 1か月がたった, 半年が経過. */
    private static final Words ELAPSED = new Words("過ぎ", "経", "たっ", "たち", "たと", "経過");

    /** Sentence endings telling how things stand or have gone: 強まるばかりだ, 続いている, 変わってきた, 決まった. */
    private static final Words AS_IT_STANDS = new Words("ばかりだ", "ている", "ています", "ていた", "てきた", "た");

    /**
     * Whether the sentence from {@code from} ends (at its 。) telling how things stand or have gone, so that a time
     * counted to it has passed (公表から1か月半、声は強まるばかりだ), not what is to come (開幕から2週間、規制が敷かれる).
     */
    private static boolean endsToldAsItStands(char[] c, int from, int limit) {
        int end = from;
        while (end < c.length && c[end] != '。' && c[end] != '\n') {
            end++;
        }
        for (int k = Math.max(from, end - 4); k < end; k++) {
            String w = AS_IT_STANDS.at(c, k);
            if (w != null && k + w.length() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * What may follow a verb of asking for its deadline to lie ahead: the asking told at the end of its sentence or
     * quoted (求めた。, 指示した」, 要請している。, 求めたと); not ていた or たが (求めていたが、期限を過ぎても…).
     */
    private static final Words ASKED_NOW = new Words("した。", "した」", "したと", "た。", "た」", "たと", "している。", "ている。",
            "しています。", "ています。", "る。", "する。");

    /** Verbs of asking that a clause with よう is what is asked (…出すよう求めた, …するよう指示した). */
    private static final Words ASKING = new Words("求め", "要請", "指示", "命じ", "要求", "促し", "勧告", "指導");

    /**
     * Whether the date is the deadline of what is asked (報告書を15日までに出すよう求めた): it lies after the
     * asking, though the asking is told done. Only までに and a clause ending in よう(に) before a verb of asking that
     * ends its sentence or is quoted ({@link #ASKED_NOW}).
     */
    private static boolean deadlineOfARequest(char[] c, int from, int limit) {
        if (!Chars.at(c, from, "までに")) {
            return false;
        }
        for (int k = from + 3; k + 2 < limit && c[k] != '。'; k++) {
            if (Chars.at(c, k, "よう")) {
                int verb = Chars.at(c, k + 2, "に") ? k + 3 : k + 2;
                String asking = ASKING.at(c, verb);
                return asking != null && ASKED_NOW.at(c, verb + asking.length()) != null;
            }
        }
        return false;
    }

    /** What says a state has gone on since the date: 営業停止は7日から続いており (the 7th has passed). */
    private static final Words GONE_ON_SINCE = new Words("から続いて", "から続く中");

    private static boolean goneOnSince(char[] c, int from) {
        return GONE_ON_SINCE.at(c, from) != null;
    }


    /** A digit of a day or month number, in figures or in kanji (14日, 十四日: 十一月五日告示、十日投開票の日程). */
    private static boolean numeral(char ch) {
        return Chars.isDigit(ch) || kanjiDigitOfADay(ch);
    }

    /** A kanji digit a day or month is written with: 〇 to 九 and 十, not 百 or 千 (創立百年). */
    private static boolean kanjiDigitOfADay(char ch) {
        return Numerals.kanjiDigit(ch) >= 0 || ch == '十';
    }

    /**
     * Whether a day or month written in kanji ends at {@code j} (十四日に, 十一月): not a lone 一 (一日も早く), a
     * place (四日市, 十日町) nor a word going on (二日酔い, 三日月).
     */
    private static boolean kanjiDayOrMonth(char[] c, int j, int from, int to) {
        if (!kanjiDigitOfADay(c[j]) || j + 1 >= to || "日月".indexOf(c[j + 1]) < 0) {
            return false;
        }
        boolean loneOne = c[j] == '一' && (j == from || !kanjiDigitOfADay(c[j - 1]));
        char after = j + 2 < c.length ? c[j + 2] : '。';
        return !loneOne && "市町酔月".indexOf(after) < 0;
    }

    /** Where the clause from {@code from} ends: its next comma or 。, or {@code limit}. */
    private static int clauseEnd(char[] c, int from, int limit) {
        for (int j = from; j < limit; j++) {
            if (c[j] == '、' || c[j] == '。') {
                return j;
            }
        }
        return limit;
    }

    /**
     * Whether the date is followed by a comma, after the parts of the day and a bracket that
     * belong to it (10日、 10日午後、 10日夜（日本時間11日朝）、): the news lead's 「Xは10日、…した」.
     */
    private static boolean setOffByAComma(char[] c, int from, int limit) {
        int k = from;
        while (k < limit && (Chars.isKanji(c[k]) || Chars.isKatakana(c[k]))) {
            k++;
        }
        boolean happeningNamed = happening(c, from, k);
        if (k < limit && (c[k] == '（' || c[k] == '(')) {
            happeningNamed = false;
            char close = c[k] == '（' ? '）' : ')';
            while (k < limit && c[k] != close) {
                k++;
            }
            k++;
        }
        // a date inside the bracket: 1日（日本時間2日）、
        while (k < limit && (c[k] == '）' || c[k] == ')')) {
            k++;
        }
        // 金曜日に、 and 10日には、 set a lead's date off as well as 10日、
        if (Chars.at(c, k, "には")) {
            k += 2;
        } else if (k < limit && c[k] == 'に') {
            k++;
        }
        boolean comma = k < limit && (c[k] == '、' || c[k] == '，' || c[k] == ',');
        // 4月9日告示、14日投開票の日程: days listed with what happens on each, not a lead's date (3日午後、4日から is one)
        return comma && !(happeningNamed && happeningOfTheNextDay(c, k + 1, limit));
    }

    /** Parts of the day a lead's date may carry before its comma (3日夜、): no happening of a list. */
    private static final Words DAY_PARTS = new Words("午前", "午後", "正午", "未明", "早朝", "深夜", "夕方", "明け方", "夜明け", "昼前",
            "昼過ぎ", "日中", "朝", "昼", "夕", "夜", "付");

    /** Whether the kanji or katakana from {@code from} to {@code to} name a happening (告示, 投開票), not a part of the day. */
    private static boolean happening(char[] c, int from, int to) {
        String part = DAY_PARTS.at(c, from);
        return to > from && (part == null || from + part.length() < to);
    }

    /** Whether a day follows at {@code at} with the happening of its own (14日投開票, 同14日投開票), as a list of days goes on. */
    private static boolean happeningOfTheNextDay(char[] c, int at, int limit) {
        int k = at < limit && c[at] == '同' ? at + 1 : at;
        int digits = k;
        while (k < limit && numeral(c[k])) {
            k++;
        }
        if (k == digits || k >= limit || c[k] != '日') {
            return false;
        }
        int noun = k + 1;
        int end = noun;
        while (end < limit && (Chars.isKanji(c[end]) || Chars.isKatakana(c[end]))) {
            end++;
        }
        return happening(c, noun, end);
    }

    /**
     * Where the quote {@code from} lies in closes (its 」 or 』), or {@code limit} when it lies in none:
     * a quote opened since the sentence began (the last 。 or blank line before it) and not closed
     * before {@code from}.
     */
    private static int endOfTheQuoteAround(char[] c, int from, int limit) {
        int open = 0;
        for (int k = from - 1; k >= Math.max(0, from - MAX_SCOPE * 4) && c[k] != '。' && !(c[k] == '\n' && k > 0 && c[k - 1] == '\n'); k--) {
            if (c[k] == '」' || c[k] == '』') {
                open--;
            } else if (c[k] == '「' || c[k] == '『') {
                open++;
            }
        }
        if (open <= 0) {
            return limit;
        }
        int depth = 0;
        for (int k = from; k < limit; k++) {
            if (c[k] == '「' || c[k] == '『') {
                depth++;
            } else if ((c[k] == '」' || c[k] == '』') && depth-- == 0) {
                return k;
            }
        }
        return limit;
    }

    /**
     * Whether what goes on from {@code k} is quoted before its clause ends (…方向で調整していると報じた): a plan
     * reported, whose coming is not that of the saying a date set off by a comma dates.
     */
    private static boolean quotedBeforeTheClauseEnds(char[] c, int k, int limit) {
        for (int j = k; j < Math.min(limit, k + 20) && "、。「」".indexOf(c[j]) < 0; j++) {
            if (quoted(c, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date followed by にも, with no verb after it telling it done, is "as soon as" (ahead), not "also":
     * its own clause, up to a quoting と, a comma or the sentence's end, ends on a verb (27日にも再びストを行う可能性
     * がある, 12日にも決議案を提出する, 27日にも踏み切る可能性があり、), not in ている or でいる (27日にも同じ手口の
     * 事件が起きている: done, and so since) nor on a noun (5日にも衝突事故が発生。: told done in a headline's way).
     */
    private static boolean soonerRatherThanAlso(char[] c, int from, int limit) {
        int end = from + 2;
        while (end < limit && c[end] != '、' && c[end] != '。' && c[end] != '\n' && !quoted(c, end)) {
            if (Chars.at(c, end, "ている") || Chars.at(c, end, "でいる")) {
                return false;
            }
            end++;
        }
        return end - 1 > from + 2 && Chars.isHiragana(c[end - 1]);
    }

    /**
     * Whether a verb ending before {@code k} is quoted or made a noun: 〜すると発表した,
     * 〜することで; not 〜するとともに, 〜すると、 or 〜されると急落した (when it did), nor
     * 〜することはない (it will not).
     */
    private static boolean quoted(char[] c, int k) {
        if (Chars.at(c, k, "こと")) {
            return !Chars.at(c, k + 2, "はな");
        }
        return Chars.at(c, k, "と") && QUOTING.at(c, afterAnAdverb(c, k + 1)) != null;
    }

    /**
     * Where the verb of saying begins after an adverb that may come between it and と (〜すると改めて
     * 確認した, 〜すると正式に発表した, 〜すると強く求めた, 〜すると書面で通告した): a run of one to three
     * kanji and に, で, く, めて or ねて; not 同時に or 共に, which join rather than quote.
     */
    private static int afterAnAdverb(char[] c, int k) {
        String kana = KANA_ADVERBS.at(c, k);
        if (kana != null) {
            return k + kana.length();
        }
        int j = k;
        while (j < c.length && j - k < 3 && Chars.isKanji(c[j])) {
            j++;
        }
        if (j == k || NOT_ADVERBS.at(c, k) != null) {
            return k;
        }
        String ending = ADVERB_ENDINGS.at(c, j);
        return ending == null ? k : j + ending.length();
    }

    /**
     * Whether the date ending at {@code from} dates the verb of an intention at {@code k} (16日に党首会談を
     * 行う考え): no comma between them, so no clause of its own (8日に国会内で会談し、…急ぐ方針を確認した:
     * the meeting is done), and no occasion named with の (8日の協議で、…急ぐ方針で一致した: the
     * occasion's day), but for a comma after which a day of its own is told: a schedule of what is
     * intended (14日に衆院を解散し、19日公示、31日投開票の日程で総選挙を行う考え); a target year after it
     * (12日に記者会見し、2030年までに…急ぐ考えを示した) is none.
     * Known weakness: a schedule told without a second date (14日に衆院を解散し、総選挙を行う考え) reads
     * as a clause of its own, and its day takes no lean from the intention.
     */
    private static boolean inTheClauseOfTheIntention(char[] c, int from, int k) {
        if (attachedToAnOccasion(c, from)) {
            return false;
        }
        for (int j = from; j < k; j++) {
            boolean comma = c[j] == '、' || c[j] == '，' || c[j] == ',';
            if (comma && !anotherDayBetween(c, j + 1, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a day of a schedule is told between {@code from} and {@code to} (19日公示、31日投開票): a
     * number and 日, not a count of days (3日間), a deadline (20日までに) or a year or target (2030年までに).
     */
    private static boolean anotherDayBetween(char[] c, int from, int to) {
        for (int j = from; j + 1 < to; j++) {
            if (Chars.isDigit(c[j]) && c[j + 1] == '日' && (j + 2 >= to || c[j + 2] != '間') && !Chars.at(c, j + 2, "まで")) {
                return true;
            }
        }
        return false;
    }

    /** What a date followed by one of these comes before (2月と6月に続き, 10日に続いて). */
    private static final Words FOLLOWS = new Words("に続き", "に続いて");

    /** What a sentence is said to be about (…ミサイルを巡っては, …事件について). */
    private static final Words ABOUT = new Words("を巡って", "をめぐって", "を巡る", "をめぐる", "について", "に関して", "に関する");

    /**
     * Whether the date from which {@code from} goes on dates a thing the sentence is about, through a
     * clause of the past that describes it: 北朝鮮が今月4日と9日に発射した短距離弾道ミサイルを巡っては、… (the
     * launches are what the sentence talks about, not when what it tells happened). Not a clause the
     * thing is the setting of (27日に行われた会談で、…合意した: that happened on the 27th), nor a date
     * of its clause's own verb (4日に発射した。).
     */
    static boolean datesWhatTheSentenceIsAbout(char[] c, int from, int sentenceEnd) {
        int end = Math.min(sentenceEnd, c.length);
        for (int k = from; k < end && c[k] != '、' && c[k] != '。' && c[k] != '「'; k++) {
            if ((c[k] == 'た' || c[k] == 'だ') && isPast(c, k)) {
                if (!attributive(c, k + 1)) {
                    return false;
                }
                for (int j = k + 1; j < Math.min(end, k + 40) && c[j] != '、' && c[j] != '。'; j++) {
                    if (ABOUT.at(c, j) != null) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether the date is written onto what follows it: 10日の投開票, 26日からのサミット (not 5日に外出を控える). */
    private static boolean attachedToAnOccasion(char[] c, int from) {
        return Chars.at(c, from, "の") || Chars.at(c, from, "からの");
    }

    /** Whether a verb ending before {@code k} modifies the noun after it (交代する人事, 開かれる会合の). */
    private static boolean attributive(char[] c, int k) {
        return k < c.length && (Chars.isKanji(c[k]) || Chars.isKatakana(c[k]));
    }

    /** The kanji of adjectives whose continuative form ends in く before a kanji (多く寄せられた, 早く決めた): no verbs. */
    private static final String ADJECTIVE_STEMS = "多早近遅長広強高低深重軽良古若安薄厚細太暑寒熱辛赤白黒青固硬堅狭浅弱悪鋭暗永無全遠速濃甘";

    /**
     * Whether the verb from {@code stem} to {@code k}, its kanji and one of うくすぶむぐぬ, is in its plain
     * non-past form before the noun it describes (開く会合, 結ぶ協定, 行う選挙: a noun of two characters at
     * least), not an adjective's or adverb's く (多く, 全く新しい, 遠く離れた: a word with its kana after it), a
     * verb of how things stand (続く), nor a verb naming what occurred (止める場面もあった).
     */
    private static boolean namesTheNounAfterIt(char[] c, int stem, int k) {
        char ch = c[k];
        for (int j = stem; j < k; j++) {
            if (!Chars.isKanji(c[j])) {
                return false;
            }
        }
        return k > stem && GODAN_ENDINGS.indexOf(ch) >= 0 && attributive(c, k + 1) && attributive(c, k + 2)
                && !(ch == 'く' && ADJECTIVE_STEMS.indexOf(c[k - 1]) >= 0) && STATIVE_VERBS.at(c, k - 1) == null
                && OCCURRENCES.at(c, k + 1) == null;
    }

    /**
     * Whether た or だ at {@code k} ends a verb in the past: after a kana stem (開いた, 決めた, 読んだ) or the one-kanji
     * stem of 出る, 見る, 得る, 経る, 寝る, 来る (反対の声が出た, 2年を経た); not たち, たい, たら after it (子たち, 出たい),
     * nor the words 寝たきり, 来たる, 見た目,
     * nor たうえで (承認を得たうえで: a step before the time told).
     */
    private static boolean isPast(char[] c, int k) {
        if (k == 0) {
            return false;
        }
        char prev = c[k - 1];
        boolean kanjiStem = c[k] == 'た' && "出見得経寝来".indexOf(prev) >= 0;
        boolean stem = c[k] == 'た' ? "しっれいえきちけせめべねじぎびみり".indexOf(prev) >= 0 || kanjiStem : prev == 'ん' || prev == 'い';
        if (!stem || kanjiStem && k + 1 < c.length && "きる目".indexOf(c[k + 1]) >= 0) {
            // 寝たきり, 来たる, 見た目: words, not a verb in the past
            return false;
        }
        if (Chars.at(c, k + 1, "うえで") || Chars.at(c, k + 1, "上で")) {
            // 承認を得たうえで、…完了する計画だ: a step before what the sentence tells, of its time
            return false;
        }
        char next = k + 1 < c.length ? c[k + 1] : '。';
        return "いめちびくらろけかま".indexOf(next) < 0;
    }

    /**
     * Whether たい at {@code k} is a wish after a verb's stem written in kana (したい, 移りたい, 行いたい,
     * 進めたい), ending its clause; not an adjective (冷たい: a kanji before it) nor たい inside a word.
     */
    private static boolean wished(char[] c, int k) {
        if (k == 0 || k + 1 >= c.length || c[k + 1] != 'い' || "しりいきちにみびぎえけせてねめれべげじ".indexOf(c[k - 1]) < 0) {
            return false;
        }
        char after = k + 2 < c.length ? c[k + 2] : '。';
        return "。」』、と考意\n".indexOf(after) >= 0;
    }

    private static boolean isNonPast(char[] c, int k, boolean setOff) {
        if (k == 0 || !Chars.isHiragana(c[k - 1])) {
            return false;
        }
        char prev = c[k - 1];
        if (c[k] == 'る') {
            if ((prev == 'い' || prev == 'お') && k >= 2 && (c[k - 2] == 'て' || c[k - 2] == 'で')) {
                return false;
            }
            if (prev == 'よ' || prev == 'ぐ' || prev == 'あ' || prev == 'い' && k >= 2 && c[k - 2] == 'て') {
                return false;
            }
        }
        char next = k + 1 < c.length ? c[k + 1] : '。';
        if (setOff && (quoted(c, k + 1) || attributive(c, k + 1))) {
            // 政府は16日、総額43兆円とする計画を閣議決定した: the lead's date dates 決定した, not a verb of a noun's clause
            return false;
        }
        if (Chars.at(c, k + 1, "よう") || Chars.at(c, k + 1, "か") || Chars.at(c, k + 1, "べき") || Chars.at(c, k + 1, "ため")) {
            return false;
        }
        if (OCCURRENCES.at(c, k + 1) != null) {
            // 11月上旬には原子炉を止める場面もあった: the verb names what occurred; the tense is the sentence's
            return false;
        }
        if (quoted(c, k + 1)) {
            return true;
        }
        return next == '。' || next == '、' || next == '\n' || Chars.isKanji(next) || Chars.isKatakana(next) || next == 'の';
    }
}
