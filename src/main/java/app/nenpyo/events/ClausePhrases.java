package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A clause's noun phrases: its subject before or after the date (王毅外相は10日 → 王毅外相; …抗議活動は、…広がり →
 * 抗議活動), the topic a later date's clause shares with the sentence, the owner and the setting around them
 * (トヨタの2022年4～6月期の純利益 → トヨタの純利益, 沖縄県で…感染が確認), chunks of nouns (ウクライナ危機を巡る協議) and the
 * relative clause before a noun.
 *
 * <p>Known weakness: no dependency parse: a phrase is the nearest chunk marked は/が, so a long sentence with several
 * subjects can pair the wrong one.
 */
abstract class ClausePhrases extends ClauseTokens {

    /** The same read by the tokenizer as one particle. */
    private static final Set<String> RELATION_PARTICLES = Set.of("に関する", "に対する", "をめぐる", "を巡る", "に向けた",
            "についての", "における");

    /** Nouns that say why, not where, before で: 影響で, ため (a place in the phrase is no setting). */
    private static final Set<String> CAUSES = Set.of("影響", "ため", "為", "結果", "関係", "理由", "原因", "事情", "都合", "問題");

    /** Nouns saying which of a series a happening is (次回の協議): part of what it is called. */
    private static final Set<String> ORDINAL_NOUNS = Set.of("次回", "前回", "今回", "初回");

    ClausePhrases(Gazetteer gazetteer, AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        super(gazetteer, s, clause, date, otherDates);
    }

    /**
     * 警報は, 次回の協議は: a subject that is one common noun (after a word of which of a series it
     * is) and no actor, person or body, which the article may have named in full before; else "".
     */
    String bareTopic(Phrase subject, Optional<ActorMention> actor) {
        if (subject.isEmpty() || actor.isPresent()) {
            return "";
        }
        int first = subject.start();
        if (subject.end() - first == 3 && ORDINAL_NOUNS.contains(t.get(first).surface()) && isLinking(first + 1)) {
            first += 2;
        }
        Token noun = t.get(subject.end() - 1);
        if (first == subject.end() - 1 && NamedBefore.HELD_TITLES.contains(noun.surface())) {
            return noun.surface();
        }
        // 前市長は: an office held before, whose holder was named with it (大森宏明前市長)
        String office = first == subject.end() - 2 ? t.get(first).surface() + noun.surface() : "";
        if (t.get(first).partOfSpeech().startsWith("接頭詞") && NamedBefore.isHeldTitle(office)) {
            return office;
        }
        String pos = noun.partOfSpeech();
        boolean common = pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続");
        return first == subject.end() - 1 && common && noun.surface().length() >= 2
                && !Morphemes.namesPersonOrBody(noun.surface(), gazetteer) ? noun.surface() : "";
    }

    /** The country or place tokens [start, end) name, if they name one and nothing more. */
    Optional<ActorMention> placeNamed(int start, int end) {
        int first = tokenStart(start);
        int last = tokenEnd(end - 1);
        return s.actors().stream().filter(m -> (m.kind() == ActorKind.PLACE || m.kind() == ActorKind.COUNTRY)
                && m.span().start() == first && m.span().end() == last).findFirst();
    }

    /** トルコ南部で6日に起きた大地震 → トルコ南部で: where a dated relative clause says its deed happened, or "". */
    String settingBeforeDate() {
        int k = ds - 1;
        if (k <= from || !usable(k) || !isParticle(k, "で") || !t.get(k).partOfSpeech().startsWith("助詞-格助詞")) {
            return "";
        }
        int c = chunkStart(k);
        // 北海道で: a place the label leads with already
        boolean led = locative().filter(m -> m.span().end() == t.get(k).span().start()).isPresent();
        return c < k && !led ? withoutCountryPrefix(c, k) + "で" : "";
    }

    /** Whether the setting right before the date (トルコ南部で11日) names a country or place, not a cause (影響で). */
    boolean placeBeforeDate() {
        int k = ds - 1;
        if (k <= from || !isParticle(k, "で")) {
            return false;
        }
        int first = tokenStart(chunkStart(k));
        int last = tokenStart(k);
        // トルコ地震の影響で: the phrase's head says why, not where
        return !CAUSES.contains(t.get(k - 1).surface()) && s.actors().stream().anyMatch(m -> (m.kind() == ActorKind.PLACE
                || m.kind() == ActorKind.COUNTRY) && m.span().start() >= first && m.span().end() <= last);
    }

