package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.FullWidth;
import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds people, organisations, places and countries in a text from the gazetteer, the
 * tokenizer's parts of speech and a few patterns. Stateless apart from the shared gazetteer:
 * one instance serves every thread.
 *
 * <p>Patterns, each tried at every position, the longest match wins:
 * <ul>
 *   <li>gazetteer names: 習近平国家主席 → person 習近平 (people.tsv, a user dictionary of names IPADIC
 *       splits), title 国家主席, country 中国; カザフ → country カザフスタン; CSTO → 集団安全保障条約機構; ジュネーブ → place
 *       (country スイス); a country written before a ministry makes one organisation:
 *       中国外務省 → organisation 中国外務省 (name 外務省, country 中国); so does its armed force or authority:
 *       インド陸軍, ミャンマー国軍, フィンランド当局 → organisation インド陸軍 (name 陸軍, country インド).</li>
 *   <li>one-character short forms only next to another short form, a title, an organisation or
 *       政府/側/軍/当局: 米露 → 米国, ロシア; 米政府 → 米国; 米国務省 → 国務省 of 米国; never 中 in 中央.</li>
 *   <li>katakana name + [short form] + title: トカエフ大統領 → トカエフ, 大統領;
 *       シャーマン米国務副長官 → シャーマン, 国務副長官, 米国; エルドアン・トルコ大統領 → エルドアン, 大統領,
 *       トルコ. A katakana name seen with a title is
 *       also found alone later in the same text (シャーマン氏, シャーマンは).</li>
 *   <li>kanji name + title, the name from IPADIC's 人名 parts of speech: 王毅国務委員兼外相 →
 *       王毅, 国務委員兼外相; 王外相 → 王, 外相 (the alias step joins it to 王毅); 汪文斌報道官 → 汪文斌
 *       (one common-noun character between two name characters is taken as part of the name).</li>
 *   <li>X の person: the country before の becomes the person's country: 中国の王毅… → 中国.</li>
 *   <li>IPADIC proper nouns the gazetteer lacks: 組織 → organisation, 地域-一般 → place,
 *       地域-国 → country.</li>
 *   <li>a place with a court, prosecutors, police, an office or a market of it is that organisation:
 *       東京地裁 → organisation 東京地裁 (country 日本), not the place 東京, 東京株式市場 → 東京株式市場; so too after a
 *       name IPADIC takes for a surname (鷹見市議会); a place with its port, bay or islands is that place whole (名古屋港,
 *       奄美群島).</li>
 *   <li>a full name before its abbreviation in brackets ({@link NamesBeforeAbbreviations}): スポーツ仲裁裁判所（CAS）
 *       → one organisation CAS, written both ways.</li>
 *   <li>a company named with a common first word, said to be one by its officer after の or its head office
 *       in brackets (東雲鉄道の藤堂昭彦社長, 瑞穂製薬（大阪市）), a newspaper cited by its issue or an edition
 *       ({@link NewspapersByTheirIssue}: 東都新聞は13日付で, 川霧日報の地方版は); an
 *       expert as name・body title (木下隆・北嶺大学教授).</li>
 *   <li>a body said by what it is as the topic or subject of its clause ({@link BodiesByTheirKind}): 市が設けた
 *       調査委員会は → 調査委員会, 原告団は, 市民団体が.</li>
 *   <li>a person by family and given name with no title the gazetteer knows ({@link FullNames}): 大森宏明は,
 *       山内正樹町長; a company by an ending only companies' names have ({@link CompanyNames}): 北斗電産, 三協電工.</li>
 *   <li>a body named in brackets after its kind ({@link BodiesNamedAfterTheirKind}): 芸能事務所「星影プロダクション」 →
 *       星影プロダクション.</li>
 *   <li>a committee named after the event it runs ({@link OrganisersNamedAfterTheirEvent}): 「ひばり夏まつり」の実行委員会 →
 *       ひばり夏まつり実行委員会.</li>
 *   <li>an association of a place or country ({@link AssociationsOfPlaces}): 日本相撲協会, 静岡県医師会.</li>
 *   <li>a municipality named whole before its kind, its prefecture before it only its address
 *       ({@link MunicipalitiesNamedWhole}): 宮崎県奥霧町 → place 奥霧; a faction or movement named with 派 ({@link Factions}):
 *       安倍派, フーシ派.</li>
 * </ul>
 *
 * <p>Known weaknesses: a title with no name (カザフスタンの国防次官) is no person; a financial centre's market as where
 * goods sell (東京市場に出荷する) is taken for the market that trades; a kind of paper not listed with an issue's day
 * (壁新聞は3日付で) is taken for a newspaper; a kanji name
 * IPADIC does not tag as 人名 (many Chinese and Korean names) is missed unless it is in the
 * user's gazetteer; katakana words before a title that are not names (オリンピック委員長) are
 * taken as names.
 */
public final class ActorFinder {

    /**
     * Latin words IPADIC tags as organisations, as it tags every word of letters it does not know,
     * that never name one: AND, OR, NOT, NEAR in a note on searching, THE in a title.
     */
    private static final Set<String> ENGLISH_WORDS = Set.of("AND", "OR", "NOT", "NEAR", "THE", "OF", "IN", "ON", "AT", "TO",
            "FOR", "WITH", "BY", "FROM", "AN", "IS", "ARE", "VS", "ETC", "YES", "NO", "OK");
    private static final Set<String> COUNTRY_SIDE_WORDS = Set.of("政府", "側", "軍", "当局", "代表団", "首脳", "大使館", "外相", "議会");

    /**
     * What is named by its place and is an organisation, not the place: 東京地裁, 奈良県警,
     * 東京証券取引所, 札幌市役所, 緑ヶ丘町議会, 北浜市選挙管理委員会, 下田海上保安部, 那覇市消防局, 札幌管区気象台, 銚子地方気象台, a health
     * centre (早川保健所), a police station (湊川署, 湊川警察署), a market whose trading news reports as a doer's (東京株式市場は
     * 反落した, ロンドン外国為替市場で, 今週の東京市場は), and every board of a municipality said alone
     * ({@link AnaphorFinder#MUNICIPAL_OFFICES}: 朝凪町教委 whole is the board 町教委 alone stands for). Longest first: of two
     * that start alike the longer is taken.
     */
    private static final List<String> INSTITUTIONS_OF_PLACES = Stream.concat(Stream.of("地方裁判所", "高等裁判所", "家庭裁判所",
                    "地方検察庁", "高等検察庁", "証券取引所", "株式市場", "外国為替市場", "為替市場", "債券市場", "市場", "市役所", "区役所",
                    "県議会", "府議会", "都議会", "道議会", "市議会", "町議会", "村議会", "区議会", "都選挙管理委員会", "道選挙管理委員会",
                    "府選挙管理委員会", "県選挙管理委員会", "区選挙管理委員会", "県選管", "海上保安部", "労働局", "地裁", "高裁", "家裁",
                    "簡裁", "地検", "高検", "区検", "県警", "府警", "道警", "市警", "県庁", "府庁", "都庁", "道庁", "県教委", "府教委",
                    "都教委", "保健所", "警察署", "消防本部", "消防局", "地方気象台", "管区気象台", "署"), AnaphorFinder.MUNICIPAL_OFFICES.stream())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();

    /**
     * The characters most Japanese surnames end with (黒田, 植田, 山本, 佐藤): a common noun before a
     * title (歴代首相, 現職大統領, 女性首相, 同国大統領, 前回総裁選) ends otherwise.
     */
    private static final String SURNAME_ENDINGS = "田川山本藤野木村井原島崎口松林森池橋石岡部谷沢澤宮坂浦尾江瀬浜倉畑垣沼塚保久";

    /**
     * Heads of a municipality, whose title begins as its name ends: after one word IPADIC takes for
     * a surname (北川 / 村長) the word is as often the village (北川村's head) as the person, so only a
     * name and given name before them make a person (川井和也村長).
     */
    private static final Pattern MUNICIPAL_HEAD = Pattern.compile("(副)?(市|町|村|区)長");

    /** Titles no common noun is compounded with: what is written before them is a name. */
    private static final Pattern PERSON_ONLY_TITLE = Pattern.compile(
            "(元|前)?(総裁|総書記|首相|大統領|幹事長|官房長官|国務長官|\\p{IsHan}{1,4}相)");

    private final Gazetteer gazetteer;
    /** Reads titles written alone (首相は) with this finder's gazetteer, not the shared one. */
    private final AnaphorFinder anaphors;

    public ActorFinder() {
        this(Gazetteer.shared());
    }

