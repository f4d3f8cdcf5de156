import Foundation
import Testing
import TestSupport
@testable import QuoteSentimentPlugin
@testable import Workbench

/// The commands on the seed article: the issue's expectations, the JSON contract, explain.
@Suite struct SeedSentimentTests {
    @Test func theSeedQuotesAreScoredPositive() throws {
        let harness = try Harness.seed()
        let rows = try harness.json("quotes")
        #expect(rows.count == 14)
        func sentiment(_ prefix: String) -> Double? {
            rows.first { ($0["text"] as? String)?.hasPrefix(prefix) == true }?["sentiment"] as? Double
        }
        let room = try #require(sentiment("There is much more room for further cooperation"))
        let door = try #require(sentiment("I’ve found that the door is fairly open"))
        #expect(room > 0.3)
        #expect(door > 0.3)
        // Hedged and negated: "might not welcome further international engagement".
        #expect(try #require(sentiment("Faced with its own natural disasters")) < 0)
        // Every quote got a score.
        #expect(rows.allSatisfy { $0["sentiment"] is Double })
    }

    /// `… | count` lets a command leave its rows' values unmade: the counts are those of
    /// the full tables, and the session afterwards shows the same tables.
    @Test func countingSkipsTheValuesButNotTheRows() throws {
        let harness = try Harness.seed()
        for command in ["sentiment --unit sentence", "sentiment --unit paragraph", "quotes", "quotes --kind direct", "sentences"] {
            let full = try harness.json(command).count
            #expect(full > 0, "\(command)")
            #expect(try harness.json("\(command) | count").first?["count"] as? Int == full, "\(command)")
        }
        let rows = try harness.json("quotes")
        #expect(rows.allSatisfy { $0["sentiment"] is Double && $0["text"] is String })
    }

    @Test func bySpeakerListsBothResearchers() throws {
        let rows = try Harness.seed().json("sentiment.by-speaker")
        #expect(rows.map { $0["speaker"] as? String } == ["Michito Tsuruoka", "Taku Ishikawa"])
        #expect(rows.map { $0["quotes"] as? Int } == [8, 6])
        for row in rows {
            let mean = try #require(row["mean"] as? Double)
            let low = try #require(row["min"] as? Double), high = try #require(row["max"] as? Double)
            #expect(low <= mean && mean <= high)
            #expect(mean > 0)
            #expect((row["most_positive"] as? String)?.isEmpty == false)
        }
        #expect(Set(rows[0].keys) == ["speaker", "quotes", "mean", "min", "max", "most_positive", "most_negative"])
    }

    @Test func bySpeakerOnAPipedTable() throws {
        let rows = try Harness.seed().json("quotes --speaker Ishikawa | sentiment.by-speaker")
        #expect(rows.map { $0["speaker"] as? String } == ["Taku Ishikawa"])
        #expect(rows.first?["quotes"] as? Int == 6)
    }

    @Test func byColumn() throws {
        let harness = try Harness.seed()
        let years = try harness.json("sentiment.by year")
        #expect(years.map { $0["year"] as? String } == ["2011"])
        #expect(years.first?["count"] as? Int == 14)
        let kinds = try harness.json("quotes | sentiment.by kind")
        #expect(Set(kinds.compactMap { $0["kind"] as? String }) == ["direct", "indirect"])
        let error = harness.failure("sentiment.by colour")
        #expect(error?.code == .unknownColumn)
        #expect(error?.hint?.contains("year") == true)
    }

