package app.nenpyo.nlp;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spelling variants of foreign names written in katakana: Japanese outlets transliterate the
 * same name differently (リャプコフ / リャブコフ for Ryabkov, ヴォロディミル / ボロディミル, ゼレンスキー /
 * ゼレンスキイ).
 *
 * <p>{@link #normalise}: drops voiced and semi-voiced marks (プ, ブ → フ), enlarges small kana
 * (ャ → ヤ), drops the long-vowel mark ー and the middle dot, and writes ヴァ/ヴィ/ヴ/ヴェ/ヴォ as
 * バ/ビ/ブ/ベ/ボ first:
 * リャプコフ and リャブコフ both give リヤフコフ. {@link #sameName}: equal normal forms, or, for names of
 * five normalised characters or more, normal forms one edit apart (ゼレンスキー / ゼレンスキイ).
 *
 * <p>Known weakness: it merges names that differ only in voicing (ガン / カン): short names must
 * be equal, and the caller should also require a compatible title or country.
 */
public final class KanaVariants {

    private static final String SMALL = "ァィゥェォッャュョヮヵヶ";
    private static final String LARGE = "アイウエオツヤユヨワカケ";

    private KanaVariants() {
    }

    /**
     * Normal forms already worked out: a merge asks for the same few thousand names again and
     * again, and Unicode normalisation is the slow part. Bounded: emptied when full.
     */
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();
    private static final int NORMALISED_LIMIT = 1 << 16;

    public static String normalise(String name) {
        String known = NORMALISED.get(name);
        if (known != null) {
            return known;
        }
        String normal = normalForm(name);
        if (NORMALISED.size() >= NORMALISED_LIMIT) {
            NORMALISED.clear();
        }
        NORMALISED.put(name, normal);
        return normal;
    }

    private static String normalForm(String name) {
        String s = name.replace("ヴァ", "バ").replace("ヴィ", "ビ").replace("ヴェ", "ベ").replace("ヴォ", "ボ")
                .replace('ヴ', 'ブ');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replace("\u3099", "").replace("\u309A", "");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int small = SMALL.indexOf(c);
            if (c == 'ー' || c == '・' || c == '＝' || c == '=') {
                continue;
            }
            b.append(small >= 0 ? LARGE.charAt(small) : c);
        }
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFC);
    }

    public static boolean isKatakana(char c) {
        return (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || c == '・';
    }

    public static boolean sameName(String a, String b) {
        String na = normalise(a);
        String nb = normalise(b);
        if (na.equals(nb)) {
            return true;
        }
        return Math.min(na.length(), nb.length()) >= 5 && editDistance(na, nb) <= 1;
    }

    /**
     * The normalised name and, when it is long enough to allow a one-edit variant, each string
     * made by deleting one of its characters: two names are {@link #sameName the same name} only
     * if their neighbourhoods meet (a substitution deletes to the same string at its position, an
     * insertion deletes to the shorter name), so they index the candidates for comparison.
     * {@code リャブコフ} → its {@link #normalise normalised} form and the five strings with one of its
     * characters deleted; {@code プーチン} (too short for a one-edit variant) → its normalised form only.
     */
    public static Set<String> neighbourhood(String name) {
        String n = normalise(name);
        Set<String> out = new HashSet<>();
        out.add(n);
        if (n.length() >= 5) {
            for (int i = 0; i < n.length(); i++) {
                out.add(n.substring(0, i) + n.substring(i + 1));
            }
        }
        return out;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
