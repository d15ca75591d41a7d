package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One reading of the clause a date governs, from its tokens, into a {@link Label}: the step order of
 * {@link LabelBuilder}'s class comment, for one clause. {@code new Reading(gazetteer, s, clause, date, otherDates).label()}
 * on 王毅外相は10日、カザフスタンのトレウベルディ外相と電話で会談し、… → 王毅外相がトレウベルディ外相と電話で会談.
 * A date inside quoted speech, a date that is itself the predicate and the case a date's setting tells are read first;
 * else a {@code Draft} reads the noun the date names or the predicate it governs, then who or where leads it.
 *
 * <p>Known weaknesses: those of {@link LabelBuilder}; a reading is made for one clause and read once.
 */
final class Reading extends ClauseArguments {

    /** 3週間, 69日間, 4年間, 2か月: a number and a counter of time. */
    private static final Pattern COUNT_OF_TIME =
            Pattern.compile("[0-9０-９一二三四五六七八九十百千.]+(日間|週間|年間|か月|カ月|ヶ月|か月間|カ月間|ヶ月間|時間)");

    /** Nouns that are themselves a saying: 9日の発表で「…」としている is what the announcement said. */
    private static final Set<String> SAYING_NOUNS = Set.of("発表", "声明", "談話", "会見", "演説", "コメント", "書簡");

    Reading(Gazetteer gazetteer, AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        super(gazetteer, s, clause, date, otherDates);
    }

    Label label() {
        Optional<Label> quoted = quotedDeed();
        if (quoted.isPresent()) {
            return quoted.get();
        }
        Optional<Label> when = dateAsPredicate();
        if (when.isPresent()) {
            return when.get();
        }
        Optional<Label> theCase = settingTheDateTells();
        if (theCase.isPresent()) {
            return theCase.get();
        }
        return new Draft().label();
    }

    /**
     * The label of a date that names no quoted deed, no date as a predicate and no case the
     * date's setting tells: the noun the date names or the predicate it governs, then who or
     * where leads it. A class of one small method a step, rather than one method of 2,800
     * bytecodes: the JIT compiled that method into 63 kB of machine code in half a second.
     */
    private final class Draft {
        private final Optional<ActorMention> place = locative();
        private Phrase subject = subjectBeforeDate();
        private String hint = "";
        private Phrase noun = new Phrase(de, de);
        private int after = de;
        private boolean ofDate;
        private String whereSubject = "";
        private Phrase happened;
        private String relative = "";
        private boolean sahenVerb;
        private final List<String> parts = new ArrayList<>();
        private final Set<String> heads = new LinkedHashSet<>();
        private Predicate predicate;
        private Optional<ActorMention> subjectActor = Optional.empty();
        private String lead = "";

        Label label() {
            readDatedNoun();
            readWhatIsSaid();
            readLead();
            String datedDeed = happened.isEmpty() ? "" : relativeDeed;
            if (!datedDeed.isEmpty()) {
                heads.add(datedDeed);
            }
            String label = fit(lead, parts);
            if (label.isEmpty()) {
                label = fit("", List.of(text.substring(tokenStart(from), Math.max(tokenStart(from), tokenEnd(to - 1)))));
            }
            String bare = !subject.isEmpty() && lead.startsWith(subjectText(subject, subjectActor)) ? bareTopic(subject, subjectActor) : "";
            // the place of 3日に行われたフランスの大統領選挙: two countries' elections of one day are two happenings
            Optional<ActorMention> where = place.isPresent() || happened.isEmpty() ? place : relativePlace;
            return new Label(label, subjectActor, where, List.copyOf(heads), predicate == null ? "" : predicate.deed(), datedDeed,
                    label.startsWith(lead) ? bare : "");
        }

