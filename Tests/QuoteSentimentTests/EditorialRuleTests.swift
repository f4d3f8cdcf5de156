import Foundation
import Testing
@testable import QuoteSentimentPlugin
@testable import Workbench

/// Rules for editorial and news language (lexicon valences: better 1.9, worse -2.1,
/// generous 2.3, weak -1.9, good 1.9, succeed 2.2, peace 2.5, mistake -1.4).
@Suite struct CounterfactualTests {
    @Test func shouldHaveNegatesWhatDidNotHappen() throws {
        let better = try expectWords("The plan should have been ⟦better⟧.")
        #expect(better.word("better").map { close($0.value, 1.9 * -0.6) } == true)
        #expect(better.word("better")?.rules == [.negation])
        #expect(better.score.compound < 0)
        // A relief: the bad thing did not happen.
        #expect(try expectWords("It could have been ⟦worse⟧.").score.compound > 0)
        #expect(try expectWords("I would've ⟦loved⟧ it.").score.compound < 0)
    }

    @Test func criticismWithNothingToNegateLeansNegative() throws {
        let scored = try expectWords("The minister ⟦should have⟧ known.")
        #expect(scored.word("should have").map { close($0.value, -0.6) } == true)
        #expect(scored.score.compound < 0)
        // `should` alone is only a hedge.
        #expect(try expectWords("The minister should know.").words.isEmpty)
    }
}

@Suite struct ExcessTests {
    @Test func tooBeforeAPositiveWordIsAComplaint() throws {
        let scored = try expectWords("The offer was too ⟦generous⟧.")
        #expect(scored.word("generous").map { close($0.value, 2.3 * -0.5) } == true)
        #expect(scored.word("generous")?.rules == [.reversal])
        #expect(try expectWords("They were all too ⟦eager⟧ to settle.").score.compound < 0)
        #expect(try expectWords("The rules are overly ⟦generous⟧.").score.compound < 0)
    }

    @Test func tooBeforeANegativeWordOrAfterANegationIntensifies() throws {
        let weak = try expectWords("The response was too ⟦weak⟧.")
        #expect(weak.word("weak").map { close($0.value, -1.9 * 1.2) } == true)
        #expect(weak.word("weak")?.rules == [.intensifier])
        // `not too good` is `not good`, said mildly: no excess to negate.
        let notTooGood = try expectWords("The food was not too ⟦good⟧.")
        #expect(notTooGood.word("good")?.rules == [.intensifier, .negation])
        #expect(notTooGood.score.compound < 0)
    }
}

@Suite struct EditorialHedgeTests {
    @Test func ifMakesItsClauseHypothetical() throws {
        let scored = try expectWords("If the talks ⟦succeed⟧, ⟦peace⟧ will follow.")
        #expect(scored.word("succeed").map { close($0.value, 2.2 * 0.7) } == true)
        #expect(scored.word("succeed")?.rules == [.hedge])
        #expect(scored.word("peace")?.rules == [])
    }

    @Test func surelyStressesWithoutPraise() throws {
        let scored = try expectWords("This is surely a ⟦mistake⟧.")
        #expect(scored.word("mistake")?.rules == [.intensifier])
        #expect(scored.score.compound < 0)
        #expect(try expectWords("It will surely come.").words.isEmpty)
    }
}

@Suite struct NewsTopicTermTests {
    @Test func topicWordsWeighLessThanOpinions() throws {
        // An agreement is a document in the news; its valence is the domain layer's, halved.
        let agreement = try score("The agreement was signed on Tuesday.")
        #expect(agreement.words.map(\.text) == ["agreement"])
        #expect(agreement.word("agreement").map { close($0.value, 1.0) } == true)
        let lexiconOnly = try score("The agreement was signed on Tuesday.", domain: SentimentResources.noDomain)
        #expect(lexiconOnly.score.compound > agreement.score.compound)
        #expect(try score("He served a prison term.").word("prison").map { close($0.value, -1.2) } == true)
    }

    @Test func editorialWordsTheLexiconLacks() throws {
        #expect(try expectWords("Such precautions were ⟦absurd⟧ and ⟦harmful⟧.").score.compound < -0.5)
        let genius = try expectWords("She was a comic ⟦genius⟧.")
        #expect(genius.word("genius").map { close($0.value, 2.4) } == true)
    }

    @Test func specialInterestsAndSetPhrases() throws {
        #expect(try expectWords("This is ⟦special interest⟧ politics.").score.compound < 0)
        #expect(try expectWords("To be sure, the law was passed.").words.isEmpty)
        #expect(try expectWords("Make sure the doors are locked.").words.isEmpty)
    }
}

@Suite struct EvalSentimentHalvesTests {
    /// Two editorials (ids `1_…`, `2_…`) and two tweets: each group stays in one half.
    static let gold = """
        id\tmean_rating\ttext
        1_1\t2.0\tThe agreement is a wonderful success.
        1_2\t-2.0\tThe war was a terrible disaster.
        2_1\t1.5\tThe talks were good.
        2_2\t-1.5\tThe talks were not good.
        7\t2.5\tWhat a great day!
        8\t-2.5\tThis is awful.

        """

    @Test func groupsStayTogether() {
        #expect(GoldHalves.group(id: "12_3", line: 4) == "12")
        #expect(GoldHalves.group(id: "12", line: 4) == "12")
        #expect(GoldHalves.group(id: nil, line: 4) == "line:4")
        #expect(GoldHalves.half(of: "12") == GoldHalves.half(of: "12"))
        // Both halves are used over many keys.
        let halves = Set((0..<50).map { GoldHalves.half(of: String($0)) })
        #expect(halves == [1, 2])
    }

    @Test func halvesPartitionTheFileAndRowsListEveryText() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-gold-\(UUID().uuidString).tsv").path
        try Self.gold.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let harness = try Harness()
        let first = try harness.json("eval sentiment --gold '\(path)' --half 1")
        let second = try harness.json("eval sentiment --gold '\(path)' --half 2")
        let counts = [first, second].map { $0.first?["texts"] as? Int ?? 0 }
        #expect(counts[0] + counts[1] == 6)
        let rows = try harness.json("eval sentiment --gold '\(path)' --rows")
        #expect(rows.count == 6)
        #expect(rows.first?["id"] as? String == "1_1")
        #expect(rows.first.map { Set($0.keys) } == ["file", "id", "rating", "compound", "error", "text"])
        let half1 = try harness.json("eval sentiment --gold '\(path)' --rows --half 1").compactMap { $0["id"] as? String }
        // An editorial's sentences are on the same side.
        #expect(half1.contains("1_1") == half1.contains("1_2"))
        #expect(half1.contains("2_1") == half1.contains("2_2"))
        #expect(half1.count == counts[0])
    }
}
