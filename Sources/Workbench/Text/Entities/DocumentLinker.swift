/// An entity of one document, before documents are merged.
struct LocalEntity {
    var kind: EntityKind
    var name: String
    var country: String?
    /// A person's name as token ids (without connectors), to match surnames against.
    var nameTokens: [Int32] = []
    /// The mention texts, in text order (for aliases).
    var surfaces: [String] = []
}

/// An entity's identity within a document: its kind and lower-cased name.
struct EntityKey: Hashable {
    var kind: EntityKind
    var name: String
}

/// A candidate that linking kept: which entity of the document it mentions.
struct LinkedMention {
    var candidate: Int
    var entity: Int
    var start: Int
    var end: Int
    var tokens: Range<Int>
}

/// Decides, within one document, which candidates are mentions of the same entity:
/// a surname (or `Mr. Tsuruoka`) after a full name, an acronym after its expansion (in
/// parentheses or by initials), `the Alliance` when NATO is in the document, and gazetteer
/// aliases under one canonical name (`U.S.`, `America` → United States). Unknown capitalised
/// words that none of this claims are dropped: precision over recall.
struct DocumentLinker {
    let view: EntityTokens
    let candidates: [Candidate]
    private(set) var entities: [LocalEntity] = []
    /// Each candidate's text, made once (keys, surfaces and mention texts all need it).
    private(set) var texts: [String?]
    /// The people with a full name, for surname matching without scanning every entity.
    private var people: [Int] = []
    private var assignment: [Int]
    private var byKey: [EntityKey: Int] = [:]
    private var acronyms: [String: Int] = [:]
    /// Where each entity was first mentioned (for "the most recent full name" choices).
    private var firstStart: [Int] = []
    /// Each candidate's `nameIDs`, made once.
    private var nameIDCache: [[Int32]?]

    init(view: EntityTokens, candidates: [Candidate]) {
        self.view = view
        self.candidates = candidates
        self.assignment = Array(repeating: -1, count: candidates.count)
        self.texts = Array(repeating: nil, count: candidates.count)
        self.nameIDCache = Array(repeating: nil, count: candidates.count)
    }

    /// Links every candidate; returns the kept mentions in text order.
    mutating func link() -> [LinkedMention] {
        for (i, c) in candidates.enumerated() where c.kind == .person && nameIDs(of: i).count >= 2 { linkFullName(i) }
        for (i, c) in candidates.enumerated() where c.kind != nil && c.kind != .person && !c.isAcronym && !c.isContextual
            && !(c.isAmbiguous && c.tokens.count == 1) {
            assign(i, key(c.kind ?? .organization, c.canonical ?? text(i)), c)
            if c.source == .cue { registerInitials(of: i) }
        }
        linkParentheses()
        for (i, c) in candidates.enumerated() where assignment[i] < 0 && c.kind == .person {
            if let person = personBySurname(i) { assignment[i] = person; record(i) } else { assign(i, key(.person, text(i)), c) }
        }
        for (i, c) in candidates.enumerated() where assignment[i] < 0 && !c.isContextual {
            if c.isAcronym, let entity = acronyms[view.acronymLetters(c.tokens.lowerBound)] {
                assignment[i] = entity
                record(i)
            } else if c.kind != .organization || c.source != .gazetteer, let person = personBySurname(i) {
                assignment[i] = person
                record(i)
            } else if let kind = c.kind {
                assign(i, key(kind, c.canonical ?? text(i)), c)
            } else if c.speechOnly && pronounFollows(i) {
                var person = c
                person.kind = .person
                assign(i, key(.person, text(i)), person)
            }
        }
        for (i, c) in candidates.enumerated() where assignment[i] < 0 && c.isContextual {
            if let kind = c.kind, let entity = byKey[key(kind, c.canonical ?? text(i))] {
                assignment[i] = entity
                record(i)
            }
        }
        var mentions: [LinkedMention] = []
        for (i, c) in candidates.enumerated() where assignment[i] >= 0 {
            mentions.append(LinkedMention(candidate: i, entity: assignment[i], start: c.start, end: c.end, tokens: c.tokens))
        }
        mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return mentions
    }

    // MARK: - People

    /// Token ids of a name without its connectors (`von`, `de`).
    private func nameIDs(_ c: Candidate) -> [Int32] {
        var ids: [Int32] = []
        ids.reserveCapacity(c.tokens.count)
        for t in c.tokens where !view.isConnector(t) { ids.append(view.id(t)) }
        return ids
    }

    /// `nameIDs` of candidate `i`, cached.
    private mutating func nameIDs(of i: Int) -> [Int32] {
        if let ids = nameIDCache[i] { return ids }
        let ids = nameIDs(candidates[i])
        nameIDCache[i] = ids
        return ids
    }

    /// A full name: the same person as an earlier one if either name ends the other
    /// (`Fogh Rasmussen` in `Anders Fogh Rasmussen`) or both share first and last words
    /// (`Donald J. Trump`, `Donald Trump`); the longer name becomes canonical.
    private mutating func linkFullName(_ i: Int) {
        let ids = nameIDs(of: i)
        for e in people where entities[e].nameTokens.count >= 2 {
            let nameTokens = entities[e].nameTokens
            let sameEnds = nameTokens.first == ids.first && nameTokens.last == ids.last
            if sameEnds || (nameTokens.count >= ids.count ? nameTokens.ends(with: ids) : ids.ends(with: nameTokens)) {
                if ids.count > nameTokens.count {
                    entities[e].nameTokens = ids
                    entities[e].name = text(i)
                }
                assignment[i] = e
                record(i)
                return
            }
        }
        assign(i, key(.person, text(i)), candidates[i])
    }

