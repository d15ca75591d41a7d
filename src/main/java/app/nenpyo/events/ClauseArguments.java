package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A predicate's arguments: up to two noun phrases marked を/に/と/で/へ/から right before it (トレウベルディ外相と / 電話で),
 * what was announced or asked for (8000人を拘束したと発表 → 8000人拘束と発表, 避難するよう呼びかけ → 避難を呼びかけ), a short
 * quote kept as said (「停戦が必要だ」と発言) and a name given with と (新元号を「令和」と発表).
 *
 * <p>Known weaknesses: a long quote is never summarised (…と述べ → 発言); adverbs and numbers before an argument are
 * dropped (およそ).
 */
abstract class ClauseArguments extends ClausePredicates {

    /** The longest quote a label keeps as said (characters between 「 and 」). */
    static final int MAX_QUOTE = 24;

    /** The shortest last part of a long quote a label says alone (決して許せない, not ない). */
    private static final int MIN_QUOTED_PART = 6;

    /** について closing a phrase of what is talked about (食中毒について): compiled once, not at every clause read. */
    private static final Pattern ABOUT_AT_THE_END = Pattern.compile("について$");

    /** Nouns used as adverbs of manner or duration (当面停止), not of time: the rest name a date. */
    private static final Set<String> MANNER_NOUNS = Set.of("当面", "当分", "一時", "一斉", "一律", "全面", "大幅");

    ClauseArguments(Gazetteer gazetteer, AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        super(gazetteer, s, clause, date, otherDates);
    }

    /**
     * 韓国を訪れ, 米アリゾナ州に戻り, 来日し, 本社で記者会見し: the journey or occasion as a label joins it to its deed,
     * where it went or was held and the verb in its joining form, as written (a sahen noun with し). The first part a
     * label too long drops after a setting.
     */
    String leadingPart(Predicate leading, int lowerBound) {
        String verb = text.substring(tokenStart(leading.nominalStart()), tokenEnd(leading.head()));
        return String.join("", arguments(leading, lowerBound)) + verb + (Morphemes.isSahen(t.get(leading.head())) ? "し" : "");
    }

