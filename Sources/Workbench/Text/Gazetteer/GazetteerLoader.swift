/// Reads the gazetteer's data files into checked records.
///
/// Every check a hand edit can break is made here, with the file and line of the offending row:
/// column counts, empty required fields, unknown codes and kinds, names listed twice, an
/// `ambiguous` name that is not one of the row's names, a capital or parent that does not exist.
struct GazetteerLoader {
    /// A record with the line it came from and the names its row marks ambiguous or contextual.
    struct Loaded<Record> {
        let record: Record
        let row: TSVTable.Row
        let ambiguous: Set<String>
    }

    static let countryFile = "gazetteer/countries.tsv"
    static let placeFile = "gazetteer/places.tsv"
    static let regionFile = "gazetteer/regions.tsv"
    static let organizationFile = "lexicons/organizations.tsv"
    static let titleFile = "lexicons/titles.tsv"
    static let cueFile = "lexicons/organization_cues.tsv"
    static let placeCueFile = "lexicons/place_cues.tsv"

    private(set) var countries: [Loaded<Country>] = []
    private(set) var places: [Loaded<Place>] = []
    private(set) var regions: [Loaded<Region>] = []
    private(set) var organizations: [Loaded<Organization>] = []
    private(set) var titles: [Loaded<PersonTitle>] = []
    private(set) var cues: [Loaded<OrganizationCue>] = []
    private(set) var placeCues: [Loaded<PlaceCue>] = []

    init(_ files: Gazetteer.DataFiles) throws {
        try loadCountries(files.countries)
        try loadPlaces(files.places)
        try loadRegions(files.regions)
        try loadOrganizations(files.organizations)
        try loadTitles(files.titles)
        try loadCues(files.organizationCues)
        try loadPlaceCues(files.placeCues)
        try checkReferences()
    }

    // MARK: - Files

