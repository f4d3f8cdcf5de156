import Foundation
import Synchronization
import Testing
import TestSupport
@testable import TopicsPlugin
import Workbench

/// `add NAME` adds the named set of test documents (the way a loader would, through
/// `graph.add`).
struct CorpusFixturePlugin: Plugin {
    let sets: [String: [Document]]
    let name = "test-corpora"

    var commands: [CommandSpec] {
        let sets = self.sets
        return [CommandSpec("add", summary: "add a test corpus", arguments: [ArgumentSpec("set", summary: "which", required: true)]) { context in
            for document in sets[context.arguments.string("set") ?? ""] ?? [] { try context.graph.add(document) }
            return .empty("add")
        }]
    }
}

/// A session with the topics plugin, recording stdout and notes.
struct TopicsHarness: SessionDriver {
    let session: Session
    let transcript = Transcript()

    init(_ sets: [String: [Document]] = Corpora.all) throws {
        let workbench = try Workbench(plugins: [TopicsPlugin(), CorpusFixturePlugin(sets: sets)])
        session = Session(workbench: workbench, io: transcript.io)
    }

    var notes: [String] { transcript.notes }
}

/// Constructed corpora whose topics are known.
enum Corpora {
    static let themes: [(name: String, words: [String])] = [
        ("sport", ["football", "goal", "match", "striker", "league", "coach", "stadium", "penalty", "season", "referee"]),
        ("finance", ["bank", "shares", "market", "investors", "profit", "inflation", "bonds", "dividend", "earnings", "currency"]),
        ("cooking", ["recipe", "oven", "flour", "butter", "garlic", "simmer", "pastry", "sauce", "onion", "roast"]),
    ]
    static let filler = ["today", "people", "report", "week", "city", "news", "time", "place"]

    /// `count` documents per theme, ids THEME-N, each with 7 of its theme's words and 3 filler
    /// words picked by a fixed linear congruential sequence, dated by month.
    static func themed(count: Int, from first: Int = 0) -> [Document] {
        var state: UInt64 = 12345 &+ UInt64(first)
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var documents: [Document] = []
        for i in first..<(first + count) {
            for (t, theme) in themes.enumerated() {
                var words: [String] = []
                for _ in 0..<7 { words.append(theme.words[next(theme.words.count)]) }
                for _ in 0..<3 { words.append(filler[next(filler.count)]) }
                let text = words.joined(separator: " ").capitalizedFirst + ".\n\nThe " + words.reversed().joined(separator: " ") + "."
                documents.append(Document(id: "\(theme.name)-\(i)", title: "\(theme.name) \(i)", date: "2020-0\(1 + (i + t) % 3)-15",
                                          text: text, metadata: ["category": theme.name]))
            }
        }
        return documents
    }

    /// Six sentences, two subjects: pinned labels.
    static let tiny: [Document] = [
        Document(id: "t1", text: "The striker scored a late goal and the football crowd cheered the match."),
        Document(id: "t2", text: "A penalty goal decided the football match in the league."),
        Document(id: "t3", text: "The coach praised the striker after the league match."),
        Document(id: "t4", text: "The bank raised interest rates and shares fell on the market."),
        Document(id: "t5", text: "Investors sold shares as the bank reported lower profit."),
        Document(id: "t6", text: "The market rallied after the bank cut interest rates."),
    ]

    static let all: [String: [Document]] = [
        "themes": themed(count: 8), "more": themed(count: 4, from: 8), "tiny": tiny, "big": themed(count: 30),
    ]
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
