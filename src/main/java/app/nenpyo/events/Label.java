package app.nenpyo.events;

import app.nenpyo.nlp.ActorMention;
import java.util.List;
import java.util.Optional;

/**
 * What {@link LabelBuilder} read in a clause.
 *
 * @param text       the headline, at most {@link LabelBuilder#MAX_LENGTH} characters
 * @param subject    the actor that did it, when the subject is an actor (sentence-relative span)
 * @param place      where, when the clause says so with で (ジュネーブで, カザフでは)
 * @param headWords  the words that name the happening (協議, 会談, 抗議活動, 暴徒化), for merging
 *                   and categories (the merger ignores generic ones such as 開始, 発言)
 * @param predicate  the noun naming what the predicate says was done (会談, 開始, 発言; 開催 for a
 *                   label saying 開催へ), "" when none
 * @param datedDeed  the deed of the relative clause the date heads, when the label tells it (召集 in
 *                   6日に召集される臨時国会で…演説する → 臨時国会が召集), else "": the sentence's main
 *                   clause then says nothing of the happening
 */
record Label(String text, Optional<ActorMention> subject, Optional<ActorMention> place, List<String> headWords,
             String predicate, String datedDeed) {

    Label(String text, Optional<ActorMention> subject, Optional<ActorMention> place, List<String> headWords,
          String predicate) {
        this(text, subject, place, headWords, predicate, "");
    }
}
