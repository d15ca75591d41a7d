package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An office of justice, police or fire service, or a municipality's assembly or board, said by its kind alone (県警は, 地裁で,
 * 警察と消防は, 市議会は, 町選管は, 市教委によると) where the article named no
 * office of that kind before it, but named the place it is about: local news names the prefecture's
 * police and the district court so from the first sentence, the place being the town it reports on.
 * Such an office is still an actor, not nobody as 同社 left alone is: the word says what kind of body
 * acted, and the place whose it is.
 *
 * <ul>
 *   <li>The place: a municipality or prefecture written with its kind (北浜市, 緑ヶ丘町, 兵庫県) named
 *       within reach before the office, or in its sentence after it (県警は14日、北浜市長の…を逮捕).
 *       With none (地検は10日、男を起訴した as an article's first words) the office is left alone, as
 *       decision 0030 has it: nothing says whose it is.</li>
 *   <li>A prefecture's police (県警, 府警, 道警) is the police of the prefecture named last before it:
 *       兵庫県東湊市で…。県警は4日、… → 兵庫県警 (the same actor as 兵庫県警 written whole), when no other prefecture
 *       is named within reach; a municipality's assembly (市議会, 町議会, 村議会) and boards ({@link
 *       AnaphorFinder#MUNICIPAL_OFFICES}: 町選管, 市教委, 市消防本部) so too: 鷹見市の元職員が…。市議会は → 鷹見市議会; 四日市市で…。
 *       市教委は → 四日市市教委.</li>
 *   <li>Otherwise, and always for a court or prosecutors (地裁, 地検, 高裁…, named by their city, not
 *       their prefecture: 兵庫県 has the 神戸地裁), the office as written: 湊川市の寺で…。県警は15日、
 *       男を逮捕した → 県警; 北浜市の前市長の初公判は地裁で開かれる → 地裁; 山辺町の旅館で…。消防によると → 消防.</li>
 * </ul>
 *
 * <p>Known weaknesses: the offices of different prefectures said by their kind alone are one actor
 * (one lane 県警) across the articles of a project; the reason of each says the place it was read
 * with. So are, and far more often, every town's 警察 and 消防: one lane 警察 for all. 警察 of a sentence about the
 * police in general (警察は一般に、こうした事件を公表しない) is read as the article's office too. A foreign town's police
 * (米ニューヨーク市で…。現地の警察によると) carries the town's country, still in the one lane 警察.
 */
final class UnnamedOffices {

    /**
     * The police of a prefecture and the assembly and boards of a municipality, whose first character is the place's
     * kind (県, 府, 道; 市, 町, 村): named by the one place of that kind the article named before them (朝凪町で…。町選管は
     * → 朝凪町選管, as written whole).
     */
    private static final Set<String> OF_THE_PLACE = Stream.concat(Stream.of("県警", "府警", "道警", "市議会", "町議会", "村議会"),
            AnaphorFinder.MUNICIPAL_OFFICES.stream()).collect(Collectors.toUnmodifiableSet());

    /** The kinds of a prefecture, whose police 県警, 府警 and 道警 are. */
    private static final String POLICE_KINDS = "県府道";

    /** The kinds a municipality's or prefecture's name is written with: 北浜市, 緑ヶ丘町, 兵庫県, 東京都. */
    private static final List<String> MUNICIPAL_KINDS = List.of("市", "町", "村", "区", "県", "府", "都", "道");

    private UnnamedOffices() {
    }

    /**
     * @param text the document's text
     * @param seen the actors named in it and the anaphors resolved so far, document spans, in text order
     * @param a    an office anaphor no office named before stands for
     * @return the office it is, at the anaphor's span; none where the article names no place it could be local to
     */
    static Optional<ActorMention> office(String text, List<ActorMention> seen, Anaphor a) {
        Optional<ActorMention> place = placeOfTheArticle(text, seen, a);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        Optional<ActorMention> ofItsKind = OF_THE_PLACE.contains(a.surface()) ? placeOfItsKindBefore(text, seen, a) : Optional.empty();
        if (ofItsKind.isPresent()) {
            ActorMention town = ofItsKind.get();
            // 兵庫 + 県警; 北海道 + 道警 is 北海道警, the kind written once; but 四日市 written 四日市市 + 市教委 is 四日市市教委
            String kind = a.surface().substring(0, 1);
            String name = town.canonical();
            boolean kindInTheName = name.endsWith(kind) && !text.startsWith(kind, town.span().end());
            name = (kindInTheName ? name.substring(0, name.length() - 1) : name) + a.surface();
            return Optional.of(new ActorMention(a.surface(), a.span(), ActorKind.ORGANISATION, name, name, "", countryOf(town),
                    a.surface() + " = " + name + " (none of its kind named before it; the " + a.surface() + " of the "
                    + (POLICE_KINDS.indexOf(a.surface().charAt(0)) >= 0 ? "prefecture" : "municipality") + " named last before it)"));
        }
        return Optional.of(new ActorMention(a.surface(), a.span(), ActorKind.ORGANISATION, a.surface(), a.surface(), "",
                countryOf(place.get()), a.surface() + " written alone and no office of that kind named before it: the "
                + a.surface() + " of " + place.get().surface() + "'s article, by its kind"));
    }

    /**
     * The country of the place an office is local to, Japan where the text does not say: a foreign town's police or board
     * is its country's (米ニューヨーク市で…。現地の警察によると, …。市教委によると → 米国).
     */
    private static String countryOf(ActorMention place) {
        return place.country().isEmpty() ? ActorFinder.HOME_COUNTRY : place.country();
    }

    /**
     * The municipality or prefecture the office is local to: one written with its kind named last
     * within reach before it, else the first named after it in its sentence.
     */
    private static Optional<ActorMention> placeOfTheArticle(String text, List<ActorMention> seen, Anaphor a) {
        ActorMention before = null;
        int sentenceEnd = text.indexOf('。', a.span().end());
        int end = sentenceEnd < 0 ? text.length() : sentenceEnd;
        for (int i = Coreference.firstStartingFrom(seen, a.span().start() - Coreference.REACH);
             i < seen.size() && seen.get(i).span().start() < end; i++) {
            ActorMention m = seen.get(i);
            if (m.kind() != ActorKind.PLACE || !withItsKind(text, m)) {
                continue;
            }
            if (m.span().end() <= a.span().start()) {
                before = m;
            } else if (before == null) {
                return Optional.of(m);
            }
        }
        return Optional.ofNullable(before);
    }

    private static boolean withItsKind(String text, ActorMention place) {
        for (String kind : MUNICIPAL_KINDS) {
            if (Coreference.writtenAs(text, place, kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place of the office's kind (県 for 県警, 市 for 市議会, 町 for 町議会) named before it within reach,
     * written with that kind after its name (兵庫県, 鷹見市), when it is the only such place named within reach:
     * 長崎県西浜市で…。男は福岡県内に逃げた…。県警は10日、 names two prefectures, and which police acted is not
     * said. A ward's assembly said alone (区議会) is left: the wards' assemblies are named whole in the news read
     * so far (世田谷区議会), and 区 after a name is as often a district of a city as a ward.
     */
    private static Optional<ActorMention> placeOfItsKindBefore(String text, List<ActorMention> seen, Anaphor a) {
        String kind = a.surface().substring(0, 1);
        ActorMention nearest = null;
        Set<String> named = new LinkedHashSet<>();
        for (int i = Coreference.firstStartingFrom(seen, a.span().start() - Coreference.REACH);
             i < seen.size() && seen.get(i).span().end() <= a.span().start(); i++) {
            // the prefecture a municipality was written after is named too (静岡県榊原市 names 静岡県), before it
            ActorMention found = seen.get(i);
            List<ActorMention> places = MunicipalitiesNamedWhole.prefectureOf(found)
                    .map(prefecture -> List.of(prefecture, found)).orElse(List.of(found));
            for (ActorMention m : places) {
                if (m.kind() == ActorKind.PLACE && Coreference.writtenAs(text, m, kind)) {
                    nearest = m;
                    named.add(m.canonical());
                }
            }
        }
        return nearest != null && named.size() == 1 ? Optional.of(nearest) : Optional.empty();
    }
}
