package app.nenpyo.domain;

/**
 * The kind of happening an event is, for colouring and filtering the timeline. The rules that
 * choose it live in {@code app.nenpyo.events.CategoryRules}.
 */
public enum EventCategory {
    /** デモ, 抗議, 暴動, 集会. */
    PROTEST,
    /** 会談, 協議, 会議, 交渉, 首脳会談. */
    MEETING,
    /** 発表, 公表, 明らかにした. */
    ANNOUNCEMENT,
    /** 述べた, 表明, 批判, 強調, 演説. */
    STATEMENT,
    /** 軍, 部隊, 攻撃, 侵攻, 演習, 発砲. */
    MILITARY,
    /** 拘束, 逮捕, 起訴, 判決, 法案. */
    LEGAL,
    /** 地震, 台風, 火災, 事故. */
    DISASTER,
    /** 選挙, 投票, 当選. */
    ELECTION,
    /** 株価, 金利, 価格, 予算. */
    ECONOMY,
    OTHER
}
