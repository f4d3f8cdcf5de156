import Foundation
import Testing
import TestSupport
@testable import TopicsPlugin
import Workbench

@Suite struct ClusteringTests {
    /// The theme of each unit of a `topics.assign` table, against its topic.
    func scores(_ table: Table) throws -> ClusteringScores {
        let doc = try table.columnIndex("doc"), topic = try table.columnIndex("topic")
        let gold = table.rows.map { String($0.values[doc].text.split(separator: "-")[0]) }
        let predicted = table.rows.map { $0.values[topic].text }
        return ClusteringScores(predicted: predicted, gold: gold)
    }

    @Test(arguments: [0, 1, 2, 3, 4])
    func threeThemesAreRecoveredExactly(seed: Int) throws {
        let h = try TopicsHarness()
        let table = try h.table("add themes; topics.assign --k 3 --seed \(seed)")
        #expect(table.rows.count == 24)
        let s = try scores(table)
        #expect(s.nmi == 1)
        #expect(s.purity == 1)
    }

    @Test func autoChoosesThreeAndReportsItsScores() throws {
        let h = try TopicsHarness()
        let table = try h.table("add big; topics")
        #expect(table.rows.count == 3)
        #expect(h.notes.contains { $0.hasPrefix("--k auto: silhouette") })
        #expect(h.notes.contains { $0.contains("k=3") && $0.contains("← chosen") })
        #expect(h.notes.filter { $0.hasPrefix("  k=") }.count == 11)
    }

    @Test func paragraphsAreUnitsWithTheirOwnIds() throws {
        let h = try TopicsHarness()
        let table = try h.table("add themes; topics.assign --k 3 --unit paragraph")
        #expect(table.rows.count == 48)
        #expect(table.rows[0].values[1] == .string("sport-0#p1"))
        #expect(table.rows[1].values[1] == .string("sport-0#p2"))
        #expect(try scores(table).nmi == 1)
        // Spans point at the paragraphs.
        #expect(table.rows[0].span?.start == 0)
        #expect(table.rows[1].span.map { $0.start > 0 } == true)
    }

    @Test func nmfGivesOverlappingShares() throws {
        let h = try TopicsHarness()
        let topics = try h.table("add themes; topics --k 3 --method nmf")
        #expect(topics.rows.count == 3)
        let assign = try h.table("topics.assign --k 3 --method nmf")
        #expect(assign.rows.count >= 24)
        let score = try assign.columnIndex("score")
        #expect(assign.rows.allSatisfy { ($0.values[score].number ?? 0) >= 0.2 && ($0.values[score].number ?? 2) <= 1 })
        #expect(try scores(assign).purity > 0.9)
    }

    @Test func sphericalKMeansOnVectors() throws {
        // Two tight groups of unit vectors in 4 dimensions.
        var x = SparseRows()
        x.columnCount = 4
        let rows: [[(Int32, Float)]] = [[(0, 1)], [(0, 0.9), (1, 0.1)], [(0, 0.8), (1, 0.2)], [(2, 1)], [(2, 0.9), (3, 0.1)], [(3, 1)]]
        for row in rows {
            let norm = row.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
            for (c, v) in row {
                x.columns.append(c)
                x.values.append(v / norm)
            }
            x.rowStart.append(Int32(x.columns.count))
        }
        let c = try SphericalKMeans(k: 2, restarts: 3).fit(x, seed: 7)
        #expect(c.labels[0] == c.labels[1] && c.labels[1] == c.labels[2])
        #expect(c.labels[3] == c.labels[4] && c.labels[4] == c.labels[5])
        #expect(c.labels[0] != c.labels[3])
        #expect(abs(c.objective - c.similarity.reduce(0) { $0 + Double($1) }) < 1e-9)
    }

    @Test func adjustedRandMatchesTheCoreScores() throws {
        let a: [Int32] = [0, 0, 1, 1, 2, 2, 2, 0, 1]
        let b: [Int32] = [1, 1, 0, 0, 2, 2, 0, 1, 0]
        let core = ClusteringScores(predicted: a, gold: b).ari
        #expect(abs(AutoK.adjustedRand(a, b, k: 3) - core) < 1e-12)
    }

    @Test func splitMixIsFixed() {
        var r = SplitMix64(seed: 0)
        #expect(r.next() == 0xE220_A839_7B1D_CDAF)
        var s = SplitMix64(seed: 3, stream: 1), t = SplitMix64(seed: 3, stream: 1)
        #expect(s.next() == t.next())
    }
}

