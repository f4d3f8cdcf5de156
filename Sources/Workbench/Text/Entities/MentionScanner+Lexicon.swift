/// The lexicon-driven pieces of a run: gazetteer names and organisation names by cue.
extension MentionScanner {
    /// The gazetteer reading of the longest known name at `k` inside the run's words, if its
    /// written form fits: an acronym reading needs capitals (`US`, not `Us`), and a
    /// contextual one (`Alliance`) is marked for linking.
    func gazetteerMatch(_ words: [String], base: Int, at k: Int) -> (length: Int, entry: GazetteerEntry)? {
        guard view.has(k, .startsName), let match = gazetteer.longestMatch(words: words, from: k - base) else { return nil }
        let capitals = view.isCapitalized(k)
        // A common word read as a one-word name must be written exactly as the name is
        // (`LeT`, not the `Let` that starts a sentence).
        let exact = match.length == 1 && (view.has(k, .neverName) || view.vocabulary.isCommonWord(view.id(k)))
        var allCaps: Bool?
        for entry in match.entries {
            if entry.requiresCapitalization && !capitals { continue }
            if exact && entry.surface != view.text(k..<(k + 1)) && entry.surface.lowercased() != entry.surface { continue }
            if entry.isAcronym {
                if allCaps == nil { allCaps = view.isAllCaps(k) }
                if allCaps == false { continue }
            }
            return (match.length, entry)
        }
        return nil
    }

    /// Adds a gazetteer name as a candidate: places, organisations, and demonyms as groups
    /// named by the usual demonym of their country (`Japanese` → group `Japanese`, country
    /// Japan).
    mutating func addGazetteer(_ entry: GazetteerEntry, _ range: Range<Int>) {
        var candidate = Candidate(tokens: range, start: view.start(range.lowerBound), end: view.end(range.upperBound - 1),
                                  kind: nil, source: .gazetteer)
        candidate.isAmbiguous = entry.isAmbiguous
        candidate.isContextual = entry.isContextual
        candidate.isAcronym = range.count == 1 && view.isAllCaps(range.lowerBound)
        switch entry.kind {
        case .organization:
            candidate.kind = .organization
            candidate.canonical = entry.name
        case .demonym, .demonymPlural:
            candidate.kind = .group
            if let code = entry.countryCode, entry.referentKind == .country, let country = gazetteer.country(code: code) {
                candidate.canonical = country.demonyms.first ?? entry.surface
                candidate.country = country.name
            } else {
                candidate.canonical = entry.surface
                candidate.country = entry.countryCode.flatMap { gazetteer.country(code: $0)?.name } ?? entry.name
            }
        default:
            candidate.kind = .place
            candidate.canonical = entry.name
            candidate.country = entry.kind == .country ? entry.name : entry.countryCode.flatMap { gazetteer.country(code: $0)?.name }
        }
        add(candidate)
    }

    /// The end of an organisation name starting at `k`, when the chunk from `k` holds an
    /// organisation cue (`National Defense Academy`, `NATO Headquarters`). The name goes on
    /// across `of`, `for`, `on` (`Department of International Relations`, `Institute for
    /// Defence Studies`), and across `and` once inside such a complement (`School of Oriental
    /// and African Studies`), but stops before a title (`Army General Stanley McChrystal`).
    func organizationEnd(_ words: [String], base: Int, at k: Int, chunkEnd: Int, run: Range<Int>, weak: Bool) -> Int? {
        var p = k
        var cue: (length: Int, cue: OrganizationCue)?
        while p < chunkEnd {
            if view.has(p, .startsCue), let found = gazetteer.longestOrganizationCue(words: words, from: p - base) { cue = found; break }
            p += 1
        }
        guard let cue else { return nil }
        let chunkLength = chunkEnd - k
        if chunkLength == 1 && (!cue.cue.isStrong || weak) && !extendsAcrossConnector(chunkEnd, run) { return nil }
        if !cue.cue.isStrong && chunkLength < 2 && !extendsAcrossConnector(chunkEnd, run) { return nil }
        // Capitalised words after the cue in the same chunk belong to the name only when
        // they are cues too ("Air Force Academy"); else the name ends with its cue ("ISAF
        // Joint Command | Morning Operational Update", "Army | General Stanley McChrystal").
        var end = p + cue.length
        while end < chunkEnd, view.has(end, .startsCue), let next = gazetteer.longestOrganizationCue(words: words, from: end - base),
              end + next.length <= chunkEnd {
            end += next.length
        }
        guard end >= chunkEnd else { return end }
        end = chunkEnd
        var complement = false
        while end < run.upperBound {
            var next = end
            var sawAnd = false, sawOther = false
            while next < run.upperBound && view.isConnector(next) {
                switch view.form(next) {
                case "and", "&": sawAnd = true
                case "of", "for", "on", "de", "du", "des", "the": sawOther = true
                default: return end
                }
                next += 1
            }
            guard next < run.upperBound, next > end else { break }
            if sawAnd && !complement { break }
            let nextEnd = self.chunkEnd(from: next, in: run)
            if view.has(next, .startsTitle), gazetteer.longestTitle(words: words, from: next - base)?.title.isTitle == true { break }
            if sawAnd, (next..<nextEnd).contains(where: { view.has($0, .startsCue) }) { break }
            complement = complement || sawOther
            end = nextEnd
        }
        return end
    }

    /// Whether the run goes on after `chunkEnd` with `of`/`for` and more capitals (so a lone
    /// cue such as `Department` heads a longer name).
    private func extendsAcrossConnector(_ chunkEnd: Int, _ run: Range<Int>) -> Bool {
        guard chunkEnd < run.upperBound else { return false }
        switch view.form(chunkEnd) {
        case "of", "for", "on": return true
        default: return false
        }
    }
}