    /**
     * The noun phrase before は/が nearest before the date; 「Xでは」 is a place, not a subject.
     * 米国務長官も10日、…を訪れ: も marks the topic as は does, but only when no は/が comes before
     * it (北朝鮮は、短距離弾道ミサイルも14日に発射した: 北朝鮮 did it, the missile was one more).
     */
    Phrase subjectBeforeDate() {
        Phrase also = null;
        for (int k = ds - 1; k > from; k--) {
            Token tk = t.get(k);
            if (s.isQuoted(tk)) {
                continue;
            }
            boolean mo = Morphemes.isParticle(tk, "も") && tk.partOfSpeech().startsWith("助詞-係助詞");
            if (mo || (Morphemes.isParticle(tk, "は") && tk.partOfSpeech().startsWith("助詞-係助詞"))
                    || (Morphemes.isParticle(tk, "が") && tk.partOfSpeech().startsWith("助詞-格助詞"))) {
                boolean place = Morphemes.isParticle(t.get(k - 1), "で", "に");
                Phrase p = new Phrase(topicStart(coordinated(chunkStart(k))), k);
                if (mo) {
                    if (also == null && !place && !p.isEmpty()) {
                        also = p;
                    }
                } else if (place) {
                    // ロシアでは、プーチン大統領も14日: the place frames the one also doing it
                    return also != null ? also : new Phrase(k, k);
                } else if (!p.isEmpty()) {
                    return p;
                }
            }
        }
        if (also != null) {
            return also;
        }
        // トルコ大地震 6日に発生: a headline names its topic before the date, with no particle
        int c = chunkStart(ds);
        if (c == from && c < ds && Character.isWhitespace(text.charAt(tokenStart(ds) - 1))) {
            return new Phrase(c, ds);
        }
        return new Phrase(ds, ds);
    }

    /**
     * 千葉県を中心に: the start of what a phrase 中心 (its chunk [{@code c}, {@code k}), に at {@code k}) is
     * centred on, said with it, as 中心に alone says nothing; else {@code c}. Not before {@code lowerBound}.
     */
    int centredOn(int c, int k, int lowerBound) {
        if (c != k - 1 || !t.get(c).surface().equals("中心") || !isParticle(k, "に") || c - 1 <= Math.max(lowerBound, from)
                || !isParticle(c - 1, "を") || !usable(c - 1)) {
            return c;
        }
        int owner = chunkStart(c - 1);
        return owner < c - 1 && owner >= lowerBound ? owner : c;
    }

    /**
     * 週末の8日には、沖縄県で新たに1759人の感染が確認された: the phrases with で, に, から or へ between the
     * date and a subject written after it say where the subject's happening took place (沖縄県で,
     * ポーランドに, 北朝鮮東岸付近から); up to two, one with で; "" when none.
     */
    String settingBefore(int subjectStart) {
        List<String> units = new ArrayList<>();
        boolean where = false;
        for (int k = de; k < subjectStart; k++) {
            Token tk = t.get(k);
            if (!usable(k) || !Morphemes.isParticle(tk, "で", "に", "から", "へ") || !tk.partOfSpeech().startsWith("助詞-格助詞-一般")
                    || (where && Morphemes.isParticle(tk, "で"))) {
                continue;
            }
            int c = centredOn(chunkStart(k), k, de);
            if (c < k && c >= de) {
                where |= Morphemes.isParticle(tk, "で");
                units.add(withoutCountryPrefix(c, k) + tk.surface());
            }
        }
        return units.size() > 2 ? "" : String.join("", units);
    }

    /**
     * 近くでは10日深夜にも, 中国では12月に入り: a phrase with では before the date in the clause frames
     * what the clause tells as its setting; "Xで", or "" when none.
     */
    String settingTopic() {
        for (int k = from + 2; k < ds; k++) {
            if (usable(k) && Morphemes.isParticle(t.get(k), "は") && t.get(k).partOfSpeech().startsWith("助詞-係助詞")
                    && usable(k - 1) && Morphemes.isParticle(t.get(k - 1), "で") && t.get(k - 1).partOfSpeech().startsWith("助詞-格助詞")) {
                int c = chunkStart(k - 1);
                if (c == k - 1 && k - 2 >= from && usable(k - 2) && t.get(k - 2).partOfSpeech().startsWith("名詞-副詞可能")) {
                    // 近くでは, 海外では: a noun of place the tokenizer calls adverbial
                    c = k - 2;
                }
                if (c < k - 1) {
                    return withoutCountryPrefix(c, k - 1) + "で";
                }
            }
        }
        return "";
    }