@Suite struct DeterminismTests {
    @Test func twoSessionsPrintTheSameBytes() throws {
        let script = """
            add themes
            topics --k 3 --format json
            topics.assign --k 3 --format csv
            topics.show 2 --k 3 --format json
            topics --k auto --unit paragraph --format json
            topics --k 4 --method nmf --bigrams --format json

            """
        let first = try TopicsHarness().output(script)
        let second = try TopicsHarness().output(script)
        #expect(first == second)
        #expect(first.count > 1000)
    }

    @Test func theSameOptionsAreClusteredOnce() throws {
        let h = try TopicsHarness()
        try h.run("add themes; topics --k 3")
        let fingerprint = h.session.state.graph.layers["topics.model"]?.fingerprint
        #expect(fingerprint?.contains("k=3") == true)
        try h.run("topics.assign --k 3; topics.show 1 --k 3; topics.by category --k 3")
        #expect(h.session.state.graph.isFresh("topics.model", fingerprint: fingerprint ?? ""))
        try h.run("topics --k 2")
        #expect(!h.session.state.graph.isFresh("topics.model", fingerprint: fingerprint ?? ""))
    }

    @Test func idsAreNumberedBySizeThenKeptWhenDocumentsAreAdded() throws {
        let h = try TopicsHarness()
        let first = try h.table("add themes; topics --k 3")
        #expect(first.rows.map { $0.values[0] } == [.int(1), .int(2), .int(3)])
        let label = try first.columnIndex("label")
        let before = Dictionary(uniqueKeysWithValues: first.rows.map { ($0.values[0], $0.values[label].text) })
        let second = try h.table("add more; topics --k 3")
        #expect(h.notes.contains("3 of 3 topics kept their ids from the last run with these options"))
        let size = try second.columnIndex("size")
        #expect(second.rows.allSatisfy { $0.values[size] == .int(12) })
        // Every topic is still about the same theme: the words of its label come from one pool.
        for row in second.rows {
            let old = try #require(before[row.values[0]])
            let theme = Corpora.themes.first { $0.words.contains(String(old.split(separator: ",")[0])) }
            let words = row.values[label].text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(words.allSatisfy { theme?.words.contains($0) == true }, "topic \(row.values[0]) was '\(old)', now '\(row.values[label].text)'")
        }
    }
}