        /** The noun the date names (10日の協議, 10日からの協議, 11日発表した速報), if any. */
        private void readDatedNoun() {
            if (de < to && isParticle(de, "の") && !startOfAWait(nounPhrase(de + 1))) {
                noun = nounPhrase(de + 1);
                ofDate = true;
            } else if (de + 1 < to && isParticle(de, "から") && isParticle(de + 1, "の")) {
                noun = nounPhrase(de + 2);
                hint = "開始";
            } else if (de + 1 < to && isParticle(de, "に") && Morphemes.isVerb(t.get(de + 1))) {
                int g = endings(de + 2);
                // 2000年代に入って改正が重ねられた: a verb joined by て frames the clause, it describes no noun
                if (g < to && Morphemes.isNounLike(t.get(g)) && s.charAfter(g - 1) != '、' && !isModal(g) && attributive(g - 1)) {
                    noun = nounPhrase(g);
                    String base = t.get(de + 1).baseForm();
                    hint = base.equals("始まる") || base.equals("始める") ? "開始" : "";
                }
            }
            happened = datedRelativeNoun();
            if (!happened.isEmpty()) {
                noun = happened;
                hint = relativeDeed;
                ofDate = false;
            }
            if (noun.isEmpty()) {
                int inception = inceptionBeforeTopic();
                if (inception >= 0) {
                    noun = nounPhrase(inception);
                    hint = ClauseWords.INCEPTION_HINTS.get(inceptionVerb);
                }
            }
            sahenVerb = de + 1 < to && Morphemes.isSahen(t.get(de)) && Morphemes.isSuru(t.get(de + 1));
            if (noun.isEmpty() && de < to && (Morphemes.isVerb(t.get(de)) || sahenVerb) && s.charAfter(de - 1) != '、') {
                int g = endings(sahenVerb ? de + 2 : de + 1);
                if (g < to && Morphemes.isNounLike(t.get(g)) && s.charAfter(g - 1) != '、') {
                    noun = nounPhrase(g);
                    relative = relativeClause(noun);
                }
            }
        }

        /**
         * Whether the noun the date names ends in 前 and then から, read as a time before a happening that a wait starts
         * from (12日午前9時の開館前から約200人が列を作った → 開館前から約200人が列を作る, not 開館前): the noun names
         * nothing done, so the label says what was done from then. Not 前に (15日の開幕戦前に監督を交代させた): a deed
         * done before a happening may be of another day, and keeps the noun (decision 0037's addendum of 2026-12-13).
         * Known weaknesses: only the surface 前 is checked, so an amount of time (12日の数日前から体調を崩していた →
         * 数日前から体調を崩す, dated the 12th) and a place (国会議事堂前から行進が始まった) are read so too; a clause with a
         * long place phrase is cut at the label's cap before its verb.
         */
        private boolean startOfAWait(Phrase named) {
            int last = named.end() - 1;
            return !named.isEmpty() && named.end() < to && isParticle(named.end(), "から") && last > named.start()
                    && t.get(last).surface().equals("前");
        }

        /** What the label says after its lead: of the noun the date names, or of the predicate it governs. */
        private void readWhatIsSaid() {
            if (sahenVerb && !noun.isEmpty() && !relative.isEmpty() && !subject.isEmpty() && subject.end() == ds - 1) {
                // 財務省が11日発表した国際収支速報: the subject's deed is the date's, what it modifies its object
                predicate = new Predicate(de, de, noun.start(), t.get(de).surface(), false);
                addHeads(heads, noun);
                parts.add(phraseText(noun) + "を");
                parts.add(predicate.headline());
            } else if (!noun.isEmpty()) {
                saidOfTheNoun();
            } else {
                saidByThePredicate();
            }
            if (subject.isEmpty() && predicate != null && from > 0) {
                // 東京五輪は7月23日に開幕し、8月8日に閉幕した: a later date's clause shares the sentence's topic
                subject = sentenceTopic();
            }
        }

        /** The date names a noun: what the clause says of it, or the noun itself as the happening. */
        private void saidOfTheNoun() {
            Predicate told;
            after = noun.end();
            addHeads(heads, noun);
            // a date inside a relative clause dates the noun, not what the sentence then says of it
            // 17日の1000メートルで、: the tokenizer may call this で a copula
            boolean setting = relative.isEmpty() && happened.isEmpty() && noun.end() < to && (isParticle(noun.end(), "で")
                    || t.get(noun.end()).surface().equals("で") && s.charAfter(noun.end()) == '、' && !s.isQuoted(t.get(noun.end())));
            Predicate p = relative.isEmpty() ? predicate(noun.end() + 1, !setting) : null;
            boolean direct = p != null && happened.isEmpty() && p.nominalStart() == noun.end() + 1
                    && isParticle(noun.end(), "に", "を", "と", "へ");
            if (setting && p != null) {
                predicate = p;
                parts.add(phraseText(noun) + "で");
                parts.addAll(arguments(p, noun.end() + 1));
                parts.add(p.headline());
            } else if (direct) {
                predicate = p;
                parts.add(phraseText(noun) + t.get(noun.end()).surface());
                parts.add(p.headline());
            } else if (ofDate && hint.isEmpty() && relative.isEmpty() && isTopic(noun.end())
                    && (subject.isEmpty() || isParticle(noun.end(), "が"))
                    && (told = predicateOrStatement(noun.end() + 1)) != null
                    && (subject.isEmpty() || !quoteBetween(noun.end() + 1, told.head()))) {
                // 9日の24時間降雪量が…60センチに達した: the noun the date names is the subject of the clause;
                // 政府は今夏の電力需給が厳しくなるとして: of the clause the topic says it of, too
                predicate = told;
                subject = noun;
                parts.addAll(arguments(told, noun.end() + 1));
                parts.add(told.headline());
            } else {
                if (!setting) {
                    // 10日からの協議について: the happening is the noun, not something the topic did
                    subject = new Phrase(ds, ds);
                }
                String said = setting && SAYING_NOUNS.contains(t.get(noun.end() - 1).surface()) ? speechAfter(noun.end()) : "";
                if (!said.isEmpty()) {
                    parts.add(said);
                }
                if (!happened.isEmpty()) {
                    parts.add(settingBeforeDate());
                    parts.add(relativeSetting);
                }
                parts.add(relative.isEmpty() ? phraseText(noun) : relative);
                if (!hint.isEmpty()) {
                    parts.add((subject.isEmpty() ? "が" : "を") + hint);
                }
            }
        }

