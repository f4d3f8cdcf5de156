/// What a phrase in a text can refer to, as the gazetteer knows it: one reading of a name.
///
/// A phrase may have several readings (`georgia`: the country and the US state; `kandahar`: the
/// city and the province); lookups return them likeliest first, countries before cities before
/// divisions, districts, areas, regions, organisations and demonyms. The recogniser decides among them.
public struct GazetteerEntry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case country, city, state, province, district, area, region, organization
        /// An adjective or singular noun for the people of a place: `Japanese`, `Afghan`.
        case demonym
        /// A plural noun for the people of a place, where it differs: `Afghans`, `Britons`.
        case demonymPlural

        /// Lookup order of readings: the likeliest reading in news text first.
        var priority: Int {
            switch self {
            case .country: 0
            case .city: 1
            case .state: 2
            case .province: 3
            case .district: 4
            case .area: 5
            case .region: 6
            case .organization: 7
            case .demonym: 8
            case .demonymPlural: 9
            }
        }

        /// Whether this kind names a place (and not an organisation or a people).
        public var isPlace: Bool {
            switch self {
            case .country, .city, .state, .province, .district, .area, .region: true
            case .organization, .demonym, .demonymPlural: false
            }
        }
    }

    public let kind: Kind
    /// The canonical name of what the phrase refers to; for demonyms, the place they come from
    /// (`Japanese` → `Japan`). Unique with `kind` and `countryCode`.
    public let name: String
    /// The phrase as written in the data file (`U.S.`, `WHO`, `the Alliance`), for callers that
    /// compare capitalisation with the text.
    public let surface: String
    /// ISO 3166-1 alpha-3 code of the country it is (country), lies in (places), belongs to
    /// (national organisations) or comes from (demonyms); nil for regions, international bodies
    /// and disputed or cross-border areas.
    public let countryCode: String?
    /// The containing place's canonical name: the state or province of a city, else its country;
    /// the sovereign of a territory. Nil for countries, regions, organisations and demonyms.
    public let parent: String?
    /// For demonyms, the kind of place they come from (`country`, `region`, `province`...);
    /// otherwise the entry's own kind.
    public let referentKind: Kind
    /// The sub-type: a country's status (`member`, `observer`, `partial`, `territory`), a
    /// region's type (`continent`, `sea`, `strait`...), an organisation's category.
    public let category: String?
    /// An organisation's acronym (`NATO`), whichever of its names matched.
    public let acronym: String?
    /// A capital city (or a seat of one of a split capital's functions).
    public let isCapital: Bool
    /// The phrase is also a common word, a person's name or another entity's name (`Turkey`,
    /// `Chad`, `Georgia`, `US`, `WHO`): ask for context even when it is capitalised.
    public let isAmbiguous: Bool
    /// The phrase names this entity only once the text has introduced it (`the Alliance` after
    /// NATO): link it to an earlier mention instead of recognising it on its own.
    public let isContextual: Bool
    /// The surface has capital letters, so a lowercase occurrence in a text is not this entity
    /// (`turkey`, `china`, `chad`). False for the few lowercase aliases (`euro area`).
    public let requiresCapitalization: Bool
    /// The surface is an acronym written in capitals (`US`, `UK`, `WHO`, `NATO`): a text should
    /// have it in capitals too, or it is likely a common word (`us`, `who`).
    public let isAcronym: Bool

    init(kind: Kind, name: String, surface: String, countryCode: String? = nil, parent: String? = nil,
         referentKind: Kind? = nil, category: String? = nil, acronym: String? = nil,
         isCapital: Bool = false, isAmbiguous: Bool = false, isContextual: Bool = false) {
        self.kind = kind
        self.name = name
        self.surface = surface
        self.countryCode = countryCode
        self.parent = parent
        self.referentKind = referentKind ?? kind
        self.category = category
        self.acronym = acronym
        self.isCapital = isCapital
        self.isAmbiguous = isAmbiguous
        self.isContextual = isContextual
        var letters = 0, capitals = 0
        for scalar in surface.unicodeScalars {
            // ASCII first: Unicode property lookups are slow, and most names are ASCII.
            if ("A"..."Z").contains(scalar) {
                letters += 1
                capitals += 1
            } else if ("a"..."z").contains(scalar) {
                letters += 1
            } else if !scalar.isASCII, scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { capitals += 1 }
            }
        }
        self.requiresCapitalization = capitals > 0
        self.isAcronym = letters >= 2 && capitals == letters
    }

    /// What makes two entries the same referent, whichever name matched.
    var referent: Referent { Referent(kind: kind, name: name, countryCode: countryCode) }

    struct Referent: Hashable {
        let kind: Kind
        let name: String
        let countryCode: String?
    }
}