    /**
     * トヨタの2022年4～6月期の純利益, 日経平均株価の年末終値: a noun and の before a date that names a
     * subject written after it say whose subject it is ("トヨタの"); "" when the date has no such
     * owner, or the noun before の tells a time (週末の8日).
     */
    String ownerBeforeDate() {
        int k = ds - 1;
        if (k - 1 < from || !usable(k) || !isParticle(k, "の") || !t.get(k).partOfSpeech().startsWith("助詞-連体化")) {
            return "";
        }
        int c = chunkStart(k);
        String head = t.get(k - 1).partOfSpeech();
        if (c >= k || head.startsWith("名詞-副詞可能") || head.startsWith("名詞-接尾") || head.startsWith("名詞-数")) {
            return "";
        }
        return withoutCountryPrefix(c, k) + "の";
    }

    /**
     * The first topic of the sentence (a noun phrase before は, not では/には), written before the clause; none
     * for a relative clause read alone, whose doer is the noun it describes or its own.
     */
    Phrase sentenceTopic() {
        if (alone) {
            return new Phrase(ds, ds);
        }
        for (int k = 1; k < from; k++) {
            Token tk = t.get(k);
            if (s.isQuoted(tk) || !Morphemes.isParticle(tk, "は") || !tk.partOfSpeech().startsWith("助詞-係助詞")
                    || Morphemes.isParticle(t.get(k - 1), "で", "に", "と", "から", "まで")) {
                continue;
            }
            int b = k;
            while (b > 0 && !s.isQuoted(t.get(b - 1)) && !otherDate[b - 1] && (Morphemes.isNounLike(t.get(b - 1))
                    || (b - 2 >= 0 && b < k && isLinking(b - 1) && Morphemes.isNounLike(t.get(b - 2))))) {
                b--;
            }
            return b < k ? new Phrase(b, k) : new Phrase(ds, ds);
        }
        return new Phrase(ds, ds);
    }

    /** 全国の神社や寺, 政府と日銀: the start of nouns joined by や or と before the chunk at {@code start}. */
    int coordinated(int start) {
        int c = start;
        while (c - 2 >= from && usable(c - 1) && usable(c - 2) && t.get(c - 1).partOfSpeech().startsWith("助詞-並立助詞")
                && Morphemes.isParticle(t.get(c - 1), "や", "と") && Morphemes.isNounLike(t.get(c - 2))) {
            int b = chunkStart(c - 1);
            if (b >= c - 1) {
                break;
            }
            c = b;
        }
        return c;
    }

    /**
     * 国葬を巡る閉会中審査は, 次回の協議は: what a topic starting at {@code start} is said to be
     * about (a phrase with を巡る, に関する, に対する, に向けた) or which of a series it is (次回の,
     * 今回の) belongs to it; the start with them.
     */
    int topicStart(int start) {
        int c = start;
        if (c - 2 >= from && usable(c - 1) && usable(c - 2) && isLinking(c - 1)
                && t.get(c - 2).partOfSpeech().startsWith("名詞-副詞可能") && ORDINAL_NOUNS.contains(t.get(c - 2).surface())) {
            c -= 2;
        }
        if (c - 1 > from && usable(c - 1) && t.get(c - 1).partOfSpeech().startsWith("助詞-格助詞-連語")
                && RELATION_PARTICLES.contains(t.get(c - 1).surface()) && s.charAfter(c - 1) != '、') {
            // に関する, をめぐる: the tokenizer may read the particle and the verb as one
            int about = chunkStart(c - 1);
            return about < c - 1 ? about : c;
        }
        int j = c - 1;
        while (j > from && usable(j) && Morphemes.isVerbEnding(t.get(j)) && !Morphemes.isVerb(t.get(j))) {
            j--;
        }
        if (j - 2 < from || j >= c || !usable(j) || !Morphemes.isVerb(t.get(j)) || !ClauseWords.RELATIONS.contains(t.get(j).baseForm())
                || !attributive(c - 1) || !isParticle(j - 1, "を", "に") || s.charAfter(j - 1) == '、') {
            return c;
        }
        int about = chunkStart(j - 1);
        return about < j - 1 ? about : c;
    }