        /** The date governs a predicate: its arguments and headline, else the first noun after the date. */
        private void saidByThePredicate() {
            predicate = predicateOrStatement(de);
            Phrase reporter = subject.isEmpty() || predicate == null ? new Phrase(de, de)
                    : subjectAfterDate(predicate.nominalStart());
            if (!reporter.isEmpty() && reporter.start() - 1 > de && isQuoteTo(reporter.start() - 1)) {
                parts.add(complement(reporter.start(), de));
                parts.add(subjectText(reporter, actorEnding(reporter)) + "が");
                parts.add(predicate.headline());
            } else if (predicate != null) {
                if (formedThing(predicate.head())) {
                    // 献花台が設けられ、10日朝から長い列ができた: a thing formed has its own subject, not a doer's
                    subject = new Phrase(de, de);
                }
                if (subject.isEmpty()) {
                    subject = subjectAfterDate(predicate.nominalStart());
                    if (!subject.isEmpty()) {
                        after = subject.end() + 1;
                        whereSubject = settingBefore(subject.start());
                    }
                }
                Predicate leading = ledBy.get(predicate);
                if (leading != null) {
                    parts.add(leadingPart(leading, after));
                }
                parts.addAll(arguments(predicate, after));
                parts.add(predicate.headline());
            } else {
                Phrase first = nounPhrase(firstNounAfter(de));
                if (!first.isEmpty()) {
                    parts.add(phraseText(first));
                    addHeads(heads, first);
                }
            }
        }

        /** Who or where leads the label: the subject and its actor, the setting or the place. */
        private void readLead() {
            if (!subject.isEmpty()) {
                subjectActor = actorEnding(subject);
            }
            // 沖縄県で…感染が確認, 近くでは…不審火があった: where a thing happened is the news with it, not with a person's deed
            String topic = settingTopic();
            // 新千歳空港では…、大雪で計120便が欠航: the setting the clause is framed by, not a cause after it
            String frame = subjectActor.isPresent() ? "" : topic.isEmpty() ? whereSubject : topic;
            if (!frame.isEmpty() && String.join("", parts).contains(frame)) {
                frame = "";
            }
            if (!subject.isEmpty()) {
                boolean afterDate = subject.start() == de || subject.start() == de + 1 && isParticle(de, "の");
                lead = frame + (afterDate ? ownerBeforeDate() : "") + (subjectActor.isEmpty() ? sharedOwner(subject) : "")
                        + subjectText(subject, subjectActor)
                        + (parts.isEmpty() ? "" : innerSubject ? "の" : "が");
                if (subjectActor.isEmpty()) {
                    addHeads(heads, subject);
                }
            } else if (!frame.isEmpty() && !parts.isEmpty()) {
                lead = frame;
            } else if (place.isPresent() && !String.join("", parts).contains(place.get().surface() + "で")) {
                lead = place.get().surface() + "で";
            } else if (place.isEmpty() && !parts.isEmpty() && !String.join("", parts).contains("で") && placeBeforeDate()) {
                // トルコ南部で11日、大規模な地震があった: where, when no place named alone says it and the label no setting
                lead = settingBeforeDate();
            }
            if (predicate != null) {
                heads.add(predicate.deed());
                boolean bare = predicate.headline().equals(text.substring(tokenStart(predicate.nominalStart()), tokenEnd(predicate.head())));
                // a body said by what it is in the passive is mostly one being made (有識者委員会が設置された), told as before
                boolean suffers = !subject.isEmpty()
                        && (subjectActor.filter(m -> !m.saysOnlyItsKind()).isPresent() || actsOrSuffers(subject));
                if (suffers && bare && passiveSahen(predicate)
                        && !parts.isEmpty()
                        && parts.get(parts.size() - 1).equals(predicate.headline())) {
                    // 安倍元首相が銃撃された: done to the subject, said so (安倍元首相が銃撃 reads as his deed)
                    parts.set(parts.size() - 1, predicate.headline() + "される");
                    lead = frame + subjectText(subject, subjectActor) + "が";
                }
            }
            if (!complementHead.isEmpty()) {
                heads.add(complementHead);
            }
            if (predicate != null && Modal.NOUNS.get(predicate.deed()) == Modal.PLAN && lead.endsWith("が") && parts.size() == 1
                    && parts.get(0).equals(predicate.headline())) {
                // オンライン会議が予定されている: planned is headlined へ
                lead = lead.substring(0, lead.length() - 1);
                parts.set(0, "へ");
            }
        }
    }

