/// The place gazetteer and the name lexicons the entity recogniser needs: countries with their
/// aliases and demonyms, cities, divisions and regions, well-known organisations, person titles
/// and role nouns, and organisation cue words.
///
/// The data lives in TSV files under `Resources/` so that it can be read, reviewed and corrected
/// without touching code; `Gazetteer.shared` loads them once. Lookups take words the caller has
/// lowercased (see `GazetteerText.words` for what a word is) and cost one dictionary probe on
/// the first word plus a few comparisons. Capitalisation is the caller's rule to apply: entries
/// say whether they need it (`requiresCapitalization`, `isAcronym`) and which readings are
/// doubtful (`isAmbiguous`, `isContextual`).
public struct Gazetteer: Sendable {
    /// The texts of the seven data files, for loading from somewhere other than the bundle (tests).
    public struct DataFiles: Sendable {
        public var countries: String
        public var places: String
        public var regions: String
        public var organizations: String
        public var titles: String
        public var organizationCues: String
        public var placeCues: String

        public init(countries: String, places: String, regions: String, organizations: String, titles: String,
                    organizationCues: String, placeCues: String) {
            self.countries = countries
            self.places = places
            self.regions = regions
            self.organizations = organizations
            self.titles = titles
            self.organizationCues = organizationCues
            self.placeCues = placeCues
        }
    }

    public let countries: [Country]
    public let places: [Place]
    public let regions: [Region]
    public let organizations: [Organization]
    public let titles: [PersonTitle]
    public let organizationCues: [OrganizationCue]
    public let placeCues: [PlaceCue]

    /// Every name of every place, organisation and demonym.
    private let names: PhraseIndex<GazetteerEntry>
    /// Title and role phrases → index into `titles`.
    private let titleIndex: PhraseIndex<Int>
    /// Cue phrases → index into `organizationCues`.
    private let cueIndex: PhraseIndex<Int>
    /// Place cue phrases → index into `placeCues`.
    private let placeCueIndex: PhraseIndex<Int>
    private let countryByCode: [String: Int]
    private let organizationByName: [String: Int]

    /// Loads and checks the data files; the error names the file and line of the first bad row.
    public init(files: DataFiles) throws {
        let loaded = try GazetteerLoader(files)
        countries = loaded.countries.map(\.record)
        places = loaded.places.map(\.record)
        regions = loaded.regions.map(\.record)
        organizations = loaded.organizations.map(\.record)
        titles = loaded.titles.map(\.record)
        organizationCues = loaded.cues.map(\.record)
        placeCues = loaded.placeCues.map(\.record)

        var codes: [String: Int] = [:]
        for (index, country) in countries.enumerated() { codes[country.code] = index }
        countryByCode = codes
        var organizationNames: [String: Int] = [:]
        for (index, organization) in organizations.enumerated() { organizationNames[organization.name] = index }
        organizationByName = organizationNames

        names = Gazetteer.nameIndex(loaded, countryByCode: codes)
        titleIndex = try Gazetteer.phraseIndex(loaded.titles, file: GazetteerLoader.titleFile) { [$0.phrase] + $0.aliases }
        cueIndex = try Gazetteer.phraseIndex(loaded.cues, file: GazetteerLoader.cueFile) { [$0.cue] + $0.aliases }
        placeCueIndex = try Gazetteer.phraseIndex(loaded.placeCues, file: GazetteerLoader.placeCueFile) { [$0.cue] + $0.aliases }
    }

    // MARK: - Names

    /// The readings of exactly this phrase, likeliest first; empty when it is not a known name.
    /// `["united", "states"]`, `["u.s."]`, `["japanese"]`.
    public func entries(for words: [String]) -> [GazetteerEntry] {
        names.values(for: words)
    }

    /// The readings of a phrase given as text (lowercased and split by `GazetteerText.words`).
    public func entries(for phrase: String) -> [GazetteerEntry] {
        names.values(for: GazetteerText.words(phrase))
    }

    /// The longest known name that starts at `words[index]`, with its length in words and its
    /// readings, likeliest first. `["the", "united", "states", "and"]` from 1 → length 2.
    public func longestMatch(words: [String], from index: Int) -> (length: Int, entries: [GazetteerEntry])? {
        guard let match = names.longestMatch(words, from: index) else { return nil }
        return (match.length, match.values)
    }

    /// Whether some name, title, organisation cue or place cue starts with this lowercased
    /// word: a recogniser decides this once per vocabulary word and skips the lookups for
    /// the rest.
    public func startsName(_ word: String) -> Bool { names.startsPhrase(word) }
    public func startsTitle(_ word: String) -> Bool { titleIndex.startsPhrase(word) }
    public func startsOrganizationCue(_ word: String) -> Bool { cueIndex.startsPhrase(word) }
    public func startsPlaceCue(_ word: String) -> Bool { placeCueIndex.startsPhrase(word) }

    /// The words that start a name, a title, an organisation cue, a place cue: what the
    /// `starts…` questions answer yes to, for marking a vocabulary from the gazetteer's side.
    var nameFirstWords: [String] { names.firstWords }
    var titleFirstWords: [String] { titleIndex.firstWords }
    var organizationCueFirstWords: [String] { cueIndex.firstWords }
    var placeCueFirstWords: [String] { placeCueIndex.firstWords }

