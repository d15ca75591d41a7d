package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.InTextOrder;
import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the anaphors of one document stand for: the actor of the right kind named last before
 * each (東芝は…。同社は → 東芝; 岸田首相は…。首相は → 岸田, title 首相; 日米両政府は…。両国は → 日本 and
 * 米国), as a mention at the anaphor's span whose reason says the link (「同社 = 東芝 (the company
 * named last before it)」). Stateless.
 *
 * <p>Rules: only what was named at most {@link #REACH} characters before counts (a long file of
 * many posts names other companies far back); the sentence that names the nearest candidate must
 * name no other actor the anaphor could point at (AはBを買収した。同社は… is left alone), and for
 * 両国 and 両首脳 it must name exactly two; a kind said alone ({@link KindNouns}: 病院は, 同大) points at the
 * one body or place within reach whose name ends as that kind does (朝霧市立総合病院 for 病院, 白鷺大学 for
 * 同大), whichever sentence named it, and at none when two of that kind were named; a title alone points at a person whose title is the
 * same or holds it (長官 → 警察庁長官), not one who held it before or deputises (前社長, 副大統領); what an anaphor was found to stand for can be pointed at
 * again (同社は…。同社は). An anaphor that finds nothing is left out: 同社 is no actor; but an office
 * of justice or police said by its kind alone in an article that names its place is that office
 * still ({@link UnnamedOffices}: 県警 after 北浜市, 兵庫県警 after 兵庫県).
 *
 * <p>Known weaknesses: only what the document's dated sentences name is seen; a company's kind
 * is told by how its name ends (…省 is a ministry, …党 a party, …銀行 a bank), so a company named
 * as a ministry would be one.
 */
public final class Coreference {

    /** How far back an antecedent may be named, in characters: three or four sentences of news. */
    static final int REACH = 400;