    /// The person whose full name ends with this candidate's words (`Tsuruoka`, `Mr.
    /// Tsuruoka`), or a one-word person of the same name: the most recent one introduced
    /// before it, else the first after.
    private mutating func personBySurname(_ i: Int) -> Int? {
        let ids = nameIDs(of: i)
        guard let last = ids.last else { return nil }
        var before: Int?, after: Int?
        for e in people {
            // The last words must agree: checked first, without touching the rest.
            guard entities[e].nameTokens.last == last else { continue }
            let nameTokens = entities[e].nameTokens
            let matches = nameTokens.count > ids.count ? nameTokens.ends(with: ids) : nameTokens == ids
            guard matches else { continue }
            if firstStart[e] < candidates[i].start {
                if before.map({ firstStart[$0] < firstStart[e] }) ?? true { before = e }
            } else if after == nil {
                after = e
            }
        }
        return before ?? after
    }

    /// Whether `he`, `she`, `his` … comes within the next 40 tokens before any `it`, `its`,
    /// `they`: "Tsuruoka believes … his home country" but "Apple said it would …".
    private func pronounFollows(_ i: Int) -> Bool {
        var t = candidates[i].tokens.upperBound
        let limit = min(view.count, t + 40)
        while t < limit {
            if view.has(t, .personPronoun) { return true }
            switch view.form(t) {
            case "it", "its", "they", "their", "them": return false
            default: t += 1
            }
        }
        return false
    }

    // MARK: - Acronyms

    /// `Security Defence Force (SDF)`: the acronym in brackets names the phrase before it,
    /// which is an organisation even when no cue said so.
    private mutating func linkParentheses() {
        for i in candidates.indices.dropLast() {
            let c = candidates[i], next = candidates[i + 1]
            let open = c.tokens.upperBound
            guard next.isAcronym, c.kind != .person, c.tokens.count >= 2 || c.kind != nil, open + 2 < view.count,
                  next.tokens.lowerBound == open + 1, view.form(open) == "(", view.form(open + 2) == ")",
                  c.kind == nil || c.kind == .organization,
                  abbreviates(view.acronymLetters(next.tokens.lowerBound), c) else { continue }
            if assignment[i] < 0 {
                var org = c
                org.kind = c.kind ?? .organization
                assign(i, key(org.kind ?? .organization, org.canonical ?? text(i)), org)
            }
            acronyms[view.acronymLetters(next.tokens.lowerBound)] = assignment[i]
        }
    }

    /// Whether the acronym's letters are the phrase's capitals in order, starting with the
    /// first (`SDF` for `Security Defence Force`, `NATO` for `North Atlantic Treaty …`), so
    /// that a dateline's `WASHINGTON (AP)` names no one.
    private func abbreviates(_ acronym: String, _ c: Candidate) -> Bool {
        let capitals = Array(view.scalars[c.start..<c.end].filter { $0.properties.isUppercase })
        let letters = Array(acronym.unicodeScalars)
        guard let first = letters.first, capitals.first == first else { return false }
        var k = 0
        for scalar in capitals where k < letters.count && scalar == letters[k] { k += 1 }
        return k == letters.count
    }

    /// Initials of an organisation named by cue (`Security Defence Force` → SDF), so that a
    /// later `SDF` links to it; the first organisation with those initials wins.
    private mutating func registerInitials(of i: Int) {
        let c = candidates[i]
        var letters = String.UnicodeScalarView()
        for t in c.tokens where view.isCapitalized(t) {
            let word = view.scalars[view.start(t)..<view.end(t)]
            if view.isAllCaps(t) { letters.append(contentsOf: word.filter { $0.properties.isAlphabetic }) } else if let first = word.first { letters.append(first) }
        }
        let initials = String(letters).uppercased()
        if initials.count >= 2 && acronyms[initials] == nil { acronyms[initials] = assignment[i] }
    }

    // MARK: - Entities

    private func key(_ kind: EntityKind, _ name: String) -> EntityKey { EntityKey(kind: kind, name: name.lowercased()) }

    /// The text of candidate `i`, cached.
    private mutating func text(_ i: Int) -> String {
        if let text = texts[i] { return text }
        let text = view.text(from: candidates[i].start, to: candidates[i].end)
        texts[i] = text
        return text
    }

    /// Assigns a candidate to the entity under `key`, making it when new.
    private mutating func assign(_ i: Int, _ key: EntityKey, _ c: Candidate) {
        if let existing = byKey[key] {
            assignment[i] = existing
        } else {
            byKey[key] = entities.count
            assignment[i] = entities.count
            firstStart.append(c.start)
            entities.append(LocalEntity(kind: c.kind ?? .organization, name: c.canonical ?? text(i), country: c.country))
            if c.kind == .person {
                entities[entities.count - 1].nameTokens = nameIDs(of: i)
                people.append(entities.count - 1)
            }
        }
        record(i)
    }

    private mutating func record(_ i: Int) {
        let e = assignment[i]
        firstStart[e] = min(firstStart[e], candidates[i].start)
        entities[e].surfaces.append(text(i))
    }
}

extension Array where Element: Equatable {
    /// Whether the array's last elements are `suffix`.
    func ends(with suffix: [Element]) -> Bool {
        guard suffix.count <= count else { return false }
        let offset = count - suffix.count
        for k in suffix.indices where self[offset + k] != suffix[k] { return false }
        return true
    }
}
