/// Building the gazetteer's phrase indexes from the loaded records.
extension Gazetteer {
    /// Every name, alias and demonym under all its spellings, readings sorted likeliest first
    /// and one reading per referent (the canonical spelling wins over a case variant).
    static func nameIndex(_ loaded: GazetteerLoader, countryByCode: [String: Int]) -> PhraseIndex<GazetteerEntry> {
        var index = PhraseIndex<GazetteerEntry>()
        func add(_ surface: String, _ entry: (String) -> GazetteerEntry) {
            let value = entry(surface)
            for variant in GazetteerText.variants(of: GazetteerText.words(surface)) { index.insert(variant, value) }
        }
        let countryName: (String?) -> String? = { code in code.flatMap { countryByCode[$0] }.map { loaded.countries[$0].record.name } }

        for item in loaded.countries {
            let country = item.record
            for surface in [country.name] + country.aliases {
                add(surface) {
                    GazetteerEntry(kind: .country, name: country.name, surface: $0, countryCode: country.code,
                                   parent: countryName(country.sovereign), category: country.status.rawValue,
                                   isAmbiguous: item.ambiguous.contains($0))
                }
            }
            for (kind, surfaces) in [(GazetteerEntry.Kind.demonym, country.demonyms), (.demonymPlural, country.plurals)] {
                for surface in surfaces {
                    add(surface) {
                        GazetteerEntry(kind: kind, name: country.name, surface: $0, countryCode: country.code,
                                       referentKind: .country, isAmbiguous: item.ambiguous.contains($0))
                    }
                }
            }
        }
        for item in loaded.places {
            let place = item.record
            for surface in [place.name] + place.aliases {
                add(surface) {
                    GazetteerEntry(kind: place.kind, name: place.name, surface: $0, countryCode: place.countryCode,
                                   parent: place.parent ?? countryName(place.countryCode), isCapital: place.isCapital,
                                   isAmbiguous: item.ambiguous.contains($0))
                }
            }
            for surface in place.demonyms {
                add(surface) {
                    GazetteerEntry(kind: .demonym, name: place.name, surface: $0, countryCode: place.countryCode,
                                   referentKind: place.kind, isAmbiguous: item.ambiguous.contains($0))
                }
            }
        }
        for item in loaded.regions {
            let region = item.record
            for surface in [region.name] + region.aliases {
                add(surface) {
                    GazetteerEntry(kind: .region, name: region.name, surface: $0, category: region.type,
                                   isAmbiguous: item.ambiguous.contains($0))
                }
            }
            for surface in region.demonyms {
                add(surface) {
                    GazetteerEntry(kind: .demonym, name: region.name, surface: $0, referentKind: .region,
                                   category: region.type, isAmbiguous: item.ambiguous.contains($0))
                }
            }
        }
        for item in loaded.organizations {
            let organization = item.record
            let acronym = organization.acronym.flatMap { $0 == organization.name ? nil : $0 }
            let plain = [organization.name] + (acronym.map { [$0] } ?? []) + organization.aliases
            for (surfaces, contextual) in [(plain, false), (organization.contextualAliases, true)] {
                for surface in surfaces {
                    add(surface) {
                        GazetteerEntry(kind: .organization, name: organization.name, surface: $0,
                                       countryCode: organization.countryCode, category: organization.category,
                                       acronym: organization.acronym, isAmbiguous: item.ambiguous.contains($0),
                                       isContextual: contextual)
                    }
                }
            }
        }
        index.sortValues { a, b in
            if a.kind.priority != b.kind.priority { return a.kind.priority < b.kind.priority }
            let aCanonical = a.surface == a.name, bCanonical = b.surface == b.name
            if aCanonical != bCanonical { return aCanonical }
            if a.name != b.name { return a.name < b.name }
            return a.surface < b.surface
        }
        index.deduplicate(by: \.referent)
        return index
    }

    /// An index of title or cue phrases; one phrase under two rows is an error, since the
    /// lexicon then could not say which row it means.
    static func phraseIndex<Record>(_ loaded: [GazetteerLoader.Loaded<Record>], file: String,
                                    phrases: (Record) -> [String]) throws -> PhraseIndex<Int> {
        var index = PhraseIndex<Int>()
        for (position, item) in loaded.enumerated() {
            for phrase in phrases(item.record) {
                for variant in GazetteerText.variants(of: GazetteerText.words(phrase)) {
                    if let other = index.values(for: variant).first(where: { $0 != position }) {
                        throw item.row.error("'\(phrase)' is also on line \(loaded[other].row.line) of \(file)")
                    }
                    index.insert(variant, position)
                }
            }
        }
        return index
    }
}
