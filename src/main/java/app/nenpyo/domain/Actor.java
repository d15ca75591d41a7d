package app.nenpyo.domain;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or country taking part in events, after alias merging: one
 * actor however many ways it was written, in however many documents.
 *
 * <p>Examples: {@code Actor("person:トカエフ", "トカエフ", PERSON, "大統領", "カザフスタン", …)};
 * {@code Actor("country:米国", "米国", COUNTRY, "", "米国", [アメリカ, 米])};
 * {@code Actor("org:集団安全保障条約機構", "集団安全保障条約機構", ORGANISATION, "", "", [CSTO])}.
 *
 * @param key     stable identity across documents and imports: the kind, a colon and a normalised
 *                name ({@code person:リヤフコフ} for both spellings of Ryabkov). Store and link by it.
 * @param name    the canonical name shown to the analyst
 * @param title   a person's title as most fully written (国務委員兼外相), "" otherwise
 * @param country the country the actor belongs to or lies in, canonical name, "" when unknown
 * @param aliases every other surface seen, each with the reason it was merged
 */
public record Actor(String key, String name, ActorKind kind, String title, String country,
                    List<ActorAlias> aliases) {

    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        country = country == null ? "" : country;
        aliases = List.copyOf(aliases);
    }

    /** The name with the title, as a label would show it: トカエフ大統領, 王毅国務委員兼外相. */
    public String displayName() {
        return kind == ActorKind.PERSON ? name + title : name;
    }
}
