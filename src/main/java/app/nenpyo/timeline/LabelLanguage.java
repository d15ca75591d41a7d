package app.nenpyo.timeline;

/** The language of axis labels: 2022年 / 1月 / 10日(月) / 15時, or 2022 / Jan / Mon 10 / 15:00. */
public enum LabelLanguage {
    JAPANESE,
    ENGLISH
}
