package app.nenpyo.domain;

/** What an {@link Actor} is. */
public enum ActorKind {
    /** A named person: トカエフ, 王毅, シャーマン. */
    PERSON,
    /** A ministry, agency, alliance, company or media outlet: 内務省, 中国外務省, CSTO, CNN. */
    ORGANISATION,
    /** A city or region: ジュネーブ, アルマトイ, 中央アジア. */
    PLACE,
    /** A state: カザフスタン, 米国, ロシア. */
    COUNTRY
}