    /** Up to two noun phrases with a case particle right before the predicate, and what it reports. */
    List<String> arguments(Predicate p, int lowerBound) {
        List<String> units = new ArrayList<>();
        int b = mannerAdverbsBefore(p.nominalStart(), lowerBound);
        // 坂口氏に電話で祝意を伝えた: how or where gives way to whom a third argument names
        boolean thirdCoordinated = false;
        boolean earliestSetOff = false;
        while (units.size() < 2 || units.size() == 2 && units.get(0).endsWith("で")) {
            if (b >= de && b > ds && onlyParticles(de, b) && ds - 1 > from && lowerBound >= de
                    && isParticle(ds - 1, "を") && t.get(ds - 1).partOfSpeech().startsWith("助詞-格助詞")) {
                // 2022年度予算案を25日にも国会に提出する: what is done is written before the date
                b = ds;
                lowerBound = from;
            }
            int toward = towardBefore(b, lowerBound);
            if (toward >= 0) {
                // 英国に向けて出発: where the deed is headed, in a headline's words (英国に向け出発)
                int c = chunkStart(toward);
                units.add(0, withoutCountryPrefix(c, toward) + "に向け");
                b = c;
                continue;
            }
            int k = b - 1;
            if (k < Math.max(lowerBound, from) || !usable(k)) {
                break;
            }
            Token particle = t.get(k);
            int named = units.isEmpty() ? namedAs(k, lowerBound) : -1;
            if (named >= 0) {
                // 新元号を「令和」と発表: what a thing is named or called is said with the thing
                units.add(0, text.substring(tokenStart(named), tokenEnd(k)));
                b = named;
                continue;
            }
            boolean adverbial = Morphemes.isParticle(particle, "に") && particle.partOfSpeech().startsWith("助詞-副詞化");
            // 電気料金は値上がりが続く: a second subject right before the verb is part of what is told
            boolean inner = units.isEmpty() && Morphemes.isParticle(particle, "が") && !p.reporting();
            // ブリンケン国務長官とオンライン形式で会談: the tokenizer reads the partner's と as "and"
            // 山口代表と会談: before a sahen deed it reads the partner's と as "and" too
            boolean partner = (!units.isEmpty() || Morphemes.isSahen(t.get(p.head())))
                    && Morphemes.isParticle(particle, "と") && particle.partOfSpeech().startsWith("助詞-並立助詞");
            // 聴取も検討する: a thing, not a doer, marked も right before a deed is what is done as well
            boolean also = units.isEmpty() && !p.reporting() && Morphemes.isParticle(particle, "も")
                    && particle.partOfSpeech().startsWith("助詞-係助詞") && Morphemes.isSahen(t.get(p.head()))
                    && s.actors().stream().noneMatch(m -> m.span().end() == tokenEnd(k - 1));
            if (!adverbial && !(Morphemes.isParticle(particle, "を", "に", "と", "で", "へ", "から") || inner || also)
                    || !(adverbial || partner || also || particle.partOfSpeech().startsWith("助詞-格助詞-一般"))) {
                break;
            }
            thirdCoordinated = units.size() == 2 && (adverbial || partner);
            int skipped = beforeOtherDate(k);
            if (skipped >= 0) {
                b = skipped;
                continue;
            }
            int c = chunkStart(k);
            if (c == k && k - 1 >= Math.max(lowerBound, from) && usable(k - 1) && isFormalThing(k - 1)
                    && relativeStart(k - 1, lowerBound, 0) < k - 1) {
                // 弾道ミサイルの可能性があるものを発射: a formal noun is told by its clause
                c = k - 1;
            }
            if (c == k || c < lowerBound) {
                break;
            }
            c = centredOn(c, k, lowerBound);
            String unit = withoutCountryPrefix(c, k) + particle.surface();
            int r = inner ? c : relativeStart(c, lowerBound, 0);
            int quoted = r < c || inner ? -1 : quotedContent(c, lowerBound);
            if (quoted >= 0) {
                // 「遺憾だ」とする声明を: what the statement holds, said with it
                String described = shortQuote(quoted, closeBefore(c - 2)) + text.substring(tokenStart(c - 1), tokenStart(c)) + unit;
                shorter.put(described, unit);
                unit = described;
                r = firstTokenFrom(quoted);
            } else if (r < c) {
                String described = text.substring(tokenStart(r), tokenStart(c)) + unit;
                shorter.put(described, unit);
                unit = described;
            }
            units.add(0, unit);
            // 後継機で、開発が進められ: a で set off by its comma ends a clause (だ's), it is no where nor how
            earliestSetOff = s.charAfter(k) == '、';
            innerSubject |= inner;
            b = Math.min(c, r);
        }
        if (innerSubject && units.size() == 2 && !earliestSetOff && (units.get(0).endsWith("で") || units.get(0).endsWith("から"))) {
            // 大会は…競技場で開会式が行われ: the second subject stays by the topic it belongs to (大会の開会式が…競技場で実施)
            units.add(0, units.remove(1));
        }
        if (units.size() == 3) {
            String third = units.get(0);
            boolean whom = third.endsWith("に") || third.endsWith("を");
            units.remove(whom && !thirdCoordinated ? 1 : 0);
        }
        // 「外出を控えて」と呼びかけた: an act of speech takes its short quote as a verb of saying does
        boolean saying = p.reporting() || Morphemes.isSahen(t.get(p.head())) || SPEECH_ACTS.contains(t.get(p.head()).baseForm());
        String complement = units.isEmpty() && saying ? speechBefore(b, lowerBound) : "";
        if (complement.isEmpty()) {
            complement = complement(b, lowerBound);
        }
        if (!complement.isEmpty()) {
            units.add(0, complement);
        }
        String about = aboutPhrase(p);
        String topic = ABOUT_AT_THE_END.matcher(about).replaceFirst("");
        if (!about.isEmpty() && units.stream().noneMatch(u -> u.contains(topic))) {
            // 食中毒について、原因は…食中毒と: a thing the label says already is not said twice
            units.add(0, about);
        }
        return units;
    }

