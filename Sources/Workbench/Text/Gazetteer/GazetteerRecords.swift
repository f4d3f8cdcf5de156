/// The rows of the gazetteer's data files as values. Each file's header documents its columns;
/// these types are that documentation in Swift.

/// A row of `gazetteer/countries.tsv`.
public struct Country: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// A UN member state.
        case member
        /// A UN observer state (Holy See, Palestine).
        case observer
        /// A partially recognised state (Taiwan, Kosovo, Western Sahara).
        case partial
        /// A dependent or special territory (Greenland, Puerto Rico, Hong Kong).
        case territory
    }

    public let name: String
    /// ISO 3166-1 alpha-3 (`XKX` for Kosovo).
    public let code: String
    public let status: Status
    /// For territories, the code of the state they belong to.
    public let sovereign: String?
    public let aliases: [String]
    /// Adjectives and singular nouns for the people, the usual one first.
    public let demonyms: [String]
    /// Plural nouns for the people where they differ from the adjective (`Afghans`).
    public let plurals: [String]
    /// The capital, or the capitals when the functions are split (Bolivia, South Africa).
    public let capitals: [String]
    /// UN M49 region: Africa, Americas, Asia, Europe, Oceania.
    public let region: String
    /// UN M49 sub-region (`Southern Asia`, `Western Europe`...).
    public let subregion: String
}

/// A row of `gazetteer/places.tsv`: a city or a sub-national division or area.
public struct Place: Hashable, Sendable {
    public let name: String
    /// `.city`, `.state`, `.province`, `.district` or `.area`.
    public let kind: GazetteerEntry.Kind
    /// Nil only for disputed or cross-border areas (Kashmir, Kurdistan).
    public let countryCode: String?
    /// The state, province or area it lies in, when the file says.
    public let parent: String?
    public let aliases: [String]
    public let demonyms: [String]
    /// Named as a capital in `countries.tsv`.
    public let isCapital: Bool
}

/// A row of `gazetteer/regions.tsv`: a continent, region, sea, strait...
public struct Region: Hashable, Sendable {
    public static let types: Set<String> = ["continent", "region", "ocean", "sea", "gulf", "strait", "canal", "peninsula", "mountains"]

    public let name: String
    /// One of `Region.types`.
    public let type: String
    public let aliases: [String]
    public let demonyms: [String]
}

/// A row of `lexicons/organizations.tsv`: a well-known organisation.
public struct Organization: Hashable, Sendable {
    public static let categories: Set<String> = [
        "intergovernmental", "alliance", "un body", "eu body", "military", "government", "intelligence",
        "armed group", "party", "ngo", "think tank", "media", "company", "court", "bank",
    ]

    /// The full name (`North Atlantic Treaty Organization`).
    public let name: String
    /// The usual acronym or short form (`NATO`), if any.
    public let acronym: String?
    /// One of `Organization.categories`.
    public let category: String
    /// For national organisations, the ISO alpha-3 code of their country.
    public let countryCode: String?
    public let aliases: [String]
    /// Aliases valid only after the organisation was introduced (`the Alliance`).
    public let contextualAliases: [String]
}

/// A row of `lexicons/titles.tsv`: a person title and/or role noun.
public struct PersonTitle: Hashable, Sendable {
    public enum Gender: String, Hashable, Sendable {
        case male = "m", female = "f"
    }

    public static let categories: Set<String> = [
        "honorific", "political", "diplomatic", "military", "police", "academic", "religious",
        "royal", "professional", "judicial", "media",
    ]

    public let phrase: String
    /// Precedes a name as a title (`Dr`, `President`, `Lt. Gen.`).
    public let isTitle: Bool
    /// A role noun in appositions and predicates (`X, Associate Professor at ...`).
    public let isRoleNoun: Bool
    /// One of `PersonTitle.categories`.
    public let category: String
    /// Set when the title tells the gender (`Mr`, `Queen`, `spokeswoman`), for pronouns.
    public let gender: Gender?
    public let aliases: [String]
}

/// A row of `lexicons/organization_cues.tsv`: a word that marks an organisation's name.
public struct OrganizationCue: Hashable, Sendable {
    public enum Position: String, Hashable, Sendable {
        /// A head noun, first or last in the name (`Ministry of Defence`, `Defence Ministry`).
        case head
        /// A legal-form suffix that only ends a name (`Inc.`, `plc`).
        case suffix
    }

    public let cue: String
    public let position: Position
    /// The cue alone makes a capitalised phrase an organisation; weak cues (`Group`, `Office`)
    /// need support from another cue or the context.
    public let isStrong: Bool
    public let aliases: [String]
}

/// A row of `lexicons/place_cues.tsv`: a word next to a name that makes it a place.
public struct PlaceCue: Hashable, Sendable {
    public enum Position: String, Hashable, Sendable {
        /// Follows the name (`Ghazni province`, `Helmand River`).
        case after
        /// Precedes the name (`Camp Bastion`, `Gulf of Aden`).
        case before
    }

    public static let kinds: Set<String> = ["city", "province", "district", "state", "area", "region", "water", "mountain", "island", "facility"]

    public let cue: String
    public let position: Position
    /// What the name then is: one of `PlaceCue.kinds`.
    public let kind: String
    /// The cue alone makes a capitalised neighbour a place; weak cues (`state`, `base`) need
    /// support from the context.
    public let isStrong: Bool
    public let aliases: [String]
}
