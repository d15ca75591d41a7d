package app.nenpyo.temporal;

import java.time.LocalDate;

/**
 * The year a count of years before a month, with its day or not, gives it (2年前の9月26日, 3年後の4月1日, 10年前の1月,
 * 2年前の3月期): the article's year less or more that many, where the month alone would be read in the year nearest the
 * article.
 *
 * <pre>
 *   (article of 2025-10-02) 2年前の9月26日に総務省が除外を発表した → 2023 (the 26th of September 2023)
 *   (article of 2022-12-18) 閉鎖が決まった2年前の3月6日には、             → 2020
 *   (article of 2025-10-02) その2年前の9月26日                          → none: counted from a day told, not the article's
 * </pre>
 *
 * <p>Known weakness: the count is taken from the article's day; a story told about another year
 * (2019年に…。2年前の5月に) without その is counted from the article still.
 */
final class YearCountedBefore {
    private YearCountedBefore() {
    }

    /** The year for a month (and day) starting at {@code start} after N年前の or N年後の, or null. */
    static Integer of(char[] c, int start, LocalDate document) {
        int k = start - 1;
        if (k < 3 || c[k] != 'の' || c[k - 1] != '前' && c[k - 1] != '後' || c[k - 2] != '年') {
            return null;
        }
        int digitsEnd = k - 2;
        int digitsStart = digitsEnd;
        while (digitsStart > 0 && Chars.isDigit(c[digitsStart - 1]) && digitsEnd - digitsStart < 2) {
            digitsStart--;
        }
        if (digitsStart == digitsEnd || digitsStart > 0 && (Chars.isDigit(c[digitsStart - 1]) || countedFromAnother(c, digitsStart))) {
            return null;
        }
        int n = Integer.parseInt(new String(c, digitsStart, digitsEnd - digitsStart));
        if (n < 1) {
            return null;
        }
        return c[k - 1] == '前' ? document.getYear() - n : document.getYear() + n;
    }

    /**
     * その2年前, 同3年後, 事故の2年前, 事件2年前: counted from something told, not from the article (約2年前 is); 2、3年前: a
     * rough count, no year.
     */
    private static boolean countedFromAnother(char[] c, int digitsStart) {
        char before = c[digitsStart - 1];
        return Chars.at(c, digitsStart - 2, "その") || before == 'の' || Chars.isNounChar(before) && before != '約'
                || (before == '、' || before == '・') && digitsStart >= 2 && Chars.isDigit(c[digitsStart - 2]);
    }
}
