package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.FullWidth;
import app.nenpyo.domain.InTextOrder;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.PartOfSpeech;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses an event's category from keywords in what the date governs, read in this order (the
 * first that says something decides):
 * <ol>
 *   <li>the predicate (what was done): 発表 of an arrest is an announcement, a 会談 about troops a
 *       meeting; but a company's results or deals announced are the economy's, a vote's result
 *       the election's, a case's step in court the case's (検察が訴追を発表: {@link #announcedNews}); and a state
 *       declared by an army, martial law or a fire out declared the army's or the disaster's (国軍が非常事態を宣言,
 *       非常戒厳を宣言, 鎮火を宣言: {@link #declaredState});</li>
 *   <li>the label, read from its end: Japanese puts the head last, so the keyword ending nearest
 *       the end is the predicate's, then its object's, then the subject's, and in a noun phrase
 *       the head's before its modifiers' (在日米軍の感染者が…超える → 感染, not 軍;
 *       日銀が金融緩和策の維持を決定 → 金融緩和; 最高裁が決定を出す → 最高裁). Where two keywords end
 *       together the longer one, the more specific, wins (党大会 over 大会). A keyword right
 *       before 中に or 中の names when, not what (街頭演説中に銃撃され: not a statement), and one before
 *       下 the state things were under (緊急事態宣言下にあった: no announcement), and one before 型 a kind
 *       of thing (身代金要求型ウイルス: no demand made), and one before 的 a quality (爆発的に伸びた: nothing
 *       exploded); so in the words;</li>
 *   <li>the words naming the happening (協議, 抗議活動), which the label may have cut;</li>
 *   <li>the content words between the date and the predicate ({@link #governedWords}: 大雪で…欠航),
 *       not the rest of the sentence; all of what is announced, and then the announcement, where a date set off by
 *       a comma dates the verb announcing it (県は5日、死者が20人になったと発表した).</li>
 * </ol>
 * Before them all, a thing put on show is other ({@link ThingsOnShow}: 寺が本尊を特別に公開, パンダの一般公開が開始;
 * no news made known), and after them all a disaster whose harm the predicate ends is other ({@link HarmsEnded}:
 * 断水が全面解消, 停電を解消, 通信障害が復旧: the return to the ordinary state), and a disaster of an infection on
 * computers is read again without 感染 ({@link MachinesInfected}: パソコンがウイルスに感染, no outbreak). Where the label
 * has no keyword, an estimate in money is the economy's ({@link Estimates}: …約900億円が失われると試算); and before the
 * label's last keyword, an incident named by its fire is a disaster ({@link IncidentsByFire}: 住宅が全焼して…死亡した事件). Before the readings too, a collision
 * of vehicles is a disaster ({@link #aVehicleCollides}: 航空機が衝突; 両軍が衝突 is not one), and a search by the
 * police or prosecutors legal ({@link PoliceSearches}: 県警が倉庫を捜索; a coast guard's search for the missing is not
 * one, nor a search in a disaster the label names: 県警が土砂崩れの現場で捜索). When none of these says anything, a body's request, designation or notice (要請, 指定, 告示) is an
 * announcement, an agreement reached (合意, …で一致) a meeting ({@link #agreement}), and anything else OTHER. In the last two, a named happening that belongs to none of the nine categories makes OTHER
 * unless a keyword of a category is there too (firstMatch takes the lowest category in table
 * order): a ceremony or sports event (開会式, 五輪, 大会) and a session of parliament (国会, 議会,
 * 本会議): its convening or closing is a date of the political calendar, not a law, while the
 * laws passed in it are LEGAL (decision 0029). A label passes these over, so that a bill sent to
 * 国会 is the bill's (予算案を国会に提出 → ECONOMY).
 *
 * <pre>
 *   MEETING       会談 協議 会議 会合 交渉 首脳 サミット 面会 総会 党大会 意見交換 説明会 相談会 懇談 会食 面談
 *                 対談 表敬 折衝 公聴会 シンポジウム フォーラム; not a visit alone (来日 訪米 訪問 歴訪 外遊 視察に訪れる:
 *                 other, as the writers key it), meetings known by their names (APEC COP FOMC), gatherings to learn
 *                 (研修会 勉強会 講習会), and in a label a body
 *                 that sits (取締役会 理事会 役員会 委員会 審議会 評議員会 幹事会 検討会) where it is held or is where
 *                 something is done (理事会を開催, 取締役会で…決定, 理事会が開催): as a subject these name
 *                 bodies (公正取引委員会が検査, 国連安全保障理事会が…発言), not meetings
 *   PROTEST       デモ 抗議 暴徒 暴動 集会 ストライキ 座り込み ゼネスト ハンスト 時限スト スト突入 ストに突入 反対運動
 *                 不買運動 ボイコット 占拠 騒乱 蜂起 スト ハンガーストライキ 乱入 (スト and デモ as words of their own, not
 *                 inside リスト, コスト or デモクラシー: {@link #insideLongerWord})
 *   MILITARY      軍 自衛隊 部隊 侵攻 攻撃 砲撃 空爆 発砲 演習 派兵 増派 停戦 休戦 撤退 ミサイル 射殺 発射 弾道
 *                 核実験 戦闘 空襲 爆撃 占領 制圧 奪還, ships and coast guards (艦艇 護衛艦 駆逐艦 潜水艦 空母 艦隊
 *                 海警局 海警船 領海侵入 領海侵犯 領空侵犯 緊急発進), drones and patrols (無人機 偵察 哨戒 迎撃 撃墜 撃沈),
 *                 wars (交戦 武力衝突 銃撃戦 紛争 戦争 内戦 侵略 反攻 降伏 捕虜 戦死), soldiers and arms (兵士 民兵 兵力 徴兵
 *                 武装 兵器 弾薬 地雷 戦車 武器供与 武器輸出 防衛装備); not 武器 alone (スピードを武器に), nor a trade war
 *                 (貿易戦争 関税戦争 価格戦争: the economy's) or 受験戦争, power and land seized (クーデター 併合, not 併合罪), martial law (戒厳),
 *                 artillery (砲弾 砲声); not 派遣 (investigators, officials and doctors are sent too:
 *                 what is sent decides, 自衛隊 or 部隊), nor サイバー攻撃 (a crime on computers, no armed attack)
 *   LEGAL         courts and prosecutors (最高裁 高裁 地裁 家裁 裁判所 地検 検察), their acts (拘束 逮捕 起訴
 *                 判決 裁判 提訴 容疑 送検 公判 上告 控訴 棄却 鑑定留置 有罪 無罪 懲役 禁錮 訴訟 賠償 処分 被告
 *                 再審 抗告 釈放 保釈 告発 告訴 被害届 訴えを起こす 特捜部 事情聴取 審理 口頭弁論), the police's and
 *                 regulators' (捜査 家宅捜索 押収 行政指導 立ち入り検査 拿捕), crimes (事件 殺害 殺人 詐欺 だまし取る 窃盗
 *                 強盗 盗難 盗む 刺す 人質 立てこもる 業務上過失), and laws (法案 法律 法改正 改正 施行 公布 条例 大統領令
 *                 政令 省令 and the endings of law names: 推進法 防止法 対策法 特措法 基本法 保護法 規制法 感染症法
 *                 改革法 関連法 整備法 憲法 刑法 民法 取締法 処罰法 独禁法 独占禁止法 公選法 公職選挙法), the police's steps
 *                 (指名手配 出頭 自首 身柄 現行犯 勾留 立件 摘発 検挙 送致 取り調べ 職務質問 任意同行), the courts' (求刑 論告
 *                 結審 実刑 執行猶予 死刑 罰金 勝訴 敗訴 違憲 合憲 却下 差し戻 差し止め 調停 陪審 尋問; not 原告, who, not what), regulators' orders
 *                 and sanctions (懲戒 課徴金 停止命令 改善命令 措置命令 業務停止 是正勧告 制裁), breaches (違反 違法), a bill's
 *                 end (廃案 法制化), and crimes (横領 背任 贈賄 収賄 汚職 賄賂 脱税 密輸 密漁 放火 暴行 傷害 致死 脅迫 恐喝 誘拐
 *                 強制性交 わいせつ 痴漢 盗撮 ひき逃げ 飲酒運転 覚醒剤 大麻 麻薬 不正アクセス 偽造 談合 遺棄 万引き 空き巣
 *                 着服 ストーカー 虐待 暴力; not 傷害保険), a business suspended (営業停止) and a petition (申し立て),
 *                 an impeachment (弾劾 訴追: a prosecution by parliament; a no-confidence motion stays other);
 *                 not 可決: a vote
 *                 is of what is voted (条例案を可決 legal, 予算案を可決 economy, 不信任決議案を可決 other), and a
 *                 chamber's vote of what has no category a step of law making ({@link ChamberVotes}: 市議会が…計画を
 *                 可決, 法案が衆院を通過)
 *   DISASTER      地震 津波 台風 噴火 洪水 火災 事故 豪雨 被災 感染 震災 大雪 豪雪 大雨 暴風 土砂 竜巻 浸水
 *                 猛暑 警報 避難 降雪 積雪 震度 大荒れ 荒天 高潮 落雷 熱中症 決壊 氾濫 冠水 全焼 半焼 倒壊 停電
 *                 断水 立ち往生 線状降水帯 寒波 雨量 気温 赤潮 出火 通信障害 脱線 崩落 崩れ落ちる 沈没 座礁 転覆
 *                 墜落 鳥インフル(エンザ) 豚熱 災害 水害, fires and their end (火事 延焼 焼失 焼死 爆発 消し止め; 鎮火 where a
 *                 fire is named, {@link #FIRE_OUT}: 騒動が鎮火 is a row dying down), outbreaks and
 *                 poisoning (食中毒 一酸化炭素中毒 ノロウイルス 口蹄疫 コレラ 麻疹 エボラ パンデミック; not はしか: それはしかし),
 *                 the land and the weather (土石流 地滑り がけ崩れ 液状化 火砕流 噴煙 降灰 余震 高波 突風 吹雪 干ばつ 渇水
 *                 熱波 酷暑 冷害 雪害 注意報; not 紙吹雪, nor 雪崩: the tokenizer cuts 雪崩を打つ, a
 *                 rush, into words no name can hide), accidents and rescues (追突 横転
 *                 不時着 遭難 漂流 救助 陥没), a temperature reached and the heat (度を記録 度を観測 暑さ; not 最低を
 *                 記録: a record of another thing), a gas leak (ガス漏れ; not システム障害: a writer keeps a port's computers
 *                 attacked as other); not 衝突 (両軍が衝突 is a clash, 与野党が衝突 words)
 *   ELECTION      選挙 投票 当選 開票 出馬 公示 院選 地方選 知事選 長選 議選 出直し選 総裁選 党首選 大統領選, an
 *                 office filled by a vote (首相に選出 議長に選出 総裁に選出 党首に選出 党代表に選出 大統領に選出
 *                 委員長に選出; not 選出 alone: a prize's choice, 文学賞に選出, is none), a recall (解職請求), primaries
 *                 (予備選 党員集会 指名争い), candidacies (立候補 擁立), results and seats (得票 議席 落選 再選 改選), by-elections
 *                 (補選 補欠選)
 *   ECONOMY       株価 金利 為替 円安 円高 経済 物価 関税 輸出 輸入 景気 予算 価格 高騰 利上げ 利下げ 相場 GDP
 *                 国内総生産 売上 決算 業績 赤字 黒字 営業利益 純利益 日経平均 終値 始値 インフレ 金融緩和 金融政策
 *                 賃上げ 販売台数 値上げ 値下げ 上方修正 下方修正 消費税 買収 株式公開買い付け 決算説明会
 *                 TOB 買い付け 譲渡 春闘 満額回答 満額 支出 予備費 異次元緩和 量的緩和 株式市場 東京市場 経営統合 合併
 *                 持ち株会社 上場 暴落 急落 急騰 発売 融資 補助金 初売り (not 着工: works begun, a plant's too, are other, as
 *                 an opening is), labour and wages (賃金 給与 ボーナス 賞与
 *                 ベースアップ 雇用 失業 求人 解雇 人員削減 リストラ 希望退職), trade (貿易 経常収支 貿易戦争 関税戦争 価格戦争),
 *                 energy (原油 OPEC 減産 増産), fares (電気料金 ガス料金 水道料金 料金改定 運賃; not 料金 alone:
 *                 料金の相談窓口 is a desk), farms and fisheries (漁獲 捕鯨 不漁 豊漁 豊作 不作 凶作 出荷 米価 水揚げ
 *                 初競り), tax and public finance (増税 減税 税制 税収 課税 法人税 所得税 財政 歳出 歳入), bonds and
 *                 ratings (国債 社債 債券 利回り 債務 格付け; not 格上げ: an office is raised too), money (デフレ ドル高
 *                 ドル安), companies'
 *                 deeds and results (増資 出資 投資 提携 売却 倒産 破綻 民事再生 会社更生 配当 自社株 受注 売り上げ 増益 減益 増収
 *                 減収 最終利益 経常利益 損益), rates and costs (料率 税率 建設費 事業費 工事費; not 費用: 買収に伴う費用を
 *                 公表 is the deal's), production at scale (量産), a price's moves (値上がり 値下がり 値引き ハイパーインフレ), the shareholders'
 *                 meeting (株主総会: its votes are on the company's board and deals; 総会 alone is a meeting), a tax by
 *                 its name (…税 with no kanji after it: 入湯税, 宿泊税; not 税関, 税理士, 税務署), a joint
 *                 venture (合弁), and 反発
 *                 where a market is named ({@link #aMarketRebounds})
 *   ANNOUNCEMENT  発表 公表 発令 通知 公開 明らか 宣言 対策本部 対策室 リコール 承認 通告 通達 開示 公告, a course, plan or
 *                 outlook shown (方針を示す 計画を示す 見通しを示す: read before 示す, an intention shown, 考えを示す, a
 *                 statement), the government's alert that power will run short (電力需給ひっ迫注意報, 警報: no weather's,
 *                 read before 注意報 and 警報), findings compiled or issued (最終報告をまとめる 調査結果をまとめる 中間報告を
 *                 出す 報告書を提出; not 報告書を受け取る, nor 報告書をまとめる, which CategoryTest holds other, nor 捜査結果を
 *                 まとめる, nor a filing the law requires: 有価証券報告書 収支報告書); not
 *                 閣議決定 (what is decided decides: 予算案を閣議決定 is the economy's)
 *   STATEMENT     表明 発言 強調 批判 非難 演説 講演 呼びかけ 示す けん制 警告 主張 反論 反発 歓迎 要求 意欲
 *                 訴え 会見 取材 インタビュー 談話 訓示 祝意 勝利を宣言 勝利宣言 謝罪 否定 コメント 敗北を認め 敗北を容認 声明 指摘 言及
 *                 明言 断言 示唆 見解 答弁 証言 釈明 弁明 陳謝 おわび 遺憾 称賛 所感 抱負, a promise said (」と約束, a
 *                 verb's plain form before と約束: すると約束, …ないと約束; 約束の時間, 友人と約束した and 現金と約束手形 are
 *                 none) and words of feeling expressed (哀悼の意を表す, 謝意を表す, 弔意を表す, 感謝の意を表す; 敬意を表し、
 *                 一礼した is a gesture, 創意を表現 no words); not 説明
 *                 (the writers split: a spokesman's a statement, an agency's an announcement)
 *   OTHER         nothing matched, or a named happening of no category (above)
 * </pre>
 *
 * <p>A keyword inside a longer keyword or name is that word's: 本会議 is a session of parliament, not its
 * 会議; 経済産業省 is a ministry, not the economy; リコール運動 a campaign, not a product recalled
 * ({@link #NAMES_HOLDING_A_KEYWORD}). The tokenizer cuts such compounds (本 / 会議), so a word read
 * after the label that is a part of a compound the label holds is passed over too. The phrase the
 * predicate heads is read before its noun alone: 頼氏が勝利を宣言 is a statement (勝利を宣言), not an
 * announcement (宣言). A claim a ruling takes or turns down is passed over for who rules
 * ({@link #aClaimRuledOn}): 大阪地裁が原告の訴えを退ける is the court's, not words.
 *
 * <p>Known weaknesses: keywords are substrings, so 軍 also matches 軍事同盟 in a statement about
 * it; reading the predicate and the label first keeps that rare. A compound the label does not hold
 * is read in its parts (a clause's 本会議 after a label without it is a meeting). 事件 makes a case of
 * a past incident named as history (天安門事件), and 釈放 of a release of prisoners in an exchange. 気温 makes any
 * temperature reported a disaster (as 雨量 and 積雪 make weather one), and 譲渡 a transfer of anything. The object comes before the
 * subject even when the subject says more: 野党の批判を受け流す reads 批判 (a statement), whoever does it. A
 * party to a trial speaking (大川被告が無罪を主張) stays a statement, though the writers file it as legal: read so,
 * it joined the hearing's event of the day (decision 0029's addendum of session 34).
 */
final class CategoryRules {

    private static final Map<EventCategory, List<String>> KEYWORDS = new LinkedHashMap<>();
    /** A promise said: …と約束 (する, した), a statement's keyword ({@link #aPromiseNotSaid}). */
    private static final String PROMISE = "と約束";

    static {
        // a visit alone (来日, 訪米, 訪問, 歴訪, 視察に訪れる) is no meeting: the writers of sets four to fifteen keyed
        // every one other (decision 0029's addendum of session 39); talks named with it (訪米し、大統領と会談) decide
        KEYWORDS.put(EventCategory.MEETING, List.of("会談", "協議", "会議", "会合", "交渉", "首脳", "サミット", "面会",
                "総会", "党大会", "意見交換", "説明会", "相談会", "懇談",
                // session 31: talks of every kind
                "会食", "面談", "対談", "表敬", "折衝", "公聴会", "シンポジウム", "フォーラム",
                // session 31: meetings known by their names
                "APEC", "COP", "FOMC",
                // session 34: gatherings to learn, as 説明会 and 相談会 are
                "研修会", "勉強会", "講習会"));
        KEYWORDS.put(EventCategory.PROTEST, List.of("デモ", "抗議", "暴徒", "暴動", "集会", "ストライキ", "座り込み",
                "ゼネスト", "ハンスト", "反対運動", "不買運動", "ボイコット", "占拠", "騒乱", "蜂起",
                // session 31: a strike as a word of its own, not inside リスト or コスト; a building stormed
                "スト", "ハンガーストライキ", "乱入"));
        KEYWORDS.put(EventCategory.MILITARY, List.of("軍", "自衛隊", "部隊", "侵攻", "攻撃", "砲撃", "空爆", "発砲", "演習",
                "派兵", "増派", "停戦", "休戦", "撤退", "ミサイル", "射殺", "発射", "弾道", "核実験", "戦闘", "空襲", "爆撃", "占領", "制圧", "奪還",
                // session 31: navies and coast guards at sea and in the air, drones, wars and border clashes, arms
                "艦艇", "護衛艦", "駆逐艦", "潜水艦", "空母", "艦隊", "海警局", "海警船", "領海侵入", "領海侵犯", "領空侵犯", "緊急発進",
                "無人機", "偵察", "哨戒", "迎撃", "撃墜", "撃沈", "交戦", "武力衝突", "銃撃戦", "紛争", "戦争", "内戦", "侵略", "反攻",
                "降伏", "捕虜", "戦死", "兵士", "民兵", "兵力", "徴兵", "武装", "兵器", "弾薬", "地雷", "戦車", "武器供与", "武器輸出",
                "防衛装備", "クーデター", "併合", "砲弾", "砲声",
                // session 38: martial law, the army's rule of a land (非常戒厳, 戒厳令)
                "戒厳"));
        KEYWORDS.put(EventCategory.LEGAL, List.of("最高裁", "高裁", "地裁", "家裁", "裁判所", "地検", "検察",
                "拘束", "逮捕", "起訴", "判決", "裁判", "提訴", "容疑", "送検", "公判", "上告", "控訴", "棄却", "鑑定留置",
                "有罪", "無罪", "懲役", "禁錮", "訴訟", "賠償", "処分", "被告", "再審", "抗告", "釈放", "保釈", "告発", "告訴", "被害届", "訴えを起こ",
                "特捜部", "事情聴取", "捜査", "家宅捜索", "押収", "行政指導", "立ち入り検査", "立入検査", "審理", "口頭弁論",
                "拿捕", "人質", "立てこも", "刺し", "刺さ", "刺す", "業務上過失", "事件", "殺害", "殺人", "詐欺", "だまし取", "窃盗", "強盗", "盗難", "盗む", "盗ん", "盗み", "盗ま",
                "法案", "法律", "法改正", "改正", "施行", "公布", "条例", "大統領令", "政令", "省令",
                "推進法", "防止法", "対策法", "特措法", "基本法", "保護法", "規制法", "感染症法", "改革法", "関連法", "整備法",
                "憲法", "刑法", "民法",
                // session 31: the police's steps, the courts' and regulators' orders and sanctions, a bill's end, crimes
                "指名手配", "出頭", "自首", "身柄", "現行犯", "勾留", "立件", "摘発", "検挙", "送致", "取り調べ", "取調べ", "職務質問",
                "任意同行", "求刑", "論告", "結審", "実刑", "執行猶予", "死刑", "罰金", "勝訴", "敗訴", "違憲", "合憲", "却下",
                "差し戻", "差し止め", "差止め", "調停", "陪審", "尋問", "懲戒", "課徴金", "停止命令", "改善命令", "措置命令", "業務停止",
                "是正勧告", "制裁", "違反", "違法", "廃案", "法制化", "独禁法", "独占禁止法", "公選法", "公職選挙法", "取締法", "処罰法",
                "横領", "背任", "贈賄", "収賄", "汚職", "賄賂", "脱税", "密輸", "密漁", "放火", "暴行", "傷害", "致死", "脅迫", "恐喝",
                "誘拐", "強制性交", "わいせつ", "痴漢", "盗撮", "ひき逃げ", "飲酒運転", "覚醒剤", "覚せい剤", "大麻", "麻薬", "不正アクセス",
                "偽造", "談合", "遺棄", "万引き", "空き巣", "着服", "ストーカー", "虐待",
                // session 34: violence, as 暴行 is its deed; a business suspended by a regulator, as 業務停止; a petition
                // to a court or a board
                "暴力", "営業停止", "申し立て", "申立て",
                // session 36: an impeachment, a prosecution by parliament as 起訴 is by prosecutors
                "弾劾", "訴追"));
        KEYWORDS.put(EventCategory.DISASTER, List.of("地震", "津波", "台風", "噴火", "洪水", "火災", "事故", "豪雨", "被災",
                "感染", "震災", "大雪", "豪雪", "大雨", "暴風", "土砂", "竜巻", "浸水", "猛暑", "警報", "避難", "降雪", "積雪", "震度",
                "大荒れ", "荒天", "高潮", "落雷", "熱中症", "決壊", "氾濫", "冠水", "全焼", "半焼", "倒壊", "停電", "断水",
                "立ち往生", "線状降水帯", "寒波", "雨量", "気温", "赤潮", "出火", "通信障害", "脱線", "崩落", "崩れ落ち", "沈没", "座礁",
                "転覆", "墜落", "鳥インフル", "豚熱",
                // session 31: fires of every kind, outbreaks and poisoning, the land and the weather, accidents and rescues, failures
                "災害", "水害", "火事", "延焼", "焼失", "焼死", "爆発", "食中毒", "一酸化炭素中毒", "ノロウイルス", "口蹄疫", "コレラ", "麻疹",
                "エボラ", "パンデミック", "土石流", "地滑り", "地すべり", "がけ崩れ", "崖崩れ", "液状化", "火砕流", "噴煙", "降灰",
                "余震", "高波", "突風", "吹雪", "干ばつ", "渇水", "熱波", "酷暑", "冷害", "雪害", "注意報", "追突", "横転", "不時着", "遭難",
                "漂流", "救助", "陥没", "ガス漏れ",
                // session 36: a fire's end, as 延焼 is its spread
                "鎮火", "消し止め",
                // session 34: a temperature reached or measured and the heat, as 猛暑 and 気温 are the weather's
                "度を記録", "度を観測", "暑さ"));
        KEYWORDS.put(EventCategory.ELECTION, List.of("選挙", "投票", "当選", "開票", "出馬", "公示", "院選", "地方選", "知事選",
                "長選", "議選", "出直し選", "総裁選", "党首選", "大統領選",
                "首相に選出", "議長に選出", "総裁に選出", "党首に選出", "党代表に選出", "大統領に選出", "委員長に選出",
                // session 31: referendums and recalls, primaries, candidacies, seats and their results
                "解職請求", "予備選", "党員集会", "指名争い", "立候補", "擁立", "得票", "議席", "落選", "再選", "補選", "補欠選", "改選"));
        KEYWORDS.put(EventCategory.ECONOMY, List.of("株価", "金利", "為替", "円安", "円高", "経済", "物価", "関税", "輸出",
                "輸入", "景気", "予算", "価格", "高騰", "利上げ", "利下げ", "相場", "GDP", "国内総生産", "売上", "決算", "業績",
                "赤字", "黒字", "営業利益", "純利益", "日経平均", "終値", "始値", "インフレ", "金融緩和", "金融政策", "賃上げ", "販売台数",
                "値上げ", "値下げ", "上方修正", "下方修正", "消費税", "買収", "株式公開買い付け", "決算説明会",
                "TOB", "買い付け", "譲渡", "春闘", "満額回答", "満額", "支出", "予備費", "異次元緩和", "量的緩和", "株式市場", "東京市場",
                "経営統合", "合併", "持ち株会社", "上場", "暴落", "急落", "急騰", "発売", "融資", "補助金", "初売り",
                // session 42: not 着工, a groundbreaking: works begun are other to the writers of sets ten, eleven,
                // fourteen and fifteen (a plant, a bridge, a castle's restoration, land for a move), as an opening is
                // session 31: labour and wages, trade, energy, farms and fisheries, fares, tax, bonds, companies' deeds and results
                "賃金", "給与", "ボーナス", "賞与", "ベースアップ", "雇用", "失業", "求人", "解雇", "人員削減", "リストラ", "希望退職",
                "貿易", "経常収支", "貿易戦争", "関税戦争", "価格戦争", "原油", "OPEC", "減産", "増産",
                "電気料金", "ガス料金", "水道料金", "料金改定", "運賃", "漁獲", "捕鯨",
                "不漁", "豊漁", "豊作", "不作", "凶作", "出荷", "米価", "水揚げ", "初競り", "増税", "減税", "税制", "税収", "課税", "法人税",
                "所得税", "財政", "歳出", "歳入", "国債", "社債", "債券", "利回り", "債務", "格付け", "デフレ", "ドル高",
                "ドル安", "増資", "出資", "投資", "提携", "売却", "倒産", "破綻", "民事再生", "会社更生", "配当", "自社株", "受注", "売り上げ",
                "増益", "減益", "増収", "減収", "最終利益", "経常利益", "損益",
                // session 33: the meeting where shareholders vote on a company's board and its deals; a joint venture
                "株主総会", "合弁",
                // session 31: a price's moves, as 値上げ and 値下げ are its setting
                "値上が", "値下が", "値引き", "ハイパーインフレ",
                // session 34: rates and costs, as prices are; production at scale, as 増産 and 減産 are its changes
                "料率", "税率", "建設費", "事業費", "工事費", "量産",
                // session 36: a tax by its name, 税 ending it (入湯税, 宿泊税; not 税関, 税理士: TAX_NAMES_END)
                "税"));
        KEYWORDS.put(EventCategory.ANNOUNCEMENT, List.of("発表", "公表", "発令", "通知", "公開", "明らか", "宣言",
                "対策本部", "対策室", "リコール", "承認", "通告", "通達", "開示", "公告",
                // session 33: a body's course, plan or outlook shown is made known; an intention shown (考え, 意向) is words
                "方針を示す", "計画を示す", "見通しを示す",
                // session 34: the government's alert that power will run short, no weather's (decision 0029's addendum)
                "需給ひっ迫警報", "需給ひっ迫注意報", "需給逼迫警報", "需給逼迫注意報",
                // session 36: a body's findings compiled or issued (最終報告をまとめる, 中間報告を出す, 調査結果をまとめる), as
                // 公表 of them is; not a report received or asked for (報告書を受け取る, 報告を求める); 報告書をまとめる
                // stays other, as CategoryTest holds it (decision 0029's addendum of session 36); results named as a
                // body's findings, not any (捜査結果をまとめ, 決算結果をまとめ: the case's, the company's)
                "報告をまとめ", "調査結果をまとめ", "検証結果をまとめ", "報告書を提出", "報告書を出", "報告を出", "報告書が出"));
        KEYWORDS.put(EventCategory.STATEMENT, List.of("表明", "発言", "強調", "批判", "非難", "演説", "講演", "呼びかけ", "示す",
                "けん制", "警告", "主張", "反論", "反発", "歓迎", "要求", "意欲", "訴え", "会見", "取材", "インタビュー",
                "談話", "訓示", "祝意", "勝利を宣言", "勝利宣言", "謝罪", "否定", "コメント", "敗北を認め", "敗北を容認",
                // session 31: what is said, pointed out, answered, regretted or praised
                "声明", "指摘", "言及", "明言", "断言", "示唆", "見解", "答弁", "証言", "釈明", "弁明", "陳謝", "おわび", "遺憾", "称賛",
                "所感", "抱負",
                // session 37: a promise said (…すると約束した; not 友人と約束していた: see aPromiseNotSaid), and words of
                // feeling expressed (哀悼の意を表した, 謝意を表す; not 敬意を表し、一礼した, a gesture, nor 創意を表現, 民意を表した)
                PROMISE, "哀悼の意を表", "謝意を表", "弔意を表", "感謝の意を表"));
        KEYWORDS.put(EventCategory.OTHER, List.of(
                // ceremonies and sports events
                "式典", "開会式", "閉会式", "開幕式", "就任式", "授賞式", "入学式", "卒業式", "成人式", "追悼式", "記念式",
                "五輪", "オリンピック", "パラリンピック", "大会", "祭",
                // sessions of parliament
                "国会", "議会", "本会議"));
    }

    /**
     * Bodies that sit as meetings (理事会, 取締役会, 審議会…) whose names are also the names of the
     * bodies themselves (国連安全保障理事会, 公正取引委員会, 教育委員会): a sitting only where the label
     * says it is held or is where something is done ({@link #HELD}).
     */
    private static final List<String> SITTINGS = List.of("取締役会", "理事会", "役員会", "委員会", "審議会", "評議員会", "幹事会",
            "検討会");
    /** What after a body's name says it sits: 理事会を開催, 取締役会を招集, 取締役会で決定, 理事会が開催. */
    private static final List<String> HELD = List.of("を開", "を招集", "で", "が開");

    private CategoryRules() {
    }

    /**
     * The category of a clause from its predicate's noun, its label, the words naming its
     * happening and its other content words, in that order (see the class comment).
     */
    static EventCategory categorise(String predicate, String label, Collection<String> headWords,
                                    Collection<String> clauseWords) {
        if (ThingsOnShow.onShow(label)) {
            // 仏像を特別に公開, 一般公開が開始: a display, no news made known
            return EventCategory.OTHER;
        }
        EventCategory read = read(predicate, label, headWords, clauseWords);
        if (read == EventCategory.DISASTER && MachinesInfected.aMachineInfected(label, headWords, clauseWords)) {
            // パソコンがウイルスに感染: malware, no outbreak; read again without 感染, what else is said decides
            read = read(MachinesInfected.withoutTheInfection(predicate), MachinesInfected.withoutTheInfection(label),
                    MachinesInfected.withoutTheInfection(headWords), MachinesInfected.withoutTheInfection(clauseWords));
        }
        // 断水が全面解消, 停電を解消: the disaster's harm ended, no disaster
        return read == EventCategory.DISASTER && HarmsEnded.endsAHarm(predicate) ? EventCategory.OTHER : read;
    }

    /** The category the predicate, the label and the words give, in the order of the class comment. */
    private static EventCategory read(String predicate, String label, Collection<String> headWords,
                                      Collection<String> clauseWords) {
        // the label's keywords are found once: every reading below asks them
        List<Match> inLabel = allMatches(label);
        List<Match> outermost = outermost(inLabel);
        EventCategory c = predicatePhrase(predicate, outermost);
        if (c != null) {
            return c;
        }
        if (aVehicleCollides(label, predicate)) {
            return EventCategory.DISASTER;
        }
        if (PoliceSearches.aPoliceSearch(label, predicate) && !namesA(EventCategory.DISASTER, outermost)) {
            return EventCategory.LEGAL;
        }
        c = firstMatch(List.of(predicate));
        EventCategory announced = c == EventCategory.ANNOUNCEMENT ? announcedNews(label, predicate, outermost) : null;
        if (announced != null) {
            return announced;
        }
        EventCategory declared = c == EventCategory.ANNOUNCEMENT ? declaredState(label, predicate, outermost) : null;
        if (declared != null) {
            return declared;
        }
        if (c == EventCategory.STATEMENT && aMarketRebounds(label, predicate)) {
            return EventCategory.ECONOMY;
        }
        if (c != null) {
            return c;
        }
        if (IncidentsByFire.anIncidentByFire(label)) {
            // 住宅が全焼して夫婦が死亡した事件: the fire, not the case 事件 names
            return EventCategory.DISASTER;
        }
        c = lastInLabel(label, outermost);
        if (c != null) {
            return c;
        }
        if (Estimates.anEstimateOfMoney(label, predicate)) {
            // …約900億円が失われると試算: an estimate in money, the economy's where the label names nothing else
            return EventCategory.ECONOMY;
        }
        if (ChamberVotes.aBillVoted(label, predicate)) {
            return EventCategory.LEGAL;
        }
        Set<String> compounds = compoundsIn(inLabel);
        c = firstMatch(outside(headWords, compounds));
        if (c != null) {
            return c;
        }
        c = firstMatch(outside(clauseWords, compounds));
        if (c != null) {
            return c;
        }
        if (DECISIONS.contains(predicate)) {
            return EventCategory.ANNOUNCEMENT;
        }
        return agreement(label, predicate) ? EventCategory.MEETING : EventCategory.OTHER;
    }

    /** Whether a keyword of the category is among the matches (県警が山で遭難した登山者を捜索: 遭難, a disaster's). */
    private static boolean namesA(EventCategory category, List<Match> matches) {
        for (Match m : matches) {
            if (CATEGORIES[m.keyword().rank()] == category) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the predicate says that parties came to agree (3党が修正で合意, 両氏が解散を見送る方向で一致), the outcome of
     * talks, a meeting, when nothing agreed on has a category of its own: 両国が停戦に合意 is military, 産油国が減産で合意
     * the economy's, as what is asked decides before 要請 does. 一致 only after で (agreed on): 遺体のDNA型が男性と一致
     * is a match found, no agreement. Read at the label's end, where its deed is.
     */
    private static boolean agreement(String label, String predicate) {
        // the label ends with its deed (…方針で一致) where the predicate is not read as one
        return predicate.equals("合意") || label.endsWith("合意") || label.endsWith("で一致");
    }

    /**
     * Whether the predicate 衝突 is a collision of vehicles, an accident (羽田空港で日本航空機と海上保安庁の航空機が衝突,
     * 乗用車とトラックが正面衝突): a vehicle is named right before が, と, に or 同士, or its name and size in brackets
     * between (貨物船「第五海星丸」（499トン）が衝突). Without one a clash is another's:
     * 両軍が衝突 (military, by 軍), 警官隊とデモ隊が衝突 (a protest, by デモ), 与野党が衝突 (words).
     */
    private static boolean aVehicleCollides(String label, String predicate) {
        if (!predicate.endsWith("衝突")) {
            return false;
        }
        for (String vehicle : VEHICLES) {
            for (int at = label.indexOf(vehicle); at >= 0; at = label.indexOf(vehicle, at + 1)) {
                int after = pastBrackets(label, at + vehicle.length());
                if (after < label.length() && ("がとに".indexOf(label.charAt(after)) >= 0 || label.startsWith("同士", after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the text goes on after the brackets that open at {@code at}, one after another: a vehicle's name and its
     * size (貨物船「第五海星丸」（499トン）が衝突 → が); {@code at} itself when none opens there or one is not closed.
     */
    private static int pastBrackets(String text, int at) {
        int after = at;
        while (after < text.length()) {
            int open = BRACKETS.indexOf(text.charAt(after));
            int close = open >= 0 && open % 2 == 0 ? text.indexOf(BRACKETS.charAt(open + 1), after) : -1;
            if (close < 0) {
                return after;
            }
            after = close + 1;
        }
        return after;
    }

    /** Opening brackets each followed by its closing one: 「」, （）, (). */
    private static final String BRACKETS = "「」（）()";

    /**
     * What collides in an accident: aircraft, cars and trains (車 ends 乗用車, 列車, 電車), ships and boats, a flight
     * by its number (516便). Not 機 alone: 危機 and 動機 end with it.
     */
    private static final List<String> VEHICLES = List.of("航空機", "旅客機", "小型機", "ヘリ", "機体", "車", "船", "艇", "便",
            "バス", "トラック", "バイク");

    /**
     * Predicates that make known what a body asks, designates or gives notice of, an announcement
     * when nothing else the clause says has a category: 知事が休校を要請, 市が西口を禁止区域に指定, 市が対象
     * 区域を告示. What is asked decides first where it can: 取引先に値上げを要請 (economy). Not 決定: the
     * label writes 決めた as 決定 too, and 盗塁を決めた or 教科書の採択を決めた announce nothing.
     */
    private static final Set<String> DECISIONS = Set.of("要請", "指定", "告示");

    /** Whether a noun names a meeting (会合, 局長級協議, 首脳会談, 理事会): what a body holds and decides at. */
    static boolean namesMeeting(String noun) {
        return firstMatch(List.of(noun)) == EventCategory.MEETING || SITTINGS.stream().anyMatch(noun::endsWith);
    }

    /**
     * The content words the date governs, for the last reading of {@link #categorise}: those of
     * the clause after the date and before its predicate (大雪で in 8日から9日にかけて、大雪で計120便が
     * 欠航した), not what is said before the date (投票日当日の10日は…晴れる) nor the deed of a verb
     * that reports the dated one (…9月26日から見直すと発表した); and the noun the predicate
     * modifies when it ends a relative clause ({@link #modifiedNoun}). When the label has no
     * predicate, up to the first verb or comma: the date names a thing (4日の仕事始めを前に、…), and
     * the rest of the sentence is what is said of it. To the clause's end when the predicate is not
     * found. A noun followed by 中, 下 or 型 names a time, a state or a kind, not a deed (街頭演説中に, 宣言下で,
     * 身代金要求型ウイルス), and is left out. A date a comma sets off in a clause that ends announcing (県は5日、死者が
     * 20人になったと発表した) dates the announcement, though the label tells what was announced: then all the clause says
     * after the date is read, as written too, and 発表 last, so that what is announced decides where it has a category
     * (…鳥インフルエンザの陽性が確認されたと発表した: a disaster) and the announcement where it has none (session 33:
     * the writers of sets one, four, five, six and seven file such a report as an announcement; set five's writer
     * once as what was announced, a restoration, other). So is a clause the label cut before the verb announcing it
     * (session 37: 東北電力は4日、…不具合が見つかり、3日夜に原子炉を停止したと発表した), read on to the sentence's end, when
     * the date is set off after the doer and no other doer (市は…, 市も…, …と県が発表) stands between, nor is an
     * intention made known (…拡充する考えを明らかにした: a statement): the label tells what was announced, its deed the
     * announcement. The later clauses are read with it only where they tell no day of their own nor a deed called off
     * (…10日に予定していた説明会を中止すると発表した: not a meeting of the 4th), and a compound of what is announced
     * is read whole (株主総会, not its 総会). Known weakness: a person's deed then words (首相は4日、工場を視察し、…と
     * 発表した) is cut as a body's news is; a later clause dated in words only (翌日に停止) is read.
     *
     * @param tokens    the sentence's tokens, spans relative to the sentence
     * @param clause    the clause the date governs, in the sentence
     * @param date      the date expression, in the sentence (empty at the clause's start when none)
     * @param predicate the label's predicate noun (決定 for 決めた), "" when none
     */
    static List<String> governedWords(List<Token> tokens, TextSpan clause, TextSpan date, String predicate) {
        Set<String> words = new LinkedHashSet<>();
        // the date a comma sets off dates the announcing verb the clause ends with: all that is announced is read
        boolean announced = setOff(tokens, date) && endsAnnounced(tokens, clause);
        // the label's clause cut before the verb announcing it (同社は4日、…不具合が見つかり、…と発表した) is read to it
        boolean cutBeforeTheAnnouncement = !announced && setOff(tokens, date) && afterTopic(tokens, date)
                && sentenceEndsAnnouncing(tokens, clause);
        // the later clauses are read as the news only where they tell no other day's deed nor one called off
        TextSpan rest = new TextSpan(clause.end(), sentenceEnd(tokens, clause));
        TextSpan read = cutBeforeTheAnnouncement && tellsTheNews(tokens, rest) ? new TextSpan(clause.start(), rest.end()) : clause;
        announced |= cutBeforeTheAnnouncement;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!read.contains(t.span()) || t.span().start() < date.end()) {
                continue;
            }
            if (!announced && (predicate.isEmpty() ? Morphemes.isVerb(t) : isPredicate(t, predicate))) {
                words.addAll(modifiedNoun(tokens, i + 1, read));
                break;
            }
            if (!announced && predicate.isEmpty() && i > 0 && t.span().start() > tokens.get(i - 1).span().end()
                    && tokens.get(i - 1).span().end() >= date.end()) {
                // a comma or other mark (the tokenizer keeps none) ends the phrase the date names
                break;
            }
            boolean during = i + 1 < tokens.size() && NOT_A_DEED_BEFORE.contains(tokens.get(i + 1).surface());
            if (isContentWord(t) && !during) {
                words.add(t.baseForm());
            }
        }
        if (!announced) {
            return List.copyOf(words);
        }
        // what is announced as written, too: the tokenizer cuts compounds a keyword names (鳥 / インフルエンザ), and
        // their parts say what the compound says (株主 / 総会: not a meeting's 総会 but 株主総会, the economy's)
        String written = writtenAfter(tokens, read, date);
        Set<String> announcedWords = new LinkedHashSet<>(outside(words, compoundsIn(allMatches(written))));
        announcedWords.add(written);
        announcedWords.add(ANNOUNCED);
        return List.copyOf(announcedWords);
    }

    /** The clause's words after the date as written, run together. */
    private static String writtenAfter(List<Token> tokens, TextSpan clause, TextSpan date) {
        StringBuilder written = new StringBuilder();
        // loops, not streams, at every report: with the app's inlining (decision 0021) a stream costs far more
        for (Token t : tokens) {
            if (clause.contains(t.span()) && t.span().start() >= date.end()) {
                written.append(t.surface());
            }
        }
        return written.toString();
    }

    /**
     * Whether a mark (a comma: the tokenizer keeps none) follows the date, which then dates the clause's last verb, not
     * one inside what it reports: 県は5日、死者が20人になったと発表した (the 5th is the announcement's), not 政府は…を
     * 9月26日から見直すと発表した (the 26th is the change's).
     */
    static boolean setOff(List<Token> tokens, TextSpan date) {
        if (date.end() <= date.start()) {
            return false;
        }
        int first = firstTokenAfter(tokens, date);
        return first < tokens.size() && tokens.get(first).span().start() > date.end();
    }

    /** Whether a topic (は, が) stands right before the date: 県警は8日、, 同社は2日、. */
    static boolean afterTopic(List<Token> tokens, TextSpan date) {
        int before = InTextOrder.firstStartingFrom(tokens, Token::span, date.start()) - 1;
        return before >= 0 && Morphemes.isParticle(tokens.get(before), "は", "が");
    }

    /** The index of the first token starting at or after the date's end (4月1日|付で → 付), the tokens' count if none. */
    static int firstTokenAfter(List<Token> tokens, TextSpan date) {
        return InTextOrder.firstStartingFrom(tokens, Token::span, date.end());
    }

    /**
     * Whether the clause ends with a verb that makes something known (…と発表した, …を公表した, …と明らかにした), the
     * endings, する and に after it passed over.
     */
    private static boolean endsAnnounced(List<Token> tokens, TextSpan clause) {
        int last = lastWord(tokens, clause);
        return last >= 0 && ANNOUNCING.contains(tokens.get(last).baseForm());
    }

    /**
     * Whether the sentence goes on after the clause to end with a verb that makes something known, with no topic of its
     * own between (…不具合が見つかり、3日夜に原子炉を停止したと発表した; not …見つかり、国は…と発表した: another doer's).
     */
    private static boolean sentenceEndsAnnouncing(List<Token> tokens, TextSpan clause) {
        TextSpan rest = new TextSpan(clause.end(), sentenceEnd(tokens, clause));
        for (int i = 1; i < tokens.size(); i++) {
            // another doer: a topic (市は), or one too after its name (市も; not 施設でも, a place)
            if (rest.contains(tokens.get(i).span()) && (Morphemes.isParticle(tokens.get(i), "は")
                    || Morphemes.isParticle(tokens.get(i), "も") && Morphemes.isNounLike(tokens.get(i - 1)))) {
                return false;
            }
        }
        int verb = lastWord(tokens, rest);
        return verb >= 2 && ANNOUNCING.contains(tokens.get(verb).baseForm())
                && !anotherDoerOrAnIntention(tokens, verb, rest);
    }

    /**
     * Whether the announcing verb at {@code verb} is another's or no announcement of news: a doer marked by が right before
     * it (…休館すると県が発表した), or an intention as its object (…拡充する考えを明らかにした: 考え, 意向, 方針, 意欲, a
     * statement of what one means to do).
     */
    private static boolean anotherDoerOrAnIntention(List<Token> tokens, int verb, TextSpan rest) {
        Token before = tokens.get(verb - 1);
        if (!rest.contains(before.span())) {
            return false;
        }
        return Morphemes.isParticle(before, "が")
                || Morphemes.isParticle(before, "を") && INTENTIONS.contains(tokens.get(verb - 2).baseForm());
    }

    /** Intentions made known, words of a statement: 考えを明らかにした, 意向を明らかにした. */
    private static final Set<String> INTENTIONS = Set.of("考え", "意向", "方針", "意欲");

    /**
     * Whether the later clauses tell the news announced, not a deed of a day of its own (10日に予定していた説明会を中止:
     * the meeting's day, not the announcement's) nor one called off (中止, 延期, 見送り: what is not held).
     */
    private static boolean tellsTheNews(List<Token> tokens, TextSpan rest) {
        StringBuilder written = new StringBuilder();
        for (Token t : tokens) {
            if (rest.contains(t.span())) {
                written.append(t.surface());
            }
        }
        return !ANOTHER_DAY_OR_CALLED_OFF.matcher(written).find();
    }

    /** A day, month or year in figures (10日に, 6月の, 3日夜), or a deed called off (中止, 延期, 見送る). */
    private static final Pattern ANOTHER_DAY_OR_CALLED_OFF = Pattern.compile("[0-9０-９]+[年月日]|中止|延期|見送");

    /** Where the sentence's last word ends, the clause's end when it ends later (the tokens are the sentence's). */
    private static int sentenceEnd(List<Token> tokens, TextSpan clause) {
        return tokens.isEmpty() ? clause.end() : Math.max(clause.end(), tokens.get(tokens.size() - 1).span().end());
    }

    /** The index of the clause's last word, its endings, する and に passed over (…と発表した → 発表); -1 when none. */
    static int lastWord(List<Token> tokens, TextSpan clause) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (clause.contains(t.span())
                    && !(Morphemes.isVerbEnding(t) || Morphemes.isSuru(t) || Morphemes.isParticle(t, "に"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a noun is that of a verb making known what its doer says, decides or finds: those a date set off by a
     * comma dates ({@link #ANNOUNCING}) and 表明.
     */
    static boolean makesKnown(String noun) {
        return ANNOUNCING.contains(noun) || noun.equals("表明");
    }

    /** The nouns of the verbs that make something known, the deed of a doer a date set off by a comma dates. */
    private static final Set<String> ANNOUNCING = Set.of("発表", "公表", "明らか");
    /** The word {@link #governedWords} adds for a clause that ends announcing what a date set off by a comma dates. */
    private static final String ANNOUNCED = "発表";

    /**
     * What after a noun says it names a time, a state, a kind or a quality, not a deed: 街頭演説中に (when), 宣言下で
     * (under what), 身代金要求型ウイルス (a ransomware: no demand is made), 爆発的に伸びた (fast: nothing exploded).
     */
    private static final Set<String> NOT_A_DEED_BEFORE = Set.of("中", "下", "型", "的");
    /** Those of {@link #NOT_A_DEED_BEFORE} that say so in a label whatever follows them (中 only before に or の). */
    private static final List<String> STATE_KIND_OR_QUALITY = NOT_A_DEED_BEFORE.stream().filter(w -> !w.equals("中")).toList();

    /**
     * Whether the keyword ending at {@code end} of the text is followed by 下, 型 or 的, which make of it the state
     * things were under (緊急事態宣言下), a kind of thing (身代金要求型ウイルス) or a quality (爆発的な人気, 地滑り的な勝利,
     * 攻撃的な発言): no deed of its category was done.
     */
    private static boolean namesAStateKindOrQuality(String text, int end) {
        for (String suffix : STATE_KIND_OR_QUALITY) {
            if (text.startsWith(suffix, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun phrase a predicate in a relative clause modifies, when one follows its endings
     * directly: 22日朝に行われたインドの大統領選挙では → インド, 大統領, 選挙 (the 実施 dated is the
     * election's); nothing when the predicate ends its clause.
     */
    private static List<String> modifiedNoun(List<Token> tokens, int from, TextSpan clause) {
        int i = from;
        while (i < tokens.size() && (Morphemes.isVerbEnding(tokens.get(i)) || Morphemes.isSuru(tokens.get(i)))) {
            i++;
        }
        List<String> words = new ArrayList<>();
        for (; i < tokens.size() && clause.contains(tokens.get(i).span()); i++) {
            Token t = tokens.get(i);
            if (Morphemes.isNounLike(t) || t.is(PartOfSpeech.NOUN)) {
                if (isContentWord(t)) {
                    words.add(t.baseForm());
                }
            } else if (!(Morphemes.isParticle(t, "の") && !words.isEmpty())) {
                break;
            }
        }
        return words;
    }

    private static boolean isPredicate(Token t, String predicate) {
        return (Morphemes.isNounLike(t) || Morphemes.isVerb(t)) && (predicate.startsWith(t.surface())
                || predicate.equals(t.baseForm()) || predicate.equals(Morphemes.NOMINAL.get(t.baseForm())));
    }

    private static boolean isContentWord(Token t) {
        boolean noun = Morphemes.isNounLike(t) && !t.is(PartOfSpeech.NUMBER) && !t.is(PartOfSpeech.PREFIX)
                && !t.is(PartOfSpeech.NOUN_SUFFIX);
        return noun || Morphemes.isVerb(t) && !Morphemes.WEAK_VERBS.contains(t.baseForm());
    }

    /**
     * The category of a keyword of the label that ends with the predicate and says more than it: the
     * phrase the predicate heads (頼氏が勝利を宣言 → 勝利を宣言, a statement, where 宣言 alone is an
     * announcement); null when there is none.
     */
    private static EventCategory predicatePhrase(String predicate, List<Match> labelMatches) {
        if (predicate.isEmpty()) {
            return null;
        }
        Keyword phrase = null;
        for (Match m : labelMatches) {
            String k = m.keyword().text();
            if (m.keyword().rank() < NAMED_OTHER && k.length() > predicate.length() && k.endsWith(predicate)
                    && (phrase == null || k.length() > phrase.text().length())) {
                phrase = m.keyword();
            }
        }
        return phrase == null ? null : CATEGORIES[phrase.rank()];
    }

    /**
     * The category of what a label says was announced when it is news by being announced, null when it is not: its
     * keyword nearest before the predicate names a company's results ({@link #RESULTS}: トヨタ自動車が2024年3月期の連結決算を
     * 発表, 同社が通期の業績予想の下方修正を公表) or a deal struck with another ({@link #DEALS}: A社がB社の買収を発表,
     * 両社が経営統合と発表, and 両社の統合が発表, where 統合 is no keyword), the economy's; or a vote's result
     * ({@link #VOTE_RESULTS}: 選管の委員長が副大統領の当選を発表), the election's; or a case's step in court ({@link #LEGAL_STEPS}:
     * 検察が元通訳の訴追を発表), the case's. Results and deals exist as news by
     * their announcement, and the held-out sets' writers put them under what was announced (results seven of eight,
     * deals eight reports of twelve, an election's result three of three). A statistic a government publishes stays
     * an announcement (内閣府が10～12月期のGDPを発表), and so does a company's other plan (東和食品が値上げと発表, 同社が新工場の
     * 建設を発表) and other news (内務省が8000人拘束と発表, 気象庁が梅雨明けを発表). Only what follows the subject's が or は
     * is read, and a deal's word must end its word: 統合幕僚監部が飛行経路を発表, 省が統合失調症の患者数を発表 stay
     * announcements. Known weakness: 統合 of anything announced is a deal (市が小学校の統合を発表 too).
     */
    private static EventCategory announcedNews(String label, String predicate, List<Match> matches) {
        int said = label.lastIndexOf(predicate);
        for (int end = said; end > 0; end--) {
            for (Match m : matches) {
                if (m.end() == end && m.keyword().rank() < NAMED_OTHER) {
                    EventCategory news = NEWS_BY_BEING_ANNOUNCED.get(m.keyword().text());
                    return news == EventCategory.LEGAL && !aStepAnnounced(label, m, said) ? null : news;
                }
            }
            int before = end;
            // a deal's word ends a word (統合を, 経営統合と), not one inside a longer name (統合幕僚監部, 統合失調症, 統合型)
            boolean wordEnds = !Character.isIdeographic(label.charAt(before));
            if (wordEnds && DEALS.stream().anyMatch(deal -> label.startsWith(deal, before - deal.length()))) {
                return EventCategory.ECONOMY;
            }
            if (end < said && (label.charAt(end - 1) == 'が' || label.charAt(end - 1) == 'は')) {
                // the doer's particle (A社がB社の買収を発表): what was announced lies after it; right before the predicate
                // it marks what was announced (両社の統合が発表)
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a case's step is itself what is announced: its word is no whistleblowing (内部告発) and only the step's
     * ending and the announced thing's particle lie between it and the predicate ({@link #STEP_TO_PREDICATE}: 起訴を発表,
     * 控訴する方針を公表, 提訴すると発表, 告訴したと発表). A step that names something else or is only its topic is not:
     * 告発で発覚した不正の調査結果を公表, 告発する記事を公開, 提訴について「争う」と発表 (session 38, read again).
     */
    private static boolean aStepAnnounced(String label, Match step, int said) {
        return !label.startsWith(WHISTLEBLOWING, step.start() - WHISTLEBLOWING.length())
                && STEP_TO_PREDICATE.matcher(label.substring(step.end(), said)).matches();
    }

    /** What may lie between a case's step announced and the predicate: 起訴を, 控訴する方針を, 提訴すると, 上告しないことを. */
    private static final Pattern STEP_TO_PREDICATE =
            Pattern.compile("(する|した|された|しない|しなかった)?(の?方針を|考えを|ことを|と|を)?");
    /** What before 告発 makes it an insider's whistleblowing (内部告発), no step of a case. */
    private static final String WHISTLEBLOWING = "内部";

    /**
     * The category of a state declared (宣言) when the declaring is the army's or the state is a disaster's end: what is
     * declared, the military or disaster keyword right before を宣言 or と宣言 (perhaps with 令, 状態 or its end, の終結,
     * の終息, and a manner after を, 正式に: {@link #DECLARED}), names martial law, a ceasefire, a war's end or a fire out (大統領が非常戒厳を宣言, 両国が
     * 停戦を宣言, 大統領が戦争の終結を宣言, 市が山林火災について鎮火を宣言), or the army heads the doer (国軍が国軍系のテレビで
     * 非常事態を宣言, 軍の幹部らが「政権を停止した」と宣言: {@link #anArmyHeadsTheDoer}); the writers of sets eight, nine,
     * ten and twelve file these so (session 38). A fire out counts only where a fire is named ({@link #aFireUnnamed}:
     * 市が鎮火を宣言 stays an announcement), and an epidemic's end is a disaster's (鳥インフルエンザの終息を宣言). Null for
     * any other declaration, an announcement: 市が非常事態を宣言, 市が大雨で非常事態を宣言 (a cause, not what is declared),
     * 社長が事故ゼロを宣言 (a pledge), 大統領が「われわれは戦争状態にある」と宣言 (words quoted), 大統領が麻薬との戦争を
     * 宣言 (a war itself declared is a campaign; a real one begins by 宣戦布告), 両国が貿易戦争の終結を宣言 (a trade war: the
     * economy's), 政府が緊急事態を宣言. Known weakness: a state declared only in a quote (「停戦」を宣言) stays an
     * announcement.
     */
    private static EventCategory declaredState(String label, String predicate, List<Match> matches) {
        if (!predicate.equals(DECLARING)) {
            return null;
        }
        int said = label.lastIndexOf(predicate);
        int doerEnds = firstDoerMarker(label);
        Match declared = null;
        for (Match m : matches) {
            if (m.start() > doerEnds && m.keyword().rank() < NAMED_OTHER && namesWhatIsDeclared(label, m, said)
                    && (declared == null || m.end() > declared.end())) {
                declared = m;
            }
        }
        EventCategory what = declared == null ? null : CATEGORIES[declared.keyword().rank()];
        if (what == EventCategory.MILITARY || what == EventCategory.DISASTER) {
            return what;
        }
        for (Match m : matches) {
            if (CATEGORIES[m.keyword().rank()] == EventCategory.MILITARY && anArmyHeadsTheDoer(label, m, doerEnds)) {
                return EventCategory.MILITARY;
            }
        }
        return null;
    }

    /**
     * Whether a keyword is what is declared: only {@link #DECLARED} lies between it and 宣言 (停戦を, 戒厳令を, 戦争の終結を),
     * and a war is declared only as its state or its end (麻薬との戦争を宣言 is a campaign).
     */
    private static boolean namesWhatIsDeclared(String label, Match m, int said) {
        if (m.end() > said) {
            return false;
        }
        Matcher between = DECLARED.matcher(label.substring(m.end(), said));
        return between.matches() && (between.group(1) != null || !m.keyword().text().equals(WAR));
    }

    /**
     * What may lie between the keyword of what is declared and 宣言: 令, 状態, its end, を or と, and then a manner
     * (停戦を正式に宣言, 鎮火を改めて宣言); not a cause or a place (大雨で非常事態を, 事故ゼロを).
     */
    private static final Pattern DECLARED =
            Pattern.compile("(令|状態|の終結|の終息|の終わり)?([をと](\\p{IsIdeographic}+に|改めて)?)?");
    /** A war, declared only as its state or its end (戦争状態を宣言, 戦争の終結を宣言). */
    private static final String WAR = "戦争";

    /**
     * Whether a military keyword heads the label's doer, its words before the first が or は: the army is the doer
     * (国軍が, 軍は) or its officer is (軍の報道官は, 国軍の幹部らが: {@link #ARMY_OFFICER}). Not one who was a soldier
     * (元自衛隊員の候補, 米軍の元兵士), a general (将軍), a commentator (軍事評論家の男性), nor the baseball team named an
     * army ({@link #TEAMS_NAMED_ARMIES}: 巨人軍の監督).
     */
    private static boolean anArmyHeadsTheDoer(String label, Match m, int doerEnds) {
        if (m.end() > doerEnds) {
            return false;
        }
        boolean former = m.start() > 0 && "元将".indexOf(label.charAt(m.start() - 1)) >= 0;
        boolean aTeam = TEAMS_NAMED_ARMIES.stream().anyMatch(team -> label.startsWith(team, m.start() - team.length()));
        return !former && !aTeam
                && (m.end() == doerEnds || ARMY_OFFICER.matcher(label.substring(m.end(), doerEnds)).matches());
    }

    /** An army's officer after the army's name: の報道官, の幹部ら, の司令官たち; not の元兵士. */
    private static final Pattern ARMY_OFFICER = Pattern.compile("の(?![元前])\\p{IsIdeographic}+(ら|たち)?");
    /** Teams whose names end with 軍, an army only in name: 読売巨人軍. */
    private static final List<String> TEAMS_NAMED_ARMIES = List.of("巨人");

    /** The predicate that declares a state: 非常事態を宣言, 鎮火を宣言. */
    private static final String DECLARING = "宣言";

    /** Where the label's first が or は stands, its doer before it; -1 when it has neither. */
    static int firstDoerMarker(String label) {
        int ga = label.indexOf('が');
        int wa = label.indexOf('は');
        return ga < 0 || wa < 0 ? Math.max(ga, wa) : Math.min(ga, wa);
    }

    /**
     * Whether the predicate 反発 is a market's rebound, not a protest in words: the label names a market
     * or the size of a price's move as what rebounds or where, marked by が, は or で (東京株式市場で日経平均株価が
     * 反発, 円相場が反発, 過去最大の上げ幅で反発); a market in what someone 反発 against is not one (野党が増税案に反発,
     * 中国が為替操作国の認定に反発 stay statements). A market named only as 市場 is not enough (築地市場の移転に反発:
     * the traders' protest).
     */
    private static boolean aMarketRebounds(String label, String predicate) {
        return predicate.equals("反発") && MARKETS.stream().anyMatch(market -> markedAsWhatRebounds(label, market));
    }

    private static boolean markedAsWhatRebounds(String label, String market) {
        for (int at = label.indexOf(market); at >= 0; at = label.indexOf(market, at + 1)) {
            int after = at + market.length();
            if (after < label.length() && "がはで".indexOf(label.charAt(after)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Markets whose prices rise and fall, and the size of their moves: what makes 反発 a rebound. */
    private static final List<String> MARKETS = List.of("株式市場", "東京市場", "株価", "日経平均", "東証", "相場", "為替",
            "上げ幅", "下げ幅");

    /** The economy's keywords that name a company's results, news by being announced. */
    private static final Set<String> RESULTS = Set.of("決算", "業績", "売上", "営業利益", "純利益", "赤字", "黒字",
            "上方修正", "下方修正", "販売台数", "売り上げ", "増益", "減益", "増収", "減収", "最終利益", "経常利益", "損益");

    /**
     * The words that name a company's deal with another, announced when it is struck: the economy's keywords, and
     * 統合, no keyword alone (学校の統合, 統合失調症), which only {@link #announcedNews} reads.
     */
    private static final Set<String> DEALS = Set.of("買収", "経営統合", "合併", "TOB", "株式公開買い付け", "買い付け", "提携",
            "売却", "増資", "出資", "合弁", "統合");

    /** The election's keywords that name a vote's result, news by being announced. */
    private static final Set<String> VOTE_RESULTS = Set.of("当選", "落選", "得票", "開票", "議席", "再選");

    /**
     * The legal keywords that name a step of a case in court, by prosecutors or a party to it (起訴, 訴追, 控訴, 上告, 提訴,
     * 告訴, 告発), the step itself when it is announced ({@link #aStepAnnounced}): 検察が元通訳の訴追を発表 and 弁護側が
     * 控訴する方針を公表 are the case's, not a step that only names or modifies what is announced (内部告発で発覚した不正の
     * 調査結果を公表, 提訴について「争う」と発表), as the writers of sets one and thirteen file them (session 38). Not the police's steps (県警が男を逮捕したと
     * 発表: an announcement, as {@code CategoryTest} holds), nor a crime made known (美術館が絵を盗まれたと発表: set seven's
     * writer files the announcement), nor a penalty a body gives (懲戒処分を発表: set five's), nor a detention abroad told
     * (8000人拘束と発表). Known weakness: a step declared (首相が上告しないと表明) stays a statement, though set one's writer
     * files it as the case's: read as legal, it was taken for the ruling told further after a ruling's sentence
     * ({@code GoverningDeedTest}: 控訴する考えを表明 after 有罪判決を言い渡した lost its report).
     */
    private static final Set<String> LEGAL_STEPS = Set.of("起訴", "訴追", "控訴", "上告", "提訴", "告訴", "告発");

    /** What is news by its announcement, by its keyword, with the category it is filed under. */
    private static final Map<String, EventCategory> NEWS_BY_BEING_ANNOUNCED = new HashMap<>();

    static {
        RESULTS.forEach(k -> NEWS_BY_BEING_ANNOUNCED.put(k, EventCategory.ECONOMY));
        DEALS.forEach(k -> NEWS_BY_BEING_ANNOUNCED.put(k, EventCategory.ECONOMY));
        VOTE_RESULTS.forEach(k -> NEWS_BY_BEING_ANNOUNCED.put(k, EventCategory.ELECTION));
        LEGAL_STEPS.forEach(k -> NEWS_BY_BEING_ANNOUNCED.put(k, EventCategory.LEGAL));
    }

    /**
     * The category of the keyword ending nearest the end of the label, the longest of those
     * ending at the same place; null when none does. A keyword followed by 中に, 中の, 下, 型 (a kind:
     * 身代金要求型ウイルス) or 的 (a quality: 爆発的) is passed over, and so is a place where a named happening of no category ends (本会議: not its 会議).
     */
    private static EventCategory lastInLabel(String label, List<Match> matches) {
        for (int end = label.length(); end > 0; end--) {
            if (label.startsWith("中に", end) || label.startsWith("中の", end) || namesAStateKindOrQuality(label, end)) {
                continue;
            }
            Keyword found = null;
            for (Match m : matches) {
                if (m.end() == end && (found == null || m.keyword().text().length() > found.text().length())) {
                    found = m.keyword();
                }
            }
            if (found != null && found.rank() < NAMED_OTHER && !aClaimRuledOn(label, end, found)) {
                return CATEGORIES[found.rank()];
            }
            if (sitsAt(label, end)) {
                return EventCategory.MEETING;
            }
        }
        return null;
    }

    /**
     * Whether the statement's keyword ending at {@code end} is a claim a ruling takes or turns down (最高裁が原告の訴えを
     * 退ける, 判決が弁護側の主張を退ける, 地裁が住民の訴えを認める): what decides is who rules (最高裁, 判決), not the words
     * ruled on. Not a claim made (原告が訴えを起こす is legal by its own keyword; 市長が主張を繰り返す stays a statement).
     */
    private static boolean aClaimRuledOn(String label, int end, Keyword found) {
        if (CATEGORIES[found.rank()] != EventCategory.STATEMENT) {
            return false;
        }
        // a loop, not a stream: every report's keywords come through here (decision 0021)
        for (String ruling : RULINGS) {
            if (label.startsWith(ruling, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What after a claim's object marker says a ruling takes it or turns it down: 訴えを退ける, 主張を棄却, 訴えを認める
     * (容認 in a label).
     */
    private static final List<String> RULINGS = List.of("を退け", "を斥け", "を棄却", "を認め", "を容認", "を却下");

    /**
     * Whether a body's name that may be a sitting ends at {@code end} and the label says it sits:
     * 臨時取締役会を開催, 取締役会で社長交代を決定, 理事会が開催; not 公正取引委員会が検査 (the body acts).
     */
    private static boolean sitsAt(String label, int end) {
        return anyWrittenAt(SITTINGS, label, end, true) && anyWrittenAt(HELD, label, end, false);
    }

    /**
     * Whether one of {@code words} ends at {@code at} in {@code label} ({@code endingThere}) or starts there. A loop, not
     * a stream: every label's last keyword comes through here (decision 0021).
     */
    private static boolean anyWrittenAt(List<String> words, String label, int at, boolean endingThere) {
        for (String word : words) {
            if (label.startsWith(word, endingThere ? at - word.length() : at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first category in table order with a keyword contained in any of the words, null when
     * none: the lowest category of the keywords found ({@link #matches}), but one followed by 下 (a
     * state things were under: 緊急事態宣言下), 型 (a kind of thing: 身代金要求型ウイルス) or 的 (a quality: 爆発的).
     */
    private static EventCategory firstMatch(Collection<String> words) {
        int best = CATEGORIES.length;
        for (String w : words) {
            for (Match m : matches(w)) {
                if (m.keyword().rank() < best && !namesAStateKindOrQuality(w, m.end())) {
                    best = m.keyword().rank();
                }
            }
        }
        return best < CATEGORIES.length ? CATEGORIES[best] : null;
    }

    /**
     * Of the label's matches, the keywords and names that hold a shorter keyword (本会議, リコール運動,
     * 党大会): the tokenizer reads their parts as words of their own (本, 会議), which say what the
     * compound says, not what they would say alone.
     */
    private static Set<String> compoundsIn(List<Match> all) {
        Set<String> compounds = new HashSet<>();
        for (Match m : all) {
            if (all.stream().anyMatch(o -> covers(m, o))) {
                compounds.add(m.keyword().text());
            }
        }
        return compounds;
    }

    /** The words but those that are a part of one of the compounds (会議 of 本会議). */
    private static List<String> outside(Collection<String> words, Set<String> compounds) {
        return words.stream().filter(w -> compounds.stream().noneMatch(c -> c.length() > w.length() && c.contains(w))).toList();
    }

    /**
     * Every keyword in the text but those inside a longer keyword or name, which say what the
     * longer word says: 本会議 holds 会議 and is a session of parliament, リコール運動 holds リコール
     * and is a campaign, 経済産業省 holds 経済 and is a ministry ({@link #NAMES_HOLDING_A_KEYWORD}).
     */
    private static List<Match> matches(String text) {
        return outermost(allMatches(text));
    }

    /** The matches no longer one holds nor a name holds the start of, names that only hide a keyword left out. */
    private static List<Match> outermost(List<Match> all) {
        List<Match> kept = new ArrayList<>();
        for (Match m : all) {
            boolean inside = all.stream().anyMatch(o -> covers(o, m) || nameHolds(o, m));
            if (!inside && m.keyword().rank() != NAME_RANK) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** Whether the first match is a name the second begins inside: 有価証券報告書 holds the start of 報告書を提出. */
    private static boolean nameHolds(Match name, Match keyword) {
        return name.keyword().rank() == NAME_RANK && name.start() < keyword.start() && keyword.start() < name.end();
    }

    /** Whether the first match is longer than the second and holds it. */
    private static boolean covers(Match outer, Match inner) {
        return outer.end() - outer.start() > inner.end() - inner.start()
                && outer.start() <= inner.start() && outer.end() >= inner.end();
    }

    /** Every keyword and name found in the text, those inside others too. */
    private static List<Match> allMatches(String written) {
        // ＴＯＢ and ＧＤＰ as papers print them; one character for one, so a match's span is the written one's
        String text = FullWidth.narrow(written);
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Keyword[] candidates = BY_FIRST_CHAR[text.charAt(i)];
            if (candidates != null) {
                for (Keyword k : candidates) {
                    if (text.startsWith(k.text(), i) && !insideLongerWord(text, i, i + k.text().length(), k)
                            && !aFireUnnamed(text, i, k) && !aPromiseNotSaid(text, i, k)) {
                        all.add(new Match(i, i + k.text().length(), k));
                    }
                }
            }
        }
        return all;
    }

    /**
     * Whether a keyword is only part of a longer word of its script: one written in Latin letters (TOB, GDP) inside a
     * longer Latin word (OCTOBER, GDPR), one written wholly in katakana (スト, デモ) inside a longer run of katakana
     * (リスト, コスト, ストーカー, デモクラシー). Japanese text runs its kanji and kana words together, but a loanword is
     * one run of katakana, so its neighbours say where it ends. A Latin keyword is told by its first letter: none mixes
     * scripts. Only a katakana keyword of two characters is told so (スト, デモ: short enough to be a piece of many
     * words); a longer one (インフレ, コメント) is still found in its longer forms (インフレーション, ノーコメント). And 税
     * is inside a longer word when a kanji follows it ({@link #TAX_NAMES_END}: 税関, 税理士), and 戒厳 when 警 comes
     * before it ({@link #MARTIAL_LAW}: 警戒厳重 is tight security, no martial law).
     */
    private static boolean insideLongerWord(String text, int start, int end, Keyword k) {
        if (k.text().equals(TAX_NAMES_END)) {
            return end < text.length() && Character.isIdeographic(text.charAt(end));
        }
        if (k.text().equals(MARTIAL_LAW)) {
            return start > 0 && text.charAt(start - 1) == '警';
        }
        if (FullWidth.isAsciiLetter(text.charAt(start))) {
            return start > 0 && FullWidth.isAsciiLetter(text.charAt(start - 1))
                    || end < text.length() && FullWidth.isAsciiLetter(text.charAt(end));
        }
        // only the short ones: インフレ, コメント are the words of インフレーション, ノーコメント
        return k.katakana() && end - start <= 2 && (start > 0 && isKatakana(text.charAt(start - 1))
                || end < text.length() && isKatakana(text.charAt(end)));
    }

    /**
     * Whether the keyword is 鎮火 in a text that names no fire: a fire put out is a disaster's end (山林火災は5日、鎮火した,
     * 山の火は鎮火した, 全焼した住宅の火は鎮火), but 騒動が鎮火, 両党の対立はひとまず鎮火 and 株価の下落は鎮火 are a
     * row or a fall dying down. A fire is named by 火 or 焼 outside 鎮火 itself. Known weakness: a fire named only
     * outside the words read (全焼した住宅は6日未明、鎮火した, or in another sentence) is passed over.
     */
    private static boolean aFireUnnamed(String text, int start, Keyword k) {
        if (!k.text().equals(FIRE_OUT)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '火' && i != start + 1 || c == '焼') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the keyword is と約束 of no promise said: one the label's deed is not (友人と約束していたゴルフに出かける,
     * 知人と約束した場所に現れる, 現金と約束手形を交換: 約束 goes on to a noun), or made with someone (妻と約束, 友人と
     * 約束した: と after a person is "with"). A promise said ends the words read, its endings only after it:
     * 「必ず返済する」と約束, 工場再開と約束, …すると約束した. Known weakness: a partner named by a title or a name (市長と
     * 約束) is read as what is promised.
     */
    private static boolean aPromiseNotSaid(String text, int start, Keyword k) {
        if (!k.text().equals(PROMISE)) {
            return false;
        }
        String after = text.substring(start + PROMISE.length());
        return !PROMISE_ENDINGS.contains(after) || PARTNERS.stream().anyMatch(p -> text.startsWith(p, start - p.length()));
    }

    /** What may follow 約束 in a promise said, to the end of the words read. */
    private static final Set<String> PROMISE_ENDINGS = Set.of("", "する", "した", "し", "して", "します", "しました", "。");
    /** How a person one promises something to or with ends: 友人, 妻, 家族, 両親, 男性, さん. */
    private static final List<String> PARTNERS = List.of("人", "妻", "夫", "友", "家族", "母", "父", "親", "子", "者", "氏", "さん",
            "男", "女", "性", "仲間", "同僚");

    /** Martial law, inside 警戒厳重 (tight security) no keyword ({@link #insideLongerWord}). */
    private static final String MARTIAL_LAW = "戒厳";

    /** A fire put out, a disaster's end only where a fire is named ({@link #aFireUnnamed}). */
    private static final String FIRE_OUT = "鎮火";

    /**
     * What ends a tax's name (入湯税, 宿泊税, 炭素税, 税を引き上げる): the economy's only where no kanji follows, for one that
     * does makes it a part of another word (税関, 税理士, 税務署, 税抜き, 国税庁: who or how, not a tax).
     */
    private static final String TAX_NAMES_END = "税";

    /** Whether a character is katakana or its long-vowel mark (ー), not the middle dot that separates words (・). */
    private static boolean isKatakana(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA && c != '・';
    }

    /** A keyword found in a text, from {@code start} to {@code end}. */
    private record Match(int start, int end, Keyword keyword) {
    }

    /** A keyword of a category's rank; {@code katakana} when it is written wholly in katakana (a loanword). */
    private record Keyword(String text, int rank, boolean katakana) {

        Keyword(String text, int rank) {
            this(text, rank, text.chars().allMatch(c -> isKatakana((char) c)));
        }
    }

    private static final EventCategory[] CATEGORIES = KEYWORDS.keySet().toArray(new EventCategory[0]);

    /** The rank of the named happenings of no category, which a label's reading passes over. */
    private static final int NAMED_OTHER = CATEGORIES.length - 1;

    /**
     * Every keyword by its first character, with the rank of its category in the table: an array indexed by the character,
     * as a map's boxed key and hash at every character of every label cost more (decision 0021's addendum of 2026-12-14).
     */
    private static final Keyword[][] BY_FIRST_CHAR = new Keyword[Character.MAX_VALUE + 1][];

    private static void addByFirstChar(Keyword keyword) {
        char first = keyword.text().charAt(0);
        Keyword[] there = BY_FIRST_CHAR[first];
        Keyword[] more = there == null ? new Keyword[1] : Arrays.copyOf(there, there.length + 1);
        more[more.length - 1] = keyword;
        BY_FIRST_CHAR[first] = more;
    }

    /**
     * Names that hold a keyword and name no happening: the ministry and ministers named after the
     * economy (経済産業省, 経済再生相: who, not what), a campaign to
     * recall an official (リコール運動, リコール署名: no product recalled), and a cyber attack (サイバー攻撃: a crime on computers, no armed attack); a city of a kind
     * (政令市: no decree), a complication (合併症: no merger), a regime overthrown (政権転覆: no ship capsized) and
     * a fire on a stage or online (炎上: no listing); and, of the words a reader files by their meaning (session 31),
     * confetti and petals (紙吹雪, 桜吹雪), the race for school places (受験戦争), an insurance (傷害保険), and the
     * counts of one trial (併合罪: no annexation); and (session 33) an accident's investigation and its investigators
     * (航空事故調査官を派遣, 事故調査委員会: the accident was another day's, the writers file the dispatch as other); and
     * (session 34) a launch site (発射場から人工衛星を打ち上げる: a rocket launched, no missile fired); and (session 36)
     * the filings the law requires (有価証券報告書を提出, 政治資金収支報告書を提出: no findings); and (session 41) the
     * National Diet Library and the Diet's building (国会図書館が資料を公開, 国会議事堂で見学会: a library and a
     * building, no session of parliament and no 会議; the library is also kept out of {@code ChamberVotes}' chambers, which
     * read the label on their own). Each hides the keyword inside it or beginning inside it
     * (報告書を提出 begins inside 有価証券報告書).
     */
    private static final List<String> NAMES_HOLDING_A_KEYWORD = List.of("経済産業省", "経済産業相", "経済再生相", "経済財政相",
            "リコール運動", "リコール署名", "サイバー攻撃",
            "政令市", "政令指定都市", "合併症", "政権転覆", "国家転覆", "炎上",
            "紙吹雪", "桜吹雪", "受験戦争", "傷害保険", "併合罪", "致死率", "致死量", "不作為", "貿易センター",
            "事故調査", "発射場", "有価証券報告書", "収支報告書", "国会図書館", "国会議事堂");

    /** The rank given to {@link #NAMES_HOLDING_A_KEYWORD}: found only to hide what they hold. */
    private static final int NAME_RANK = -1;

    static {
        for (int rank = 0; rank < CATEGORIES.length; rank++) {
            for (String k : KEYWORDS.get(CATEGORIES[rank])) {
                Keyword keyword = new Keyword(k, rank);
                addByFirstChar(keyword);
            }
        }
        for (String name : NAMES_HOLDING_A_KEYWORD) {
            addByFirstChar(new Keyword(name, NAME_RANK));
        }
    }
}
