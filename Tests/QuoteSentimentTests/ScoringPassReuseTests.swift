import Testing
@testable import QuoteSentimentPlugin
@testable import Workbench

/// One `ScoringPass` scores all the sentences of a document, and without `explain` it keeps
/// no steps: the numbers must be those of a fresh pass per sentence, rule for rule.
@Suite struct ScoringPassReuseTests {
    static let text = """
        The talks were not a success, but both sides say cooperation might improve. \
        Although the threat remains, NATO and Japan are very hopeful! Is it GREAT? \
        Officials did not welcome further engagement :) and the deal was sooo good. \
        Never has she had so great a chance; they reduce the risk of war. \
        It is kind of nice, too generous perhaps, and non-violent. Nothing happened here.
        """

    @Test func aReusedPassScoresEverySentenceLikeAFreshOne() throws {
        var graph = CorpusGraph()
        try graph.add(Document(id: "t", text: ScoringPassReuseTests.text))
        let workbench = try Workbench(plugins: [QuoteSentimentPlugin()])
        try workbench.engine.ensure([.sentences], in: &graph, settings: workbench.defaultSettings)
        let run = try SentimentRun(graph: graph, settings: workbench.defaultSettings)
        let tokens = run.tokens.tokens(in: "t")
        let sentences = try #require(graph.payload(of: "sentences", as: SentenceLayer.self)).sentences(in: "t")
        #expect(sentences.count >= 5)
        let reader = run.reader("t")
        var explained = run.scorer.pass(tokens, text: reader, explain: true)
        var numbersOnly = run.scorer.pass(tokens, text: reader, explain: false)
        var sawContributions = false
        for s in 0..<sentences.count {
            let range = sentences.tokenRange(s)
            let fresh = run.scorer.score(tokens, range, text: reader)
            sawContributions = sawContributions || !fresh.contributions.isEmpty
            #expect(explained.score(range) == fresh)
            var bare = fresh
            bare.contributions = []
            #expect(numbersOnly.score(range) == bare)
        }
        #expect(sawContributions)
    }
}
