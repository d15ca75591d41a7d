package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a headline-style Japanese label (who did what, about 40 characters at most) from the
 * clause a date governs, from the tokens, not from the first characters of the sentence.
 *
 * <p>Reading order:
 * <ol>
 *   <li>a date inside a relative clause ({@link DatedRelativeClause}) dates that clause, said with the noun it
 *       describes: 先月17日にリコールを届け出た東邦モーターズの本社に → 東邦モーターズがリコールを届け出る.</li>
 *   <li>a cleft ({@link CleftedDeed}): the clause before のは dates its deed, not what follows the date:
 *       県警が容疑者を逮捕したのは12日で、事件から3か月がたっていた → 県警が容疑者を逮捕.</li>
 *   <li>subject: the noun phrase marked は/が (or も: 米国務長官も10日) nearest before the date (王毅外相は10日 → 王毅外相), else
 *       the first は/が phrase between the date and the predicate (…抗議活動は、…広がり → 抗議活動).
 *       An actor ending the phrase stands for it (中国の王毅国務委員兼外相 → 王毅国務委員兼外相);
 *       「AとBによる協議」 becomes the countries' short forms + the noun (米露協議).</li>
 *   <li>a noun the date modifies: 10日の会議で, 10日からの…協議, 来月4日に行われる…開会式,
 *       今月2日に始まった抗議活動. Followed by で it is the setting (トカエフ大統領が会議で発言); followed
 *       by について, は, が it is the happening itself (ウクライナ危機を巡る協議が開始: からの and
 *       に始まった say 開始).</li>
 *   <li>predicate: the first verb or sahen noun outside quotes that ends a clause (followed by
 *       、 。 or the clause end, not by a noun, こと or と), preferring what was done over a verb of
 *       saying (対応を批判し over 述べ); nominalised: 会談した → 会談, 始まりました → 開始, 述べ → 発言,
 *       表明し → 表明; a sahen noun ending a sentence counts (…と会談。).</li>
 *   <li>arguments: up to two noun phrases with を/に/と/で/へ/から right before the predicate
 *       (トレウベルディ外相と / 電話で), a country before の dropped, an adverb between them and the
 *       predicate skipped (節電を改めて要請, 公開を当面停止), a thing (no actor) marked も right before a
 *       sahen deed kept as what is done as well (聴取も検討); and what was announced or
 *       wanted: 8000人を拘束したと発表 → 8000人拘束と発表, 協力を強化することに意欲 → 協力強化に意欲,
 *       救助チームをトルコに派遣すると発表 → 救助チームをトルコに派遣と発表, what was asked for before
 *       よう: 避難するよう呼びかけ → 避難を呼びかけ (対策を徹底するよう通知 keeps the verb: one を),
 *       譲歩することはないと表明 → 譲歩しないと表明; a name in brackets as one noun (退位礼正殿の儀に臨む), the name
 *       given with と (新元号を「令和」と発表), the partner the tokenizer reads as "and" (山口代表と会談), whom before
 *       how (坂口氏に祝意を伝達), where dropped before what when the label is too long (decision 0037).</li>
 *   <li>an election voted in the passive, then its result: 衆院選は27日投開票され、自民、公明両党は…割り込んだ →
 *       第50回衆院選が投開票、自民、公明両党が…割り込む (as an incident and its outcome); a contest likewise, told by its
 *       name and the title a win brought when both do not fit: …決勝が行われ、京都国際が関東第一を破り、初優勝した →
 *       …の決勝、京都国際が初優勝.</li>
 *   <li>a declaration at an occasion of speaking: 首相は28日、官邸で記者会見し、辞任する意向を表明した →
 *       首相が辞任する意向を表明 (a deed of its own, a view shown or a quote keeps the occasion); an act of speech named
 *       by its verb there is told with the occasion: 社長は13日、記者会見し、「…」と謝罪した → 社長が記者会見し「…」と謝罪;
 *       likewise a journey before a deed: 外相は12日、インドネシアを訪れ、…と会談した → 外相がインドネシアを訪れ…と会談,
 *       and a deed before the conclusion it led to: 県警は17日、本社を家宅捜索し、社長を逮捕した → 県警が本社を家宅捜索し社長を逮捕.</li>
 *   <li>the case a date tells before the deed of another date: 住宅で2月、夫婦が死亡した火災で、地検は25日、… →
 *       住宅で夫婦が死亡した火災 (decision 0037's addendum of session 24).</li>
 *   <li>a second subject reporting the first: 北朝鮮は15日、…ミサイル1発を発射したと韓国軍が発表した →
 *       北朝鮮が弾道ミサイル1発発射と韓国軍が発表.</li>
 *   <li>what an argument is: the clause describing it (国に賠償を命じる判決を言い渡す; left out first when the
 *       label is too long); where a subject that is no actor was (沖縄県で1759人の感染が確認, a では setting
 *       before the date: 近くで不審火); whose it is (トヨタの2022年4～6月期の純利益 → トヨタの純利益).</li>
 *   <li>a clause that only says when its topic is (参院での聴取は27日だった, 任期は4月8日までとなっている)
 *       is the topic, with 開始/終了 for から/まで.</li>
 * </ol>
 *
 * <p>Examples: 王毅外相は10日、カザフスタンのトレウベルディ外相と電話で会談し、… →
 * 王毅外相がトレウベルディ外相と電話で会談; アメリカのシャーマン国務副長官とロシアのリャプコフ外務次官による協議が10日、スイスのジュネーブで始まりました
 * → 米露協議がジュネーブで開始; 内務省は10日、これまでにおよそ8000人を拘束したと発表しました → 内務省が8000人拘束と発表.
 *
 * <p>Known weaknesses: no real dependency parse, so long sentences with several subjects can
 * pair the wrong subject and verb; a short quote is kept as said (「停戦が必要だ」と発言; 9日の発表で
 * 「…」としている → 「…」と発表) but a long one is never summarised (…と述べ → 発言); adverbs and
 * numbers before an argument are dropped (およそ).
 */
final class LabelBuilder {

    private final Gazetteer gazetteer;

    LabelBuilder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Label build(AnalysedSentence s, TextSpan clause, TextSpan date) {
        return build(s, clause, date, List.of());
    }

    /**
     * @param otherDates the sentence's other dates (sentence-relative): a label never says them
     *                   (日銀は17日と18日に…開く is 日銀が金融政策決定会合を開催 on each day)
     */
    Label build(AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        Optional<Label> relative = DatedRelativeClause.of(s, clause, date, otherDates)
                .flatMap(found -> toldByItsClause(s, found, date, otherDates));
        if (relative.isPresent()) {
            return relative.get().withPointedNoun(NamedBefore.pointedNoun(s.tokens(), clause));
        }
        Optional<CleftedDeed.Cleft> clefted = CleftedDeed.deed(s, clause, date);
        if (clefted.isPresent()) {
            // the date follows its deed: read the deed from its doer on as a clause of no date of its own
            Label told = new Reading(gazetteer, s, clefted.get().deed(), clefted.get().anchor(), otherDates).label();
            return told.withPointedNoun(NamedBefore.pointedNoun(s.tokens(), clause));
        }
        TextSpan told = ReportedDeed.reportedDeed(s, clause, date, otherDates);
        TextSpan incident = IncidentThenOutcome.incident(s, told, date);
        Label label = new Reading(gazetteer, s, incident, date, otherDates).label();
        if (incident.end() < told.end()) {
            TextSpan outcome = ReportedDeed.deedReported(s, new TextSpan(incident.end(), told.end()));
            Label result = new Reading(gazetteer, s, outcome, date, otherDates).label();
            String contest = ContestResult.contestHeld(s, incident);
            boolean voted = IncidentThenOutcome.VOTES.contains(label.predicate());
            if (ContestResult.tellsWhoWon(result) && (voted || !contest.isEmpty())) {
                // an election's or a contest's result names who won: told by it when both do not fit
                label = ContestResult.withResult(label, contest, result);
            } else if (contest.isEmpty()) {
                label = IncidentThenOutcome.withOutcome(label, result);
            }
        }
        return label.withPointedNoun(NamedBefore.pointedNoun(s.tokens(), clause));
    }

    /**
     * A date inside a relative clause ({@link DatedRelativeClause}) dates that clause's deed, said with the noun it
     * describes: as its doer (先月3日に工事を中断した北川トンネル → 北川トンネルが工事を中断), as what was done when the
     * clause has its own subject before the date (山本社が今月5日に発売した新型車 → 山本社が新型車を発売), as where when
     * its subject follows the date (8日に投票が行われた市長選 → 市長選で投票が実施), not at all before こと (10日に物価が
     * 急騰したことを受け → 物価が急騰). Empty when the clause alone says nothing.
     */
    private Optional<Label> toldByItsClause(AnalysedSentence s, DatedRelativeClause.Found found, TextSpan date,
                                            List<TextSpan> otherDates) {
        Reading reading = new Reading(gazetteer, s, found.clause(), date, otherDates);
        reading.alone = true;
        Label inner = reading.label();
        if (inner.text().isEmpty() || inner.predicate().isEmpty()) {
            return Optional.empty();
        }
        String noun = Label.unbroken(found.noun().of(s.text()));
        String told = inner.text();
        Optional<ActorMention> subject = inner.subject();
        boolean noObjectSaid = !told.contains("を") && told.endsWith(inner.predicate());
        if (noun.isEmpty()) {
            told = inner.text(); // the clause alone (before こと, 人事, 案): its own label
        } else if (found.subjectBefore()) {
            told = noObjectSaid ? doneTo(told, noun, inner.predicate()) : told;
        } else if (found.subjectInside() && !found.happened() && noObjectSaid) {
            // 札幌市で支援団体が開いた説明会: the noun is what the clause's subject did
            told = doneTo(told, noun, inner.predicate());
        } else if (found.subjectInside()) {
            // 8日に投票が行われた市長選: the noun is where it happened
            told = noun + "で" + told;
        } else {
            told = noun + "が" + told;
            subject = s.actors().stream().filter(m -> found.noun().contains(m.span()) && m.span().end() == found.noun().end())
                    .findFirst();
        }
        if (told.codePointCount(0, told.length()) > Label.MAX_LENGTH) {
            told = inner.text();
        }
        List<String> heads = new ArrayList<>(inner.headWords());
        if (!noun.isEmpty() && subject.isEmpty()) {
            heads.add(noun);
        }
        return Optional.of(new Label(told, subject, inner.place(), List.copyOf(heads), inner.predicate(), inner.predicate(), ""));
    }

    /** The label with the noun as what its deed is done to, before the deed: 新型車 + 山本自動車が発売 → 山本自動車が新型車を発売. */
    private static String doneTo(String label, String noun, String deed) {
        return label.substring(0, label.length() - deed.length()) + noun + "を" + deed;
    }
}