    /**
     * 外相は「来月5日に再び協議を開きたい」と語った: a date inside quoted speech dates what the
     * speaker says will happen or happened, not the saying (which a date outside the quote, or
     * the article, dates): 外相「再び協議を開きたい」 on 5 February, not 外相が発言. The words
     * after the date (and its particle) to the end of the quote or of the clause, with the
     * speaker before the quote; empty when the date is not quoted, the quote is not followed by
     * と (a name or title: 「2025年問題」への対策), is nested, or holds nothing after the date.
     */
    private Optional<Label> quotedDeed() {
        int start = tokenStart(ds);
        if (ds >= to || !s.quoted()[start]) {
            return Optional.empty();
        }
        int open = text.lastIndexOf('「', start);
        int close = text.indexOf('」', start);
        if (open < 0 || close < 0 || !text.startsWith("と", close + 1)
                || text.substring(open + 1, close).chars().anyMatch(c -> c == '「' || c == '」')) {
            return Optional.empty();
        }
        int k = de;
        while (k < to && k < t.size() && t.get(k).span().start() < close
                && (Morphemes.isParticle(t.get(k), "に", "は", "から", "まで", "も", "の", "には") || t.get(k).surface().equals("、"))) {
            k++;
        }
        int contentStart = tokenStart(k);
        int contentEnd = Math.min(close, tokenEnd(to - 1));
        if (k >= to || contentStart >= contentEnd) {
            return Optional.empty();
        }
        String content = text.substring(contentStart, contentEnd).strip();
        while (!content.isEmpty() && "。、".indexOf(content.charAt(content.length() - 1)) >= 0) {
            content = content.substring(0, content.length() - 1);
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Phrase speaker = subjectBeforeDate();
        Optional<ActorMention> speakerActor = speaker.isEmpty() ? Optional.empty() : actorEnding(speaker);
        String lead = speaker.isEmpty() ? "" : subjectText(speaker, speakerActor);
        int room = Math.max(4, Label.MAX_LENGTH - lead.length() - 2);
        if (content.length() > room) {
            content = content.substring(0, room - 1) + "…";
        }
        Set<String> heads = new LinkedHashSet<>();
        for (int i = k; i < to && t.get(i).span().start() < contentEnd; i++) {
            if (Morphemes.isNounLike(t.get(i)) && t.get(i).surface().length() > 1) {
                heads.add(t.get(i).surface());
            }
        }
        return Optional.of(new Label(lead + "「" + content + "」", speakerActor, locative(), List.copyOf(heads), ""));
    }

    /**
     * 参院での聴取は27日だった, 決勝は12月18日で、, 議席の確定は11日未明になる見通しだ, 任期は4月8日までと
     * なっている, 実際の緩和は13日からとなる, 会期は12月10日までの69日間: a clause that only says when its
     * topic is (the date, with から or まで, then a copula, になる/となる/とされる, or the count of time
     * the topic lasts) is about the topic itself: 参院での聴取, 議席の確定へ, 黒田総裁の任期が終了,
     * 実際の緩和が開始. A later date's clause (20日までの17日間、熱戦が…) takes the sentence's topic. A
     * day ending a span is its end; a period written as a range (AからBまで) is the span itself.
     */
    private Optional<Label> dateAsPredicate() {
        Phrase topic = subjectBeforeDate();
        boolean own = !topic.isEmpty() && topic.end() == ds - 1 && isParticle(topic.end(), "は");
        if (!own) {
            topic = ds == from && from > 0 ? sentenceTopic() : new Phrase(ds, ds);
        }
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        int k = de;
        String boundary = "";
        if (isParticle(k, "から")) {
            boundary = "開始";
            k++;
        } else if (isParticle(k, "まで")) {
            boundary = "終了";
            k++;
        }
        boolean lasting = false;
        if (k + 1 < to && isParticle(k, "の") && t.get(k).partOfSpeech().startsWith("助詞-連体化") && isCountOfTime(k + 1)) {
            k = countEnd(k + 1);
            lasting = true;
        }
        boolean plan = false;
        if (k >= to || s.charAfter(k - 1) == '。') {
            // 会期は12月10日までの69日間。
        } else if (lasting && s.charAfter(k - 1) == '、' && !boundary.isEmpty()) {
            // 20日までの17日間、熱戦が繰り広げられる: the span of the topic
        } else if (t.get(k).partOfSpeech().startsWith("助動詞") && Set.of("だ", "です").contains(t.get(k).baseForm())
                && (endsClause(endings(k + 1)) || s.charAfter(k) == '、')) {
            // 27日だった, 12月18日で、
        } else if (k + 1 < to && isParticle(k, "と", "に") && (t.get(k + 1).baseForm().equals("なる") || Morphemes.isSuru(t.get(k + 1)))) {
            int e = endings(k + 2);
            plan = e < to && isModal(e) && Modal.NOUNS.get(text.substring(tokenStart(e), tokenEnd(modalEnd(e)))) == Modal.PLAN;
            if (!plan && !endsClause(e)) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        if (!own && boundary.isEmpty()) {
            return Optional.empty();
        }
        int b = topic.start();
        if (b - 3 >= from && isParticle(b - 1, "の") && isParticle(b - 2, "で", "へ", "と", "から") && usable(b - 2)
                && t.get(b - 2).partOfSpeech().startsWith("助詞-格助詞") && chunkStart(b - 2) < b - 2) {
            // 参院での聴取: where it is held belongs to it
            topic = new Phrase(chunkStart(b - 2), topic.end());
        }
        Optional<ActorMention> actor = actorEnding(topic);
        String subject = b == topic.start() ? subjectText(topic, actor) : phraseText(topic);
        boolean deed = Morphemes.isSahen(t.get(topic.end() - 1));
        String label = subject + (boundary.isEmpty() ? "" : "が" + boundary) + (plan && deed && boundary.isEmpty() ? "へ" : "");
        Set<String> heads = new LinkedHashSet<>();
        addHeads(heads, topic);
        if (!boundary.isEmpty()) {
            heads.add(boundary);
        }
        String fitted = fit("", List.of(label));
        String bare = fitted.equals(label) ? bareTopic(new Phrase(b, topic.end()), actor) : "";
        return Optional.of(new Label(fitted, actor, locative(), List.copyOf(heads), boundary, "", bare));
    }

    /**
     * 東湊市の住宅で2月、夫婦が死亡した火災で、地検は25日、長男を起訴した → 住宅で夫婦が死亡した火災: a date with no
     * subject before it, then (after a comma, or に and where) a clause describing a noun set off by で and a comma,
     * with the rest of the sentence dated by a date of its own, tells the case the report is about (the fire of
     * February), not what the sentence then says was done in it (the indictment of the 25th). The label is the
     * clause and its noun, where before the date leading, a name in brackets kept with them
     * (1987年に北村で一家3人が殺害された「北沢事件」で、 → 北村で一家3人が殺害された「北沢事件」). Empty when a comma, a topic or a quote comes before the noun, when no later
     * date dates the rest (首相は10日、訪問先で開かれた会議で、…と述べた is the speech: a subject stands before its
     * date), when the clause has no subject of its own (3日に起きた地震で、 is the dated relative clause
     * {@link #datedRelativeNoun} reads), or when the noun is followed by anything but で and a comma. Known weaknesses: a clause with a comma
     * inside (住宅が全焼し、夫婦が死亡した火災で) is read as before. The noun is the one the clause describes,
     * without what of it follows の (「北沢事件」の再審で、 → …殺害された「北沢事件」).
     */
    private Optional<Label> settingTheDateTells() {
        if (!subjectBeforeDate().isEmpty() || de >= to) {
            return Optional.empty();
        }
        int k = de;
        if (isParticle(k, "に") && t.get(k).partOfSpeech().startsWith("助詞-格助詞")) {
            k++;
        } else if (s.charAfter(de - 1) != '、') {
            return Optional.empty();
        }
        boolean ownSubject = false;
        for (int j = k; j + 1 < to; j++) {
            Token tk = t.get(j);
            if (!usable(j) || "、。".indexOf(s.charAfter(j)) >= 0
                    || Morphemes.isParticle(tk, "は") && tk.partOfSpeech().startsWith("助詞-係助詞")) {
                return Optional.empty();
            }
            ownSubject |= Morphemes.isParticle(tk, "が") && tk.partOfSpeech().startsWith("助詞-格助詞");
            boolean verb = ownSubject && (Morphemes.isVerb(tk) || Morphemes.isVerbEnding(tk));
            String between = text.substring(tk.span().end(), t.get(j + 1).span().start());
            if (!verb || !attributive(j) || !(between.isEmpty() || between.equals("「")) || !Morphemes.isNounLike(t.get(j + 1))) {
                continue;
            }
            // a name in brackets (「北沢事件」で) is one noun, though its words read as quoted
            boolean named = between.equals("「");
            int e = j + 1;
            while (e < to && (usable(e) || named) && Morphemes.isNounLike(t.get(e)) && (e == j + 1 || s.charAfter(e - 1) != '」')) {
                e++;
            }
            int nounEnd = t.get(e - 1).span().end();
            int f = e;
            if (f + 1 < to && isParticle(f, "の") && usable(f + 1) && Morphemes.isNounLike(t.get(f + 1))) {
                // 「北沢事件」の再審で、: the case is the noun the clause describes, what of it follows の
                f++;
                while (f < to && usable(f) && Morphemes.isNounLike(t.get(f))) {
                    f++;
                }
            }
            boolean set = f < to && isParticle(f, "で") && t.get(f).partOfSpeech().startsWith("助詞-格助詞") && s.charAfter(f) == '、';
            boolean caseNoun = named || ClauseWords.CASE_NOUNS.contains(t.get(e - 1).surface());
            if (!set || !caseNoun || !datesAfter(nounEnd).anyMatch(this::datesTheFinalDeed)) {
                continue;
            }
            if (named && !text.startsWith("」", nounEnd)) {
                continue;
            }
            int end = named ? nounEnd + 1 : nounEnd;
            String clause = text.substring(tokenStart(k), end);
            String where = k == de ? settingBeforeDate() : "";
            Set<String> heads = new LinkedHashSet<>();
            addHeads(heads, new Phrase(j + 1, e));
            int deed = j;
            while (deed > k && !Morphemes.isVerb(t.get(deed))) {
                deed--;
            }
            String done = Morphemes.isSuru(t.get(deed)) && deed > k && Morphemes.isSahen(t.get(deed - 1))
                    ? t.get(deed - 1).surface() : verbHeadline(deed);
            heads.add(done);
            return Optional.of(new Label(fit("", List.of(where, clause)), Optional.empty(), locative(), List.copyOf(heads), done));
        }
        return Optional.empty();
    }

    /** The sentence's dates other than the report's that start at or after {@code offset}. */
    private Stream<TextSpan> datesAfter(int offset) {
        return otherDates.stream().filter(o -> !o.equals(date) && o.start() >= offset);
    }

    /**
     * Whether a date dates the clause's final deed, not a target or a plan told inside it:
     * 地検は25日、長男を起訴した and 地裁は14日、初公判を9月1日に開くと決めた (a date set off by its comma dates the
     * saying) do; 2030年までに半減させると表明した (a deadline) and 来月10日に訪米すると述べた (the content of a
     * saying, before its と) do not.
     */
    private boolean datesTheFinalDeed(TextSpan other) {
        if (text.startsWith("まで", other.end())) {
            return false;
        }
        if (text.startsWith("、", other.end())) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (t.get(k).span().start() >= other.end() && isQuoteTo(k)) {
                return false;
            }
        }
        return true;
    }

    /** 3週間, 69日間, 4年間, 2か月: a number and a counter of time at token i. */
    private boolean isCountOfTime(int i) {
        if (i >= to || !usable(i) || !t.get(i).partOfSpeech().startsWith("名詞-数")) {
            return false;
        }
        int e = countEnd(i);
        String count = text.substring(tokenStart(i), tokenEnd(e - 1));
        return COUNT_OF_TIME.matcher(count).matches();
    }

    /** The index after a number and its counters from token i. */
    private int countEnd(int i) {
        int e = i;
        while (e < to && usable(e) && (t.get(e).partOfSpeech().startsWith("名詞-数") || t.get(e).partOfSpeech().startsWith("名詞-接尾")
                || Set.of("か", "カ", "ヶ", "ケ").contains(t.get(e).surface()))) {
            e++;
        }
        return e;
    }

    /**
     * 今月17日に召集される通常国会で…演説を行う, 今年1月に発足した米バイデン政権は, 6日召集の臨時国会で,
     * 今年度末で退任する日銀副総裁の後任人事は: a date in a relative clause (its particle に or で,
     * then a verb, or a date written onto a sahen noun and の) dates what that clause says of the
     * noun it modifies, when the noun is the setting or the topic of what the sentence then
     * says (で, は, が, から, も): the 17th is the convening, not the speech. A noun the main verb
     * takes directly (来月4日に行われる開会式に出席) stays with the main verb: attending is on the
     * day of the ceremony; a date written onto 召集の dates the convening whatever follows. The
     * noun up to its first の (日銀副総裁, not its 後任人事; past a country or place: フランスの大統領選挙),
     * with {@link #relativeDeed} set; empty when the date heads no such clause.
     */
    private Phrase datedRelativeNoun() {
        int k = de;
        boolean particle = k < to && isParticle(k, "に", "で") && t.get(k).partOfSpeech().startsWith("助詞-格助詞");
        if (particle) {
            k++;
        }
        if (k >= to || s.charAfter(k - 1) == '、' || !usable(k)) {
            return new Phrase(de, de);
        }
        // 1日に石川県能登地方で起きた地震: where the deed happened, said between the date and its verb
        int settingEnd = particle ? placeThenDe(k) : -1;
        if (settingEnd >= 0) {
            k = settingEnd + 1;
        }
        int g;
        String deed;
        boolean written = false;
        Token v = t.get(k);
        if (particle && Morphemes.isSahen(v) && k + 1 < to && Morphemes.isSuru(t.get(k + 1))) {
            g = endings(k + 2);
            deed = v.surface();
        } else if (!particle && Morphemes.isSahen(v) && k + 1 < to && isParticle(k + 1, "の")
                && t.get(k + 1).partOfSpeech().startsWith("助詞-連体化")) {
            g = k + 2;
            deed = v.surface();
            written = true;
        } else if (particle && Morphemes.isVerb(v) && !Morphemes.WEAK_VERBS.contains(v.baseForm())
                && !ClauseWords.FRAMING_VERBS.contains(v.baseForm())) {
            g = endings(k + 1);
            deed = verbHeadline(k);
        } else {
            return new Phrase(de, de);
        }
        if (g >= to || !usable(g) || !Morphemes.isNounLike(t.get(g)) || s.charAfter(g - 1) == '、' || isModal(g)
                || t.get(g).span().start() != t.get(g - 1).span().end() || inOtherDate(g)) {
            // 28日に発表された11月の鉱工業生産指数は…上昇した: figures named by their period are told by the sentence
            return new Phrase(de, de);
        }
        int e = g;
        while (e < to && usable(e) && (Morphemes.isNounLike(t.get(e)) || describedByNa(e))) {
            e++;
        }
        int whole = nounPhrase(g).end();
        // …東日本大震災の余震とみられる: a noun the sentence only says something is, as the topic
        boolean said = whole < to && isQuoteTo(whole) && t.get(whole).partOfSpeech().startsWith("助詞-格助詞-引用");
        if (!written && !said && (whole >= to || !isParticle(whole, "で", "は", "が", "から", "も"))) {
            return new Phrase(de, de);
        }
        boolean laterDate = datesAfter(t.get(whole - 1).span().end()).findAny().isPresent();
        if (ClauseWords.INCEPTION_HINTS.containsKey(v.baseForm()) && !said && isParticle(whole, "で") && !laterDate) {
            // 16日深夜に起きた地震で、…震度6強を観測した: what the sentence tells happened with it; but with a
            // date of its own (…地震で、県は3日、死者が64人になったと発表した) that is another day's happening
            return new Phrase(de, de);
        }
        relativeDeed = ClauseWords.INCEPTION_HINTS.getOrDefault(v.baseForm(), deed);
        relativeSetting = settingEnd >= 0 ? text.substring(tokenStart(de + 1), tokenEnd(settingEnd)) : "";
        // 3日に行われたフランスの大統領選挙では: a country or place before の says where, the noun after it what
        relativePlace = whole > e + 1 && isParticle(e, "の") ? placeNamed(g, e) : Optional.empty();
        // 最大震度7の地震: a measure before の says which, the noun after it what happened
        boolean measure = whole > e + 1 && isParticle(e, "の") && endsInANumber(g, e);
        if (written && e == g + 1 && SCHEDULES.contains(t.get(g).surface())) {
            return scheduled(e);
        }
        return relativePlace.isPresent() || measure ? new Phrase(g, whole) : new Phrase(g, e);
    }

    /** Nouns of a schedule, whose days (9日告示、14日投開票の日程で) are the days of what is scheduled. */
    private static final Set<String> SCHEDULES = Set.of("日程", "スケジュール");

    /**
     * What a schedule ending at token {@code end} is of: 町議選を4月9日告示、14日投開票の日程で行う and 19日公示、31日投開票の
     * 日程で総選挙を行う schedule the election, whose vote the 14th and the 31st are (町議選が投開票, 総選挙が投開票; the
     * schedule itself voted nothing). The thing done on that schedule, marked を, after the schedule, else before its
     * dates; else the clause's subject when it names no actor (市長選は13日告示、20日投開票の日程で行われる); else the
     * schedule. The を is looked for only in the schedule's own clause: after it up to the first 、 or は/が (知事選は
     * …の日程で行われ、各党は候補者の擁立を急ぐ: 知事選が投開票, not 候補者の擁立), before it back to the nearest は/が or a
     * clause ended by a verb and 、 (首相は衆院を解散し、総選挙は19日公示、31日投開票の日程で行われる: 総選挙, not 衆院).
     * Known weaknesses: a schedule of a thing the clause does not name (…の日程で行われる, its election in the sentence
     * before) is told as the schedule; a 、 right after the schedule (…の日程で、総選挙を行う) hides its object.
     */
    private Phrase scheduled(int end) {
        for (int k = end + 1; k < to && !isParticle(k, "は", "が") && !endsAPhrase(k - 1); k++) {
            if (endsAnObject(k)) {
                return new Phrase(chunkStart(k), k);
            }
        }
        for (int k = ds - 1; k > from && !isParticle(k, "は", "が") && !endsAVerbsClause(k); k--) {
            if (endsAnObject(k)) {
                return new Phrase(chunkStart(k), k);
            }
        }
        Phrase subject = subjectBeforeDate();
        return !subject.isEmpty() && actorEnding(subject).isEmpty() ? subject : new Phrase(end - 1, end);
    }

    /**
     * The index of the で closing a place said right after token {@code k} (石川県能登地方で), or -1: the
     * tokens up to it one noun phrase naming a country or place.
     */
    private int placeThenDe(int k) {
        int e = k;
        while (e < to && usable(e) && Morphemes.isNounLike(t.get(e))) {
            e++;
        }
        if (e == k || e + 1 >= to || !isParticle(e, "で") || !t.get(e).partOfSpeech().startsWith("助詞-格助詞")) {
            return -1;
        }
        int first = tokenStart(k);
        int last = tokenStart(e);
        boolean place = s.actors().stream().anyMatch(m -> (m.kind() == ActorKind.PLACE || m.kind() == ActorKind.COUNTRY)
                && m.span().start() == first && m.span().end() <= last);
        return place ? e : -1;
    }

    /** Whether token {@code k} is followed by 、 or 。. */
    private boolean endsAPhrase(int k) {
        char c = s.charAfter(k);
        return c == '、' || c == '。';
    }

    /** Whether token {@code k} is a verb or an auxiliary followed by 、 (解散し、): the end of a clause of its own. */
    private boolean endsAVerbsClause(int k) {
        return s.charAfter(k) == '、' && (Morphemes.isVerb(t.get(k)) || Morphemes.isVerbEnding(t.get(k)));
    }

    /** Whether token {@code k} is a を marking a noun phrase before it, outside quotes. */
    private boolean endsAnObject(int k) {
        return isParticle(k, "を") && t.get(k).partOfSpeech().startsWith("助詞-格助詞") && chunkStart(k) < k;
    }

    /** Whether tokens [start, end) end in a number and its counter or grade (震度6弱, M7.6, 3両): a measure. */
    private boolean endsInANumber(int start, int end) {
        int i = end - 1;
        if (i > start && t.get(i).partOfSpeech().startsWith("名詞-接尾")) {
            i--;
        }
        return t.get(i).partOfSpeech().startsWith("名詞-数");
    }

    /**
     * 今月2日、燃料価格の引き上げに端を発した抗議活動は、各地に広がり: a date, then a clause that
     * starts something (始まった, 端を発した, 起きた, 発生した) modifying the topic (は): the date is
     * when that began, not when what the rest of the sentence says of the topic happened. With
     * が the date stays with the main verb: 先週、燃料高騰に端を発した抗議デモが暴徒化し is when the
     * protests turned violent. A cue, not a parse: both readings are possible in either form.
     * The start of the topic noun, or -1; sets {@link #inceptionVerb}.
     */
    private int inceptionBeforeTopic() {
        for (int k = de; k < to; k++) {
            Token tk = t.get(k);
            if (s.isQuoted(tk) || (Morphemes.isParticle(tk, "は", "が") && !tk.partOfSpeech().startsWith("助詞-接続"))) {
                return -1;
            }
            if (!Morphemes.isVerb(tk)) {
                continue;
            }
            String verb = Morphemes.isSuru(tk) && k > de && Morphemes.isSahen(t.get(k - 1)) ? t.get(k - 1).surface() : tk.baseForm();
            int g = endings(k + 1);
            if (!ClauseWords.INCEPTION_HINTS.containsKey(verb) || g >= to || !Morphemes.isNounLike(t.get(g)) || s.charAfter(g - 1) == '、') {
                return -1;
            }
            Phrase topic = nounPhrase(g);
            if (topic.isEmpty() || !isParticle(topic.end(), "は") || !t.get(topic.end()).partOfSpeech().startsWith("助詞-係助詞")) {
                return -1;
            }
            inceptionVerb = verb;
            return g;
        }
        return -1;
    }

    private String fit(String lead, List<String> parts) {
        return LabelFitting.fit(lead, parts, shorter);
    }
}
