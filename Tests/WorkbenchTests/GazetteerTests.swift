import Testing
@testable import Workbench

@Suite struct GazetteerTests {
    /// The bundled data, loaded once for all tests; a load failure fails every test with the
    /// file and line of the bad row.
    static let gazetteer = Gazetteer.shared

    private func load() throws -> Gazetteer {
        try Self.gazetteer.get()
    }

    private func words(_ text: String) -> [String] { GazetteerText.words(text) }

    @Test func everyDataFileLoadsWithTheMinimumCounts() throws {
        let g = try load()
        #expect(g.countries.filter { $0.status == .member }.count == 193)
        #expect(g.countries.count >= 195)
        #expect(g.places.count >= 300)
        let afghanProvinces = g.places.filter { $0.kind == .province && $0.countryCode == "AFG" }
        #expect(afghanProvinces.count == 34)
        let usStates = g.places.filter { $0.kind == .state && $0.countryCode == "USA" }
        #expect(usStates.count == 50)
        #expect(g.entries(for: "District of Columbia").contains { $0.name == "Washington, D.C." })
        #expect(g.organizations.count >= 100)
        #expect(g.regions.count >= 50)
        #expect(g.titles.count >= 100)
        #expect(g.organizationCues.count >= 50)
        #expect(g.placeCues.count >= 30)
        // Every country but the city territories (Hong Kong, Macau) has a capital, and every
        // capital is a city of its country (the loader checks that).
        #expect(g.countries.filter { $0.capitals.isEmpty }.map(\.code).sorted() == ["HKG", "IOT", "MAC"])
    }

