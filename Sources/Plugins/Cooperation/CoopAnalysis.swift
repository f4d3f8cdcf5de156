import Workbench

extension AnalysisKey {
    /// Cooperation-area tags (`CoopLayer` payload; `coop.area`, `coop.passage`, `coop.actor`
    /// nodes; `tagged` and `cooperates-on` edges).
    public static let coopTags: AnalysisKey = "coop.tags"
}

/// Tags every passage of the corpus with the areas of the taxonomy in force (`coop.taxonomy`)
/// at the unit in force (`coop.unit`), and puts the result in the graph:
/// - a `coop.area` node per area found (anchored at its first passage), with id, label,
///   CAMEO codes and the taxonomy's name and version;
/// - a `coop.passage` node per tagged passage, and a `tagged` edge passage → area with the
///   score, evidence phrases (their spans as the edge's evidence) and partners;
/// - a `cooperates-on` edge between every two partners of a tag (entity nodes; the implicit
///   speaker of a speech gets a `coop.actor` node when no entity has its name), with area,
///   passage and date.
struct CoopAnalysis: Analysis {
    let id = "coop.tags"
    let version = "1"
    let requires: [AnalysisKey] = [.tokens, .sentences, .entities]
    let provides: [AnalysisKey] = [.coopTags]
    let settings = [TaxonomyStore.setting, CoopSettings.unit]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let graph = context.graph
        guard let tokens = graph.payload(of: "tokens", as: TokenLayer.self),
              let sentences = graph.payload(of: "sentences", as: SentenceLayer.self),
              let entities = graph.payload(of: "entities", as: EntityLayer.self) else {
            throw WorkbenchError(.analysisFailed, "coop.tags: the text layer is missing")
        }
        let taxonomy = try TaxonomyStore.resolve(context.settings[TaxonomyStore.setting])
        let unit = CoopUnit(rawValue: context.settings[CoopSettings.unit] ?? "") ?? .paragraph
        let tagger = PassageTagger(taxonomy: taxonomy, tokens: tokens, entities: entities)
        // Passages are tagged per document in parallel; tags and counts kept in document order.
        let perDocument = try context.mapDocuments("coop") { _, document -> (passages: Int, tags: [CoopTag]) in
            // Decoded straight from UTF-8 (`ScalarText`): `Array(text.unicodeScalars)` cost
            // five times as much, 5 % of `load …; coop`.
            let scalars = ScalarText(document.text).scalars
            let ranges = Passages.ranges(of: scalars, unit: unit, sentences: sentences.sentences(in: document.id))
            var tags: [CoopTag] = []
            for range in ranges { tags += tagger.tag(document, scalars: scalars, range: range) }
            return (ranges.count, tags)
        }
        var tags: [CoopTag] = []
        var passages: [String: Int] = [:]
        passages.reserveCapacity(perDocument.count)
        for (document, found) in zip(graph.documents, perDocument) {
            passages[document.id] = found.passages
            tags += found.tags
        }
        try CoopGraphWriter(taxonomy: taxonomy, unit: unit, graph: graph).write(tags, into: &output)
        output.payload = CoopLayer(taxonomy: taxonomy, unit: unit, tags: tags, passages: passages)
    }
}

/// The plugin's setting names.
enum CoopSettings {
    static let unit = "coop.unit"
}