    /**
     * What a deed is about, named by a について-phrase of its clause and said first, which a label too long drops first
     * ({@link LabelFitting}): 辞職願について、市議会は12日の本会議で全会一致で同意した → 市議会が辞職願について本会議で全会一致で同意;
     * 関西電力は5日、美浜原子力発電所3号機について、…との見方を示した → 関西電力が美浜原子力発電所3号機について…との
     * 見方を示す. The phrase's noun alone, without the clause describing it (…が提出した辞職願 → 辞職願); "" when the
     * clause has none.
     *
     * <p>Not a について-phrase inside a relative clause (…について検討してきた有識者会議の報告書を公表: it is what the
     * council discussed, not what was published), nor one holding a date (16日の発射について: that date's report).
     * Known weakness: only the last such phrase before the deed is read, and a phrase with について written into a
     * noun (についての) is not one.
     */
    String aboutPhrase(Predicate p) {
        for (int k = p.nominalStart() - 1; k > from; k--) {
            Token tk = t.get(k);
            if (!tk.surface().equals("について") || !tk.partOfSpeech().startsWith("助詞-格助詞-連語")) {
                continue;
            }
            int c = chunkStart(k);
            if (!usable(k) || c == k || describesANounBefore(k + 1, p.nominalStart())
                    || IntStream.range(c, k).anyMatch(i -> !usable(i))) {
                return "";
            }
            // 「SLIM」について: the tokenizer drops the closing bracket the phrase ends with
            String closing = text.substring(tokenEnd(k - 1), tokenStart(k));
            String phrase = withoutCountryPrefix(c, k) + (closing.codePoints().allMatch(ch -> "」』）)".indexOf(ch) >= 0) ? closing : "");
            return A_DAY.matcher(phrase).find() ? "" : phrase + tk.surface();
        }
        return "";
    }

    /** A day written in a phrase (15日の地震, 同日の会合), which is that day's report to tell, not this one's. */
    private static final Pattern A_DAY = Pattern.compile("[0-9０-９]+[日月年]|[同前翌当]日");