    /**
     * 全国高校サッカー選手権の準決勝は8日、決勝は10日に行われる: a topic after another topic, its date
     * and a comma (the verb they share said once) belongs to what the other belongs to
     * (全国高校サッカー選手権の), when it names no owner itself; "" otherwise.
     */
    String sharedOwner(Phrase topic) {
        if (topic.isEmpty() || topic.start() < 2 || s.charAfter(topic.start() - 1) != '、') {
            return "";
        }
        for (int i = topic.start(); i < topic.end(); i++) {
            if (isLinking(i)) {
                return "";
            }
        }
        int k = topic.start() - 1;
        // 予選は11日から、本戦は18日から
        while (k > 0 && Morphemes.isParticle(t.get(k), "から", "まで", "に") && otherDate[k - 1]) {
            k--;
        }
        if (!otherDate[k]) {
            return "";
        }
        while (k > 0 && otherDate[k]) {
            k--;
        }
        if (!Morphemes.isParticle(t.get(k), "は") || !t.get(k).partOfSpeech().startsWith("助詞-係助詞") || s.isQuoted(t.get(k))) {
            return "";
        }
        int b = k;
        int of = -1;
        while (b > 0 && !otherDate[b - 1] && !s.isQuoted(t.get(b - 1)) && (Morphemes.isNounLike(t.get(b - 1))
                || b - 2 >= 0 && isLinking(b - 1) && Morphemes.isNounLike(t.get(b - 2)))) {
            if (isLinking(b - 1) && of < 0) {
                of = b - 1;
            }
            b--;
        }
        if (of < 0 || b >= of || b > 0 && s.charAfter(b - 1) != '、' && !t.get(b - 1).partOfSpeech().startsWith("助詞")) {
            return "";
        }
        return text.substring(tokenStart(b), tokenEnd(of - 1)) + "の";
    }

    Phrase subjectAfterDate(int limit) {
        for (int k = de; k < limit; k++) {
            Token tk = t.get(k);
            if (!s.isQuoted(tk) && ((Morphemes.isParticle(tk, "は") && tk.partOfSpeech().startsWith("助詞-係助詞"))
                    || (Morphemes.isParticle(tk, "が") && tk.partOfSpeech().startsWith("助詞-格助詞")))) {
                Phrase p = new Phrase(coordinated(chunkStart(k)), k);
                // 閣僚会議があり、首相が…指示した: what there was is no doer of what follows
                boolean thereWas = k + 1 < limit && Morphemes.isVerb(t.get(k + 1)) && t.get(k + 1).baseForm().equals("ある");
                if (!p.isEmpty() && p.start() >= de && !thereWas) {
                    return p;
                }
            }
        }
        return new Phrase(de, de);
    }

    int chunkStart(int end) {
        int b = end;
        while (b > from) {
            Token prev = t.get(b - 1);
            int named = nameOpening(b - 1);
            if (named >= from && named < b - 1) {
                // 「強い不満」を: a name in brackets is one noun, whatever its words
                b = named;
            } else if (usable(b - 1) && (Morphemes.isNounLike(prev) || joinsChunk(b - 1))) {
                b--;
            } else if (b == end && b - 2 >= from && usable(b - 1) && usable(b - 2) && Morphemes.isParticle(prev, "など")
                    && Morphemes.isNounLike(t.get(b - 2))) {
                // 倉庫などが壊れた, 支援物資などを送った: など ends the phrase it makes a list of examples of
                b--;
            } else if (b - 2 >= from && b < end && usable(b - 1) && usable(b - 2) && isLinking(b - 1)
                    && Morphemes.isNounLike(t.get(b - 2))) {
                b--;
            } else if (b - 3 >= from && b < end && usable(b - 1) && usable(b - 2) && usable(b - 3)
                    && t.get(b - 1).partOfSpeech().startsWith("形容詞-自立") && t.get(b - 1).surface().equals(t.get(b - 1).baseForm())
                    && isLinking(b - 2) && Morphemes.isNounLike(t.get(b - 3))) {
                // 西日本の広い範囲: an adjective between の and its noun is part of the phrase
                b -= 2;
            } else if (b - 3 >= from && b < end && usable(b - 1) && usable(b - 2) && usable(b - 3) && isLinking(b - 1)
                    && t.get(b - 2).partOfSpeech().startsWith("助詞-格助詞") && Morphemes.isParticle(t.get(b - 2), "へ", "と", "から")
                    && Morphemes.isNounLike(t.get(b - 3))) {
                // 物価高への緊急対策, インドとの協議, 住民からの苦情: what the noun is aimed at, done with or
                // comes from is part of the phrase
                b -= 2;
            } else {
                break;
            }
        }
        // 前年同期比18%減 without its date: 比 is the date's, not the phrase's
        while (b < end && b > 0 && !usable(b - 1) && t.get(b).partOfSpeech().startsWith("名詞-接尾")) {
            b++;
        }
        return b;
    }