    @Test func unitsAndTheirContract() throws {
        let harness = try Harness.seed()
        let sentences = try harness.json("sentiment --unit sentence")
        #expect(sentences.count > 20)
        let keys = Set(sentences[0].keys)
        #expect(keys.isSuperset(of: ["doc", "start", "end", "text", "compound", "positive", "negative", "neutral"]))
        for row in sentences {
            let compound = try #require(row["compound"] as? Double)
            #expect(compound >= -1 && compound <= 1)
            let shares = (row["positive"] as? Double ?? 0) + (row["negative"] as? Double ?? 0) + (row["neutral"] as? Double ?? 0)
            #expect(abs(shares - 1) < 0.01)
        }
        #expect(try harness.json("sentiment --unit quote").count == 14)
        #expect(try harness.json("sentiment --unit paragraph").count == (try harness.json("show 000_4c1ae4e712800ec5")).count)
        let doc = try harness.json("sentiment --unit doc")
        #expect(doc.count == 1 && (doc[0]["compound"] as? Double ?? 0) > 0)
        // Any table of spans can be scored.
        let kwic = try harness.json("kwic cooperation | sentiment")
        #expect(kwic.first?["compound"] is Double)
    }

    @Test func aLiteralText() throws {
        let rows = try Harness().json("sentiment \"Japanese public opinion might not welcome further international engagement\"")
        #expect(rows.first?["label"] as? String == "negative")
        #expect((rows.first?["words"] as? String)?.hasPrefix("welcome -0.84 (negated, hedged)") == true)
    }
}