    public ActorFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.anaphors = new AnaphorFinder(gazetteer);
    }

    /**
     * The words of a sentence that point back at an actor named before ({@link AnaphorFinder}), read
     * with this finder's gazetteer.
     *
     * @param actors the actors {@link #find} found in it
     */
    public List<Anaphor> anaphors(String text, List<Token> tokens, List<ActorMention> actors) {
        return anaphors.find(text, tokens, actors);
    }

    /**
     * @param text   the text (usually one sentence)
     * @param tokens its tokens, spans into {@code text}
     * @return the mentions in order, spans into {@code text}; they never overlap, except that a
     *         country short form inside a person's title (米 in シャーマン米国務副長官) is also
     *         reported, right after the person
     */
    public List<ActorMention> find(String text, List<Token> tokens) {
        // the token starting at each position: an array, not a map of boxed positions (this runs
        // for every dated sentence)
        int size = text.length();
        for (Token t : tokens) {
            size = Math.max(size, t.span().end());
        }
        Token[] tokenAt = new Token[size + 1];
        for (Token t : tokens) {
            if (t.span().start() >= 0) {
                tokenAt[t.span().start()] = t;
            }
        }
        List<ActorMention> out = new ArrayList<>();
        Set<String> titledKatakanaNames = new java.util.HashSet<>();
        int n = text.length();
        int i = 0;
        boolean tokenised = !tokens.isEmpty();
        // checked once a sentence: these rules look at every word start, and most sentences hold none of the words they
        // end on (校, 本社, 市, 派, 委員会, 製作所, 新聞)
        boolean institutions = tokenised && InstitutionsNamedWhole.mayNameOne(text);
        boolean headOffices = tokenised && CompaniesByTheirHeadOffice.mayNameOne(text);
        boolean municipalities = tokenised && MunicipalitiesNamedWhole.mayNameOne(text);
        boolean factions = tokenised && Factions.mayNameOne(text);
        boolean bodies = tokenised && BodiesByTheirKind.mayNameOne(text);
        boolean companies = tokenised && CompanyNames.mayNameOne(text);
        boolean newspapers = tokenised && NewspapersByTheirIssue.mayNameOne(text);
        boolean abbreviations = NamesBeforeAbbreviations.mayNameOne(text);
        boolean typhoons = Typhoons.mayNameOne(text);
        ActorMention lastFullName = null; // スポーツ仲裁裁判所 of スポーツ仲裁裁判所（CAS）: its abbreviation is the same body
        while (i < n) {
            ActorMention best = longer(longer(longer(longer(
                    gazetteerName(text, i),
                    shortForm(text, i, tokenised ? tokenAt : null)),
                    katakanaPerson(text, i, titledKatakanaNames, tokenised ? tokenAt : null)),
                    kanjiPerson(text, i, tokenAt)),
                    properNoun(text, tokenAt, i));
            best = longer(placeAlsoSurname(text, tokenAt, i, out), best);
            best = longer(best, governmentAlone(text, i, out));
            best = longer(best, organisationBySuffix(text, tokenAt, i));
            best = longer(best, municipalityOfItsHead(text, tokenAt, i));
            best = longer(best, institutionOfAPlaceIpadicTakesForASurname(text, tokenAt, i));
            best = longer(best, placeAndItsFeature(text, tokenAt, i));
            best = municipalities ? longer(best, MunicipalitiesNamedWhole.at(text, tokenAt, i, gazetteer)) : best;
            best = factions ? longer(best, Factions.at(text, tokenAt, i, gazetteer)) : best;
            best = bodies ? longer(best, BodiesByTheirKind.at(text, tokenAt, i)) : best;
            best = tokenised ? longer(best, FullNames.at(text, tokenAt, i)) : best;
            best = companies ? longer(best, CompanyNames.at(text, tokenAt, i)) : best;
            best = longer(best, BodiesNamedAfterTheirKind.at(text, i));
            best = longer(best, OrganisersNamedAfterTheirEvent.at(text, i));
            best = newspapers ? longer(best, NewspapersByTheirIssue.at(text, tokenAt, i)) : best;
            best = typhoons ? longer(best, Typhoons.at(text, i)) : best;
            best = institutions ? longer(best, InstitutionsNamedWhole.at(text, tokenAt, i)) : best;
            best = headOffices ? longer(best, CompaniesByTheirHeadOffice.at(text, tokenAt, i)) : best;
            best = tokenised ? longer(best, AssociationsOfPlaces.at(text, tokenAt, i, gazetteer)) : best;
            ActorMention fullName = abbreviations ? knownAbbreviation(NamesBeforeAbbreviations.fullNameAt(text, i)) : null;
            if (fullName != null && best == longer(best, fullName)) {
                fullName = null; // a name the gazetteer or the tokenizer knows as long stays as it says
            }
            best = longer(best, fullName);
            int notActor = gazetteer.notActorLengthAt(text, i);
            if (notActor > 0 && (best == null || notActor >= best.span().length())) {
                // 日経平均株価 is an index, not the newspaper 日経: the longer word wins
                i += notActor;
                continue;
            }
            if (best == null) {
                i++;
                continue;
            }
            if (SeatsOfGovernment.asVenue(text, best)) {
                i = best.span().end(); // 首相官邸で記者会見した: the building where another acts
                continue;
            }
            if (best.kind() == ActorKind.COUNTRY && qualifiesTheWordAfter(text, best.span().end())) {
                i = best.span().end(); // 日本時間 is a clock, 中国産ウナギ an eel: the country does nothing there
                continue;
            }
            if (best.kind() == ActorKind.PLACE && PlacesInOtherNames.partOfAnotherName(text, best.span().start(), best.span().end())) {
                i = best.span().end(); // 東京五輪 is the Games, 東京―新大阪間 a stretch of a line: the place does nothing there
                continue;
            }
            best = institutionOf(text, best);
            best = embassyOf(text, best, out);
            if (lastFullName != null && best.kind() == ActorKind.ORGANISATION) {
                best = NamesBeforeAbbreviations.abbreviationOf(text, lastFullName, best);
            }
            if (fullName != null) {
                lastFullName = best;
            }
            if (best.kind() == ActorKind.PERSON && !best.title().isEmpty()) {
                titledKatakanaNames.add(best.name());
            }
            out.add(best);
            countryInsideTitle(best).ifPresent(out::add);
            i = best.span().end();
        }
        return withCountriesBeforeNo(text, placesByCompany(text, PlacesInOtherNames.withoutRegionsBeforeTheirCountries(out)));
    }

    /**
     * 北浜市長の大森宏明容疑者, 南川町長の山内正樹氏, 北浜市長選: a name IPADIC takes for a surname (北浜)
     * before a municipal head's title, then の and a person named with a title, or 選 (the election
     * of the head), is the municipality, whose head is the person after の (the place only: the title
     * says no more than the person's).
     * 田中市長の発言 (Mayor Tanaka's words) names no person after の and stays no one, as a surname
     * before a municipal head's title always did.
     */
    private ActorMention municipalityOfItsHead(String text, Token[] tokenAt, int i) {
        Token name = at(tokenAt, i);
        if (name == null || !name.is(PartOfSpeech.PERSON_NAME)) {
            return null;
        }
        java.util.regex.Matcher head = MUNICIPAL_HEAD.matcher(text).region(name.span().end(), text.length());
        if (!head.lookingAt()) {
            return null;
        }
        int after = head.end();
        boolean election = text.startsWith("選", after);
        boolean headNamed = after + 1 < text.length() && text.charAt(after) == 'の' && kanjiPerson(text, after + 1, tokenAt) != null;
        if (!election && !headNamed) {
            return null;
        }
        return new ActorMention(name.surface(), name.span(), ActorKind.PLACE, name.surface(), name.surface(), "", "", "");
    }

    /**
     * The words a company's, an institute's or a university's name ends with after its own name
     * (丸岡製作所, 東邦電機, カロリンスカ研究所, 北陸ガス化学, 北嶺鉄道労働組合, 東浜原子力発電所, 港南信用金庫): one or two of
     * them after a proper noun or a katakana word the dictionary does not know make an organisation, which IPADIC, knowing
     * neither, reads as a surname, a place or a common word before a common noun.
     */
    private static final Set<String> ORGANISATION_ENDINGS = Set.of("製作所", "研究所", "電機", "電気", "工業", "化学", "製薬",
            "商事", "物産", "建設", "重工", "重工業", "製鉄", "精機", "産業", "証券", "銀行", "生命", "運輸", "鉄道", "航空", "食品",
            "薬品", "興業", "大学", "病院", "財団", "労働組合", "労組", "信用金庫", "信用組合", "信金", "原子力発電所", "電力", "ガス",
            "自動車", "モーターズ", "フーズ",
            "ホールディングス", "製紙", "海運", "商船", "電鉄", "不動産", "通信", "電子", "製菓", "乳業", "精工", "化成", "紡績",
            "百貨店", "物流", "信託", "保険", "技研", "美術館", "博物館", "動物園", "植物園", "水族館", "新聞", "日報", "新報", "民報", "日日", "タイムス", "タイムズ", "放送", "株式会社", "有限会社", "合同会社", "汽船", "郵船",
            "海上火災");

    /**
     * A company's legal form written after its name (クイックデリ株式会社, 白樺有限会社): it says the name before it is a
     * company's whatever words it is made of, as an officer after の does.
     */
    private static final List<String> LEGAL_FORMS = List.of("株式会社", "有限会社", "合同会社");

    /**
     * What a municipality or prefecture runs under its own name, written after it with its kind
     * (朝霧市立総合病院, 城山市美術館, 西原町立図書館): the whole is that body, not the place.
     */
    private static final Set<String> PUBLIC_INSTITUTIONS = Set.of("病院", "大学", "美術館", "博物館", "図書館", "動物園",
            "水族館", "体育館");

    /** The first characters of the two lists of endings, sorted: most words are turned away by their first character. */
    /** Whether a run of characters holds an organisation's ending (read by {@link FullNames}: 財団理事長 is no title). */
    static boolean holdsAnOrganisationEnding(String run) {
        for (String ending : ORGANISATION_ENDINGS) {
            if (run.contains(ending)) {
                return true;
            }
        }
        return false;
    }

    private static final char[] ORGANISATION_ENDINGS_START = firstCharacters(ORGANISATION_ENDINGS);
    private static final char[] PUBLIC_INSTITUTIONS_START = firstCharacters(PUBLIC_INSTITUTIONS);

    /** What is written between a place and the body it runs: its kind (城山市美術館), or that it runs it (朝霧市立). */
    private static final Set<String> RUN_BY = Set.of("市", "町", "村", "区", "県", "都", "府", "市立", "町立", "村立", "区立",
            "県立", "都立", "府立");

    private static final char[] RUN_BY_START = firstCharacters(RUN_BY);

    /** What may stand between a place's 市立 and the body it runs: 朝霧市立総合病院. */
    private static final String GENERAL = "総合";

    private ActorMention organisationBySuffix(String text, Token[] tokenAt, int i) {
        Token name = at(tokenAt, i);
        if (name == null || i > 0 && sameScript(text.charAt(i - 1), text.charAt(i))) {
            return null;
        }
        int nameEnd = name.span().end();
        Token second = at(tokenAt, nameEnd);
        if (name.surface().length() == 1 && isPersonName(name) && second != null && second.surface().length() == 1
                && isPersonName(second)) {
            nameEnd = second.span().end(); // 翠 / 光 / 不動産: a name of two kanji IPADIC reads as a surname and a given name
        } else if (name.surface().length() < 2) {
            return null;
        }
        // the ending first: most words have none after them, and every test below is then not worth asking
        int end = publicInstitution(text, tokenAt, name);
        if (end < 0) {
            end = endings(text, tokenAt, nameEnd, ORGANISATION_ENDINGS, ORGANISATION_ENDINGS_START);
        }
        if (end == nameEnd) {
            return null;
        }
        boolean properNoun = isPersonName(name) || name.is(PartOfSpeech.GENERAL_PLACE_NAME)
                || name.is(PartOfSpeech.ORGANISATION_NAME);
        // ロボット産業, ネット銀行: a katakana word the dictionary knows as a common noun is an industry or a kind
        boolean katakanaName = name.unknownKatakana() || name.is(PartOfSpeech.PROPER_NOUN)
                && name.surface().chars().allMatch(c -> KanaVariants.isKatakana((char) c));
        if (!properNoun && !katakanaName && (ORGANISATION_ENDINGS.contains(name.surface()) || TRADE_WORDS.contains(name.surface()))) {
            // 自動車大手の電気自動車, 大手証券: a word of a trade is no company's own name
            return null;
        }
        if (!endsAWord(text, tokenAt, end) || namesATrade(text, end) || aFireAtSea(text, tokenAt, name, end)) {
            return null;
        }
        boolean saidToBeOne = CompanysKindAndCity.kindBefore(text, i); // 機械大手の銀河重工: 銀河, a galaxy
        if (!properNoun && !katakanaName && !saidToBeOne && !(endsInALegalForm(text, end) && mayNameACompany(name))
                && !companyByWhatFollows(text, tokenAt, end) && !NewspapersByTheirIssue.citedAt(text, name, end)) {
            return null; // 都市ガス, 機械工業: a common word before the ending names an industry
        }
        String whole = text.substring(i, end);
        return new ActorMention(whole, new TextSpan(i, end), ActorKind.ORGANISATION, whole, whole, "", "", "");
    }

    /** A marine insurer's ending, which is also the common noun for a fire at sea. */
    private static final String FIRE_AT_SEA = "海上火災";

    /** What names a stretch of sea after a place: 東京湾, 横浜港, 銚子沖. */
    private static final String SEAS = "湾港沖";

    /**
     * 東京湾海上火災の訓練, 横浜海上火災訓練が: 海上火災 after a place, a bay, a port or an offing is a fire at sea there; after
     * another name it is a marine insurer only as a phrase's end (東邦海上火災は), not before a noun (…海上火災訓練). Before
     * 保険 it is the insurer's name after a place too (東京海上火災保険, where 保険 is the last ending and this is none).
     */
    private static boolean aFireAtSea(String text, Token[] tokenAt, Token name, int end) {
        int start = end - FIRE_AT_SEA.length();
        if (!text.startsWith(FIRE_AT_SEA, start)) {
            return false;
        }
        boolean atSea = name.is(PartOfSpeech.PLACE_NAME) || start > 0 && SEAS.indexOf(text.charAt(start - 1)) >= 0;
        Token after = at(tokenAt, end);
        boolean phraseEnds = end == text.length() || after == null || !after.is(PartOfSpeech.NOUN);
        return atSea || !phraseEnds;
    }

    /**
     * Words that say what kind of company a legal form is, not whose: 特例有限会社, 外国株式会社. 上場, 新設 and 運営 are
     * verbal nouns, turned away as such.
     */
    private static final Set<String> KINDS_OF_COMPANY = Set.of("特例", "外国", "内国", "一般", "普通", "特定");

    /**
     * A word a legal form vouches for as a company's name: a noun of its own (暁星 of 暁星食品株式会社), not a particle
     * (有限会社から株式会社に), a verbal noun (上場株式会社, 運営合同会社), a country (日本株式会社) or a kind of company.
     */
    private static boolean mayNameACompany(Token name) {
        return name.is(PartOfSpeech.NOUN) && !name.is(PartOfSpeech.DEPENDENT_NOUN) && !name.is(PartOfSpeech.SAHEN_NOUN)
                && !name.is(PartOfSpeech.ADVERBIAL_NOUN) && !name.is(PartOfSpeech.COUNTRY_NAME)
                && !KINDS_OF_COMPANY.contains(name.surface());
    }

    private static boolean endsInALegalForm(String text, int end) {
        for (String form : LEGAL_FORMS) {
            if (end >= form.length() && text.startsWith(form, end - form.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonName(Token t) {
        return t.is(PartOfSpeech.PERSON_NAME);
    }

    /** The titles of a company's officers, whose company is named before them with の: 東雲鉄道の藤堂昭彦社長. */
    private static final Set<String> OFFICERS = Set.of("社長", "副社長", "会長", "頭取", "専務", "常務", "専務取締役", "常務取締役",
            "代表取締役", "最高経営責任者");

    /**
     * 東雲鉄道の藤堂昭彦社長, 瑞穂製薬（大阪市）: how Japanese news says a name is a company's even when its first word is a
     * common one (東雲, dawn; 瑞穂, ears of rice): its officer named after it with の, or its head office's city in
     * brackets right after it. 鉄道の安全 and 製薬（新薬）, with neither, stay no company.
     */
    private boolean companyByWhatFollows(String text, Token[] tokenAt, int end) {
        if (CompanysKindAndCity.cityInBrackets(text, end)) {
            return true;
        }
        if (end + 1 >= text.length() || text.charAt(end) != 'の') {
            return false;
        }
        ActorMention officer = kanjiPerson(text, end + 1, tokenAt);
        return officer != null && OFFICERS.contains(officer.title());
    }

    /** What follows a trade's name, not a company's: ドイツ自動車大手の, 損害保険会社, 電力業界. */
    private static final List<String> TRADE_WORDS = List.of("大手", "メーカー", "会社", "部門", "業界", "各社");

    private static boolean namesATrade(String text, int end) {
        for (String word : TRADE_WORDS) {
            if (text.startsWith(word, end)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the longest ending, ホールディングス. */
    static final int LONGEST_ENDING = 8;

    /**
     * Where one or two of {@code endings}, each a token or two written whole, end from {@code end}; {@code end} if none.
     * {@code starts} holds the endings' first characters: a word starting with none of them is no ending, so no
     * substring is cut and hashed for it (asked at every proper noun and katakana word of every dated sentence).
     */
    private static int endings(String text, Token[] tokenAt, int end, Set<String> endings, char[] starts) {
        for (int k = 0; k < 2; k++) {
            if (end < text.length() && Arrays.binarySearch(starts, text.charAt(end)) < 0) {
                break;
            }
            int next = end;
            for (Token t = at(tokenAt, end); t != null && t.span().end() - end <= LONGEST_ENDING; t = at(tokenAt, t.span().end())) {
                if (endings.contains(text.substring(end, t.span().end()))) {
                    next = t.span().end(); // 労働 + 組合: the longest ending written from here
                }
            }
            if (next == end) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static char[] firstCharacters(Set<String> words) {
        char[] firsts = new char[words.size()];
        int k = 0;
        for (String w : words) {
            firsts[k++] = w.charAt(0);
        }
        Arrays.sort(firsts);
        return firsts;
    }

    /** Whether a word starts with one of the sorted characters (市 of 市立, with {@link #RUN_BY_START}). */
    private static boolean startsWithOneOf(String word, char[] starts) {
        return !word.isEmpty() && Arrays.binarySearch(starts, word.charAt(0)) >= 0;
    }

    /**
     * 朝霧市立総合病院, 城山市美術館: a place, its kind or 市立 and the like, 総合 perhaps, then a body a
     * municipality runs; where it ends, or -1. 朝霧市の病院 (の between) and 朝霧市総合計画 (no body) are none.
     */
    private static int publicInstitution(String text, Token[] tokenAt, Token name) {
        Token runBy = at(tokenAt, name.span().end());
        // its first character first, as the endings are: most words are no municipality's kind, and are not hashed
        if (runBy == null || !startsWithOneOf(runBy.surface(), RUN_BY_START) || !RUN_BY.contains(runBy.surface())
                || name.is(PartOfSpeech.ORGANISATION_NAME)) {
            return -1;
        }
        int from = runBy.span().end();
        Token general = at(tokenAt, from);
        if (general != null && general.surface().equals(GENERAL)) {
            from = general.span().end();
        }
        int end = endings(text, tokenAt, from, PUBLIC_INSTITUTIONS, PUBLIC_INSTITUTIONS_START);
        return end == from ? -1 : end;
    }

    /** Whether two characters are of one script, so that the second goes on the word of the first. */
    private static boolean sameScript(char before, char c) {
        return Scripts.of(before) == Scripts.of(c) || KanaVariants.isKatakana(before)
                && KanaVariants.isKatakana(c);
    }

    /** The government of the country a Japanese paper writes in. */
    static final String HOME_COUNTRY = "日本";
    private static final String GOVERNMENT = "政府";

    /**
     * 政府は, 、政府が, 政府・与党: Japanese news names a foreign government by its country (米政府,
     * 中国政府) and writes 政府 alone for Japan's, which is then the country as 米政府 is 米国. Not
     * 政府 after a foreign country in its sentence, in a quote, inside a longer word (地方政府, 暫定政府, 両政府: a letter before it), nor after の (各国の政府),
     * nor compounded after it (政府系, 政府案: a kanji after it; 政府高官 is one of its officials and
     * is taken).
     */
    private static ActorMention governmentAlone(String text, int i, List<ActorMention> namedBefore) {
        if (!text.startsWith(GOVERNMENT, i) || insideQuote(text, i) || foreignSetting(text, namedBefore)) {
            return null;
        }
        if (i > 0) {
            char before = text.charAt(i - 1);
            if (Character.isLetterOrDigit(before) && !isHiragana(before) || before == 'の') {
                return null;
            }
        }
        int end = i + GOVERNMENT.length();
        if (end < text.length() && Scripts.isHan(text.charAt(end))
                && !text.startsWith("高官", end)) {
            return null;
        }
        return new ActorMention(GOVERNMENT, new TextSpan(i, end), ActorKind.COUNTRY, GOVERNMENT, HOME_COUNTRY, "",
                HOME_COUNTRY, "政府 written alone: the government of " + HOME_COUNTRY + ", as 米政府 is 米国's");
    }

    /**
     * カザフスタンで…抗議活動は…、政府は, トルコ南部で地震があり、政府は, 中国政府は…、政府は: a foreign
     * country or a place of one named before 政府 as where the sentence happens (で, では, after at most
     * a part of it: 南部, 国内) or as the government itself may make 政府 that country's; which one it
     * means is not told by the words, so it is left alone. A foreign country that did something in an
     * earlier clause (北朝鮮が弾道ミサイルを発射し、政府は抗議した) leaves 政府 Japan's.
     */
    private static boolean foreignSetting(String text, List<ActorMention> before) {
        for (ActorMention m : before) {
            if (!m.country().isEmpty() && !m.country().equals(HOME_COUNTRY)
                    && (m.surface().endsWith(GOVERNMENT) || FOREIGN_SETTING.matcher(text).region(m.span().end(), text.length()).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /** What makes a foreign name before 政府 the setting or the government: で, a part of the country and で, or 政府. */
    private static final Pattern FOREIGN_SETTING = Pattern.compile("(\\p{IsHan}{0,3}で|政府)");

    /** 「政府の立場としてコメントは控える」: a government a speaker mentions is not one that acts. */
    private static boolean insideQuote(String text, int i) {
        return text.lastIndexOf('「', i) > text.lastIndexOf('」', i);
    }

    private static boolean isHiragana(char c) {
        return Scripts.inHiraganaBlock(c);
    }

    /** What names a disaster after a place (阪神大震災, 東日本大震災): the name before it is the place. */
    private static final Pattern DISASTER_AFTER_PLACE = Pattern.compile("(大震災|震災|大地震|地震|豪雨|大水害|水害|大火)");

    /**
     * 阪神・淡路大震災: a name IPADIC tags as an organisation (阪神, the railway and the baseball
     * team) is a place when it is joined by ・ to a place or names a disaster; a name the
     * gazetteer knows is left as it says.
     */
    private List<ActorMention> placesByCompany(String text, List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>(found);
        for (int k = 0; k < out.size(); k++) {
            ActorMention m = out.get(k);
            if (m.kind() != ActorKind.ORGANISATION || gazetteer.exactly(m.name()).isPresent()) {
                continue;
            }
            int end = m.span().end();
            boolean placeAfter = k + 1 < out.size() && out.get(k + 1).kind() == ActorKind.PLACE
                    && out.get(k + 1).span().start() == end + 1 && text.charAt(end) == '・';
            boolean placeBefore = k > 0 && out.get(k - 1).kind() == ActorKind.PLACE
                    && out.get(k - 1).span().end() + 1 == m.span().start() && text.charAt(m.span().start() - 1) == '・';
            boolean disaster = DISASTER_AFTER_PLACE.matcher(text).region(end, text.length()).lookingAt();
            boolean disasterAfterPlaceAfter = placeAfter
                    && DISASTER_AFTER_PLACE.matcher(text).region(out.get(k + 1).span().end(), text.length()).lookingAt();
            if (disaster || disasterAfterPlaceAfter || placeBefore && m.span().length() <= 3) {
                out.set(k, new ActorMention(m.surface(), m.span(), ActorKind.PLACE, m.name(), m.canonical(), "", m.country(),
                        m.reason()));
            }
        }
        return out;
    }

    /**
     * 鷹見市議会, 葉月地裁, 城山市選挙管理委員会: a name IPADIC takes for a surname (鷹見, 葉月) right before the
     * assembly, court, office, health centre, police station or election board of a place is that place's body, as
     * 東京地裁 is (早川署は, 早川保健所が). Not a police station's word going on (佐藤署長 is the station's chief) nor before a title: 鈴木市議会議長, 佐藤県警本部長 and
     * 高橋町議会議員 are how news writes a person by surname and office, and the place's body cannot be told from
     * them (a place's chief written so, 鷹見市議会議長, is read as a person too).
     */
    private ActorMention institutionOfAPlaceIpadicTakesForASurname(String text, Token[] tokenAt, int i) {
        Token name = at(tokenAt, i);
        if (name == null || !isPersonName(name) || name.surface().length() < 2
                || i > 0 && sameScript(text.charAt(i - 1), text.charAt(i))) {
            return null;
        }
        int end = name.span().end();
        for (String institution : INSTITUTIONS_OF_PLACES) {
            if (institution.endsWith(MARKET)) {
                continue; // 鈴木市場長, 高橋市場は: a market is named by a city, never by a surname
            }
            int stop = end + institution.length();
            boolean chiefsTitle = institution.endsWith(POLICE_STATION) && stop < text.length()
                    && BodiesByTheirKind.continuesAWord(text.charAt(stop));
            if (text.startsWith(institution, end) && !chiefsTitle && endsAWord(text, tokenAt, stop)
                    && gazetteer.titleLengthAt(text, stop, text.length()) == 0) {
                String whole = text.substring(i, stop);
                return new ActorMention(whole, new TextSpan(i, stop), ActorKind.ORGANISATION, whole, whole, "", "", "");
            }
        }
        return null;
    }

    /** How a market's name ends (東京市場, 東京株式市場). */
    private static final String MARKET = "市場";

    /**
     * The financial centres whose bare 市場 news writes as a doer (東京市場は反発した, 今週のロンドン市場で): after a region
     * or a prefecture the bare word is where goods sell (北米市場で販売を伸ばした, 九州市場に参入).
     */
    private static final Set<String> FINANCIAL_CENTRES = Set.of("東京", "大阪", "名古屋", "ニューヨーク", "ロンドン", "香港",
            "上海", "シンガポール", "フランクフルト", "シドニー", "ソウル", "パリ", "チューリヒ", "シカゴ");

    /**
     * Whether a place's market word is the market that trades: the stock, exchange or bond market after any place
     * (ロンドン株式市場), the bare 市場 only after a financial centre (大阪市場, not 北米市場), and neither going on as a
     * longer word (大阪市場化テスト, 東京市場長).
     */
    private static boolean aMarketOf(String place, String market, String text, int stop) {
        boolean wordGoesOn = stop < text.length() && BodiesByTheirKind.continuesAWord(text.charAt(stop));
        return !wordGoesOn && (!market.equals(MARKET) || FINANCIAL_CENTRES.contains(place));
    }

    /** How a police station's name ends (湊川署): after a surname it is the start of 署長, a chief's title. */
    private static final String POLICE_STATION = "署";

    /**
     * What names a port, a bay, a peninsula, islands, an island, a lake or a canal after a place: 名古屋 / 港, 潮見 / 湾,
     * 奄美 / 群島, 伊豆 / 半島, マウイ / 島, パンゴン / 湖, スエズ / 運河. Written as words of their own after the place's name.
     */
    private static final Set<String> FEATURES_OF_PLACES = Set.of("港", "湾", "半島", "群島", "列島", "諸島", "島", "湖", "運河");

    /** Off a place's coast (鳶島沖で): the sea near the place named whole, not a word going on from it. */
    private static final String OFF = "沖";

    /** The feature a place of one kanji may stand before: 鳶 / 島 (IPADIC's 地域 for a made-up island's one kanji). */
    private static final String ISLAND = "島";

    /**
     * 名古屋港, 潮見湾, 奄美群島, マウイ島, 国後島, パンゴン湖, スエズ運河: a place (IPADIC's 地域) with a port, a bay, a
     * peninsula, islands, an island, a lake or a canal written after it is that place, named whole: 名古屋港 is the port,
     * not the city, as 成田空港 is, and the writers list the island, not a place マウイ. A place of one kanji only before
     * 島 and as IPADIC's 地域-一般 (鳶 / 島 → 鳶島). Not a feature inside a longer word (名古屋港湾局: 港湾 is one word) nor one
     * of a common noun (東京湾岸, 本島, 離島 are none).
     */
    private static ActorMention placeAndItsFeature(String text, Token[] tokenAt, int i) {
        Token place = at(tokenAt, i);
        if (place == null || !place.is(PartOfSpeech.PLACE_NAME)) {
            return null;
        }
        Token feature = at(tokenAt, place.span().end());
        if (feature == null || !FEATURES_OF_PLACES.contains(feature.surface())) {
            return null;
        }
        if (place.surface().length() < 2 && !(feature.surface().equals(ISLAND) && place.is(PartOfSpeech.GENERAL_PLACE_NAME))) {
            return null;
        }
        int end = feature.span().end();
        Token after = at(tokenAt, end);
        if (after != null && after.is(PartOfSpeech.NOUN) && !after.is(PartOfSpeech.NOUN_SUFFIX) && !after.surface().equals(OFF)
                || end < text.length() && Scripts.isHan(text.charAt(end)) && after == null) {
            return null;
        }
        // 堀島さん, 関島氏: a surname of one kanji and 島 (review rvE, finding 1), not an island
        if (place.surface().length() < 2 && after != null && after.is(PartOfSpeech.NOUN_SUFFIX) && !after.surface().equals(OFF)) {
            return null;
        }
        String whole = text.substring(i, end);
        return new ActorMention(whole, new TextSpan(i, end), ActorKind.PLACE, whole, whole, "", "", "");
    }

    /**
     * A place followed by a court, prosecutors, police or an office of it is that organisation: 東京 + 地裁. A market
     * only as {@link #aMarketOf} allows it.
     */
    private static ActorMention institutionOf(String text, ActorMention found) {
        if (found.kind() != ActorKind.PLACE) {
            return found;
        }
        int start = found.span().start();
        int end = found.span().end();
        for (String institution : INSTITUTIONS_OF_PLACES) {
            if (text.startsWith(institution, end)) {
                int stop = end + institution.length();
                if (institution.endsWith(MARKET) && !aMarketOf(found.name(), institution, text, stop)) {
                    return found;
                }
                String whole = text.substring(start, stop);
                return new ActorMention(whole, new TextSpan(start, stop), ActorKind.ORGANISATION, whole, whole, "",
                        found.country(), "");
            }
        }
        return found;
    }

    /** What a country keeps abroad under its own name: its embassy or consulate (日本大使館, 米国総領事館). */
    private static final List<String> MISSIONS = List.of("総領事館", "大使館", "領事館");

    /** Written before a country's mission in Japan: 在日ロシア大使館. */
    private static final String IN_JAPAN = "在日";

    /**
     * A country followed by its embassy or consulate is that mission, named whole (キーウの日本大使館, 在日ロシア大使館):
     * the mission acts or is acted on, not the country, and the writers list it so. Not a mission of another's
     * country (日本の大使館 names the country, with の between), nor a word going on (大使館員 is a diplomat), nor a
     * country glued to a place before it (東京米国大使館: the place and the country, as {@code PlacesInOtherNamesTest} holds).
     */
    private static ActorMention embassyOf(String text, ActorMention found, List<ActorMention> before) {
        if (found.kind() != ActorKind.COUNTRY
                || !before.isEmpty() && before.get(before.size() - 1).span().end() == found.span().start()) {
            return found; // 東京米国大使館: a place glued before the country says where the mission is, both kept as found
        }
        int end = found.span().end();
        for (String mission : MISSIONS) {
            if (text.startsWith(mission, end)) {
                int stop = end + mission.length();
                if (stop < text.length() && Scripts.isHan(text.charAt(stop))) {
                    return found; // 大使館員, 大使館前: a person or a place of the mission
                }
                int start = found.span().start();
                boolean inJapan = start >= IN_JAPAN.length() && text.startsWith(IN_JAPAN, start - IN_JAPAN.length())
                        && (before.isEmpty() || before.get(before.size() - 1).span().end() <= start - IN_JAPAN.length());
                start = inJapan ? start - IN_JAPAN.length() : start;
                String whole = text.substring(start, stop);
                return new ActorMention(whole, new TextSpan(start, stop), ActorKind.ORGANISATION, whole, whole, "",
                        found.canonical(), "");
            }
        }
        return found;
    }

    /**
     * シャーマン米国務副長官 also says 米: reported as a country mention nested in the person's span,
     * so the alias 米 = 米国 is seen even when 米 is only ever written inside titles.
     */
    private Optional<ActorMention> countryInsideTitle(ActorMention person) {
        if (person.kind() != ActorKind.PERSON || person.country().isEmpty() || person.title().isEmpty()) {
            return Optional.empty();
        }
        int at = person.span().start() + person.name().length();
        String s = person.surface().substring(person.name().length(), person.name().length() + 1);
        if (gazetteer.shortFormCountry(s.charAt(0)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ActorMention(s, new TextSpan(at, at + 1), ActorKind.COUNTRY, s, person.country(), "",
                person.country(), "gazetteer short form of " + person.country()));
    }

    /**
     * A full name whose abbreviation the gazetteer knows (米連邦準備理事会（FRB）) is the gazetteer's body
     * (米連邦準備制度理事会), keyed as the abbreviation written alone is.
     */
    private ActorMention knownAbbreviation(ActorMention fullName) {
        if (fullName == null) {
            return null;
        }
        return gazetteer.exactly(fullName.canonical()).filter(e -> e.kind() == ActorKind.ORGANISATION)
                .map(e -> new ActorMention(fullName.surface(), fullName.span(), ActorKind.ORGANISATION, fullName.name(),
                        e.canonical(), "", e.country(), fullName.name() + " = " + e.canonical() + " (the full name written before "
                        + fullName.canonical() + ", which the gazetteer knows)"))
                .orElse(fullName);
    }

    /** The token starting at {@code i}, or null where none starts or {@code i} is outside the text. */
    static Token at(Token[] tokenAt, int i) {
        return i >= 0 && i < tokenAt.length ? tokenAt[i] : null;
    }

    /**
     * What a country's name written right before makes a word of (日本時間, 中国産, ロシア製, 日本版, ロシア系): a clock,
     * where a thing comes from, whose version, whose kind. The country says what the thing is, and does nothing in the
     * report: no writer lists it.
     */
    private static final List<String> WORDS_A_COUNTRY_QUALIFIES = List.of("時間", "産", "製", "版", "系");

    /**
     * 一 after a country ending a word, the best in the country (日本一の, 日本一に): not where a kanji follows, a word of
     * its own the country does something in (ロシア一国だけが反対した, 中国一帯一路構想).
     */
    private static final char BEST_IN = '一';

    /** Whether a country's name ending at {@code end} qualifies the word after it ({@link #WORDS_A_COUNTRY_QUALIFIES}, 日本一). */
    private static boolean qualifiesTheWordAfter(String text, int end) {
        for (String word : WORDS_A_COUNTRY_QUALIFIES) {
            if (text.startsWith(word, end)) {
                return true;
            }
        }
        return end < text.length() && text.charAt(end) == BEST_IN && (end + 1 == text.length() || !Scripts.isHan(text.charAt(end + 1)));
    }

    /** The longer of two candidates, the first on a tie. */
    private static ActorMention longer(ActorMention best, ActorMention c) {
        return c != null && (best == null || c.span().length() > best.span().length()) ? c : best;
    }

    /**
     * What follows a person's name to name someone or something of theirs, one word with it: 妃 (his princess, 秋篠宮妃紀子さま),
     * 邸 (his residence), 家 (his household, 秋篠宮家の長女).
     */
    private static final String HELD_BY_A_PERSON = "妃邸家";

    private ActorMention gazetteerName(String text, int i) {
        Optional<Gazetteer.Entry> found = gazetteer.longestAt(text, i, text.length());
        Optional<Gazetteer.Entry> afterItsCountry = gazetteer.afterItsCountryAt(text, i);
        if (afterItsCountry.isPresent() && (found.isEmpty() || found.get().surface().length() < afterItsCountry.get().surface().length())) {
            found = afterItsCountry; // ノーベル賞委員会 of ノルウェーのノーベル賞委員会: a name other states' bodies share
        }
        if (found.isEmpty()) {
            return null;
        }
        Gazetteer.Entry e = found.get();
        int end = i + e.surface().length();
        if (end < text.length() && text.charAt(end) != '・' && KanaVariants.isKatakana(text.charAt(end)) && KanaVariants.isKatakana(text.charAt(end - 1))) {
            return null; // ロシア inside ロシアンルーレット is not the country; ロシア・ウクライナ戦争 names it
        }
        if (i > 0 && text.charAt(i - 1) != '・' && KanaVariants.isKatakana(text.charAt(i - 1)) && KanaVariants.isKatakana(text.charAt(i))) {
            return null; // イオン inside リチウムイオン is not the company, アメリカ inside ラテンアメリカ not the country
        }
        if (isLatinLetter(text, end - 1) && (isLatinLetter(text, end) || isLatinLetter(text, i - 1))) {
            return null; // UN inside UNESCO, GM inside GMO
        }
        if (e.kind() == ActorKind.PERSON && end < text.length() && HELD_BY_A_PERSON.indexOf(text.charAt(end)) >= 0) {
            return null; // 秋篠宮妃, 秋篠宮邸, 秋篠宮家: his princess, his residence, his household, not the prince
        }
        if (e.kind() == ActorKind.PERSON) {
            int titleLength = gazetteer.titleLengthAt(text, end, text.length());
            return new ActorMention(text.substring(i, end + titleLength), new TextSpan(i, end + titleLength),
                    ActorKind.PERSON, e.surface(), e.canonical(), text.substring(end, end + titleLength), e.country(),
                    e.surface().equals(e.canonical()) ? "" : e.reason());
        }
        if (e.kind() == ActorKind.COUNTRY) {
            ActorMention org = organisationAfterCountry(text, i, end, e.canonical());
            if (org != null) {
                return org;
            }
        }
        return new ActorMention(e.surface(), new TextSpan(i, end), e.kind(), e.surface(), e.canonical(), "",
                e.country(), e.surface().equals(e.canonical()) ? "" : e.reason());
    }

    /**
     * サッカー, プロサッカー: a katakana word that is one naming no one, or ends as one of four
     * characters or more (ゼレンスキー ends as スキー and is a name).
     */
    private boolean endsAsNoName(String katakana) {
        for (int k = 0; k + 4 <= katakana.length() || k == 0; k++) {
            if (gazetteer.isNotActor(katakana.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word ends at {@code end}: a token starts there, or the text ends, or what follows
     * is no letter. Without tokens (null) any place may end one.
     */
    private static boolean endsAWord(String text, Token[] tokenAt, int end) {
        return tokenAt == null || end >= text.length() || at(tokenAt, end) != null || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static boolean isLatinLetter(String text, int i) {
        return i >= 0 && i < text.length() && FullWidth.isAsciiLetter(text.charAt(i));
    }

    /**
     * A country's armed forces and authorities, which news names by the country before them (インド陸軍, ミャンマー国軍,
     * フィンランド当局, 中国当局): the whole is the body that acts, as 中国外務省 is. 軍 alone is left to the country
     * (ロシア軍 is read as ロシア, which a writer's ロシア軍 names): it compounds (軍事, 軍人).
     */
    private static final List<String> FORCES_AND_AUTHORITIES = List.of("陸軍", "海軍", "空軍", "国軍", "当局");

    private ActorMention organisationAfterCountry(String text, int start, int countryEnd, String country) {
        Optional<Gazetteer.Entry> org = gazetteer.longestAt(text, countryEnd, text.length())
                .filter(o -> o.kind() == ActorKind.ORGANISATION);
        if (org.isEmpty()) {
            return forceOrAuthority(text, start, countryEnd, country);
        }
        Gazetteer.Entry o = org.get();
        int end = countryEnd + o.surface().length();
        String canonical = o.country().isEmpty() ? country + o.canonical() : o.canonical();
        return new ActorMention(text.substring(start, end), new TextSpan(start, end), ActorKind.ORGANISATION,
                o.surface(), canonical, "", country, o.surface().equals(o.canonical()) ? "" : o.reason());
    }

    /**
     * インド陸軍は, 中国当局が: the country's force or authority written right after it, as one organisation (name 陸軍,
     * canonical インド陸軍, country インド); null where none follows or the word goes on (当局者 is an official, a
     * person; 陸軍省 another body), nor a short form inside a country's full name (中 of 中国軍 is no 中国's 国軍).
     */
    private ActorMention forceOrAuthority(String text, int start, int countryEnd, String country) {
        if (gazetteer.longestAt(text, start, text.length()).filter(e -> start + e.surface().length() > countryEnd).isPresent()) {
            return null;
        }
        for (String body : FORCES_AND_AUTHORITIES) {
            int end = countryEnd + body.length();
            if (text.startsWith(body, countryEnd)
                    && (end >= text.length() || !BodiesByTheirKind.continuesAWord(text.charAt(end)))) {
                return new ActorMention(text.substring(start, end), new TextSpan(start, end), ActorKind.ORGANISATION, body,
                        country + body, "", country, "");
            }
        }
        return null;
    }

    private ActorMention shortForm(String text, int i, Token[] tokenAt) {
        Optional<String> country = gazetteer.shortFormCountry(text.charAt(i));
        if (country.isEmpty() || (i > 0 && Character.isDigit(text.charAt(i - 1))) || !standsAlone(tokenAt, i)) {
            return null;
        }
        int next = i + 1;
        ActorMention org = organisationAfterCountry(text, i, next, country.get());
        if (org != null) {
            return org;
        }
        boolean nextToShortForm = (next < text.length() && gazetteer.shortFormCountry(text.charAt(next)).isPresent()
                        && standsAlone(tokenAt, next))
                || (i > 0 && gazetteer.shortFormCountry(text.charAt(i - 1)).isPresent() && isShortFormBefore(text, i - 1)
                        && standsAlone(tokenAt, i - 1));
        boolean beforeTitleOrSide = gazetteer.titleLengthAt(text, next, text.length()) > 0
                || COUNTRY_SIDE_WORDS.stream().anyMatch(w -> text.startsWith(w, next));
        if (!nextToShortForm && !beforeTitleOrSide) {
            return null;
        }
        String s = String.valueOf(text.charAt(i));
        return new ActorMention(s, new TextSpan(i, next), ActorKind.COUNTRY, s, country.get(), "", country.get(),
                "gazetteer short form of " + country.get());
    }

    /**
     * Whether the character at {@code i} starts a word, as a short form must (米 / 露, 米軍): not
     * the counter of 10日 nor the 朝 of 10日朝 (which made 日朝, Japan and North Korea, of a
     * morning), nor the inside of a longer word. Without tokens (null) any character may.
     */
    private static boolean standsAlone(Token[] tokenAt, int i) {
        if (tokenAt == null) {
            return true;
        }
        Token t = at(tokenAt, i);
        if (t == null) {
            return false;
        }
        return !t.is(PartOfSpeech.COUNTER) && !t.is(PartOfSpeech.ADVERBIAL_NOUN) && !t.is(PartOfSpeech.NUMBER);
    }

    private boolean isShortFormBefore(String text, int i) {
        return i == 0 || !Character.isLetter(text.charAt(i - 1)) || gazetteer.shortFormCountry(text.charAt(i - 1)).isPresent();
    }

    private ActorMention katakanaPerson(String text, int i, Set<String> titledNames, Token[] tokenAt) {
        if (!KanaVariants.isKatakana(text.charAt(i)) || text.charAt(i) == 'ー' || text.charAt(i) == '・'
                || (i > 0 && KanaVariants.isKatakana(text.charAt(i - 1)))) {
            return null;
        }
        int end = i;
        while (end < text.length() && KanaVariants.isKatakana(text.charAt(end))) {
            end++;
        }
        String name = text.substring(i, end);
        if (name.length() < 2 || gazetteer.exactly(name).isPresent() || name.endsWith("・") || endsAsNoName(name)) {
            return null;
        }
        String country = "";
        int titleStart = end;
        if (end + 1 < text.length()) {
            Optional<String> sf = gazetteer.shortFormCountry(text.charAt(end));
            if (sf.isPresent() && gazetteer.titleLengthAt(text, end + 1, text.length()) > 0) {
                country = sf.get();
                titleStart = end + 1;
            }
        }
        int titleLength = gazetteer.titleLengthAt(text, titleStart, text.length());
        if (titleLength > 0 && !endsAWord(text, tokenAt, titleStart + titleLength)) {
            titleLength = 0; // サッカー選手権: 選手 is part of a longer word
        }
        if (titleLength == 0) {
            if (!titledNames.contains(name)) {
                return null;
            }
            return new ActorMention(name, new TextSpan(i, end), ActorKind.PERSON, name, name, "", "", "");
        }
        int stop = titleStart + titleLength;
        int dot = name.lastIndexOf('・');
        if (dot > 0 && country.isEmpty()) {
            // エルドアン・トルコ大統領: the name, then the country the title belongs to
            Optional<Gazetteer.Entry> after = gazetteer.exactly(name.substring(dot + 1))
                    .filter(e -> e.kind() == ActorKind.COUNTRY);
            if (after.isPresent()) {
                country = after.get().canonical();
                name = name.substring(0, dot);
            }
        }
        return new ActorMention(text.substring(i, stop), new TextSpan(i, stop), ActorKind.PERSON, name, name,
                text.substring(titleStart, stop), country, "");
    }

    private ActorMention kanjiPerson(String text, int i, Token[] tokenAt) {
        Token t = at(tokenAt, i);
        if (t == null) {
            return null;
        }
        if (!t.is(PartOfSpeech.PERSON_NAME)) {
            return longer(surnameIpadicTakesForAWord(text, t), surnameIpadicTakesForAPlace(text, tokenAt, t));
        }
        int end = t.span().end();
        for (Token next = at(tokenAt, end); next != null; next = at(tokenAt, end)) {
            if (next.is(PartOfSpeech.PERSON_NAME)) {
                end = next.span().end();
                continue;
            }
            // 汪 / 文 / 斌: IPADIC reads the middle character of a Chinese name as a common noun
            Token after = at(tokenAt, next.span().end());
            if (next.surface().length() == 1 && next.is(PartOfSpeech.COMMON_NOUN) && after != null
                    && after.is(PartOfSpeech.PERSON_NAME) && end - i < 3) {
                end = next.span().end();
                continue;
            }
            break;
        }
        int titleLength = gazetteer.titleLengthAt(text, end, text.length());
        if (titleLength == 0 && t.is(PartOfSpeech.SURNAME)) {
            end = givenNameIpadicSplits(text, tokenAt, i, end);
            titleLength = gazetteer.titleLengthAt(text, end, text.length());
        }
        if (titleLength == 0 && end > t.span().end()) {
            String title = titleAfterAffiliation(text, tokenAt, end);
            if (!title.isEmpty()) {
                String name = text.substring(i, end);
                return new ActorMention(name, new TextSpan(i, end), ActorKind.PERSON, name, name, title, "", "");
            }
        }
        if (titleLength == 0 || !endsAWord(text, tokenAt, end + titleLength)
                || end == t.span().end() && MUNICIPAL_HEAD.matcher(text).region(end, end + titleLength).matches()) {
            return null;
        }
        String name = text.substring(i, end);
        int stop = end + titleLength;
        return new ActorMention(text.substring(i, stop), new TextSpan(i, stop), ActorKind.PERSON, name, name,
                text.substring(end, stop), "", "");
    }

    /**
     * 木下隆・北嶺大学教授, 本庶佑・京都大特別教授: Japanese news writes an expert's full name, ・, the body
     * they work for and their title. The title after the body is the person's; the mention spans the name
     * only, so that the body is found as itself. "" where no body and title follow the ・. A surname alone
     * (木下・北嶺大学教授) is not taken: the full name is what this way of writing gives.
     */
    private String titleAfterAffiliation(String text, Token[] tokenAt, int nameEnd) {
        int body = nameEnd + 1;
        if (body >= text.length() || text.charAt(nameEnd) != '・') {
            return "";
        }
        ActorMention affiliation = longer(longer(gazetteerName(text, body), organisationBySuffix(text, tokenAt, body)),
                properNoun(text, tokenAt, body));
        if (affiliation == null || affiliation.kind() != ActorKind.ORGANISATION) {
            return "";
        }
        int from = affiliation.span().end();
        int titleLength = gazetteer.titleLengthAt(text, from, text.length());
        return titleLength == 0 || !endsAWord(text, tokenAt, from + titleLength) ? "" : text.substring(from, from + titleLength);
    }

    /**
     * 羽生 / 結 / 弦 / 選手, 大谷 / 翔 / 平 / 選手: a given name IPADIC does not know comes as
     * one-kanji nouns or prefixes after the surname. One or two such characters right before a
     * title, a name of four characters at most, are taken as the given name; where no title
     * follows, the name read so far stands (and is no person without a title).
     */
    /** Prefixes of a title that make it another office, not characters of a given name: 前代表, 元首相, 副市長, 新社長. */
    private static final String OTHER_OFFICE = "元前副新旧現";

    /** Prefixes of a title that make it an office held before: 前代表, 元首相. */
    private static final String FORMER = "元前";

    private int givenNameIpadicSplits(String text, Token[] tokenAt, int start, int nameEnd) {
        int end = nameEnd;
        for (int k = 0; k < 2 && end - start < 4; k++) {
            Token next = at(tokenAt, end);
            if (next == null || next.surface().length() != 1 || !mayBeGivenNameCharacter(next)) {
                break;
            }
            end = next.span().end();
            if (gazetteer.titleLengthAt(text, end, text.length()) > 0) {
                return end;
            }
        }
        return nameEnd;
    }

    /**
     * One kanji IPADIC reads apart from a given name: a noun, a prefix or an adjective's stem (菅 /
     * 義 / 偉 / 首相: 偉 as in 偉い), never a suffix, which makes 石川 + 県 + 知事 the governor of a
     * prefecture, not a person named 石川県; nor one that makes the title after it another office
     * (枝野 / 前 / 代表 is 枝野, the former leader).
     */
    private static boolean mayBeGivenNameCharacter(Token t) {
        return Scripts.isHan(t.surface().charAt(0)) && !t.is(PartOfSpeech.NOUN_SUFFIX)
                && OTHER_OFFICE.indexOf(t.surface().charAt(0)) < 0
                && (t.is(PartOfSpeech.NOUN) || t.is(PartOfSpeech.PREFIX) || t.is(PartOfSpeech.ADJECTIVE));
    }

    /**
     * 枝野 / 幸男 / 代表, 坂口 / 志文 / 特任教授: IPADIC reads some surnames as places (枝野, 坂口), and
     * then the name is no person. A place of two or three kanji ending as surnames do, followed by a
     * given name (IPADIC's 人名, or a proper noun of two kanji, or one or two single kanji) of four
     * characters at most with it, right before a title, is taken as the person. A suffix (県, 市)
     * or a common noun (港湾) after the place is no given name: 長野市長 and 横浜港湾局長 stay places.
     * Before a former office (前代表, 元首相) the place alone is the surname: a place holds none.
     */
    private ActorMention surnameIpadicTakesForAPlace(String text, Token[] tokenAt, Token t) {
        String surname = t.surface();
        if (!t.is(PartOfSpeech.GENERAL_PLACE_NAME) || surname.length() < 2 || surname.length() > 3
                || !ActorRegistry.isKanji(surname)
                || SURNAME_ENDINGS.indexOf(surname.charAt(surname.length() - 1)) < 0) {
            return null;
        }
        int start = t.span().start();
        int end = t.span().end();
        Token given = at(tokenAt, end);
        if (given == null || !ActorRegistry.isKanji(given.surface())) {
            return null;
        }
        if (given.is(PartOfSpeech.PERSON_NAME) || given.is(PartOfSpeech.PROPER_NOUN) && given.surface().length() == 2) {
            end = given.span().end();
        } else {
            end = givenNameIpadicSplits(text, tokenAt, start, end);
        }
        int titleLength = gazetteer.titleLengthAt(text, end, text.length());
        // 枝野前代表: a place holds no former office, so a surname alone stands before one
        boolean formerOffice = end == t.span().end() && titleLength > 0 && FORMER.indexOf(text.charAt(end)) >= 0;
        if (end == t.span().end() && !formerOffice || end - start > 4 || titleLength == 0
                || !endsAWord(text, tokenAt, end + titleLength)) {
            return null;
        }
        String name = text.substring(start, end);
        int stop = end + titleLength;
        return new ActorMention(text.substring(start, stop), new TextSpan(start, stop), ActorKind.PERSON, name, name,
                text.substring(end, stop), "", "");
    }

    /**
     * 黒田総裁: IPADIC reads some surnames as common nouns (黒田 → 名詞-一般). Two or three kanji
     * ending as surnames do, before a title only a person holds (総裁, 総書記, a minister's X相,
     * 大統領), are taken as the name; titles that end compounds of common nouns (事務次官, 共同代表)
     * are not trusted so. Known weakness: a surname of another ending (黒木 is found, 小泉 is not).
     */
    private ActorMention surnameIpadicTakesForAWord(String text, Token t) {
        int end = t.span().end();
        String name = t.surface();
        if (!t.is(PartOfSpeech.COMMON_NOUN) || name.length() < 2 || name.length() > 3
                || !ActorRegistry.isKanji(name)
                || SURNAME_ENDINGS.indexOf(name.charAt(name.length() - 1)) < 0 || gazetteer.exactly(name).isPresent()) {
            return null;
        }
        int titleLength = gazetteer.titleLengthAt(text, end, text.length());
        String title = text.substring(end, end + titleLength);
        if (titleLength == 0 || !PERSON_ONLY_TITLE.matcher(title).matches()) {
            return null;
        }
        int start = t.span().start();
        return new ActorMention(text.substring(start, end + titleLength), new TextSpan(start, end + titleLength), ActorKind.PERSON,
                name, name, title, "", "");
    }

    /**
     * An IPADIC proper noun: 組織 → organisation, 地域-国 → country, 地域 → place; a name ending as
     * an airport, a station or a port does (成田空港, IPADIC's 組織 or 一般 alike) is a place, with
     * the 新 IPADIC splits off before it (新千歳空港), and so is a proper noun of no kind ending as a
     * river's name (千曲川).
     */
    private static ActorMention properNoun(String text, Token[] tokenAt, int i) {
        Token t = at(tokenAt, i);
        if (t == null) {
            return null;
        }
        Token after = at(tokenAt, t.span().end());
        if (t.is(PartOfSpeech.PREFIX) && t.surface().equals("新") && after != null
                && after.is(PartOfSpeech.PROPER_NOUN) && namesAFacility(after.surface())) {
            int end = after.span().end();
            String whole = text.substring(i, end);
            return new ActorMention(whole, new TextSpan(i, end), ActorKind.PLACE, whole, whole, "", "", "");
        }
        if (t.surface().length() < 2) {
            return null;
        }
        ActorKind kind = t.is(PartOfSpeech.ORGANISATION_NAME) ? ActorKind.ORGANISATION
                : t.is(PartOfSpeech.COUNTRY_NAME) ? ActorKind.COUNTRY
                : t.is(PartOfSpeech.PLACE_NAME) ? ActorKind.PLACE : null;
        if (t.is(PartOfSpeech.PROPER_NOUN) && namesAFacility(t.surface())
                || t.is(PartOfSpeech.GENERAL_PROPER_NOUN) && t.surface().length() >= 3 && t.surface().endsWith(RIVER)) {
            kind = ActorKind.PLACE;
        }
        if (kind == null || ENGLISH_WORDS.contains(t.surface().toUpperCase(Locale.ROOT))) {
            return null;
        }
        String country = kind == ActorKind.COUNTRY ? t.surface() : "";
        return new ActorMention(t.surface(), t.span(), kind, t.surface(), t.surface(), "", country, "");
    }

    /**
     * 山口県, 沖縄、山口、広島の3県: a place whose name is as often a surname is taken where 県 or
     * 市 follows it, or where it is listed (、 or ・) right after or before another place.
     */
    private ActorMention placeAlsoSurname(String text, Token[] tokenAt, int i, List<ActorMention> before) {
        Token t = at(tokenAt, i);
        if (t == null) {
            return null;
        }
        Optional<Gazetteer.Entry> place = gazetteer.placeAlsoSurname(t.surface());
        if (place.isEmpty()) {
            return null;
        }
        int end = t.span().end();
        boolean said = end < text.length() && "県市".indexOf(text.charAt(end)) >= 0;
        ActorMention last = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean listedAfter = last != null && last.kind() == ActorKind.PLACE && last.span().end() + 1 == i
                && "、・".indexOf(text.charAt(i - 1)) >= 0;
        boolean listedBefore = end + 1 < text.length() && "、・".indexOf(text.charAt(end)) >= 0
                && gazetteer.longestAt(text, end + 1, text.length()).filter(e -> e.kind() == ActorKind.PLACE).isPresent();
        if (!said && !listedAfter && !listedBefore) {
            return null;
        }
        Gazetteer.Entry e = place.get();
        return new ActorMention(e.surface(), t.span(), ActorKind.PLACE, e.surface(), e.canonical(), "", e.country(), "");
    }

    /**
     * How a river's name ends: IPADIC knows many rivers as proper nouns of no kind (千曲川, 球磨川,
     * 信濃川 are 固有名詞-一般, as a product's name is), which are places. A surname ending so (中川,
     * 利根川 too) is IPADIC's 人名 and stays no place, and 天の川 is a common noun.
     */
    private static final String RIVER = "川";

    /** How the names of airports, stations and ports end. */
    private static final List<String> FACILITY_ENDINGS = List.of("空港", "駅", "港");

    /** Whether a proper noun ends as an airport's, a station's or a port's name does: compared, not matched, as it is asked of every proper noun. */
    private static boolean namesAFacility(String name) {
        for (String ending : FACILITY_ENDINGS) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** 中国の王毅外相, アメリカのブリンケン国務長官, スイスのジュネーブ: the country before の is theirs. */
    private static List<ActorMention> withCountriesBeforeNo(String text, List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            ActorMention m = found.get(k);
            if (k > 0 && m.country().isEmpty() && m.kind() != ActorKind.COUNTRY) {
                ActorMention before = found.get(k - 1);
                int no = before.span().end();
                if (before.kind() == ActorKind.COUNTRY && no + 1 == m.span().start() && text.charAt(no) == 'の') {
                    m = m.withCountry(before.canonical());
                }
            }
            out.add(m);
        }
        return out;
    }
}