    @Test func countryAliasesResolve() throws {
        let g = try load()
        for alias in ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"] {
            #expect(g.countries(named: alias).map(\.name) == ["United States"], "\(alias)")
        }
        for alias in ["UK", "U.K.", "Britain", "Great Britain"] {
            #expect(g.countries(named: alias).map(\.name) == ["United Kingdom"], "\(alias)")
        }
        #expect(g.countries(named: "Russian Federation").map(\.code) == ["RUS"])
        #expect(g.countries(named: "Republic of Korea").map(\.code) == ["KOR"])
        #expect(g.countries(named: "ROK").map(\.code) == ["KOR"])
        #expect(g.countries(named: "DPRK").map(\.code) == ["PRK"])
        #expect(g.countries(named: "Islamic Republic of Iran").map(\.code) == ["IRN"])
        #expect(g.countries(named: "Syrian Arab Republic").map(\.code) == ["SYR"])
        #expect(g.countries(named: "Ivory Coast").map(\.code) == ["CIV"])
        #expect(g.countries(named: "Cote d’Ivoire").map(\.code) == ["CIV"])
        #expect(g.countries(named: "Burma").map(\.code) == ["MMR"])
        #expect(g.countries(named: "Czech Republic").map(\.code) == ["CZE"])
        #expect(g.countries(named: "Türkiye").map(\.code) == ["TUR"])
        #expect(g.countries(named: "Turkiye").map(\.code) == ["TUR"])
        #expect(g.countries(named: "FYROM").map(\.code) == ["MKD"])
        #expect(Set(g.countries(named: "Korea").map(\.code)) == ["KOR", "PRK"])
        #expect(g.entries(for: ["people", "'s", "republic", "of", "china"]).first?.name == "China")
        #expect(g.entries(for: ["people's", "republic", "of", "china"]).first?.name == "China")
        #expect(g.country(code: "jpn")?.capitals == ["Tokyo"])
    }

    @Test func demonymsGoBothWays() throws {
        let g = try load()
        #expect(g.countries(forDemonym: "japanese").map(\.name) == ["Japan"])
        #expect(g.countries(forDemonym: "Afghan").map(\.name) == ["Afghanistan"])
        #expect(g.countries(forDemonym: "Afghans").map(\.name) == ["Afghanistan"])
        #expect(g.countries(forDemonym: "Britons").map(\.name) == ["United Kingdom"])
        #expect(g.countries(forDemonym: "South Korean").map(\.name) == ["South Korea"])
        #expect(g.countries(forDemonym: "Japan").isEmpty)
        #expect(g.demonyms(of: "Japan") == ["Japanese"])
        #expect(g.demonyms(of: "AFG").first == "Afghan")
        #expect(g.demonyms(of: "Britain").contains("British"))
        let afghan = try #require(g.entries(for: ["afghan"]).first)
        #expect(afghan.kind == .demonym && afghan.referentKind == .country && afghan.countryCode == "AFG")
        let european = try #require(g.entries(for: ["european"]).first)
        #expect(european.kind == .demonym && european.referentKind == .region && european.name == "Europe")
    }

    @Test func placesSpotChecks() throws {
        let g = try load()
        let mazar = try #require(g.entries(for: ["mazar-e-sharif"]).first)
        #expect(mazar.kind == .city && mazar.countryCode == "AFG" && mazar.parent == "Balkh")
        #expect(g.entries(for: ["mazar", "-", "e", "-", "sharif"]).first?.name == "Mazar-e-Sharif")
        #expect(g.entries(for: ["mazar-i-sharif"]).first?.name == "Mazar-e-Sharif")
        let bamiyan = try #require(g.entries(for: ["bamiyan"]).first)
        #expect(bamiyan.kind == .province && bamiyan.name == "Bamyan" && bamiyan.countryCode == "AFG" && bamiyan.parent == "Afghanistan")
        let tokyo = try #require(g.entries(for: ["tokyo"]).first)
        #expect(tokyo.kind == .city && tokyo.isCapital && tokyo.countryCode == "JPN" && tokyo.parent == "Japan")
        #expect(g.entries(for: ["kandahar"]).map(\.kind) == [.city, .province])
        #expect(g.entries(for: ["kandahar", "province"]).map(\.kind) == [.province])
        #expect(g.entries(for: ["kiev"]).first?.name == "Kyiv")
        #expect(g.entries(for: ["sao", "tome"]).map(\.kind) == [.country, .city])
        let washington = g.entries(for: ["washington"])
        #expect(washington.map(\.kind) == [.city, .state])
        #expect(washington.first?.name == "Washington, D.C." && washington.allSatisfy(\.isAmbiguous))
        #expect(g.entries(for: words("Washington, D.C.")).map(\.name) == ["Washington, D.C."])
        #expect(g.entries(for: ["georgia"]).map(\.kind) == [.country, .state])
        let gaza = g.entries(for: ["gaza", "strip"])
        #expect(gaza.first?.kind == .area && gaza.first?.countryCode == "PSE")
        #expect(g.entries(for: ["kashmir"]).first?.countryCode == nil)
        let hongKong = try #require(g.entries(for: ["hong", "kong"]).first)
        #expect(hongKong.kind == .country && hongKong.category == "territory" && hongKong.parent == "China")
    }

    @Test func ambiguityAndCapitalisationFlags() throws {
        let g = try load()
        for name in ["turkey", "chad", "georgia", "jordan", "china"] {
            let country = try #require(g.entries(for: [name]).first { $0.kind == .country }, "\(name)")
            #expect(country.isAmbiguous && country.requiresCapitalization, "\(name)")
        }
        #expect(g.entries(for: ["japan"]).first?.isAmbiguous == false)
        let us = try #require(g.entries(for: ["us"]).first)
        #expect(us.isAcronym && us.isAmbiguous && us.surface == "US")
        let who = try #require(g.entries(for: ["who"]).first)
        #expect(who.kind == .organization && who.isAcronym && who.isAmbiguous)
        #expect(g.entries(for: ["u.s."]).first?.isAcronym == true)
        #expect(g.entries(for: ["euro", "area"]).first?.requiresCapitalization == false)
    }

    @Test func organisationsWithAcronyms() throws {
        let g = try load()
        #expect(g.expansion(ofAcronym: "NATO") == "North Atlantic Treaty Organization")
        #expect(g.acronym(of: "North Atlantic Treaty Organization") == "NATO")
        #expect(g.acronym(of: "North Atlantic Treaty Organisation") == "NATO")
        #expect(g.organizations(named: "UN").first?.name == "United Nations")
        #expect(g.organizations(named: "Daesh").first?.acronym == "ISIS")
        #expect(Set(g.organizations(named: "SDF").map(\.name)) == ["Japan Self-Defense Forces", "Syrian Democratic Forces"])
        let alliance = try #require(g.entries(for: ["the", "alliance"]).first)
        #expect(alliance.name == "North Atlantic Treaty Organization" && alliance.isContextual)
        #expect(g.entries(for: ["nato"]).first?.isContextual == false)
        #expect(g.entries(for: ["taliban"]).first?.category == "armed group")
    }

    @Test func titlesAndRoles() throws {
        let g = try load()
        #expect(g.isRoleNoun("Associate Professor"))
        #expect(g.isTitle("Associate Professor"))
        #expect(g.isTitle(["dr."]) && g.isTitle(["dr"]) && !g.isRoleNoun(["dr"]))
        #expect(g.isTitle("Lt. Gen.") && g.isTitle(["lt", "gen"]))
        #expect(g.isTitle("Secretary-General") && g.isTitle("Secretary General"))
        #expect(g.isRoleNoun("spokesperson") && !g.isTitle("spokesperson"))
        #expect(g.isRoleNoun("Senior Research Fellow"))
        #expect(g.title(["mrs."])?.gender == .female)
        #expect(g.title(["defense", "minister"])?.phrase == "Defence Minister")
        let words = ["deputy", "secretary", "general", "mircea", "geoană"]
        let match = try #require(g.longestTitle(words: words, from: 0))
        #expect(match.length == 3 && match.title.phrase == "Deputy Secretary General")
        #expect(!g.isTitle(["tsuruoka"]))
    }

    @Test func organisationCues() throws {
        let g = try load()
        #expect(g.isOrganizationCue("Institute"))
        #expect(g.isOrganizationCue(["forces"]))
        #expect(g.isOrganizationCue(["center"]) && g.organizationCue(["center"])?.cue == "Centre")
        #expect(g.organizationCue(["ltd"])?.position == .suffix)
        #expect(g.organizationCue(["group"])?.isStrong == false)
        let match = try #require(g.longestOrganizationCue(words: ["japan", "air", "force"], from: 1))
        #expect(match.length == 2 && match.cue.cue == "Air Force")
        #expect(!g.isOrganizationCue("Tsuruoka"))
    }

    @Test func placeCuesAndDistricts() throws {
        let g = try load()
        #expect(g.placeCue(["province"])?.position == .after)
        #expect(g.placeCue(["camp"])?.position == .before && g.placeCue(["camp"])?.kind == "facility")
        let fob = try #require(g.longestPlaceCue(words: ["forward", "operating", "base", "lightning"], from: 0))
        #expect(fob.length == 3 && fob.cue.kind == "facility")
        #expect(g.isPlaceCue("Air Base") && g.isPlaceCue(["airfield"]) && !g.isPlaceCue("Institute"))
        let maiwand = try #require(g.entries(for: ["maiwand"]).first)
        #expect(maiwand.kind == .district && maiwand.parent == "Kandahar" && maiwand.countryCode == "AFG")
        #expect(g.places.filter { $0.kind == .district }.allSatisfy { $0.parent != nil })
    }

    @Test func longestMatchOverATokenSequence() throws {
        let g = try load()
        let sentence = ["the", "united", "states", "and"]
        let match = try #require(g.longestMatch(words: sentence, from: 1))
        #expect(match.length == 2 && match.entries.first?.name == "United States")
        #expect(g.longestMatch(words: sentence, from: 0) == nil)
        #expect(g.longestMatch(words: sentence, from: 3) == nil)
        #expect(g.longestMatch(words: sentence, from: 4) == nil)
        #expect(g.longestMatch(words: sentence, from: -1) == nil)
        let city = try #require(g.longestMatch(words: ["new", "york", "city"], from: 0))
        #expect(city.length == 3 && city.entries.map(\.name) == ["New York City"])
        let newYork = try #require(g.longestMatch(words: ["in", "new", "york", "."], from: 1))
        #expect(newYork.length == 2 && newYork.entries.map(\.kind) == [.city, .state])
        let times = try #require(g.longestMatch(words: ["new", "york", "times", "reported"], from: 0))
        #expect(times.length == 3 && times.entries.first?.kind == .organization)
        let dc = try #require(g.longestMatch(words: ["washington", ",", "d.c.", ","], from: 0))
        #expect(dc.length == 3 && dc.entries.map(\.name) == ["Washington, D.C."])
    }

    @Test func malformedRowsNameTheFileAndLine() throws {
        let header = "# comment\nname\tcode\tstatus\tsovereign\taliases\tdemonyms\tplurals\tcapital\tregion\tsubregion\tambiguous\n"
        func files(countries: String) -> Gazetteer.DataFiles {
            Gazetteer.DataFiles(
                countries: countries,
                places: "name\tkind\tcountry\tparent\taliases\tdemonyms\tambiguous\nTokyo\tcity\tJPN\n",
                regions: "name\ttype\taliases\tdemonyms\tambiguous\n",
                organizations: "name\tacronym\tcategory\tcountry\taliases\tcontextual\tambiguous\n",
                titles: "phrase\ttitle\trole\tcategory\tgender\taliases\n",
                organizationCues: "cue\tposition\tstrength\taliases\n",
                placeCues: "cue\tposition\tkind\tstrength\taliases\n")
        }
        let good = header + "Japan\tJPN\tmember\t\t\tJapanese\t\tTokyo\tAsia\tEastern Asia\n"
        #expect(try Gazetteer(files: files(countries: good)).entries(for: ["japanese"]).first?.name == "Japan")

        func error(_ countries: String) -> WorkbenchError? {
            do { _ = try Gazetteer(files: files(countries: countries)); return nil } catch { return error as? WorkbenchError }
        }
        let tooMany = error(header + "\nJapan\tJPN\tmember\t\t\tJapanese\t\tTokyo\tAsia\tEastern Asia\t\textra\n")
        #expect(tooMany?.code == .format)
        #expect(tooMany?.location == SourceLocation(file: "gazetteer/countries.tsv", line: 4, column: 1))
        #expect(tooMany?.message.hasPrefix("gazetteer/countries.tsv:4:") == true)
        let badCode = error(header + "Japan\tJP\tmember\t\t\tJapanese\t\tTokyo\tAsia\tEastern Asia\n")
        #expect(badCode?.location?.line == 3 && badCode?.message.contains("alpha-3") == true)
        let noCapital = error(header + "Japan\tJPN\tmember\t\t\tJapanese\t\tKyoto\tAsia\tEastern Asia\n")
        #expect(noCapital?.location?.line == 3 && noCapital?.message.contains("Kyoto") == true)
        let badAmbiguous = error(header + "Japan\tJPN\tmember\t\t\tJapanese\t\tTokyo\tAsia\tEastern Asia\tNippon\n")
        #expect(badAmbiguous?.message.contains("Nippon") == true)
        let emptyValue = error(header + "Japan\tJPN\tmember\t\tNippon||Nihon\tJapanese\t\tTokyo\tAsia\tEastern Asia\n")
        #expect(emptyValue?.location?.line == 3)
        let badHeader = error("name\tcode\n")
        #expect(badHeader?.location?.line == 1)
    }

    @Test func wordsFollowTheDocumentedRules() {
        #expect(GazetteerText.words("Washington, D.C.") == ["washington", ",", "d.c."])
        #expect(GazetteerText.words("Côte d’Ivoire") == ["côte", "d'ivoire"])
        #expect(GazetteerText.words("Guinea\u{2011}Bissau") == ["guinea-bissau"])
        #expect(GazetteerText.variants(of: ["são", "tomé"]).contains(["sao", "tome"]))
        #expect(GazetteerText.variants(of: ["lt.", "gen."]).contains(["lt", "gen"]))
        #expect(GazetteerText.foldDiacritics("wrocław") == "wroclaw")
    }
}