    /**
     * Whether a verb or an auxiliary between tokens [from, until) is written right onto a noun (検討してきた有識者会議);
     * an adjective is not a clause (新しい機種).
     */
    private boolean describesANounBefore(int from, int until) {
        for (int i = from; i + 1 < until; i++) {
            String pos = t.get(i).partOfSpeech();
            boolean inflected = pos.startsWith("動詞") || pos.startsWith("助動詞");
            if (inflected && !s.isQuoted(t.get(i)) && Morphemes.isNounLike(t.get(i + 1)) && !s.isQuoted(t.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 節電を改めて要請, 公開を当面停止: adverbs written between the arguments and the verb, which a
     * headline drops; the index of the first of them, or {@code b} when none stands there.
     */
    int mannerAdverbsBefore(int b, int lowerBound) {
        int a = b;
        while (a - 1 > Math.max(lowerBound, from) && usable(a - 1) && s.charAfter(a - 1) != '、'
                && isMannerAdverb(t.get(a - 1))) {
            a--;
        }
        return a;
    }

    private static boolean isMannerAdverb(Token token) {
        String pos = token.partOfSpeech();
        // 大きく上回る, 強く求める: an adjective in its -く form says how, as an adverb does
        boolean adverbialAdjective = pos.startsWith("形容詞-自立") && token.surface().endsWith("く")
                && !token.surface().equals(token.baseForm());
        return pos.startsWith("副詞") || adverbialAdjective || pos.startsWith("名詞-副詞可能") && MANNER_NOUNS.contains(token.surface());
    }

    /**
     * 英国に向けて(出発), 決勝に向け(調整): the index of the に of a phrase with 向けて or 向け (the
     * joining form) right before token {@code b}, or -1.
     */
    int towardBefore(int b, int lowerBound) {
        int k = b - 1;
        if (k >= 0 && Morphemes.isParticle(t.get(k), "て") && t.get(k).partOfSpeech().startsWith("助詞-接続助詞")) {
            k--;
        }
        int floor = Math.max(lowerBound, from);
        if (k - 1 < floor || !usable(k) || !usable(k - 1) || !Morphemes.isVerb(t.get(k)) || !t.get(k).baseForm().equals("向ける")
                || !t.get(k).surface().equals("向け") || !isParticle(k - 1, "に") || s.charAfter(k) == '、') {
            return -1;
        }
        int c = chunkStart(k - 1);
        return c < k - 1 && c >= floor ? k - 1 : -1;
    }

    /**
     * 「治安回復に向けた活動を継続していく」と(述べ): a short quote of one sentence, as said, is
     * what a verb of saying reports; a long one (several sentences, or more than
     * {@value #MAX_QUOTE} characters) is left out, as is one that starts before the clause.
     */
    String speechBefore(int b, int lowerBound) {
        int k = b - 1;
        if (k < Math.max(lowerBound, from)) {
            return "";
        }
        Token marker = t.get(k);
        int close = marker.span().start() - 1;
        if (!marker.surface().equals("と") || !marker.partOfSpeech().startsWith("助詞-格助詞-引用") || close < 0
                || text.charAt(close) != '」') {
            return "";
        }
        int open = text.lastIndexOf('「', close);
        if (open < tokenStart(Math.max(lowerBound, from)) - 1) {
            return "";
        }
        return shortQuote(open, close);
    }

    /**
     * 新元号を「令和」と(発表), 対応を「場当たり的」と(批判): a thing marked を, then a short quote and
     * the と at {@code k} naming or judging it; the start of the thing, or -1.
     */
    int namedAs(int k, int lowerBound) {
        int floor = Math.max(lowerBound, from);
        if (!t.get(k).surface().equals("と") || !t.get(k).partOfSpeech().startsWith("助詞-格助詞-引用")) {
            return -1;
        }
        int close = tokenStart(k) - 1;
        int open = close > 0 && text.charAt(close) == '」' ? text.lastIndexOf('「', close) : -1;
        if (open < 0 || shortQuote(open, close).isEmpty()) {
            return -1;
        }
        int object = tokenEndingAt(open);
        if (object <= floor || !isParticle(object, "を") || !t.get(object).partOfSpeech().startsWith("助詞-格助詞")) {
            return -1;
        }
        int c = chunkStart(object);
        return c < object && c >= floor ? c : -1;
    }

    /** Where the character before token {@code k} is, past a line break inside the sentence (「…」⏎とする). */
    int closeBefore(int k) {
        int close = tokenStart(k) - 1;
        while (close > 0 && (text.charAt(close) == '\n' || text.charAt(close) == '\r')) {
            close--;
        }
        return close;
    }

    /**
     * 「台湾は中国の一部だ」とする談話, 「遺憾」との声明: a short quote, its と and する or の right before
     * the noun starting at {@code c}, say what the noun (a statement, a view) holds; the index of the
     * quote's 「, or -1 (a longer quote, or none).
     */
    int quotedContent(int c, int lowerBound) {
        if (c - 2 < Math.max(lowerBound, from) || !t.get(c - 2).surface().equals("と")
                || !t.get(c - 2).partOfSpeech().startsWith("助詞-格助詞-引用")) {
            return -1;
        }
        Token joint = t.get(c - 1);
        boolean describes = Morphemes.isSuru(joint) && joint.surface().equals("する") || isParticle(c - 1, "の");
        int close = closeBefore(c - 2);
        if (!describes || close < 0 || text.charAt(close) != '」') {
            return -1;
        }
        int open = text.lastIndexOf('「', close);
        return open >= 0 && open >= tokenStart(Math.max(lowerBound, from)) - 1 && !shortQuote(open, close).isEmpty() ? open : -1;
    }

    /**
     * 9日の発表で「相当数の外国人を含む」としています: after a noun of saying and で, a short quote
     * then としている says what was said; the quote, or "".
     */
    String speechAfter(int particle) {
        int open = tokenEnd(particle);
        if (open >= text.length() || text.charAt(open) != '「') {
            return "";
        }
        int close = text.indexOf('」', open);
        if (close < 0) {
            return "";
        }
        int marker = firstTokenFrom(close + 1);
        if (marker + 1 >= to || t.get(marker).span().start() != close + 1 || !t.get(marker).surface().equals("と")
                || !t.get(marker).partOfSpeech().startsWith("助詞-格助詞-引用") || !Morphemes.isSuru(t.get(marker + 1))) {
            return "";
        }
        return shortQuote(open, close);
    }

    /**
     * The text between 「 at {@code open} and 」 at {@code close} as 「…」と, when it is one
     * sentence of at most {@value #MAX_QUOTE} characters, or of a longer sentence its last part
     * after a comma, as headlines quote what a speaker concluded (「…卑劣な蛮行で、決して許すことは
     * できない」 → 「決して許すことはできない」); else "".
     */
    String shortQuote(int open, int close) {
        String said = text.substring(open + 1, close);
        if (said.endsWith("。")) {
            said = said.substring(0, said.length() - 1);
        }
        boolean oneSentence = said.chars().noneMatch(c -> c == '。' || c == '！' || c == '？' || c == '」' || c == '「');
        if (oneSentence && said.length() > MAX_QUOTE) {
            String last = said.substring(said.lastIndexOf('、') + 1);
            said = last.length() >= MIN_QUOTED_PART ? last : said;
        }
        return oneSentence && !said.isBlank() && said.length() <= MAX_QUOTE ? "「" + said + "」と" : "";
    }

    /** 8000人を拘束したと(発表) → 8000人拘束と; 協力を強化することに(意欲) → 協力強化に. */
    String complement(int b, int lowerBound) {
        int k = b - 1;
        if (k <= lowerBound || !usable(k)) {
            return "";
        }
        Token marker = t.get(k);
        boolean quoteTo = isQuoteTo(k);
        // 設立することも(発表): も says this was announced as well
        boolean koto = Morphemes.isParticle(marker, "に", "を", "も") && k - 1 > lowerBound
                && t.get(k - 1).surface().equals("こと");
        // 交付するよう命じ, 控えるよう求め: what was ordered or asked for, told before よう
        boolean asked = marker.surface().equals("よう") && marker.partOfSpeech().startsWith("名詞-非自立-助動詞語幹")
                && k - 1 > lowerBound && Morphemes.isVerb(t.get(k - 1));
        if (!quoteTo && !koto && !asked) {
            return "";
        }
        if (quoteTo && k - 3 > lowerBound && passiveAt(k - 1) && Set.of("みる", "見る").contains(t.get(k - 2).baseForm())
                && isQuoteTo(k - 3)) {
            // 梅雨明けしたとみられると(発表): what is thought so is what was announced
            k -= 3;
        }
        if (quoteTo) {
            String value = copulaComplement(k, lowerBound);
            if (!value.isEmpty()) {
                return value;
            }
        }
        for (int h = k - 1; h >= lowerBound && usable(h); h--) {
            Token head = t.get(h);
            // 出生率, 梅雨明けした: a sahen noun inside a longer noun is no deed; a noun done with する is one
            boolean sahen = Morphemes.isSahen(head) && !(h + 1 < k && Morphemes.isNounLike(t.get(h + 1)))
                    || Morphemes.isNounLike(head) && h + 1 < k && Morphemes.isSuru(t.get(h + 1));
            if (!sahen && !(Morphemes.isVerb(head) && !Morphemes.WEAK_VERBS.contains(head.baseForm()))) {
                continue;
            }
            int compound = sahen ? compoundStart(h, lowerBound) : h;
            boolean negated = false;
            for (int i = h + 1; i < k; i++) {
                negated |= Morphemes.isNegation(t.get(i));
            }
            if (!sahen && negated) {
                return "";
            }
            String nominal = sahen ? text.substring(tokenStart(compound), head.span().end())
                    : Objects.requireNonNullElse(compactedNoun(head, b), head.baseForm());
            complementHead = nominal;
            // 運休する可能性があると(発表) → 運休の可能性と: what was announced is the risk, not the deed
            for (int i = h + 1; i < k; i++) {
                int last = modalEnd(i);
                if (last >= 0 && Modal.NOUNS.get(text.substring(tokenStart(i), tokenEnd(last))) == Modal.RISK) {
                    boolean noun = sahen || compactedNoun(head, b) != null;
                    nominal += (noun ? "の" : "") + text.substring(tokenStart(i), tokenEnd(last));
                    break;
                }
            }
            // 特別警報を出す可能性と: a verb keeps its を, a noun of a deed takes its object as a headline does (8000人拘束と)
            boolean plainVerb = !sahen && compactedNoun(head, b) == null;
            String objects = objects(compound, lowerBound, plainVerb);
            if (asked && !plainVerb && !negated && objects.contains("を")) {
                // 感染対策を徹底を(通知) says を twice: the asked deed keeps its verb (感染対策を徹底するよう)
                return objects + (sahen ? nominal + "するよう" : head.baseForm() + "よう");
            }
            String joint = quoteTo ? "と" : asked ? (plainVerb || negated ? "よう" : "を") : marker.surface();
            return objects + nominal + (negated ? "しない" : "") + joint;
        }
        return "";
    }

    /** Verbs and nouns of deciding, under which 認める permits (着工を認めると決めた → 着工容認と決定). */
    private static final Set<String> DECIDING = Set.of("決める", "決まる", "決定", "決議");

    /**
     * The noun the verb {@code head} takes when compacted before the verb at {@code b}, or null: 認める's 容認 only under a
     * decision; under a verb of saying it is an admission, said as written (容疑を認めていると発表 → 容疑を認めると発表,
     * not 容疑容認と発表).
     */
    private String compactedNoun(Token head, int b) {
        boolean decided = b < to && DECIDING.contains(t.get(b).baseForm());
        return decided ? Morphemes.compactedNoun(head.baseForm()) : Morphemes.NOMINAL.get(head.baseForm());
    }

    /**
     * 合計特殊出生率が1.30だったと(発表) → 合計特殊出生率1.30と: a reported statement ending in a copula
     * before the と at {@code k}, told as its subject and its value; "" when none.
     */
    String copulaComplement(int k, int lowerBound) {
        int j = k - 1;
        while (j > lowerBound && usable(j) && t.get(j).partOfSpeech().startsWith("助動詞")) {
            j--;
        }
        if (j == k - 1 || !usable(j) || !"だ".equals(t.get(j + 1).baseForm()) || !Morphemes.isNounLike(t.get(j))
                || Morphemes.isNegation(t.get(k - 1))) {
            return "";
        }
        int c = chunkStart(j + 1);
        if (c <= lowerBound || !isParticle(c - 1, "が") || !t.get(c - 1).partOfSpeech().startsWith("助詞-格助詞")) {
            return "";
        }
        int owner = chunkStart(c - 1);
        if (owner >= c - 1 || owner < lowerBound) {
            return "";
        }
        complementHead = text.substring(tokenStart(owner), tokenEnd(c - 2));
        return withoutCountryPrefix(owner, c - 1) + text.substring(tokenStart(c), phraseEnd(j)) + "と";
    }

    /** 8000人を → 8000人 (one object, headline style); 救助チームをトルコに → kept as written. */
    String objects(int head, int lowerBound) {
        return objects(head, lowerBound, false);
    }

    /** @param keepWo keep the particle of a lone object marked を (a plain verb follows: 特別警報を出す) */
    String objects(int head, int lowerBound, boolean keepWo) {
        List<String> units = new ArrayList<>();
        List<String> particles = new ArrayList<>();
        int b = head;
        int floor = lowerBound;
        while (units.size() < 2 && b - 1 >= floor && usable(b - 1)
                && Morphemes.isParticle(t.get(b - 1), "を", "に", "へ", "と", "から", "まで", "で", "が")
                && t.get(b - 1).partOfSpeech().startsWith("助詞-格助詞-一般")) {
            int skipped = beforeOtherDate(b - 1);
            if (skipped >= 0) {
                b = skipped;
                continue;
            }
            if (b - 1 >= de && onlyParticles(de, b) && ds - 1 > from && isParticle(ds - 1, "を")
                    && t.get(ds - 1).partOfSpeech().startsWith("助詞-格助詞")) {
                // 再発防止策を今年度末までにまとめると(発表): what is done is written before the label's own date
                b = ds;
                floor = from;
                continue;
            }
            int c = chunkStart(b - 1);
            if (c < floor || c >= b - 1) {
                break;
            }
            String particle = t.get(b - 1).surface();
            // 全数把握を全国一律で見直す, 純利益が前年同期比で増えた: how is left out, what is kept
            boolean manner = particle.equals("で");
            // 純利益が増えたと: what changed, told as the change (純利益増加)
            boolean changed = particle.equals("が") && units.isEmpty();
            if (!manner && !changed && !Set.of("を", "に", "へ", "と").contains(particle) || particle.equals("が") && !changed) {
                break;
            }
            if (!manner) {
                units.add(0, withoutCountryPrefix(c, b - 1));
                particles.add(0, changed ? "を" : particle);
            }
            b = c;
            if (changed) {
                break;
            }
        }
        if (units.size() == 1 && particles.get(0).equals("を") && !keepWo) {
            return units.get(0);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            out.append(units.get(i)).append(particles.get(i));
        }
        return out.toString();
    }
}
