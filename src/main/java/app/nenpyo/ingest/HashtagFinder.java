package app.nenpyo.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds hashtags, the way blogs and social networks write them.
 * <pre>
 * "#NATOexpansion\n#反ロシア#対中露戦" → NATOexpansion, 反ロシア, 対中露戦
 * "＃北京五輪 #北京五輪"               → 北京五輪 (once)
 * "# 見出し", "C#", "/page#top", "&amp;#12354;", "#2022" → nothing
 * </pre>
 * A hashtag starts with # or ＃ right after the start of the text, whitespace, punctuation or
 * another hashtag, and runs over letters, digits, marks and _. Known weakness: a tag written with
 * ・ or - inside (#北大西洋・NATO) is cut at that character.
 */
public final class HashtagFinder {

    private static final String TAG_CHARS = "[\\p{L}\\p{N}\\p{M}_]";
    private static final Pattern CHAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}_&/=?#＃])(?:[#＃]" + TAG_CHARS + "+)+");
    private static final Pattern TAG = Pattern.compile("[#＃](" + TAG_CHARS + "+)");

    private HashtagFinder() {
    }

    public static List<String> find(CharSequence text) {
        int first = firstHashMark(text);
        if (first < 0) {
            // most texts have no # at all: no need to try the pattern at every character
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        Matcher chain = CHAIN.matcher(text);
        // a tag starts with a # mark, so none starts before the first (the look-behind still sees what precedes it)
        for (boolean found = chain.find(first); found; found = chain.find()) {
            Matcher tag = TAG.matcher(chain.group());
            while (tag.find()) {
                String name = tag.group(1);
                if (!name.chars().allMatch(Character::isDigit)) {
                    tags.add(name);
                }
            }
        }
        return List.copyOf(tags);
    }

    private static int firstHashMark(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' || c == '＃') {
                return i;
            }
        }
        return -1;
    }

    /** True when the text is nothing but hashtags and whitespace. */
    static boolean isOnlyHashtags(String token) {
        return CHAIN.matcher(token).matches();
    }
}