@Suite struct LabelTests {
    @Test func tinyCorpusLabelsArePinned() throws {
        let h = try TopicsHarness()
        let out = try h.output("add tiny; topics --k 2 --format csv")
        #expect(out == """
            topic,label,size,terms,examples\r
            1,"bank, interest, rates",3,"bank, interest, rates, shares, market","t4, t6, t5"\r
            2,"match, striker, goal",3,"match, striker, goal, football, league","t1, t2, t3"\r

            """)
    }

    @Test func showListsTermsWithWeightsAndExamplesInContext() throws {
        let h = try TopicsHarness()
        let table = try h.table("add tiny; topics.show 2 --k 2")
        #expect(table.presentation == .numbered)
        #expect(table.rows[0].values[6] == .string("2: match, striker, goal — 3 documents (50.0% of 6)"))
        #expect(table.rows[1].values[6].text.hasPrefix("match 0."))
        #expect(table.rows.count == 5)
        #expect(table.rows[2].values[0] == .int(1))
        #expect(table.rows[2].values[6] == .string("t1 (0.8824) The striker scored a late goal and the football crowd cheered the match."))
        #expect(table.rows[2].span?.document == "t1")
    }

    @Test func sentenceUnitsAreShownMarkedInTheirText() throws {
        let doc = Document(id: "s", text: "The striker scored a goal. The bank raised rates. The football match ended. Shares fell at the bank.")
        let h = try TopicsHarness(["one": [doc]])
        let table = try h.table("add one; topics.show 1 --k 2 --unit sentence --min-df 1")
        #expect(table.rows.dropFirst(2).allSatisfy { $0.values[6].text.contains("⟦") && $0.values[6].text.contains("⟧") })
    }
}

@Suite struct CrossViewTests {
    @Test func byDocumentMetadata() throws {
        let h = try TopicsHarness()
        let table = try h.table("add themes; topics.by category --k 3")
        #expect(table.columnNames == ["category", "topic", "label", "count", "share"])
        #expect(table.rows.count == 3)
        #expect(table.rows.allSatisfy { $0.values[3] == .int(8) && $0.values[4] == .double(1) })
    }

    @Test func byAColumnOfAPipedTable() throws {
        let h = try TopicsHarness()
        let table = try h.table("add themes; docs | topics.by title --k 3")
        #expect(table.rows.count == 24)
        #expect(table.rows.allSatisfy { $0.values[3] == .int(1) })
    }

    @Test func aPipedTableMustPointAtText() throws {
        let h = try TopicsHarness()
        let error = h.failure("add themes; docs | count by title | topics.by title --k 3")
        #expect(error?.message == "the rows of table 'count' point at no text: they have no spans and no doc column")
    }

    @Test func overTimeCountsEveryTopicEveryMonth() throws {
        let h = try TopicsHarness()
        let table = try h.table("add themes; topics.over-time --k 3")
        #expect(table.rows.count == 9)
        #expect(Set(table.rows.map { $0.values[0].text }) == ["2020-01", "2020-02", "2020-03"])
        let count = try table.columnIndex("count")
        #expect(table.rows.reduce(0) { $0 + Int($1.values[count].number ?? 0) } == 24)
        let years = try h.table("topics.over-time --k 3 --period year")
        #expect(years.rows.count == 3)
    }

    @Test func overTimeNeedsDates() throws {
        let h = try TopicsHarness()
        let error = h.failure("add tiny; topics.over-time --k 2")
        #expect(error?.message == "no document has a date")
    }

    @Test func unknownFieldIsNamed() throws {
        let h = try TopicsHarness()
        let error = h.failure("add themes; topics.by categroy --k 3")
        #expect(error?.code == .unknownColumn)
        #expect(error?.hint?.contains("did you mean 'category'?") == true)
    }
}

@Suite struct ErrorTests {
    @Test func kBelowTwo() throws {
        let h = try TopicsHarness()
        try h.run("add tiny")
        for k in ["1", "0", "-3"] {
            let error = h.failure("topics --k \(k)")
            #expect(error?.message == "invalid value '\(k)' for --k of 'topics': topics need k of 2 or more")
            #expect(error?.hint == "use --k auto to let wb choose k")
            #expect(error?.location?.column == 12)
        }
    }

    @Test func kAboveTheNumberOfUnits() throws {
        let h = try TopicsHarness()
        let error = h.failure("add tiny; topics --k 7")
        #expect(error?.message == "cannot make 7 topics from 6 documents")
        #expect(error?.hint == "k must be at most the number of units with terms; use a smaller --k or --k auto")
        #expect(h.failure("topics --k 50 --unit paragraph")?.message == "cannot make 50 topics from 6 paragraphs")
    }

    @Test func notANumber() throws {
        let h = try TopicsHarness()
        #expect(h.failure("add tiny; topics --k five")?.message == "invalid value 'five' for --k of 'topics': expected a whole number or auto")
    }

    @Test func nothingLoaded() throws {
        let h = try TopicsHarness()
        #expect(h.failure("topics --k 2")?.message == "no documents loaded")
    }

    @Test func unknownTopic() throws {
        let h = try TopicsHarness()
        let error = h.failure("add tiny; topics.show 3 --k 2")
        #expect(error?.message == "no topic 3")
        #expect(error?.hint == "topic ids: 1, 2")
    }
}

@Suite struct EvalTopicsTests {
    @Test func perfectScoresOnConstructedGold() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-topics-gold-\(getpid()).jsonl").path
        let lines = Corpora.themed(count: 8).map { d in
            "{\"id\": \"\(d.id)\", \"category\": \"\(d.metadata["category"] ?? "")\", \"text\": \"\(d.text.replacingOccurrences(of: "\n", with: "\\n"))\"}"
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let h = try TopicsHarness()
        let table = try h.table("eval topics --gold '\(path)' --label-field category --seeds 0-2")
        #expect(table.columnNames == ["seed", "k", "units", "nmi", "ari", "v_measure", "homogeneity", "completeness", "purity"])
        #expect(table.rows.count == 6)
        #expect(table.rows[0].values[1] == .int(3))
        #expect(table.rows[0].values[2] == .int(24))
        #expect(table.rows.allSatisfy { $0.values[3] == .double(1) && $0.values[8] == .double(1) })
        #expect(table.rows[3].values[0] == .string("min"))
        // The session's own corpus is untouched.
        #expect(h.session.state.graph.documents.isEmpty)
        let missing = h.failure("eval topics --gold '\(path)' --label-field topic")
        #expect(missing?.message.hasSuffix("record has no label field 'topic'") == true)
    }

    @Test func seedsOption() throws {
        #expect(try EvalTopicsCommand.parseSeeds("0-3", at: nil) == [0, 1, 2, 3])
        #expect(try EvalTopicsCommand.parseSeeds("1,5,7-8", at: nil) == [1, 5, 7, 8])
        #expect(try EvalTopicsCommand.parseSeeds(nil, at: nil) == nil)
        #expect(throws: WorkbenchError.self) { try EvalTopicsCommand.parseSeeds("x", at: nil) }
    }
}
