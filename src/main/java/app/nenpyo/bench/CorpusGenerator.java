package app.nenpyo.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a corpus of clipping posts shaped like real ones, for benchmarks only: a headline, the
 * blog's header addresses, a few dozen paragraphs of news sentences, hashtags and a footer; two
 * or three posts a day over years. The same seed gives the same corpus.
 *
 * <p>Shaped after the demo post and the news it clips: about one sentence in three holds a date
 * expression (the demo post: 14 of 42), written in the many ways news writes them (今月2日,
 * 10日午前, 先週, 来月4日, 2019年3月5日, 5日（火）, 上旬, 5日から7日にかけて, 同日, 令和元年…);
 * the others are background, quotes and analysis. Actors come from a fixed list of well-known
 * ones plus a few hundred generated officials (katakana name + title + country), so a project's
 * actor lanes grow with the corpus as they do with real clippings.
 */
public final class CorpusGenerator {

    private static final List<String> KNOWN_ACTORS = List.of(
            "トカエフ大統領", "王毅外相", "ブリンケン国務長官", "シャーマン国務副長官", "リャブコフ外務次官",
            "プーチン大統領", "岸田首相", "林外相", "バイデン大統領", "ゼレンスキー大統領", "ストルテンベルグ事務総長",
            "内務省", "国防省", "中国外務省", "大統領府", "国連安全保障理事会", "欧州連合", "日本政府", "米政府", "ロシア外務省");
    private static final List<String> PLACES = List.of(
            "ジュネーブ", "アルマトイ", "モスクワ", "北京", "ワシントン", "キーウ", "ブリュッセル", "ウィーン", "東京", "ヌルスルタン",
            "ベルリン", "パリ", "ロンドン", "ソウル", "ニューヨーク", "イスタンブール", "ドーハ", "ミンスク", "タシケント", "ビシケク");
    private static final List<String> COUNTRIES = List.of(
            "カザフスタン", "ロシア", "アメリカ", "中国", "ウクライナ", "日本", "ドイツ", "フランス", "イギリス", "韓国", "トルコ",
            "イラン", "ベラルーシ", "ウズベキスタン", "キルギス", "ポーランド", "インド", "カタール");
    private static final List<String> TITLES = List.of(
            "大統領", "首相", "外相", "国防相", "外務次官", "報道官", "大使", "内相", "経済相", "議長", "司令官", "知事");
    private static final List<String> SYLLABLES = List.of(
            "ア", "イ", "カ", "キ", "ク", "サ", "シ", "ス", "タ", "ト", "ナ", "ニ", "ノ", "ハ", "ヒ", "フ", "マ", "ミ", "ム", "ヤ",
            "ラ", "リ", "ル", "レ", "ロ", "ワ", "ガ", "ゴ", "ザ", "ジ", "ダ", "ド", "バ", "ボ", "パ", "ヴ", "チェ", "シェ", "ジョ", "フォ");
    private static final String[] WEEKDAYS = {"月", "火", "水", "木", "金", "土", "日"};

    /** A date expression; %1$d a day of month, %2$d a month, %3$d an hour, %4$s a weekday, %5$d a year. */
    private static final List<String> DATES = List.of(
            "今月%1$d日", "%1$d日", "%1$d日", "%1$d日", "先週", "来月%1$d日", "先月%1$d日", "昨年%2$d月", "%1$d日夜", "%1$d日午前",
            "%1$d日午後%3$d時", "同日", "翌日", "%2$d月上旬", "今週", "%2$d月%1$d日", "%5$d年%2$d月%1$d日", "%1$d日（%4$s）",
            "%2$d月下旬", "%1$d日から%2$d月末にかけて", "今年%2$d月", "来週", "%4$s曜日", "%1$d日朝", "昨年末", "前日");

    /** A dated sentence; %1$s actor, %2$s country, %3$s date, %4$s place, %5$s country, %6$d number, %7$s/%8$s places. */
    private static final List<String> DATED = List.of(
            "%2$sの%1$sは%3$s、%4$sで記者会見し、%5$sとの協議を続ける考えを示しました。",
            "%1$sは%3$s、%2$sの%5$sと電話で会談し、%4$sでの治安協力を強化する意向を伝えたということです。",
            "%4$sでは%3$s、燃料価格の引き上げに端を発した抗議活動が広がり、警察はおよそ%6$d人を拘束したと発表しました。",
            "%2$sの%1$sは%3$sの演説で、%5$sに対し部隊の即時撤退を求め、%6$d人規模の部隊の展開を批判した。",
            "協議は%3$sに%4$sで始まり、その後%7$s、%8$sで行う予定で、厳しい交渉が見込まれる。",
            "%1$sは%3$s、%5$sの首脳と会談し、経済協力の拡大と%2$sへの投資について協議しました。",
            "%5$sの%1$sも%3$s、%4$sを訪れ、%2$sの担当者と意見を交わしたと、%7$sの通信社が伝えました。",
            "%2$s議会は%3$s、新たな制裁法案を賛成多数で可決し、%1$sが署名する見通しとなった。",
            "%4$sで%3$s、大規模な地震があり、少なくとも%6$d人が死亡したと当局が明らかにしました。",
            "%3$sに行われた%2$sの大統領選挙では、%1$sが得票率%6$dパーセントで当選を確実にした。");

