import Synchronization

/// One mention of an entity, as the `entities` analysis' payload stores it: stand-off offsets
/// into the document's text and token array, and the entity it refers to.
public struct MentionRecord: Sendable, Hashable {
    /// Unicode scalar offsets of the mention's text (`Tsuruoka`, `NATO` inside `NATO-Japan`).
    public var start: Int { Int(start32) }
    public var end: Int { Int(end32) }
    /// The tokens holding it: `tokenStart ..< tokenEnd` into the document's `DocumentTokens`.
    public var tokenStart: Int { Int(tokenStart32) }
    public var tokenEnd: Int { Int(tokenEnd32) }
    public let kind: EntityKind
    /// Index into `EntityLayer.entities`.
    public var entity: Int { Int(entity32) }

    // Stored as 32-bit numbers, like token offsets: 24 bytes a mention instead of 48.
    private let start32: Int32
    private let end32: Int32
    private let tokenStart32: Int32
    private let tokenEnd32: Int32
    private let entity32: Int32

    public init(start: Int, end: Int, tokenStart: Int, tokenEnd: Int, kind: EntityKind, entity: Int) {
        self.start32 = Int32(start)
        self.end32 = Int32(end)
        self.tokenStart32 = Int32(tokenStart)
        self.tokenEnd32 = Int32(tokenEnd)
        self.kind = kind
        self.entity32 = Int32(entity)
    }
}

/// One entity of the corpus: mentions with the same canonical name in any document.
public struct EntityRecord: Sendable, Hashable {
    /// The canonical name: a person's longest name, a gazetteer name, an organisation's
    /// expansion (`North Atlantic Treaty Organization`), a nationality's usual demonym.
    public let name: String
    public let kind: EntityKind
    /// Other ways the texts name it (`NATO`, `Alliance`; `Tsuruoka`), in order of first use.
    public let aliases: [String]
    /// For places and groups: the country they are in or of, when known.
    public let country: String?
    public let mentionCount: Int
    public let documentCount: Int
}

/// A person's role, and the organisation it is in when the text says: from appositions
/// (`Taku Ishikawa, Associate Professor in …`) and pre-modifiers (`NATO Secretary General
/// Anders Fogh Rasmussen`).
public struct RoleRecord: Sendable, Hashable {
    /// Index into `EntityLayer.entities` of the person.
    public let person: Int
    /// The role as written (`Associate Professor`, `Senior Research Fellow`).
    public let role: String
    /// Index of the organisation, nil when the text names none (`Hugh Hill, a doctor`).
    public let organization: Int?
    public let document: String
    /// The evidence: from the first to the last word of the pattern.
    public let start: Int
    public let end: Int
}

/// The `entities` analysis' payload: every document's mentions sorted by start, the
/// corpus-wide entity table they point into, and the roles found. Read it with
/// `graph.payload(of: "entities", as: EntityLayer.self)` after requiring `.entities`.
public struct EntityLayer: LayerPayload {
    public let entities: [EntityRecord]
    public let roles: [RoleRecord]
    let documents: [String: [MentionRecord]]
    /// Lower-cased canonical names and aliases → entity indices, made on first use (only
    /// name lookups such as `mentions NAME` need it).
    private let names: EntityNames

    init(entities: [EntityRecord], roles: [RoleRecord], documents: [String: [MentionRecord]]) {
        self.entities = entities
        self.roles = roles
        self.documents = documents
        self.names = EntityNames()
    }

    /// A document's mentions, sorted by start; empty for an unknown document.
    public func mentions(in document: String) -> [MentionRecord] { documents[document] ?? [] }

    /// A document's mentions of people, sorted by start: the speakers a quote may have.
    public func persons(in document: String) -> [MentionRecord] {
        mentions(in: document).filter { $0.kind == .person }
    }

    /// The entity a mention refers to.
    public func entity(of mention: MentionRecord) -> EntityRecord { entities[mention.entity] }

    /// The canonical name of the entity mentioned at (overlapping) `span`, the first such
    /// mention by start; nil when no mention overlaps it.
    public func entityName(at span: Range<Int>, in document: String) -> String? {
        mention(overlapping: span, in: document).map { entities[$0.entity].name }
    }

    /// The first mention (by start) overlapping `span`.
    public func mention(overlapping span: Range<Int>, in document: String) -> MentionRecord? {
        let list = mentions(in: document)
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].end <= span.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        // Mentions do not nest, so ends grow with starts: the first ending after the span's
        // start is the only candidate.
        guard lo < list.count, list[lo].start < max(span.upperBound, span.lowerBound + 1) else { return nil }
        return list[lo]
    }

    /// The last person mention ending at or before `offset`: what `he` or `she` most likely
    /// refers to (callers check gender and paragraph when they care).
    public func lastPerson(before offset: Int, in document: String) -> MentionRecord? {
        mentions(in: document).last { $0.kind == .person && $0.end <= offset }
    }

    /// Entities whose canonical name or alias is `name`, in any case.
    public func entities(named name: String) -> [Int] { names.table(for: entities)[name.lowercased()] ?? [] }

    /// Whether a word (any case, curly or straight apostrophe) is a pronoun that refers to a
    /// person: he, she, him, her, his, hers, himself, herself.
    public static func isPersonPronoun(_ word: String) -> Bool {
        EntityWords.personPronouns.contains(TokenNormalizer.normalize(word))
    }

    /// The gender a person pronoun tells; nil for other words.
    public static func pronounGender(_ word: String) -> PersonTitle.Gender? {
        let form = TokenNormalizer.normalize(word)
        guard EntityWords.personPronouns.contains(form) else { return nil }
        return EntityWords.malePronouns.contains(form) ? .male : .female
    }
}

/// The name table of an entity layer, built once when first asked for.
final class EntityNames: Sendable {
    private let cache = Mutex<[String: [Int]]?>(nil)

    func table(for entities: [EntityRecord]) -> [String: [Int]] {
        if let known = cache.withLock({ $0 }) { return known }
        var names: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            for name in [entity.name] + entity.aliases {
                let key = name.lowercased()
                if names[key]?.last != index { names[key, default: []].append(index) }
            }
        }
        cache.withLock { $0 = names }
        return names
    }
}
