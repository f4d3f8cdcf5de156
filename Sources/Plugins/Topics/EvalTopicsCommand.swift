import Workbench

/// `eval topics --gold FILE --label-field category`: topics against gold classes.
enum EvalTopicsCommand {
    static let defaultGold = "../shared/corpora/bbc_news/bbc_news.dev.jsonl"

    static var arguments: [ArgumentSpec] {
        var shared = TopicParameters.arguments
        if let k = shared.firstIndex(where: { $0.name == "k" }) {
            shared[k] = ArgumentSpec("k", .option, summary: "how many topics: a number, auto, or gold (as many as gold classes)",
                                     default: "gold", completion: .custom(["gold", "auto", "5"]))
        }
        return [
            ArgumentSpec("gold", .option, type: .path, summary: "JSONL file of labelled records", default: defaultGold),
            ArgumentSpec("label-field", .option, summary: "the record field holding the gold class", default: "category"),
            ArgumentSpec("text-field", .option, summary: "the record field holding the text", default: "text"),
            ArgumentSpec("seeds", .option, summary: "seeds to run: N, A-B or a comma list; adds min, median and max rows"),
        ] + shared
    }

    static let spec = CommandSpec(
        "eval topics",
        summary: "score topics against gold classes: NMI, ARI, V-measure, homogeneity, completeness, purity",
        discussion: """
        Loads the gold file's records into a corpus of their own (the one you work on is untouched; like \
        'load', records with the same text as an earlier one are skipped), makes topics with the given options \
        (k defaults to the number of gold classes) and compares each unit's topic with its document's class. \
        NMI is normalised by the arithmetic mean of the entropies (scikit-learn's default), so it equals the \
        V-measure. --seeds 0-9 runs each seed and adds min, median and max rows. Also takes the options of \
        'topics' (see help topics).
        """,
        examples: [
            "eval topics", "eval topics --seeds 0-9",
            "eval topics --gold ../shared/corpora/ag_news_test/ag_news_test.dev.jsonl --label-field category --seeds 0-9",
        ],
        arguments: arguments
    ) { context in
        let path = context.arguments.string("gold") ?? defaultGold
        let labelField = context.arguments.string("label-field") ?? "category"
        let textField = context.arguments.string("text-field") ?? "text"
        let seeds = try parseSeeds(context.arguments.string("seeds"), at: context.arguments.location("seeds"))
        // The gold corpus.
        var graph = CorpusGraph()
        var duplicates = 0
        for (line, object) in try GoldFile.records(path) {
            guard case .string(let text)? = object[textField] else {
                throw WorkbenchError(.format, "\(path):\(line): record has no text field '\(textField)'",
                                     hint: "name it with --text-field; fields: " + object.keys.joined(separator: ", "))
            }
            guard let label = object[labelField]?.scalarText, !label.isEmpty else {
                throw WorkbenchError(.format, "\(path):\(line): record has no label field '\(labelField)'",
                                     hint: "name it with --label-field; fields: " + object.keys.joined(separator: ", "))
            }
            let id = object["id"]?.scalarText ?? "\(path):\(line)"
            var title: String?
            if case .string(let t)? = object["title"] { title = t }
            let document = Document(id: id, title: title, source: "\(path):\(line)", text: text, metadata: [labelField: label])
            if graph.document(id) != nil || graph.documentWithContent(hash: document.contentHash) != nil || text.allSatisfy(\.isWhitespace) {
                duplicates += 1
                continue
            }
            try graph.add(document)
        }
        let labels = Set(graph.documents.compactMap { $0.metadata[labelField] })
        var parameters = try TopicParameters.from(context.arguments, command: "eval topics", goldClasses: labels.count)
        try context.workbench.engine.ensure(parameters.unit.requires, in: &graph, settings: context.settings)
        guard let tokens = graph.payload(of: "tokens", as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "topics found no token layer")
        }
        let data = try TopicData.prepare(graph: graph, layer: tokens, unit: parameters.unit, features: parameters.features)
        let gold = (0..<data.units.count).map { graph.documents[Int(data.units.document[$0])].metadata[labelField] ?? "" }
        var table = Table(name: "eval topics", columns: [
            .init("seed", .any), .init("k", .int), .init("units", .int), .init("nmi", .double), .init("ari", .double),
            .init("v_measure", .double), .init("homogeneity", .double), .init("completeness", .double), .init("purity", .double),
        ])
        func r(_ x: Double) -> Value { .double((x * 10_000).rounded() / 10_000) }
        var all: [ClusteringScores] = []
        let cancel = context
        for seed in seeds ?? [parameters.seed] {
            parameters.seed = seed
            let model = try TopicModelBuilder.build(data, layer: tokens, documents: graph.documents, parameters: parameters,
                                                    previous: nil, threads: context.threads, cancelled: { try cancel.checkCancelled() })
            if seeds == nil || seeds?.first == seed { TopicsStore.report(model, to: context) }
            let predicted = model.topicOfUnit.map { model.topics[Int($0)].id }
            let s = ClusteringScores(predicted: predicted, gold: gold)
            all.append(s)
            table.append([.int(Int(seed)), .int(model.k), .int(model.unitCount), r(s.nmi), r(s.ari), r(s.vMeasure),
                          r(s.homogeneity), r(s.completeness), r(s.purity)])
        }
        if all.count > 1 {
            func stat(_ pick: ([Double]) -> Double) -> [Value] {
                [\ClusteringScores.nmi, \.ari, \.vMeasure, \.homogeneity, \.completeness, \.purity].map { key in
                    r(pick(all.map { $0[keyPath: key] }.sorted()))
                }
            }
            let n = all.count
            for (name, pick) in [("min", { (v: [Double]) in v[0] }), ("median", { (v: [Double]) in n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2 }),
                                 ("max", { (v: [Double]) in v[n - 1] })] {
                table.append([.string(name), .null, .null] + stat(pick))
            }
        }
        context.note("evaluated \(graph.documents.count) documents (\(labels.count) classes) from \(path)"
            + (duplicates > 0 ? "; \(duplicates) with a repeated id or text skipped" : ""))
        return table
    }

    /// `5`, `0-9`, `1,4,7` → seeds; nil when not given.
    static func parseSeeds(_ text: String?, at location: SourceLocation?) throws -> [UInt64]? {
        guard let text else { return nil }
        var seeds: [UInt64] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            if bounds.count == 1, let s = UInt64(bounds[0]) {
                seeds.append(s)
            } else if bounds.count == 2, let a = UInt64(bounds[0]), let b = UInt64(bounds[1]), a <= b, b - a < 1000 {
                seeds.append(contentsOf: a...b)
            } else {
                throw WorkbenchError(.badValue, "invalid value '\(text)' for --seeds of 'eval topics': expected N, A-B or a comma list",
                                     hint: "e.g. --seeds 0-9", at: location)
            }
        }
        return seeds
    }
}
