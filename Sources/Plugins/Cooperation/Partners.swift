import Workbench

/// The actors of a passage: countries, alliances and organisations named in it (from the
/// entity layer), and the implicit speaker when a speech says `we` or `our country`.
struct PartnerFinder: Sendable {
    let entities: EntityLayer
    /// Normalised-form ids of `we`, `our`, `us`, `ours`; of `my`; of what follows `my` in a
    /// speaker's self-reference (`my country`, `my government`, `my delegation`).
    private let firstPersonPlural: Set<Int32>
    private let my: Int32?
    private let selfNouns: Set<Int32>
    /// Words that join two actors into a pair (`and`, `with`, `-`), and `the` between them.
    private let joiners: Set<Int32>
    private let article: Int32?
    private let hyphen: Int32?

    init(entities: EntityLayer, layer: TokenLayer) {
        self.entities = entities
        func ids(_ words: [String]) -> Set<Int32> { Set(words.compactMap { layer.normalizedID(of: $0) }) }
        firstPersonPlural = ids(["we", "our", "us", "ours", "ourselves"])
        my = layer.normalizedID(of: "my")
        selfNouns = ids(["country", "government", "delegation", "nation", "people"])
        joiners = ids(["and", "with", "-", "&"])
        article = layer.normalizedID(of: "the")
        hyphen = layer.normalizedID(of: "-")
    }

    /// The partner an entity stands for, or nil when it is not an actor (a person, a city).
    func partner(_ mention: MentionRecord) -> String? {
        let entity = entities.entity(of: mention)
        switch entity.kind {
        case .organization: return entity.name
        case .place: return entity.country == nil || entity.country == entity.name ? entity.name : nil
        case .group: return entity.country
        case .person: return nil
        }
    }

    /// The mentions of actors whose tokens lie in `tokens`, with their partner names.
    func actors(in document: String, tokens range: Range<Int>) -> [(mention: MentionRecord, name: String)] {
        var result: [(MentionRecord, String)] = []
        for mention in entities.mentions(in: document) {
            if mention.tokenStart >= range.upperBound { break }
            guard mention.tokenStart >= range.lowerBound, let name = partner(mention) else { continue }
            result.append((mention, name))
        }
        return result
    }

    /// Token ranges of the organisation and person names in `tokens`.
    func names(in document: String, tokens range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for mention in entities.mentions(in: document) {
            if mention.tokenStart >= range.upperBound { break }
            guard mention.tokenStart >= range.lowerBound, mention.kind == .organization || mention.kind == .person else { continue }
            result.append(mention.tokenStart..<mention.tokenEnd)
        }
        return result
    }

    /// The speaker's country when the passage speaks as `we` / `my country` and the document
    /// says whose speech it is (`country` metadata, as UN General Debate records have).
    func implicitSpeaker(_ document: Document, tokens: DocumentTokens, range: Range<Int>) -> String? {
        guard let country = document.metadata["country"], !country.isEmpty else { return nil }
        for k in range {
            let form = tokens.normalized[k]
            if firstPersonPlural.contains(form) { return country }
            if form == my, k + 1 < range.upperBound, selfNouns.contains(tokens.normalized[k + 1]) { return country }
        }
        return nil
    }

    /// Pairs of consecutive actors joined by `and`, `with` or a hyphen, as word positions.
    func pairs(_ actors: [(mention: MentionRecord, name: String)], words: Words, tokens: DocumentTokens,
               text: (Int, Int) -> String) -> [ActorPair] {
        var pairs: [ActorPair] = []
        for (a, b) in zip(actors, actors.dropFirst()) where a.name != b.name {
            let gap = a.mention.tokenEnd..<b.mention.tokenStart
            guard gap.count >= 1, gap.count <= 3 else { continue }
            let forms = gap.map { tokens.normalized[$0] }
            // A hyphen joins only when written tight (`NATO-Japan`); spaced, it is a dash
            // (`ISAF Joint Command - Afghanistan` in a dateline).
            if gap.contains(where: { tokens.normalized[$0] == hyphen && tokens.flags[$0].contains(.spaceBefore) }) { continue }
            guard forms.contains(where: joiners.contains), forms.allSatisfy({ joiners.contains($0) || $0 == article }) else { continue }
            pairs.append(ActorPair(first: words.position(ofToken: a.mention.tokenStart), end: words.position(ofToken: b.mention.tokenEnd),
                                   start: a.mention.start, stop: b.mention.end, text: text(a.mention.start, b.mention.end)))
        }
        return pairs
    }
}
