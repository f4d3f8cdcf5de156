import Workbench

/// One tag: an area of cooperation in one passage, with its score, the rules that fired
/// (whose cue spans are the evidence) and the partners.
public struct CoopTag: Sendable, Equatable {
    public var document: String
    /// The passage, in Unicode scalar offsets.
    public var start: Int
    public var end: Int
    public var area: String
    public var score: Double
    public var rules: [FiredRule]
    /// Actors taking part, in order of first mention; the implicit speaker first.
    public var partners: [String]
    /// The document's date (ISO 8601), when known.
    public var date: String?

    /// The cue phrases that counted, as written in the text.
    public var evidence: [String] { rules.filter { $0.kind == .cue }.map(\.phrase) }
}

/// The `coop.tags` analysis' payload: every tag in corpus order, the taxonomy and unit they
/// were made with, and how many passages each document has (the denominators of shares).
public struct CoopLayer: LayerPayload {
    public let taxonomy: Taxonomy
    public let unit: CoopUnit
    public let tags: [CoopTag]
    public let passages: [String: Int]
}

/// Everything needed to tag passages of one corpus: the compiled taxonomy and the layers.
struct PassageTagger: Sendable {
    let taxonomy: Taxonomy
    let tokens: TokenLayer
    let tagger: Tagger
    let partners: PartnerFinder

    init(taxonomy: Taxonomy, tokens: TokenLayer, entities: EntityLayer) {
        self.taxonomy = taxonomy
        self.tokens = tokens
        tagger = Tagger(taxonomy: taxonomy, matcher: CueMatcher(taxonomy: taxonomy, layer: tokens))
        partners = PartnerFinder(entities: entities, layer: tokens)
    }

    /// The tags of one passage (`range`, scalar offsets) of a document.
    func tag(_ document: Document, scalars: [Unicode.Scalar], range: Range<Int>) -> [CoopTag] {
        let doc = tokens.tokens(in: document.id)
        let first = doc.firstIndex(endingAfter: range.lowerBound)
        var last = first
        while last < doc.count && Int(doc.start(last)) < range.upperBound { last += 1 }
        let tokenRange = first..<last
        let words = Words(tokens: doc, range: tokenRange, transparent: tagger.matcher.transparent)
        func text(_ start: Int, _ end: Int) -> String {
            let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lo..<hi])
            return String(view)
        }
        let actors = partners.actors(in: document.id, tokens: tokenRange)
        let pairs = partners.pairs(actors, words: words, tokens: doc, text: text)
        let nameRanges = partners.names(in: document.id, tokens: tokenRange).map {
            words.position(ofToken: $0.lowerBound)..<words.position(ofToken: $0.upperBound)
        }
        let found = tagger.tag(words: words, tokens: doc, pairs: pairs, names: nameRanges, text: text)
        guard !found.isEmpty else { return [] }
        var names: [String] = []
        if let speaker = partners.implicitSpeaker(document, tokens: doc, range: tokenRange) { names.append(speaker) }
        for (_, name) in actors where !names.contains(name) { names.append(name) }
        return found.map { tag in
            CoopTag(document: document.id, start: range.lowerBound, end: range.upperBound, area: taxonomy.areas[tag.area].id,
                    score: (tag.score * 100).rounded() / 100, rules: tag.rules, partners: names, date: document.date)
        }
    }
}
