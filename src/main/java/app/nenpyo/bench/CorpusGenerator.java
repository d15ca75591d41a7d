package app.nenpyo.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a corpus of clipping posts shaped like real ones (header addresses, a few dozen
 * paragraphs of news sentences with actors, places, numbers and date expressions, quotes,
 * hashtags, a footer) for benchmarks only. The same seed gives the same corpus.
 */
public final class CorpusGenerator {

    private static final List<String> ACTORS = List.of(
            "トカエフ大統領", "王毅外相", "ブリンケン国務長官", "シャーマン国務副長官", "リャブコフ外務次官",
            "プーチン大統領", "岸田首相", "林外相", "バイデン大統領", "ゼレンスキー大統領", "ストルテンベルグ事務総長",
            "内務省", "国防省", "中国外務省", "大統領府", "国連安全保障理事会", "欧州連合", "日本政府", "米政府", "ロシア外務省");
    private static final List<String> PLACES = List.of(
            "ジュネーブ", "アルマトイ", "モスクワ", "北京", "ワシントン", "キーウ", "ブリュッセル", "ウィーン", "東京", "ヌルスルタン",
            "ベルリン", "パリ", "ロンドン", "ソウル", "ニューヨーク");
    private static final List<String> COUNTRIES = List.of(
            "カザフスタン", "ロシア", "アメリカ", "中国", "ウクライナ", "日本", "ドイツ", "フランス", "イギリス", "韓国", "トルコ", "イラン");
    private static final List<String> DATES = List.of(
            "今月%d日", "%d日", "先週", "来月%d日", "先月%d日", "昨年%d月", "%d日夜", "%d日午前", "同日", "翌日", "%d月上旬", "今週");
    private static final List<String> TEMPLATES = List.of(
            "%2$sの%1$sは%3$s、%4$sで記者会見し、%5$sとの協議を続ける考えを示しました。",
            "%1$sは%3$s、%2$sの%5$sと電話で会談し、%4$sでの治安協力を強化する意向を伝えたということです。",
            "%4$sでは%3$s、燃料価格の引き上げに端を発した抗議活動が広がり、警察はおよそ%6$d人を拘束したと発表しました。",
            "%1$sは「%2$sの主権と領土の一体性を尊重する。いかなる外部勢力の干渉にも反対する」と述べました。",
            "%2$sの%1$sは%3$sの演説で、%5$sに対し部隊の即時撤退を求め、%6$d人規模の部隊の展開を批判した。",
            "協議は%3$sに%4$sで始まり、その後%7$s、%8$sで行う予定で、厳しい交渉が見込まれる。",
            "地元メディアは保健省の話として、全土で死者数が%6$d人に上ったと伝えましたが、その後、否定する情報も伝えられています。",
            "%1$sは%3$s、%5$sの首脳と会談し、経済協力の拡大と%2$sへの投資について協議しました。",
            "関係者によりますと、%2$s側は%4$sでの会合を前に、合意の余地は限られているとの見方を示しているということです。",
            "%5$sの%1$sも%3$s、%4$sを訪れ、%2$sの担当者と意見を交わしたと、%7$sの通信社が伝えました。");

    private final SplittableRandom random;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes posts into the folder until it holds at least {@code bytes}; returns the bytes written. */
    public long write(Path folder, long bytes) throws IOException {
        Files.createDirectories(folder);
        long written = 0;
        LocalDate day = LocalDate.of(2015, 1, 1);
        for (int n = 1; written < bytes; n++) {
            day = day.plusDays(random.nextInt(0, 2));
            String post = post(n, day);
            Path file = folder.resolve(String.format("%04d", n / 1000)).resolve("clip-" + n + "-" + day + ".txt");
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
        text.append("https://clips.example.jp\nhttp://clips.example.jp/entry/").append(number).append("\n\n");
        int paragraphs = random.nextInt(15, 45);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = random.nextInt(1, 4);
            for (int s = 0; s < sentences; s++) {
                text.append(sentence());
            }
            text.append("\n\n");
        }
        text.append("#").append(pick(COUNTRIES)).append("#").append(pick(COUNTRIES)).append("情勢\n\n");
        text.append("clips.example.jp\n");
        return text.toString();
    }

    private String sentence() {
        String template = pick(TEMPLATES);
        String date = String.format(pick(DATES), random.nextInt(1, 29));
        return String.format(template, pick(ACTORS), pick(COUNTRIES), date, pick(PLACES), pick(COUNTRIES),
                random.nextInt(10, 20_000), pick(PLACES), pick(PLACES));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
