import Foundation
import Workbench

/// `eval sentiment --gold FILE`: correlation with human ratings and 3-class macro-F1.
enum EvalSentimentCommand {
    static let defaultGold = "../shared/corpora/vader_gold"

    static let spec = CommandSpec(
        "eval sentiment",
        summary: "score sentiment against human ratings (VADER gold TSV): Pearson, Spearman, 3-class macro-F1 per file",
        discussion: """
        FILE is a TSV file with a header naming 'text' and 'mean_rating' (the mean human rating, -4 .. 4), or a \
        folder: every .tsv file in it, one row each. Every text is scored whole, in a corpus of its own (the one \
        you work on is untouched). pearson and spearman correlate compound with mean_rating. For the classes, \
        a rating beyond ±band (default 0.5) is positive or negative, else neutral; compound beyond ±threshold \
        (default 0.05) likewise; macro_f1 averages the three classes' F1. Settings apply: set \
        sentiment.domain none to score without the domain layer. --half 1 or 2 scores one half of each file, split \
        by a hash of the id's group (the part before '_': one editorial or review stays whole), to check that a \
        change helps on both halves. --rows lists every text instead: file, id, rating, compound, error \
        (4 × compound − rating), text.
        """,
        examples: ["eval sentiment", "eval sentiment --gold ../shared/corpora/vader_gold/nyt_editorial.dev.tsv",
                   "eval sentiment --half 1", "eval sentiment --rows | sort error | top 20"],
        arguments: [
            ArgumentSpec("gold", .option, type: .path, summary: "a gold TSV file or a folder of them", default: defaultGold),
            ArgumentSpec("band", .option, type: .double, summary: "human ratings within ±band are neutral", default: "0.5"),
            ArgumentSpec("threshold", .option, type: .double, summary: "compound within ±threshold is neutral", default: "0.05"),
            ArgumentSpec("half", .option, type: .choice(GoldHalves.choices), summary: "score one half of each file (split by id group)",
                         default: "all"),
            ArgumentSpec("rows", .flag, summary: "list every text with its rating, compound and error instead of the scores"),
        ]
    ) { context in
        let path = context.arguments.string("gold") ?? defaultGold
        let band = context.arguments.double("band") ?? 0.5
        let threshold = context.arguments.double("threshold") ?? 0.05
        let half = Int(context.arguments.string("half") ?? "all")
        if context.arguments.flag("rows") { return try rows(path, half: half, context: context) }
        var table = Table(name: "eval sentiment", columns: [
            .init("file"), .init("texts", .int), .init("pearson", .double), .init("spearman", .double), .init("macro_f1", .double),
            .init("accuracy", .double), .init("f1_negative", .double), .init("f1_neutral", .double), .init("f1_positive", .double),
        ])
        for file in try files(path) {
            try context.checkCancelled()
            let result = try evaluate(file, half: half, band: band, threshold: threshold, context: context)
            table.append(result)
        }
        return table
    }

    /// The TSV files a path names: itself, or the `.tsv` files of a folder, sorted.
    static func files(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw WorkbenchError(.io, "gold file '\(path)' not found",
                                 hint: "the evaluation corpora live in ../shared/corpora (see their SOURCE.md); pass the path with --gold")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.filter { $0.hasSuffix(".tsv") }.sorted().map { (path as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else { throw WorkbenchError(.io, "no .tsv files in '\(path)'") }
        return files
    }

    /// One gold row: its id, rating and text.
    struct GoldText {
        var id: String
        var rating: Double
        var text: String
    }

    /// The rows of a gold file (of one half when `half` is 1 or 2).
    static func goldTexts(_ file: String, half: Int?) throws -> [GoldText] {
        var texts: [GoldText] = []
        for row in try GoldFile.tsvRows(file) {
            guard let text = row.fields["text"] else {
                throw WorkbenchError(.format, "\(file):\(row.line): no 'text' column", hint: "the header must name text and mean_rating")
            }
            guard let rating = row.fields["mean_rating"].flatMap(Double.init) else {
                throw WorkbenchError(.format, "\(file):\(row.line): 'mean_rating' is missing or not a number")
            }
            let id = row.fields["id"]
            if let half, GoldHalves.half(of: GoldHalves.group(id: id, line: row.line)) != half { continue }
            texts.append(GoldText(id: id ?? String(row.line), rating: rating, text: text))
        }
        return texts
    }

    /// Each text scored whole, in a corpus of its own.
    static func compounds(_ texts: [GoldText], context: CommandContext) throws -> [Double] {
        var graph = CorpusGraph()
        for (k, text) in texts.enumerated() { try graph.add(Document(id: String(k), text: text.text)) }
        try context.ensure([.tokens], in: &graph)
        let run = try SentimentRun(graph: graph, settings: context.settings)
        return graph.documents.map { document in
            run.score(document: document.id, tokens: 0..<run.tokens.tokens(in: document.id).count).compound
        }
    }

    static func evaluate(_ file: String, half: Int?, band: Double, threshold: Double, context: CommandContext) throws -> [Value] {
        let texts = try goldTexts(file, half: half)
        let ratings = texts.map(\.rating)
        let compounds = try compounds(texts, context: context)
        func label(_ x: Double, _ cut: Double) -> String { x > cut ? "positive" : x < -cut ? "negative" : "neutral" }
        let scores = ClassificationScores(predicted: compounds.map { label($0, threshold - 1e-12) },
                                          gold: ratings.map { label($0, band) })
        func f1(_ name: String) -> Value {
            scores.classes.first { $0.label == name }.map { SentimentFormat.value($0.f1, 3) } ?? .null
        }
        func r(_ x: Double?) -> Value { x.map { SentimentFormat.value($0, 3) } ?? .null }
        context.note("evaluated \(texts.count) texts from \(file)")
        return [.string((file as NSString).lastPathComponent), .int(texts.count), r(Correlation.pearson(compounds, ratings)),
                r(Correlation.spearman(compounds, ratings)), r(scores.macroF1), r(scores.accuracy),
                f1("negative"), f1("neutral"), f1("positive")]
    }

    /// `--rows`: every text with its score, to read the errors.
    static func rows(_ path: String, half: Int?, context: CommandContext) throws -> Table {
        var table = Table(name: "eval sentiment rows", columns: [
            .init("file"), .init("id"), .init("rating", .double), .init("compound", .double), .init("error", .double), .init("text"),
        ])
        for file in try files(path) {
            try context.checkCancelled()
            let texts = try goldTexts(file, half: half)
            let name = (file as NSString).lastPathComponent
            for (text, compound) in zip(texts, try compounds(texts, context: context)) {
                table.append([.string(name), .string(text.id), SentimentFormat.value(text.rating, 3), SentimentFormat.value(compound, 4),
                              SentimentFormat.value(4 * compound - text.rating, 3), .string(text.text)])
            }
        }
        return table
    }
}