    /**
     * The first token of a name in brackets whose last token is {@code i} (「退位礼正殿の儀」, read as a
     * name, not speech: {@link Quotes}), or -1.
     */
    int nameOpening(int i) {
        int close = tokenEnd(i);
        if (i < from || close >= text.length() || "」』".indexOf(text.charAt(close)) < 0 || s.isQuoted(t.get(i))) {
            return -1;
        }
        int open = text.lastIndexOf(text.charAt(close) == '」' ? '「' : '『', close);
        if (open < tokenStart(from)) {
            return -1;
        }
        int first = firstTokenFrom(open + 1);
        for (int k = first; k <= i; k++) {
            if (!usable(k)) {
                return -1;
            }
        }
        return first;
    }

    /**
     * 前年同期比, 株主の投票結果, 全国一律: a noun the tokenizer calls adverbial joins the nouns it is
     * written onto (alone, as in 今後、, it stays out); 極超音速: an adverb written onto a prefix is
     * part of the word.
     */
    boolean joinsChunk(int i) {
        Token tk = t.get(i);
        if (tk.partOfSpeech().startsWith("形容詞") && !tk.surface().equals(tk.baseForm()) && i > from
                && t.get(i - 1).partOfSpeech().startsWith("名詞-固有名詞-人名") && tk.surface().codePoints().allMatch(Character::isIdeographic)
                && t.get(i - 1).span().end() == tk.span().start()) {
            // 菅義偉首相: a kanji the tokenizer reads as an adjective's stem (偉い) inside a person's name
            return true;
        }
        if (Morphemes.isVerb(tk) && i + 1 < to && t.get(i + 1).partOfSpeech().startsWith("名詞-接尾-特殊")
                && t.get(i + 1).surface().equals("方") && t.get(i + 1).span().start() == tk.span().end()) {
            // 働き方, 進め方: a verb's stem before 方 is one noun with it
            return true;
        }
        if (tk.partOfSpeech().startsWith("副詞") && i + 1 < to && t.get(i + 1).partOfSpeech().startsWith("接頭詞")
                && t.get(i + 1).span().start() == tk.span().end()) {
            return true;
        }
        if (tk.partOfSpeech().startsWith("名詞-副詞可能") && ContestResult.TITLES.contains(tk.surface())) {
            // 世界一に輝いた: a title won, which the tokenizer reads as an adverb of degree, is what was won
            return true;
        }
        if (!tk.partOfSpeech().startsWith("名詞-副詞可能") || s.charAfter(i) == '、') {
            // 大発会以降、: set off by a comma it tells when, as an adverb
            return false;
        }
        boolean before = i > from && usable(i - 1) && t.get(i - 1).span().end() == tk.span().start()
                && (Morphemes.isNounLike(t.get(i - 1)) || t.get(i - 1).partOfSpeech().startsWith("名詞-副詞可能"));
        boolean after = i + 1 < to && usable(i + 1) && t.get(i + 1).span().start() == tk.span().end()
                && (Morphemes.isNounLike(t.get(i + 1)) || t.get(i + 1).partOfSpeech().startsWith("名詞-副詞可能"));
        return before || after;
    }

