package app.nenpyo.nlp;

import app.nenpyo.domain.TextSpan;

/**
 * A word that points back at an actor the text named before it, as written: 同社 (the company),
 * 両国 (the two countries), a title with no name (首相). {@link Coreference} finds what it stands
 * for.
 *
 * @param surface what was written: 同社, 両国, 首相
 * @param span    where, in the text the finder was given
 * @param points  what kind of actor it points at
 * @param title   for {@link Points#TITLED_PERSON}, the title written (首相); for {@link Points#MUNICIPALITY} and
 *                {@link Points#OFFICE}, its kind (市, 地検, 署); for {@link Points#BODY_OF_KIND} the kind as written
 *                (病院, or 大 of 同大); "" otherwise
 */
public record Anaphor(String surface, TextSpan span, Points points, String title) {

    /** What an anaphor points at. */
    public enum Points {
        /** 同社: a company, a news outlet or another body that is no public one. */
        COMPANY("the company"),
        /** 同党. */
        PARTY("the party"),
        /** 同省. */
        MINISTRY("the ministry"),
        /** 同庁. */
        AGENCY("the agency"),
        /** 同行: a bank. */
        BANK("the bank"),
        /** 同国. */
        COUNTRY("the country"),
        /** 両国: the two countries. */
        TWO_COUNTRIES("the two countries"),
        /** 同氏: the person named last before, whatever the title. */
        PERSON("the person"),
        /** 両首脳, 両陛下, 両氏: the two people. */
        TWO_PEOPLE("the two people"),
        /** 首相, 外相, 監督 written alone: the person of that title. */
        TITLED_PERSON("the person of that title"),
        /** 地検, 地裁, 県警 written alone, 同署: the office of that kind named before (東京地検, 湊川署). */
        OFFICE("the office of that kind"),
        /** 市, 町, 村, 県 written alone or after 同: the municipality or prefecture of that kind named before (北浜市). */
        MUNICIPALITY("the municipality of that kind"),
        /** 病院, 寺, 組合 written alone, 同病院, 同大: the one body or place named before whose name ends so ({@link KindNouns}). */
        BODY_OF_KIND("the only one of that kind");

        private final String what;

        Points(String what) {
            this.what = what;
        }

        /** What is looked for, as a reason says it: "the company". */
        public String what() {
            return what;
        }
    }

    public Anaphor shift(int delta) {
        return new Anaphor(surface, span.shift(delta), points, title);
    }
}