    private mutating func loadCountries(_ text: String) throws {
        let table = try TSVTable(parsing: text, file: Self.countryFile, expectedColumns: [
            "name", "code", "status", "sovereign", "aliases", "demonyms", "plurals", "capital", "region", "subregion", "ambiguous",
        ])
        var codes: Set<String> = [], names: Set<String> = []
        for row in table.rows {
            let code = try Self.countryCode(row.required("code"), row)
            guard let status = Country.Status(rawValue: try row.required("status")) else {
                throw row.error("unknown status '\(row.value("status"))' (expected \(Country.Status.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let sovereign = row.value("sovereign").isEmpty ? nil : try Self.countryCode(row.value("sovereign"), row)
            let region = try row.required("region")
            guard ["Africa", "Americas", "Asia", "Europe", "Oceania"].contains(region) else {
                throw row.error("unknown region '\(region)' (expected a UN M49 region: Africa, Americas, Asia, Europe, Oceania)")
            }
            let country = Country(
                name: try row.required("name"), code: code, status: status, sovereign: sovereign,
                aliases: try row.list("aliases"), demonyms: try row.list("demonyms"), plurals: try row.list("plurals"),
                capitals: try row.list("capital"), region: region, subregion: try row.required("subregion"))
            guard codes.insert(code).inserted else { throw row.error("country code \(code) is listed twice") }
            guard names.insert(country.name).inserted else { throw row.error("country '\(country.name)' is listed twice") }
            try Self.checkDistinct([country.name] + country.aliases, row)
            try Self.checkDistinct(country.demonyms + country.plurals, row)
            let ambiguous = try Self.ambiguous(row, names: [country.name] + country.aliases + country.demonyms + country.plurals)
            countries.append(Loaded(record: country, row: row, ambiguous: ambiguous))
        }
    }

    private mutating func loadPlaces(_ text: String) throws {
        let table = try TSVTable(parsing: text, file: Self.placeFile, expectedColumns: [
            "name", "kind", "country", "parent", "aliases", "demonyms", "ambiguous",
        ])
        var keys: Set<String> = []
        for row in table.rows {
            let kindName = try row.required("kind")
            guard let kind = GazetteerEntry.Kind(rawValue: kindName), [.city, .state, .province, .district, .area].contains(kind) else {
                throw row.error("unknown kind '\(kindName)' (expected city, state, province, district or area)")
            }
            let code = row.value("country")
            if code.isEmpty && kind != .area {
                throw row.error("column 'country' is empty (only an area may have no country)")
            }
            let place = Place(
                name: try row.required("name"), kind: kind,
                countryCode: code.isEmpty ? nil : try Self.countryCode(code, row),
                parent: row.value("parent").isEmpty ? nil : row.value("parent"),
                aliases: try row.list("aliases"), demonyms: try row.list("demonyms"), isCapital: false)
            guard keys.insert("\(kind.rawValue)\t\(place.name)\t\(code)").inserted else {
                throw row.error("\(kind.rawValue) '\(place.name)' in '\(code)' is listed twice")
            }
            try Self.checkDistinct([place.name] + place.aliases, row)
            try Self.checkDistinct(place.demonyms, row)
            let ambiguous = try Self.ambiguous(row, names: [place.name] + place.aliases + place.demonyms)
            places.append(Loaded(record: place, row: row, ambiguous: ambiguous))
        }
    }

    private mutating func loadRegions(_ text: String) throws {
        let table = try TSVTable(parsing: text, file: Self.regionFile, expectedColumns: ["name", "type", "aliases", "demonyms", "ambiguous"])
        var names: Set<String> = []
        for row in table.rows {
            let type = try row.required("type")
            guard Region.types.contains(type) else {
                throw row.error("unknown type '\(type)' (expected \(Region.types.sorted().joined(separator: ", ")))")
            }
            let region = Region(name: try row.required("name"), type: type, aliases: try row.list("aliases"), demonyms: try row.list("demonyms"))
            guard names.insert(region.name).inserted else { throw row.error("region '\(region.name)' is listed twice") }
            try Self.checkDistinct([region.name] + region.aliases, row)
            try Self.checkDistinct(region.demonyms, row)
            let ambiguous = try Self.ambiguous(row, names: [region.name] + region.aliases + region.demonyms)
            regions.append(Loaded(record: region, row: row, ambiguous: ambiguous))
        }
    }

    private mutating func loadOrganizations(_ text: String) throws {
        let table = try TSVTable(parsing: text, file: Self.organizationFile, expectedColumns: [
            "name", "acronym", "category", "country", "aliases", "contextual", "ambiguous",
        ])
        var names: Set<String> = []
        for row in table.rows {
            let category = try row.required("category")
            guard Organization.categories.contains(category) else {
                throw row.error("unknown category '\(category)' (expected \(Organization.categories.sorted().joined(separator: ", ")))")
            }
            let code = row.value("country")
            let organization = Organization(
                name: try row.required("name"), acronym: row.value("acronym").isEmpty ? nil : row.value("acronym"),
                category: category, countryCode: code.isEmpty ? nil : try Self.countryCode(code, row),
                aliases: try row.list("aliases"), contextualAliases: try row.list("contextual"))
            guard names.insert(organization.name).inserted else { throw row.error("organisation '\(organization.name)' is listed twice") }
            let acronym = organization.acronym.flatMap { $0 == organization.name ? nil : $0 }
            let allNames = [organization.name] + (acronym.map { [$0] } ?? []) + organization.aliases + organization.contextualAliases
            try Self.checkDistinct(allNames, row)
            let ambiguous = try Self.ambiguous(row, names: allNames)
            organizations.append(Loaded(record: organization, row: row, ambiguous: ambiguous))
        }
    }

    private mutating func loadTitles(_ text: String) throws {
        let table = try TSVTable(parsing: text, file: Self.titleFile, expectedColumns: ["phrase", "title", "role", "category", "gender", "aliases"])
        for row in table.rows {
            let category = try row.required("category")
            guard PersonTitle.categories.contains(category) else {
                throw row.error("unknown category '\(category)' (expected \(PersonTitle.categories.sorted().joined(separator: ", ")))")
            }
            let genderText = row.value("gender")
            let gender = PersonTitle.Gender(rawValue: genderText)
            if !genderText.isEmpty && gender == nil { throw row.error("gender must be m, f or empty, not '\(genderText)'") }
            let title = PersonTitle(
                phrase: try row.required("phrase"), isTitle: try Self.yesNo(row, "title"), isRoleNoun: try Self.yesNo(row, "role"),
                category: category, gender: gender, aliases: try row.list("aliases"))
            if !title.isTitle && !title.isRoleNoun { throw row.error("'\(title.phrase)' is neither a title nor a role noun") }
            try Self.checkDistinct([title.phrase] + title.aliases, row)
            titles.append(Loaded(record: title, row: row, ambiguous: []))
        }
    }

    private mutating func loadCues(_ text: String) throws {
        let table = try TSVTable(parsing: text, file: Self.cueFile, expectedColumns: ["cue", "position", "strength", "aliases"])
        for row in table.rows {
            guard let position = OrganizationCue.Position(rawValue: try row.required("position")) else {
                throw row.error("position must be head or suffix, not '\(row.value("position"))'")
            }
            let strength = try row.required("strength")
            guard strength == "strong" || strength == "weak" else { throw row.error("strength must be strong or weak, not '\(strength)'") }
            let cue = OrganizationCue(cue: try row.required("cue"), position: position, isStrong: strength == "strong", aliases: try row.list("aliases"))
            try Self.checkDistinct([cue.cue] + cue.aliases, row)
            cues.append(Loaded(record: cue, row: row, ambiguous: []))
        }
    }

    private mutating func loadPlaceCues(_ text: String) throws {
        let table = try TSVTable(parsing: text, file: Self.placeCueFile, expectedColumns: ["cue", "position", "kind", "strength", "aliases"])
        for row in table.rows {
            guard let position = PlaceCue.Position(rawValue: try row.required("position")) else {
                throw row.error("position must be after or before, not '\(row.value("position"))'")
            }
            let kind = try row.required("kind")
            guard PlaceCue.kinds.contains(kind) else {
                throw row.error("unknown kind '\(kind)' (expected \(PlaceCue.kinds.sorted().joined(separator: ", ")))")
            }
            let strength = try row.required("strength")
            guard strength == "strong" || strength == "weak" else { throw row.error("strength must be strong or weak, not '\(strength)'") }
            let cue = PlaceCue(cue: try row.required("cue"), position: position, kind: kind, isStrong: strength == "strong", aliases: try row.list("aliases"))
            try Self.checkDistinct([cue.cue] + cue.aliases, row)
            placeCues.append(Loaded(record: cue, row: row, ambiguous: []))
        }
    }

    // MARK: - Cross-file checks

    /// Sovereigns and organisation countries exist, parents are divisions or areas of the same country,
    /// and every capital is a city of its country; marks the capitals.
    private mutating func checkReferences() throws {
        let codes = Set(countries.map(\.record.code))
        for loaded in countries {
            if let sovereign = loaded.record.sovereign, !codes.contains(sovereign) {
                throw loaded.row.error("sovereign \(sovereign) is not a country code in \(Self.countryFile)")
            }
        }
        for loaded in places {
            if let code = loaded.record.countryCode, !codes.contains(code) {
                throw loaded.row.error("country \(code) is not a country code in \(Self.countryFile)")
            }
        }
        for loaded in organizations {
            if let code = loaded.record.countryCode, !codes.contains(code) {
                throw loaded.row.error("country \(code) is not a country code in \(Self.countryFile)")
            }
        }
        var divisions: Set<String> = []
        var cities: [String: Int] = [:]
        for (index, loaded) in places.enumerated() {
            let place = loaded.record
            if place.kind != .city { divisions.insert("\(place.name)\t\(place.countryCode ?? "")") }
            if place.kind == .city { cities["\(place.name)\t\(place.countryCode ?? "")"] = index }
        }
        for loaded in places {
            if let parent = loaded.record.parent, !divisions.contains("\(parent)\t\(loaded.record.countryCode ?? "")") {
                throw loaded.row.error("parent '\(parent)' is not a state, province or area of \(loaded.record.countryCode ?? "no country") in \(Self.placeFile)")
            }
        }
        for loaded in countries {
            for capital in loaded.record.capitals {
                guard let index = cities["\(capital)\t\(loaded.record.code)"] else {
                    throw loaded.row.error("capital '\(capital)' is not a city of \(loaded.record.code) in \(Self.placeFile)")
                }
                let place = places[index].record
                places[index] = Loaded(
                    record: Place(name: place.name, kind: place.kind, countryCode: place.countryCode, parent: place.parent,
                                  aliases: place.aliases, demonyms: place.demonyms, isCapital: true),
                    row: places[index].row, ambiguous: places[index].ambiguous)
            }
        }
    }

    // MARK: - Field checks

    private static func countryCode(_ text: String, _ row: TSVTable.Row) throws -> String {
        guard text.count == 3, text.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw row.error("'\(text)' is not an ISO 3166-1 alpha-3 code (three capital letters)")
        }
        return text
    }

    private static func yesNo(_ row: TSVTable.Row, _ column: String) throws -> Bool {
        switch try row.required(column) {
        case "yes": return true
        case "no": return false
        case let other: throw row.error("column '\(column)' must be yes or no, not '\(other)'")
        }
    }

    /// A name written twice in one row is an editing slip (case variants are allowed: they tell
    /// acronyms from names).
    private static func checkDistinct(_ names: [String], _ row: TSVTable.Row) throws {
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted {
            throw row.error("'\(name)' is listed twice in this row")
        }
    }

    /// The row's `ambiguous` names, each of which must be one of `names`.
    private static func ambiguous(_ row: TSVTable.Row, names: [String]) throws -> Set<String> {
        let marked = try row.list("ambiguous")
        for name in marked where !names.contains(name) {
            throw row.error("ambiguous name '\(name)' is not one of this row's names")
        }
        return Set(marked)
    }
}