@Suite struct ExplainTests {
    /// Pinned: every row of an explanation of a literal text.
    @Test func explainsEveryStep() throws {
        let output = try Harness().output("sentiment.explain \"The door is fairly open, but it is not a great deal!\" --format tsv")
        #expect(output == """
            word\tstart\tend\trule\tfactor\tby\tvalue
            open\t19\t23\tdomain\t\t\t0.5
            open\t\t\tdampened\t0.8\tfairly\t0.4
            open\t\t\tbefore a contrast (but, however)\t0.5\tbut\t0.2
            great\t41\t46\tlexicon\t\t\t3.1
            great\t\t\tnegated\t-0.6\tnot\t-1.86
            great\t\t\tafter a contrast (but, however)\t1.3\tbut\t-2.418
            !\t\t\t1 exclamation mark\t\t\t-0.25
            (total)\t\t\tsum of the values\t\t\t-2.468
            (compound)\t\t\ttotal / √(total² + 15): negative\t\t\t-0.5374
            (positive)\t\t\tshare of the words' weight\t\t\t0.016
            (negative)\t\t\tshare of the words' weight\t\t\t0.207
            (neutral)\t\t\tshare of the words' weight\t\t\t0.777

            """)
    }

    @Test func explainsAQuoteOrAPipedRow() throws {
        let harness = try Harness.seed()
        let quote = try harness.json("sentiment.explain 5")
        let words = quote.compactMap { $0["word"] as? String }
        #expect(words.contains("welcome") && words.contains("(compound)"))
        #expect(quote.contains { $0["rule"] as? String == "negated" && $0["by"] as? String == "not" })
        #expect(quote.contains { $0["rule"] as? String == "hedged" && $0["by"] as? String == "might" })
        #expect(harness.transcript.notes.contains { $0.contains("Japanese public opinion might not welcome") })
        // The compound matches the quotes' sentiment column.
        let compound = quote.first { $0["word"] as? String == "(compound)" }?["value"] as? Double
        let column = try harness.json("quotes")[4]["sentiment"] as? Double
        #expect(compound != nil && compound == column)
        let piped = try harness.json("quotes --speaker Ishikawa | sentiment.explain 1")
        #expect(piped.contains { $0["word"] as? String == "(compound)" })
    }

    @Test func rowsOutOfRange() throws {
        let harness = try Harness.seed()
        let error = harness.failure("sentiment.explain 99")
        #expect(error?.code == .badValue)
        #expect(error?.message == "no quote 99: the corpus has 14 quotes")
        let piped = harness.failure("quotes | count by speaker | sentiment.explain 1")
        #expect(piped?.message == "row 1 of 'count' does not point at text")
        #expect(harness.failure("quotes | sentiment.explain 15")?.message == "no row 15: the piped table has 14 rows")
    }
}

@Suite struct DomainLayerTests {
    @Test func theBuiltInLayerScoresPolicyWords() throws {
        let on = try score("Cooperation and partnership bring stability.")
        #expect(on.words.map(\.text) == ["Cooperation", "partnership", "stability"])
        let off = try score("Cooperation and partnership bring stability.", domain: SentimentResources.noDomain)
        #expect(off.words.isEmpty)
        // The domain layer corrects the lexicon: "security" is mostly a topic.
        #expect(try score("a security problem").score.compound
                < (try score("a security problem", domain: SentimentResources.noDomain)).score.compound)
    }

    @Test func aUserFileReplacesIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-domain-\(UUID().uuidString).tsv").path
        try "# my layer\nwidget\t2.5\tgood news\nfrobnicate\t-1\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let scored = try score("The widget will not frobnicate cooperation.", domain: path)
        #expect(scored.words.map(\.text) == ["widget", "frobnicate"])
        let harness = try Harness()
        try harness.run("set sentiment.domain '\(path)'")
        #expect(try harness.json("sentiment widget").first?["label"] as? String == "positive")
        let error = harness.failure("set sentiment.domain /no/such/file.tsv")
        #expect(error?.message.contains("sentiment.domain") == true)
    }

    @Test func malformedFilesAreErrorsWithTheirLine() throws {
        #expect(throws: WorkbenchError.self) { try DomainLayer(name: "d.tsv", text: "good\tvery\n") }
        do {
            _ = try DomainLayer(name: "d.tsv", text: "# c\nok\t1\nbad\t9\n")
            Issue.record("expected an error")
        } catch let error as WorkbenchError {
            #expect(error.message == "d.tsv:3: valence '9' of 'bad' is not a number between -4 and 4")
        }
        do {
            _ = try DomainLayer(name: "d.tsv", text: "open door\t1\nopen  door\t2\n")
            Issue.record("expected an error")
        } catch let error as WorkbenchError {
            #expect(error.message == "d.tsv:2: 'open  door' is already in the domain layer (line 1)")
        }
    }

    @Test func theShippedFilesParse() throws {
        let domain = try #require(try SentimentResources.domain(SentimentResources.builtInDomain))
        #expect(domain.terms.count > 150)
        #expect(domain.terms.allSatisfy { abs($0.valence) <= 4 })
        let lexicon = try SentimentResources.text("vader_lexicon", "txt", in: "vader")
        #expect(lexicon.split(separator: "\n").count > 7000)
        let licence = try SentimentResources.text("LICENSE", "txt", in: "vader")
        #expect(licence.contains("MIT License"))
    }

    @Test func aMissingResourceIsAnError() {
        #expect(throws: WorkbenchError.self) { try SentimentResources.text("no_such_file", "txt", in: "vader") }
    }
}

@Suite struct EvalSentimentTests {
    @Test func correlationAndClassesOnAGoldFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-gold-\(UUID().uuidString).tsv").path
        try """
            id\tmean_rating\ttext
            1\t3.0\tWhat a wonderful, excellent day!
            2\t-3.0\tThis is a terrible, awful mess.
            3\t0.0\tThe meeting is on Tuesday.
            4\t1.5\tThe talks were good.
            5\t-1.5\tThe talks were not good.

            """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = try Harness().json("eval sentiment --gold '\(path)'")
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row["texts"] as? Int == 5)
        #expect((row["pearson"] as? Double ?? 0) > 0.9)
        #expect((row["spearman"] as? Double ?? 0) > 0.9)
        #expect(row["macro_f1"] as? Double == 1.0)
    }

    @Test func aMissingGoldFileSaysWhere() throws {
        let error = try Harness().failure("eval sentiment --gold /no/such/gold.tsv")
        #expect(error?.hint?.contains("../shared/corpora") == true)
    }
}