    /** An undated sentence: background, quotes, analysis. Same arguments, without a date. */
    private static final List<String> UNDATED = List.of(
            "%1$sは「%2$sの主権と領土の一体性を尊重する。いかなる外部勢力の干渉にも反対する」と述べました。",
            "地元メディアは保健省の話として、全土で死者数が%6$d人に上ったと伝えましたが、その後、否定する情報も伝えられています。",
            "関係者によりますと、%2$s側は%4$sでの会合を前に、合意の余地は限られているとの見方を示しているということです。",
            "%2$sは%5$sと長い国境を接しており、両国の関係はエネルギーの輸出入を通じて深まってきました。",
            "専門家は、今回の動きについて「%2$sにとって%5$sとの関係を見直す大きな転機になる」と指摘しています。",
            "%4$sの市民の間では、物価の上昇や失業への不安が広がっています。",
            "%1$sは、%5$sとの対話の扉は開かれているとしながらも、譲歩する考えはないと強調しています。",
            "%2$sの経済は資源の輸出に大きく依存しており、価格の変動が政治の安定にも影響を及ぼしてきました。",
            "一方、%5$sの政府関係者は匿名を条件に、交渉は難航していると明らかにしました。",
            "こうした状況を受けて、%7$sと%8$sの間では、%6$d人を超える避難民の受け入れをめぐる調整が続いています。",
            "%1$sの発言は、%5$sの国内でも波紋を広げています。",
            "%2$sでは、去年から政府に対する不満が高まっていたと伝えられています。",
            "今後の焦点は、%5$sが%2$sに対してどのような対応をとるかです。",
            "これに対し、%1$sの報道官は「事実に基づかない主張だ」と反論しました。");

    private final SplittableRandom random;
    private final List<String> actors;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.actors = actors(new SplittableRandom(seed ^ 0x5DEECE66DL));
    }

    /** The well-known actors and 400 generated officials: a katakana name, a title, a country. */
    private static List<String> actors(SplittableRandom random) {
        List<String> all = new ArrayList<>(KNOWN_ACTORS);
        for (int i = 0; i < 400; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(2, 5);
            for (int s = 0; s < length; s++) {
                name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            all.add(country + "の" + name + TITLES.get(random.nextInt(TITLES.size())));
        }
        return List.copyOf(all);
    }

    /** Writes posts into the folder until it holds at least {@code bytes}; returns the bytes written. */
    public long write(Path folder, long bytes) throws IOException {
        Files.createDirectories(folder);
        long written = 0;
        LocalDate day = LocalDate.of(2012, 1, 1);
        for (int n = 1; written < bytes; n++) {
            if (random.nextInt(5) < 2) {
                day = day.plusDays(1);
            }
            String post = post(n, day);
            Path file = folder.resolve(String.format(Locale.ROOT, "%04d", n / 1000)).resolve("clip-" + n + "-" + day + ".txt");
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(post);
            }
            written += post.getBytes(StandardCharsets.UTF_8).length;
        }
        return written;
    }

    String post(int number, LocalDate day) {
        StringBuilder text = new StringBuilder(12_000);
        text.append(headline()).append("\n\n");
        text.append("https://clips.example.jp\nhttp://clips.example.jp/entry/").append(number).append("\n\n");
        int paragraphs = random.nextInt(12, 40);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = random.nextInt(1, 5);
            for (int s = 0; s < sentences; s++) {
                text.append(sentence(day));
            }
            text.append("\n\n");
        }
        text.append("#").append(pick(COUNTRIES)).append("#").append(pick(COUNTRIES)).append("情勢\n\n");
        text.append("clips.example.jp\n");
        return text.toString();
    }

    private String headline() {
        return pick(COUNTRIES) + "情勢　" + pick(actors).replaceFirst("^.*の", "") + "、" + pick(PLACES) + "で協議へ";
    }

    /** One sentence in three is dated, as in the demo post and the news it quotes. */
    private String sentence(LocalDate day) {
        boolean dated = random.nextInt(3) == 0;
        String template = pick(dated ? DATED : UNDATED);
        return String.format(Locale.ROOT, template, pick(actors), pick(COUNTRIES), dated ? date(day) : "", pick(PLACES), pick(COUNTRIES),
                random.nextInt(10, 20_000), pick(PLACES), pick(PLACES));
    }

    private String date(LocalDate day) {
        int dayOfMonth = random.nextInt(1, 29);
        return String.format(Locale.ROOT, pick(DATES), dayOfMonth, random.nextInt(1, 13), random.nextInt(1, 12),
                WEEKDAYS[random.nextInt(7)], day.getYear() - random.nextInt(0, 3));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
