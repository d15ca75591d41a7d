package app.nenpyo.store;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes {@code src/test/resources/store/version1.nenpyo}: a project file as the first schema
 * version left it (no search index), holding two documents. Run once by hand when the fixture
 * has to be rebuilt ({@code java -cp target/test-classes:target/classes:DEPENDENCIES
 * app.nenpyo.store.Version1Fixture}); the upgrade test reads the committed file.
 */
final class Version1Fixture {

    static final String NAME = "version1.nenpyo";

    static final String WANG_YI = """
            中国の王毅国務委員兼外相は10日、大規模な反政府デモが発生した中央アジアカザフスタンと「法執行や治安維持」の面で協力を強化することに意欲を示した。

            中国外務省によると、王外相はカザフのトレウベルディ外相と電話で会談した。""";

    static final String GENEVA = """
            協議は10日にジュネーブで始まり、その後ブリュッセル、ウィーンで行う。

            協議に先立ち、シャーマン米国務副長官は9日、ジュネーブでリャブコフ外務次官と会談。""";

    private Version1Fixture() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "src/test/resources/store/" + NAME);
        Files.deleteIfExists(file);
        DocumentDate date = new DocumentDate(LocalDate.of(2022, 1, 11), DateSource.FILE_NAME, "2022-01-11");
        try (ProjectDatabase db = ProjectDatabase.open(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, 1)) {
            db.insertAll(List.of(
                    TestDocuments.analyze("wang-yi.txt", WANG_YI, date, List.of("中国")),
                    TestDocuments.analyze("geneva.txt", GENEVA, date, List.of())));
        }
    }
}
