import Workbench

/// `eval times`: time expressions against TempEval-3 TIMEX3 gold.
enum EvalTimesCommand {
    static let defaultDocs = "../shared/corpora/tempeval3_timebank/documents.dev.jsonl"
    static let defaultGold = "../shared/corpora/tempeval3_timebank/timex3_gold.dev.tsv"

    static let spec = CommandSpec(
        "eval times",
        summary: "score time expressions against TempEval-3 TIMEX3 gold (span F1 strict and relaxed, type accuracy, value F1)",
        discussion: """
        Loads the documents (JSONL with doc, dct, text) into a corpus of their own, with each document's dct as its \
        date, finds time expressions and compares them with the gold TSV (doc, type, value, start, end …). strict: \
        same span; relaxed: overlapping spans, matched one to one. type: accuracy over relaxed matches. value: a \
        prediction counts when it overlaps a gold expression and has its value (TempEval-3's attribute F1); mod \
        likewise.
        """,
        examples: ["eval times", "eval times --format markdown"],
        arguments: [
            ArgumentSpec("docs", .option, type: .path, summary: "TempEval documents (JSONL: doc, dct, text)", default: defaultDocs),
            ArgumentSpec("gold", .option, type: .path, summary: "TIMEX3 gold TSV", default: defaultGold),
        ]
    ) { context in
        let docsPath = context.arguments.string("docs") ?? defaultDocs
        let goldPath = context.arguments.string("gold") ?? defaultGold
        var graph = CorpusGraph()
        for (line, object) in try GoldFile.records(docsPath) {
            let id = try GoldFile.string(object, "doc", docsPath, line)
            let text = try GoldFile.string(object, "text", docsPath, line)
            let dct = object["dct"]?.scalarText
            if graph.document(id) == nil { try graph.add(Document(id: id, date: dct, text: text)) }
        }
        var gold: [String: [(range: Range<Int>, type: String, value: String, mod: String)]] = [:]
        for (line, row) in try GoldFile.tsvRows(goldPath) {
            guard let doc = row["doc"], let s = row["start"].flatMap({ Int($0) }), let e = row["end"].flatMap({ Int($0) }), s <= e else {
                throw WorkbenchError(.format, "\(goldPath):\(line): a gold row needs doc, start and end")
            }
            gold[doc, default: []].append((s..<e, row["type"] ?? "", row["value"] ?? "", row["mod"] ?? ""))
        }
        try context.workbench.engine.ensure([.timeExpressions], in: &graph, settings: context.settings)
        var score = TimexScore()
        for document in graph.documents {
            let predicted = graph.nodes("timeline.timex", in: document.id).map {
                (range: $0.span.start..<$0.span.end, type: $0["type"].text, value: $0["value"].text,
                 mod: $0["mod"].isNull ? "" : $0["mod"].text)
            }
            score.add(predicted: predicted, gold: gold[document.id] ?? [])
        }
        context.note("evaluated \(graph.documents.count) documents from \(docsPath)")
        return score.table()
    }
}

/// TempEval-3 style counts over a corpus.
struct TimexScore {
    typealias Item = (range: Range<Int>, type: String, value: String, mod: String)
    var strict = SpanScores()
    var relaxed = SpanScores()
    var matched = 0
    var typeRight = 0
    var valueRight = 0
    var modRight = 0

    mutating func add(predicted: [Item], gold: [Item]) {
        strict = strict + SpanMatching.score(predicted: predicted.map(\.range), gold: gold.map(\.range), match: .exact)
        relaxed = relaxed + SpanMatching.score(predicted: predicted.map(\.range), gold: gold.map(\.range), match: .overlap)
        let alignment = SpanMatching.align(predicted: predicted.map(\.range), gold: gold.map(\.range), match: .overlap)
        for (g, p) in alignment.enumerated() {
            guard let p else { continue }
            matched += 1
            if predicted[p].type == gold[g].type { typeRight += 1 }
            if predicted[p].value == gold[g].value { valueRight += 1 }
            if predicted[p].mod == gold[g].mod { modRight += 1 }
        }
    }

    func table() -> Table {
        var table = Table(name: "eval times", columns: [
            .init("measure"), .init("precision", .double), .init("recall", .double), .init("f1", .double),
            .init("accuracy", .double), .init("gold", .int), .init("predicted", .int),
        ])
        func r(_ x: Double) -> Value { .double((x * 1000).rounded() / 1000) }
        func attribute(_ name: String, _ right: Int) {
            let p = relaxed.predicted == 0 ? 0 : Double(right) / Double(relaxed.predicted)
            let rec = relaxed.gold == 0 ? 0 : Double(right) / Double(relaxed.gold)
            let f = p + rec == 0 ? 0 : 2 * p * rec / (p + rec)
            table.append([.string(name), r(p), r(rec), r(f), r(matched == 0 ? 0 : Double(right) / Double(matched)),
                          .int(relaxed.gold), .int(relaxed.predicted)])
        }
        table.append(["span (strict)", r(strict.precision), r(strict.recall), r(strict.f1), .null, .int(strict.gold), .int(strict.predicted)])
        table.append(["span (relaxed)", r(relaxed.precision), r(relaxed.recall), r(relaxed.f1), .null, .int(relaxed.gold),
                      .int(relaxed.predicted)])
        attribute("type", typeRight)
        attribute("value", valueRight)
        attribute("mod", modRight)
        return table
    }
}