    /// The number of distinct indexed phrases (all spellings of all names).
    public var phraseCount: Int { names.count }

    // MARK: - Countries and demonyms

    /// The country with this ISO 3166-1 alpha-3 code (`JPN`), in any case.
    public func country(code: String) -> Country? {
        countryByCode[code.uppercased()].map { countries[$0] }
    }

    /// The countries a name or alias denotes (`U.S.`, `Britain`, `Ivory Coast`); two for
    /// ambiguous aliases (`Korea`, `Congo`).
    public func countries(named phrase: String) -> [Country] {
        entries(for: phrase).compactMap { $0.kind == .country ? $0.countryCode.flatMap(country(code:)) : nil }
    }

    /// The countries a demonym or plural people noun refers to: `japanese` → Japan,
    /// `afghans` → Afghanistan, `korean` → North Korea and South Korea.
    public func countries(forDemonym phrase: String) -> [Country] {
        entries(for: phrase).compactMap { entry in
            (entry.kind == .demonym || entry.kind == .demonymPlural) && entry.referentKind == .country
                ? entry.countryCode.flatMap(country(code:)) : nil
        }
    }

    /// A country's demonyms, the usual one first (`Afghanistan` → Afghan, Afghani); the country
    /// is given by code or by any of its names. Plural nouns are in `Country.plurals`.
    public func demonyms(of country: String) -> [String] {
        if let byCode = self.country(code: country) { return byCode.demonyms }
        return countries(named: country).first?.demonyms ?? []
    }

    // MARK: - Organisations

    /// The organisations any of whose names is this phrase: acronym, full name or alias
    /// (`NATO`, `North Atlantic Treaty Organisation`, `Daesh`).
    public func organizations(named phrase: String) -> [Organization] {
        entries(for: phrase).compactMap { $0.kind == .organization ? organizationByName[$0.name].map { organizations[$0] } : nil }
    }

    /// The full name of the organisation with this acronym (`NATO` → North Atlantic Treaty
    /// Organization); the first one when several share it (`SDF`).
    public func expansion(ofAcronym acronym: String) -> String? {
        organizations(named: acronym).first { $0.acronym?.lowercased() == acronym.lowercased() }?.name
    }

    /// The acronym of the organisation with this name or alias, if it has one.
    public func acronym(of name: String) -> String? {
        organizations(named: name).first?.acronym
    }

    // MARK: - Titles and roles

    /// The title or role noun this phrase is (`["dr."]`, `["associate", "professor"]`).
    public func title(_ words: [String]) -> PersonTitle? {
        titleIndex.values(for: words).first.map { titles[$0] }
    }

    /// Whether the phrase precedes a name as a title (`Dr`, `President`, `Lt. Gen.`).
    public func isTitle(_ words: [String]) -> Bool { title(words)?.isTitle ?? false }
    public func isTitle(_ phrase: String) -> Bool { isTitle(GazetteerText.words(phrase)) }

    /// Whether the phrase is a role noun in appositions (`Associate Professor`, `spokesperson`).
    public func isRoleNoun(_ words: [String]) -> Bool { title(words)?.isRoleNoun ?? false }
    public func isRoleNoun(_ phrase: String) -> Bool { isRoleNoun(GazetteerText.words(phrase)) }

    /// The longest title or role phrase starting at `words[index]` (`deputy secretary general`
    /// rather than `deputy`).
    public func longestTitle(words: [String], from index: Int) -> (length: Int, title: PersonTitle)? {
        guard let match = titleIndex.longestMatch(words, from: index), let first = match.values.first else { return nil }
        return (match.length, titles[first])
    }

    // MARK: - Organisation cues

    /// The organisation cue this phrase is (`["institute"]`, `["air", "force"]`, `["ltd."]`).
    public func organizationCue(_ words: [String]) -> OrganizationCue? {
        cueIndex.values(for: words).first.map { organizationCues[$0] }
    }

    public func isOrganizationCue(_ words: [String]) -> Bool { organizationCue(words) != nil }
    public func isOrganizationCue(_ phrase: String) -> Bool { isOrganizationCue(GazetteerText.words(phrase)) }

    /// The longest cue phrase starting at `words[index]` (`air force` rather than `force`).
    public func longestOrganizationCue(words: [String], from index: Int) -> (length: Int, cue: OrganizationCue)? {
        guard let match = cueIndex.longestMatch(words, from: index), let first = match.values.first else { return nil }
        return (match.length, organizationCues[first])
    }

    // MARK: - Place cues

    /// The place cue this phrase is (`["province"]`, `["air", "base"]`, `["gulf", "of"]`).
    public func placeCue(_ words: [String]) -> PlaceCue? {
        placeCueIndex.values(for: words).first.map { placeCues[$0] }
    }

    public func isPlaceCue(_ words: [String]) -> Bool { placeCue(words) != nil }
    public func isPlaceCue(_ phrase: String) -> Bool { isPlaceCue(GazetteerText.words(phrase)) }

    /// The longest place cue starting at `words[index]` (`forward operating base` rather than
    /// `base`).
    public func longestPlaceCue(words: [String], from index: Int) -> (length: Int, cue: PlaceCue)? {
        guard let match = placeCueIndex.longestMatch(words, from: index), let first = match.values.first else { return nil }
        return (match.length, placeCues[first])
    }
}
