package app.nenpyo.domain;

import java.util.Objects;

/**
 * One way an actor was written, and why it was taken to be that actor, so an analyst can see
 * (and undo) every merge.
 *
 * <p>{@code ActorAlias("カザフ", "gazetteer short form of カザフスタン")},
 * {@code ActorAlias("王外相", "same surname 王 and compatible title 外相 as 王毅国務委員兼外相 in the same document")},
 * {@code ActorAlias("リャブコフ", "katakana spelling variant of リャプコフ (both read リヤフコフ)")}.
 *
 * @param surface the text as written (without a title for people: リャブコフ, 王)
 * @param reason  why this surface is this actor; "canonical name" for the name itself
 */
public record ActorAlias(String surface, String reason) {

    public ActorAlias {
        Objects.requireNonNull(surface, "surface");
        reason = reason == null ? "" : reason;
    }
}
