package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;

/**
 * A person written by family name and given name, as IPADIC tags them (人名-姓 then 人名-名), with no title the
 * gazetteer knows after them: 大森宏明は → 大森宏明; 山内正樹町長は → 山内正樹, title 町長; 野村哲郎農相が → 野村哲郎, title
 * 農相. News writes a person's full name once, mostly with a title; a writer's new titles (農相, a town's 町長, a
 * sport's 主将) are not in any list, but the two names before them say who it is.
 *
 * <p>After the given name comes a mark or a particle (the name alone), or a run of kanji ending as titles end
 * (相, 長, 官, 員, 授, 手, 督, 者, 士, 師, 監, 将: the title, up to {@value #LONGEST_TITLE} characters).
 * A full name with no title before の is no one (洋画家桐生春潮の油彩画: whose the painting is, not who acted).
 * A surname alone is no one (山内は: a surname is as often a place or a word), nor a full name before a word that is no
 * title (山田太郎記念館, 田中角栄内閣: a hall or a cabinet named after the person), nor before katakana (鈴木一郎コレクション),
 * nor before a title of a body named after the person (山田太郎記念財団理事長: the foundation's head is someone else).
 *
 * <p>A surname beginning with a figure's kanji, which IPADIC reads apart (十 / 倉 / 雅和), is taken whole: 十倉雅和会長 →
 * 十倉雅和.
 *
 * <p>Known weaknesses: a given name IPADIC does not tag as one (大谷翔平: 翔 / 平) or a surname it splits (世耕弘成) is
 * not taken; a katakana title (プロジェクトマネージャ) leaves the person unfound.
 */
final class FullNames {

    /**
     * The characters a Japanese title ends with: 農相, 町長, 長官, 議員, 教授, 選手, 監督, 容疑者, 知事, 弁護士, 医師, 理事, 主将;
     * and 氏, the courtesy news writes where it gives no title (十倉雅和氏).
     */
    private static final String TITLE_ENDINGS = "相長官員授手督者事士師監将氏";

    /** The longest title taken after a full name: 経済安全保障相 is seven. */
    private static final int LONGEST_TITLE = 7;

    /** The shortest and longest full names: 岩永修 is three, 佐々木健太郎 six. */
    private static final int SHORTEST_NAME = 3;
    private static final int LONGEST_NAME = 6;

    /**
     * の after a full name with no title says whose a thing is (洋画家桐生春潮の油彩画: the painter of a stolen painting), not
     * who took part; a participant is written with a title (山田太郎氏の, 山田太郎社長の) when news writes one.
     */
    private static final char POSSESSIVE = 'の';

    /** What is named after a person, not a title: a memorial, a foundation, a fund, a prize, a cup. */
    private static final List<String> NAMED_AFTER = List.of("記念", "財団", "基金", "賞", "杯");

    private FullNames() {
    }

    /** The kanji of figures that begin surnames (十倉, 一戸, 五味, 八代), which IPADIC reads as a figure before a surname. */
    private static final String FIGURES = "一二三四五六七八九十百千万";

    /** The person whose family name starts at {@code i}, or null: 「大森宏明は」 → 大森宏明; 「大森は」, 「山田太郎記念館」 → null. */
    static ActorMention at(String text, Token[] tokenAt, int i) {
        Token family = ActorFinder.at(tokenAt, i);
        if (family != null && figureBeginningASurname(text, tokenAt, family)) {
            family = ActorFinder.at(tokenAt, family.span().end()); // 十 / 倉 / 雅和: the figure is the surname's first kanji
        }
        if (family == null || !family.is(PartOfSpeech.SURNAME) || !ActorRegistry.isKanji(family.surface())) {
            return null;
        }
        Token given = ActorFinder.at(tokenAt, family.span().end());
        if (given == null || !given.is(PartOfSpeech.GIVEN_NAME) || !ActorRegistry.isKanji(given.surface())) {
            return null;
        }
        int end = given.span().end();
        if (end - i < SHORTEST_NAME || end - i > LONGEST_NAME) {
            return null;
        }
        String name = text.substring(i, end);
        int stop = titleEnd(text, end);
        if (stop < 0) {
            return null;
        }
        return new ActorMention(text.substring(i, stop), new TextSpan(i, stop), ActorKind.PERSON, name, name,
                text.substring(end, stop), "", "");
    }

    /**
     * 十 / 倉 / 雅和 (十倉雅和): a figure's kanji at a word's start, right before a one-kanji surname IPADIC knows, is
     * that surname's first kanji; IPADIC knows 十倉 as no word and reads the figure apart. Not after a kanji or a digit
     * (第十倉雅和, 二十林誠), where the figure counts something.
     */
    private static boolean figureBeginningASurname(String text, Token[] tokenAt, Token figure) {
        int start = figure.span().start();
        if (!figure.is(PartOfSpeech.NUMBER) || figure.surface().length() != 1
                || FIGURES.indexOf(figure.surface().charAt(0)) < 0 || start > 0 && (isKanji(text.charAt(start - 1)) || Character.isDigit(text.charAt(start - 1)))) {
            return false;
        }
        Token surname = ActorFinder.at(tokenAt, figure.span().end());
        return surname != null && surname.surface().length() == 1 && surname.is(PartOfSpeech.SURNAME);
    }

    /** Where the title after a name ends: the name's own end before a mark or kana, the run's end after a title, else -1. */
    private static int titleEnd(String text, int end) {
        if (end < text.length() && text.charAt(end) == POSSESSIVE) {
            return -1;
        }
        if (end >= text.length() || !isKanji(text.charAt(end)) && !isKatakana(text.charAt(end))) {
            return end;
        }
        int stop = end;
        while (stop < text.length() && isKanji(text.charAt(stop)) && stop - end < LONGEST_TITLE) {
            stop++;
        }
        boolean title = stop > end && (stop == text.length() || !isKanji(text.charAt(stop)))
                && TITLE_ENDINGS.indexOf(text.charAt(stop - 1)) >= 0 && !namesABody(text.substring(end, stop));
        return title ? stop : -1;
    }

    /**
     * Whether a run ending as a title names a body or a thing after the person: 記念財団理事長, 基金理事長, 賞選考委員長,
     * 杯実行委員長 (山田太郎記念財団理事長の鈴木花子さん: the foundation's head, not 山田太郎), or an organisation's ending.
     */
    private static boolean namesABody(String run) {
        for (String word : NAMED_AFTER) {
            if (run.contains(word)) {
                return true;
            }
        }
        return ActorFinder.holdsAnOrganisationEnding(run);
    }

    private static boolean isKanji(char c) {
        return Scripts.isHan(c);
    }

    private static boolean isKatakana(char c) {
        return c >= 'ァ' && c <= 'ヺ' || c == 'ー';
    }
}
