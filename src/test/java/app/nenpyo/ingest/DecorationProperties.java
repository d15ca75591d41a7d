package app.nenpyo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hashtags and decoration lines are found by scanning (skip to the first # mark; split on white
 * space by hand): the same answers as the plain regular-expression definitions they replaced,
 * on text mixing addresses, hashtags, Japanese, digits and every kind of space.
 */
class DecorationProperties {

    private static final String TAG_CHARS = "[\\p{L}\\p{N}\\p{M}_]";
    private static final Pattern CHAIN = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_&/=?#＃])(?:[#＃]" + TAG_CHARS + "+)+");
    private static final Pattern TAG = Pattern.compile("[#＃](" + TAG_CHARS + "+)");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?|ftp)://\\S+");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}(?:/\\S*)?");

    @Property(tries = 3000)
    void hashtagsAreThoseTheRegularExpressionFinds(@ForAll("texts") String text) {
        assertEquals(referenceHashtags(text), HashtagFinder.find(text), text);
    }

    @Property(tries = 3000)
    void decorationIsWhatSplittingOnWhiteSpaceDecides(@ForAll("texts") String text) {
        assertEquals(referenceIsDecoration(text), ParagraphClassifier.isDecoration(text), text);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("#", "＃", "#ウクライナ", "＃北京五輪", "https://example.jp/a", "www.nhk.or.jp",
                "d1021.hatenadiary.jp", "本文。", "王毅外相", "2022", "C#", "&#12354;", "_", " ", "\u3000", "\n", "\t", "\u2003",
                "\u00a0", "a", "/page#top", "#2022", "é", "x\u0301");
        return pieces.list().ofMaxSize(10).map(list -> String.join("", list));
    }

    private static List<String> referenceHashtags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher chain = CHAIN.matcher(text);
        while (chain.find()) {
            Matcher tag = TAG.matcher(chain.group());
            while (tag.find()) {
                String name = tag.group(1);
                if (!name.chars().allMatch(Character::isDigit)) {
                    tags.add(name);
                }
            }
        }
        return new ArrayList<>(tags);
    }

    private static boolean referenceIsDecoration(String paragraph) {
        for (String token : paragraph.strip().split("[\\s\\u3000]+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean address = URL.matcher(token).matches() || DOMAIN.matcher(token).matches();
            if (!address && !CHAIN.matcher(token).matches()) {
                return false;
            }
        }
        return true;
    }
}
