import Workbench

/// Counts words in the corpus: a complete plugin with one analysis and one command.
public struct WordCountPlugin: Plugin {
    public init() {}
    public let name = "wordcount"

    public var analyses: [any Analysis] { [WordAnalysis()] }

    public var commands: [CommandSpec] {
        [CommandSpec(
            "wordcount",
            summary: "the most frequent words of the corpus",
            discussion: "Counts lower-cased words of three letters or more in every document.",
            examples: ["wordcount --top 5"],
            arguments: [ArgumentSpec("top", .option, type: .int, summary: "how many words", default: "10")],
            requires: ["wordcount.words"]
        ) { context in
            var counts: [String: Int] = [:]
            for node in context.graph.nodes("wordcount.word") {
                if case .string(let word) = node["word"] { counts[word, default: 0] += 1 }
            }
            let top = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(context.arguments.int("top") ?? 10)
            var table = Table(name: "wordcount", columns: [.init("word"), .init("count", .int)])
            for (word, count) in top { table.append([.string(word), .int(count)]) }
            return table
        }]
    }
}

/// One `wordcount.word` node per word, anchored to its span so results trace to the text.
struct WordAnalysis: Analysis {
    let id = "wordcount.words"
    let version = "1"
    let provides: [AnalysisKey] = ["wordcount.words"]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        for document in context.graph.documents {
            try context.checkCancelled()
            let scalars = Array(document.text.unicodeScalars)
            var start: Int?
            for i in 0...scalars.count {
                let isLetter = i < scalars.count && scalars[i].properties.isAlphabetic
                if isLetter && start == nil { start = i }
                if !isLetter, let s = start {
                    if i - s >= 3 {
                        let word = String(String.UnicodeScalarView(scalars[s..<i])).lowercased()
                        try output.addNode("wordcount.word", span: Span(document: document.id, start: s, end: i),
                                           attributes: ["word": .string(word)])
                    }
                    start = nil
                }
            }
        }
    }
}