    /** Organisations that are no company: what 同社 never points at (a power plant is its company's, 女川原子力発電所). */
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            ".*(省|庁|党|院|府|会|機構|機関|連合|裁判所|保健所|地裁|高裁|家裁|簡裁|地検|高検|区検|県警|府警|道警|警察|署|当局|政府|軍|銀行|発電所|原発|大使館|領事館)$");

    /** Written before a whole title, these make its holder another than the one the office alone says. */
    private static final List<String> OTHER_HOLDER_PREFIXES = List.of("前", "元", "次期");

    private Coreference() {
    }

    /**
     * @param text     the document's text, whose 。 end sentences
     * @param named    the actors named in it, document spans, in text order
     * @param anaphors its anaphors, document spans, in text order
     * @return a mention for each anaphor that finds its actor (two for 両国), in text order
     */
    public static List<ActorMention> resolve(String text, List<ActorMention> named, List<Anaphor> anaphors) {
        if (anaphors.isEmpty()) {
            return List.of();
        }
        List<ActorMention> seen = new ArrayList<>(named);
        List<ActorMention> out = new ArrayList<>();
        for (Anaphor a : anaphors) {
            List<ActorMention> before = candidates(text, seen, a);
            List<ActorMention> found = antecedents(text, before, a);
            if (found.isEmpty() && a.points() == Anaphor.Points.OFFICE && a.surface().equals(a.title())) {
                UnnamedOffices.office(text, seen, a).ifPresent(office -> {
                    out.add(office);
                    seen.add(after(seen, office.span()), office);
                });
                continue;
            }
            for (ActorMention m : found) {
                // 市 = 北浜: said 北浜市 where a label names it, keyed as the place 北浜
                String name = a.points() == Anaphor.Points.MUNICIPALITY && !m.name().endsWith(a.title()) ? m.name() + a.title() : m.name();
                ActorMention link = new ActorMention(a.surface(), a.span(), m.kind(), name, m.canonical(),
                        m.kind() == ActorKind.PERSON ? m.title() : "", m.country(), reason(a, found));
                out.add(link);
                // kept in text order without sorting again: a file of a year's posts has thousands of anaphors
                seen.add(after(seen, link.span()), link);
            }
        }
        return out;
    }

    /** The first position in {@code seen} (in text order) whose span comes after {@code span}. */
    private static int after(List<ActorMention> seen, TextSpan span) {
        int lo = 0;
        int hi = seen.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seen.get(mid).span().compareTo(span) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first position in {@code seen} (mentions in text order) of a mention starting at or after {@code from}. */
    public static int firstStartingFrom(List<ActorMention> seen, int from) {
        return InTextOrder.firstStartingFrom(seen, ActorMention::span, from);
    }

    /**
     * The actors named before the anaphor, within reach, that it may point at; nearest last. A
     * name opening a bracket (新型スマートフォン「Galaxy S22」) is a product's or a title's, not the
     * company's, unless the kind of body before the bracket says it is a company's (弁当製造業「味彩フーズ」) or it is an
     * event's committee, named past the bracket (「雪見まつり」の実行委員会); an armed
     * group's or citizens' group's name in brackets (武装組織「…」, 市民団体「…」) is no company's.
     */
    private static List<ActorMention> candidates(String text, List<ActorMention> seen, Anaphor a) {
        List<ActorMention> out = new ArrayList<>();
        // only the mentions within reach before it: the document's others cost a look each per anaphor
        for (int i = firstStartingFrom(seen, a.span().start() - REACH); i < seen.size() && seen.get(i).span().start() < a.span().start(); i++) {
            ActorMention m = seen.get(i);
            int start = m.span().start();
            // a company named in brackets after its kind (芸能事務所「星影プロダクション」) is a company's name, the kind says so
            boolean bracketed = start > 0 && start <= text.length() && "「『".indexOf(text.charAt(start - 1)) >= 0
                    && !(m.namedAfterItsKind() && BodiesNamedAfterTheirKind.afterACompanysKind(text, start - 1))
                    && !OrganisersNamedAfterTheirEvent.isOne(m);
            if (m.span().end() <= a.span().start() && a.span().start() - start <= REACH && !bracketed && fits(m, a)
                    && (a.points() != Anaphor.Points.MUNICIPALITY || writtenAs(text, m, a.title()))
                    && !(a.points() == Anaphor.Points.COMPANY && citingItsSentence(text, m, a))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * 毎朝新聞は9日付で、同社が…と報じた: a paper cited by its issue earlier in the anaphor's own sentence tells of the
     * company, it is not it. A paper cited in a sentence before (遠山新聞は31日付の紙面を最後に休刊した。同社は…) may be.
     */
    private static boolean citingItsSentence(String text, ActorMention m, Anaphor a) {
        int stop = text.indexOf('。', m.span().end());
        return (stop < 0 || stop >= a.span().start()) && NewspapersByTheirIssue.citedPaper(text, m);
    }

    /**
     * 北浜 written 北浜市, or a 市 found before to be it: a place is the municipality of a kind where
     * the text writes that kind after its name.
     */
    public static boolean writtenAs(String text, ActorMention place, String kind) {
        return text.startsWith(kind, place.span().end()) || place.surface().endsWith(kind) && place.name().endsWith(kind);
    }

    /** Whether an actor is a company, a news outlet or another body that is no public one (what 同社 points at). */
    public static boolean isCompany(ActorMention m) {
        return m.kind() == ActorKind.ORGANISATION && !m.aThing() && !PUBLIC_BODY.matcher(m.canonical()).matches();
    }

    static boolean fits(ActorMention m, Anaphor a) {
        String name = m.canonical();
        return switch (a.points()) {
            case COMPANY -> isCompany(m);
            case PARTY -> m.kind() == ActorKind.ORGANISATION && name.endsWith("党");
            case MINISTRY -> m.kind() == ActorKind.ORGANISATION && name.endsWith("省");
            case AGENCY -> m.kind() == ActorKind.ORGANISATION && name.endsWith("庁");
            case BANK -> m.kind() == ActorKind.ORGANISATION && name.endsWith("銀行");
            case COUNTRY, TWO_COUNTRIES -> m.kind() == ActorKind.COUNTRY;
            case PERSON, TWO_PEOPLE -> m.kind() == ActorKind.PERSON;
            case OFFICE -> m.kind() == ActorKind.ORGANISATION && ofTheOffice(name, a.title());
            case MUNICIPALITY -> m.kind() == ActorKind.PLACE;
            case BODY_OF_KIND -> (m.kind() == ActorKind.ORGANISATION || m.kind() == ActorKind.PLACE)
                    && KindNouns.endings(a.title()).stream().anyMatch(e -> name.endsWith(e) && name.length() > e.length());
            case TITLED_PERSON -> m.kind() == ActorKind.PERSON && !m.title().isEmpty() && !m.title().equals("氏")
                    && ActorRegistry.compatibleTitles(m.title(), a.title()) && !anotherHolder(m.title(), a.title());
        };
    }

    /**
     * Whether a name is of the office said alone, the board's long and short forms one (朝凪町選挙管理委員会 for 町選管,
     * 緑川市消防本部 for 市消防局, 東京地検 for 地検), and not the word alone.
     */
    private static boolean ofTheOffice(String name, String said) {
        String whole = AnaphorFinder.withItsBoardShort(name);
        String office = AnaphorFinder.withItsBoardShort(said);
        return whole.endsWith(office) && !whole.equals(office);
    }

    /**
     * Whether a person's title names another holder of the office than the one its title alone
     * says: 前社長, 元首相, 前国務長官 (who held it before), 次期大統領 (who will), 副大統領, 官房副長官 (the
     * deputy) hold no 社長, 首相, 大統領 or 長官 said alone, which is the present holder (田中前社長は退いた。
     * 社長は… is the one after him). 新社長 and 警察庁長官 hold it; so does a title only starting with the
     * character of a prefix (前橋市長: 橋市長 is no title).
     */
    static boolean anotherHolder(String title, String said) {
        int at = title.lastIndexOf(said);
        if (at <= 0) {
            return false;
        }
        for (String prefix : OTHER_HOLDER_PREFIXES) {
            if (title.startsWith(prefix) && Gazetteer.shared().titleLengthAt(title, prefix.length(), title.length())
                    == title.length() - prefix.length()) {
                return true;
            }
        }
        // 副首相兼外相 holds 外相: a deputy's 副 counts only within the office said, after the last 兼
        return title.lastIndexOf('副', at - 1) > title.lastIndexOf('兼', at - 1);
    }

    /**
     * The actor (or, for 両国, the two) named in the sentence of the nearest candidate before the
     * anaphor, when that sentence names no other it could be; none otherwise.
     */
    private static List<ActorMention> antecedents(String text, List<ActorMention> before, Anaphor a) {
        if (before.isEmpty()) {
            return List.of();
        }
        ActorMention nearest = before.get(before.size() - 1);
        // a kind alone names the one of its kind within reach: two hospitals named, and 病院 is either
        int sentenceStart = a.points() == Anaphor.Points.BODY_OF_KIND ? 0 : text.lastIndexOf('。', nearest.span().start() - 1) + 1;
        Map<String, ActorMention> distinct = new LinkedHashMap<>();
        for (ActorMention m : before) {
            if (m.span().start() >= sentenceStart) {
                distinct.putIfAbsent(m.kind() + ":" + m.canonical(), m);
            }
        }
        boolean two = a.points() == Anaphor.Points.TWO_COUNTRIES || a.points() == Anaphor.Points.TWO_PEOPLE;
        if (distinct.size() != (two ? 2 : 1)) {
            return List.of();
        }
        return List.copyOf(distinct.values());
    }

    private static String reason(Anaphor a, List<ActorMention> found) {
        List<String> names = found.stream().map(m -> m.kind() == ActorKind.PERSON ? m.name() + m.title() : m.canonical()).toList();
        if (a.points() == Anaphor.Points.BODY_OF_KIND) {
            return a.surface() + " = " + String.join(", ", names) + " (the only name ending in "
                    + String.join(" or ", KindNouns.endings(a.title())) + " within reach before it)";
        }
        return a.surface() + " = " + String.join(", ", names) + " (" + a.points().what() + " named last before it)";
    }
}
