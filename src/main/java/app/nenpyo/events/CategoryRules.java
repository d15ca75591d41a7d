package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses an event's category from keywords, looking first at the predicate (what was done),
 * then at the words naming the happening (協議, 抗議活動), then at every content word of the
 * clause; the first category with a keyword contained in a word wins, in the order of the
 * table below, so that 発表 of an arrest is an announcement and a 会談 about troops is a meeting.
 *
 * <pre>
 *   MEETING       会談 協議 会議 会合 交渉 首脳 サミット 面会 訪問 総会
 *   PROTEST       デモ 抗議 暴徒 暴動 集会 ストライキ 座り込み
 *   MILITARY      軍 部隊 侵攻 攻撃 砲撃 空爆 発砲 演習 派遣 撤退 ミサイル 射殺 発射 弾道 核実験 戦闘 空襲
 *                 爆撃 占領 制圧 奪還
 *   LEGAL         拘束 逮捕 起訴 判決 裁判 提訴 容疑 法案 可決 施行 処分 送検 公判 上告 控訴 棄却 鑑定留置
 *                 有罪 無罪 懲役 禁錮 訴訟 賠償
 *   DISASTER      地震 津波 台風 噴火 洪水 火災 事故 豪雨 被災 感染 震災 大雪 豪雪 大雨 暴風 土砂 竜巻 浸水
 *                 猛暑 警報 避難
 *   ELECTION      選挙 投票 当選 開票 出馬 公示 院選 地方選 知事選 長選 総裁選 党首選 大統領選
 *   ECONOMY       株価 金利 為替 円安 円高 経済 物価 関税 輸出 輸入 景気 予算 価格 高騰 利上げ 利下げ 相場 GDP
 *                 国内総生産 売上 決算 業績 赤字 黒字 営業利益 純利益 日経平均 インフレ 金融緩和 金融政策
 *                 賃上げ 販売台数 失業率
 *   ANNOUNCEMENT  発表 公表 発令 通知 公開 明らか 宣言
 *   STATEMENT     表明 発言 強調 批判 非難 演説 呼びかけ 示す けん制 警告 主張 反論 反発 歓迎 要求 意欲 訴え 会見
 *   OTHER         nothing matched, or the happening is named by a ceremony or sports noun
 *                 (開会式, 五輪, 大会) and the predicate says nothing (開会式に出席)
 * </pre>
 *
 * <p>Known weakness: keywords are substrings, so 軍 also matches 軍事同盟 in a statement about
 * it; the predicate-first order keeps that rare.
 */
final class CategoryRules {

    private static final Map<EventCategory, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put(EventCategory.MEETING, List.of("会談", "協議", "会議", "会合", "交渉", "首脳", "サミット", "面会", "訪問", "総会"));
        KEYWORDS.put(EventCategory.PROTEST, List.of("デモ", "抗議", "暴徒", "暴動", "集会", "ストライキ", "座り込み"));
        KEYWORDS.put(EventCategory.MILITARY, List.of("軍", "部隊", "侵攻", "攻撃", "砲撃", "空爆", "発砲", "演習", "派遣",
                "撤退", "ミサイル", "射殺", "発射", "弾道", "核実験", "戦闘", "空襲", "爆撃", "占領", "制圧", "奪還"));
        KEYWORDS.put(EventCategory.LEGAL, List.of("拘束", "逮捕", "起訴", "判決", "裁判", "提訴", "容疑", "法案", "可決",
                "施行", "処分", "送検", "公判", "上告", "控訴", "棄却", "鑑定留置", "有罪", "無罪", "懲役", "禁錮", "訴訟", "賠償"));
        KEYWORDS.put(EventCategory.DISASTER, List.of("地震", "津波", "台風", "噴火", "洪水", "火災", "事故", "豪雨", "被災", "感染", "震災", "大雪", "豪雪", "大雨", "暴風", "土砂", "竜巻", "浸水", "猛暑", "警報", "避難"));
        KEYWORDS.put(EventCategory.ELECTION, List.of("選挙", "投票", "当選", "開票", "出馬", "公示", "院選", "地方選", "知事選",
                "長選", "総裁選", "党首選", "大統領選"));
        KEYWORDS.put(EventCategory.ECONOMY, List.of("株価", "金利", "為替", "円安", "円高", "経済", "物価", "関税", "輸出",
                "輸入", "景気", "予算", "価格", "高騰", "利上げ", "利下げ", "相場", "GDP", "国内総生産", "売上", "決算", "業績",
                "赤字", "黒字", "営業利益", "純利益", "日経平均", "インフレ", "金融緩和", "金融政策", "賃上げ", "販売台数", "失業率"));
        KEYWORDS.put(EventCategory.ANNOUNCEMENT, List.of("発表", "公表", "発令", "通知", "公開", "明らか", "宣言"));
        KEYWORDS.put(EventCategory.STATEMENT, List.of("表明", "発言", "強調", "批判", "非難", "演説", "呼びかけ", "示す",
                "けん制", "警告", "主張", "反論", "反発", "歓迎", "要求", "意欲", "訴え", "会見"));
    }

    private CategoryRules() {
    }

    /** Ceremonies and sports events: named by their noun, whatever verb reports them. */
    private static final List<String> CEREMONIES = List.of("式", "五輪", "オリンピック", "パラリンピック", "大会", "祭");

    static EventCategory categorise(String predicate, Collection<String> headWords, Collection<String> clauseWords) {
        EventCategory c = firstMatch(List.of(predicate));
        if (c == EventCategory.OTHER && headWords.stream().anyMatch(w -> CEREMONIES.stream().anyMatch(w::endsWith))) {
            return EventCategory.OTHER;
        }
        if (c == EventCategory.OTHER) {
            c = firstMatch(headWords);
        }
        if (c == EventCategory.OTHER) {
            c = firstMatch(clauseWords);
        }
        return c;
    }

    /**
     * The first category in table order with a keyword contained in any of the words: the lowest
     * category any keyword found in any word belongs to, found by looking up, at each character of
     * each word, the keywords that start with it.
     */
    private static EventCategory firstMatch(Collection<String> words) {
        int best = CATEGORIES.length;
        for (String w : words) {
            for (int i = 0; i < w.length() && best > 0; i++) {
                List<Keyword> candidates = BY_FIRST_CHAR.get(w.charAt(i));
                if (candidates == null) {
                    continue;
                }
                for (Keyword k : candidates) {
                    if (k.rank() < best && w.startsWith(k.text(), i)) {
                        best = k.rank();
                    }
                }
            }
        }
        return best < CATEGORIES.length ? CATEGORIES[best] : EventCategory.OTHER;
    }

    private record Keyword(String text, int rank) {
    }

    private static final EventCategory[] CATEGORIES = KEYWORDS.keySet().toArray(new EventCategory[0]);

    /** Every keyword by its first character, with the rank of its category in the table. */
    private static final Map<Character, List<Keyword>> BY_FIRST_CHAR = new HashMap<>();

    static {
        for (int rank = 0; rank < CATEGORIES.length; rank++) {
            for (String k : KEYWORDS.get(CATEGORIES[rank])) {
                BY_FIRST_CHAR.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(new Keyword(k, rank));
            }
        }
    }
}
