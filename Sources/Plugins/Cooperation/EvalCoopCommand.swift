import Foundation
import Workbench

/// `eval coop --gold FILE`: per-area and micro/macro precision, recall and F1 against the
/// coop_areas gold, and accuracy on passages with no area.
enum EvalCoopCommand {
    static let defaultGold = "../shared/corpora/coop_areas/coop_areas.dev.jsonl"

    static let spec = CommandSpec(
        "eval coop",
        summary: "score cooperation-area tags against coop_areas gold (per area and micro/macro P/R/F1, no-area accuracy)",
        discussion: """
        Reads the gold passages (offsets into their source documents, which are read from the corpora folder: \
        the gold file's parent folder unless --corpora says otherwise; a record whose source is absent is tagged \
        from its own text), tags each passage with the taxonomy in force, and compares the sets of areas. Rows: one \
        per area of the taxonomy, then micro (over all area decisions), macro (mean F1 over areas with gold \
        passages), and 'no area' (accuracy: the share of passages without gold area that get none). --errors lists \
        the passages whose areas differ instead.
        """,
        examples: ["eval coop", "eval coop --errors | where doc ~ JPN"],
        arguments: [
            ArgumentSpec("gold", .option, type: .path, summary: "coop_areas JSONL file", default: defaultGold),
            ArgumentSpec("corpora", .option, type: .path, summary: "the folder holding the source corpora (default: the gold's parent folder)"),
            ArgumentSpec("errors", .flag, summary: "list the passages where tags and gold differ"),
        ]
    ) { context in
        let path = context.arguments.string("gold") ?? defaultGold
        let corpora = context.arguments.string("corpora")
            ?? URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().path
        let gold = try CoopGold.read(path, corpora: corpora)
        let (taxonomy, predicted, graph) = try tagGold(gold, context: context)
        context.note("evaluated \(gold.passages.count) passages from \(path)"
                     + (gold.fromText > 0 ? " (\(gold.fromText) from their own text: source not found)" : ""))
        if context.arguments.flag("errors") { return errors(gold, predicted, graph) }
        return scores(gold, predicted.map { $0.map(\.area) }, taxonomy)
    }

    /// Tags every gold passage in a corpus of the gold's own documents.
    static func tagGold(_ gold: CoopGold, context: CommandContext) throws -> (Taxonomy, [[CoopTag]], CorpusGraph) {
        var graph = CorpusGraph()
        for document in gold.documents { try graph.add(document) }
        try context.workbench.engine.ensure([.tokens, .sentences, .entities], in: &graph, settings: context.settings)
        guard let tokens = graph.payload(of: "tokens", as: TokenLayer.self),
              let entities = graph.payload(of: "entities", as: EntityLayer.self) else {
            throw WorkbenchError(.analysisFailed, "eval coop: the text layer is missing")
        }
        let taxonomy = try TaxonomyStore.resolve(context.settings[TaxonomyStore.setting])
        let tagger = PassageTagger(taxonomy: taxonomy, tokens: tokens, entities: entities)
        var scalars: [String: [Unicode.Scalar]] = [:]
        let predicted = gold.passages.map { passage -> [CoopTag] in
            guard let document = graph.document(passage.document) else { return [] }
            if scalars[document.id] == nil { scalars[document.id] = Array(document.text.unicodeScalars) }
            return tagger.tag(document, scalars: scalars[document.id] ?? [], range: passage.range)
        }
        return (taxonomy, predicted, graph)
    }

    static func scores(_ gold: CoopGold, _ predicted: [[String]], _ taxonomy: Taxonomy) -> Table {
        var table = Table(name: "eval coop", columns: [
            .init("area"), .init("precision", .double), .init("recall", .double), .init("f1", .double), .init("accuracy", .double),
            .init("gold", .int), .init("predicted", .int),
        ])
        func r(_ x: Double) -> Value { .double((x * 1000).rounded() / 1000) }
        var micro = SpanScores()
        var f1s: [Double] = []
        for area in taxonomy.areas {
            var s = SpanScores()
            for (passage, tags) in zip(gold.passages, predicted) {
                let g = passage.areas.contains(area.id), p = tags.contains(area.id)
                s = s + SpanScores(truePositives: g && p ? 1 : 0, predicted: p ? 1 : 0, gold: g ? 1 : 0)
            }
            micro = micro + s
            if s.gold > 0 { f1s.append(s.f1) }
            table.append([.string(area.id), r(s.precision), r(s.recall), r(s.f1), .null, .int(s.gold), .int(s.predicted)])
        }
        table.append(["micro", r(micro.precision), r(micro.recall), r(micro.f1), .null, .int(micro.gold), .int(micro.predicted)])
        table.append(["macro", .null, .null, r(f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count)), .null, .int(f1s.count), .null])
        let empty = zip(gold.passages, predicted).filter { $0.0.areas.isEmpty }
        let right = empty.filter { $0.1.isEmpty }.count
        table.append(["no area", .null, .null, .null, r(empty.isEmpty ? 0 : Double(right) / Double(empty.count)), .int(empty.count),
                      .int(predicted.filter(\.isEmpty).count)])
        return table
    }

    static func errors(_ gold: CoopGold, _ predicted: [[CoopTag]], _ graph: CorpusGraph) -> Table {
        var table = Table(name: "eval coop", columns: [
            .init("doc"), .init("para", .int), .init("missed", .array), .init("extra", .array), .init("evidence", .array), .init("text"),
        ])
        for (passage, found) in zip(gold.passages, predicted) where Set(passage.areas) != Set(found.map(\.area)) {
            let tags = found.map(\.area)
            let evidence = found.filter { !passage.areas.contains($0.area) }.map { tag in
                Value.string(tag.area + ": " + tag.rules.map { "\($0.kind.rawValue) '\($0.phrase)'" }.joined(separator: ", "))
            }
            let missed = passage.areas.filter { !tags.contains($0) }, extra = tags.filter { !passage.areas.contains($0) }
            let text = graph.document(passage.document).map { CoopGold.slice($0.text, passage.range) } ?? ""
            table.append([.string(passage.doc), .int(passage.para), .array(missed.map(Value.string)), .array(extra.map(Value.string)),
                          .array(evidence), .string(text)], span: try? Span(document: passage.document, start: passage.range.lowerBound, end: passage.range.upperBound))
        }
        return table
    }
}