    int chunkEnd(int start) {
        int e = start;
        while (e < to && usable(e)) {
            if (Morphemes.isNounLike(t.get(e)) || joinsChunk(e)) {
                e++;
            } else if (e > start && e + 1 < to && isLinking(e) && usable(e + 1) && Morphemes.isNounLike(t.get(e + 1))) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * Whether the token at {@code e} is the な of an adjectival noun right before it and a noun follows: 大規模な抗議活動,
     * 新たな制度, where the adjectival noun and な describe the noun after them, one phrase with it (the tokenizer may read
     * the adjectival noun as a common one: 大|規模|な). Not before a formal noun (深刻なのは, 必要なこと).
     */
    boolean describedByNa(int e) {
        return e > from && e + 1 < to && Morphemes.isNounLike(t.get(e - 1)) && t.get(e).surface().equals("な")
                && t.get(e).partOfSpeech().startsWith("助動詞") && usable(e + 1) && Morphemes.isNounLike(t.get(e + 1))
                && !t.get(e + 1).partOfSpeech().startsWith("名詞-非自立");
    }

    /**
     * A noun chunk, extended over an adjectival noun's な (大規模な抗議活動, 新たな制度) and over を巡る / に対する / に向けた
     * + noun (ウクライナ危機を巡る協議).
     */
    Phrase nounPhrase(int start) {
        int e = chunkEnd(start);
        if (e == start) {
            return new Phrase(start, start);
        }
        while (describedByNa(e)) {
            e = chunkEnd(e + 1);
        }
        while (e + 1 < to && Morphemes.isParticle(t.get(e), "を", "に", "と") && Morphemes.isVerb(t.get(e + 1))) {
            int g = endings(e + 2);
            if (g < to && Morphemes.isNounLike(t.get(g)) && usable(g) && s.charAfter(g - 1) != '、') {
                e = chunkEnd(g);
            } else {
                break;
            }
        }
        return new Phrase(start, e);
    }

    /**
     * 安倍元首相, 同社, 容疑者, 被告の男: a subject that could itself have done the deed (a person or a
     * body), by its head word; a passive deed is then done to it (同社が承認された is no approval by
     * the company).
     */
    boolean actsOrSuffers(Phrase p) {
        Token head = t.get(p.end() - 1);
        return head.partOfSpeech().startsWith("名詞-固有名詞-人名") || Morphemes.namesPersonOrBody(phraseText(p), gazetteer);
    }

    /**
     * 原発の建て替えを認める方針, 国に賠償を命じる判決, 社長が交代する人事: a clause ending in a verb's
     * attributive form right before a noun (no comma between) says which one is meant; the
     * start of that clause with up to two of its own arguments (case particles, not は or も),
     * one of them described in turn (夫婦別姓を認めない規定を合憲とする決定), else {@code start}
     * when no verb describes the noun or the verb has no argument of its own in the clause
     * (a bare 認める方針 says no more than 方針), unless a sahen noun says which generic noun is meant
     * (上告しない方針, 辞任する意向).
     */
    int relativeStart(int start, int lowerBound, int depth) {
        int j = start - 1;
        int floor = Math.max(lowerBound, from);
        if (j < floor || !usable(j) || s.charAfter(j) == '、' || !attributive(j)) {
            return start;
        }
        while (j > floor && usable(j) && Morphemes.isVerbEnding(t.get(j)) && !Morphemes.isVerb(t.get(j))) {
            j--;
        }
        if (!usable(j) || !Morphemes.isVerb(t.get(j))) {
            return start;
        }
        boolean sahen = Morphemes.isSuru(t.get(j)) && j - 1 >= floor && usable(j - 1) && Morphemes.isSahen(t.get(j - 1));
        if (sahen) {
            j--;
        }
        int a = j;
        int arguments = 0;
        while (arguments < 2 && a - 1 > floor && usable(a - 1)) {
            Token particle = t.get(a - 1);
            if (!Morphemes.isParticle(particle, "を", "に", "が", "と", "で", "へ", "から")
                    || !particle.partOfSpeech().startsWith("助詞-格助詞") || s.charAfter(a - 1) == '、') {
                break;
            }
            int c = chunkStart(a - 1);
            if (c >= a - 1 || c < floor) {
                break;
            }
            a = depth == 0 ? Math.min(c, relativeStart(c, lowerBound, depth + 1)) : c;
            arguments++;
        }
        // 上告しない方針, 辞任する意向: a deed named by its sahen noun says which a generic noun is, as an argument
        // does (予定していた花火大会 says no more than 花火大会)
        return arguments > 0 || sahen && start < to && Morphemes.GENERIC_NOUNS.contains(t.get(start).surface()) ? a : start;
    }

    /** トルコ南部とシリア北部を6日襲った地震 → トルコ南部とシリア北部を襲った地震: the clause without its date. */
    String relativeClause(Phrase noun) {
        int b = ds;
        while (b - 1 >= from && usable(b - 1) && Morphemes.isParticle(t.get(b - 1), "を", "に", "へ", "と", "で")) {
            int c = chunkStart(b - 1);
            if (c >= b - 1) {
                break;
            }
            b = c;
        }
        String before = b < ds ? text.substring(tokenStart(b), tokenEnd(ds - 1)) : "";
        return before + text.substring(tokenStart(de), tokenEnd(noun.end() - 1));
    }
}
