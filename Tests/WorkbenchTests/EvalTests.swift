import Testing
@testable import Workbench

@Suite struct EvalTests {
    @Test func spanScoresExactAndOverlap() {
        let gold = [0..<5, 10..<20, 30..<35]
        let predicted = [0..<5, 12..<18, 40..<45]
        let exact = SpanMatching.score(predicted: predicted, gold: gold, match: .exact)
        #expect(exact == SpanScores(truePositives: 1, predicted: 3, gold: 3))
        let overlap = SpanMatching.score(predicted: predicted, gold: gold, match: .overlap)
        #expect(overlap.truePositives == 2)
        #expect(abs(overlap.f1 - 2.0 / 3.0) < 1e-12)
        #expect(SpanMatching.align(predicted: predicted, gold: gold, match: .overlap) == [0, 1, nil])
    }

    @Test func oneGoldSpanMatchesOnlyOnce() {
        let scores = SpanMatching.score(predicted: [0..<3, 2..<5], gold: [0..<5], match: .overlap)
        #expect(scores.truePositives == 1)
        #expect(scores.precision == 0.5)
    }

    @Test func pearsonAndSpearman() throws {
        let x: [Double] = [1, 2, 3, 4, 5], y: [Double] = [2, 4, 5, 4, 5]
        #expect(abs(try #require(Correlation.pearson(x, y)) - 0.7745966692414834) < 1e-12)
        // scipy.stats.spearmanr([1,2,3,4,5],[2,4,5,4,5]) = 0.7378647873726218
        #expect(abs(try #require(Correlation.spearman(x, y)) - 0.7378647873726218) < 1e-12)
        #expect(Correlation.pearson([1, 1, 1], [1, 2, 3]) == nil)
    }

    @Test func clusteringScoresMatchScikitLearn() {
        // sklearn: normalized_mutual_info_score([0,0,0,1,1,1],[0,0,1,1,2,2]) = 0.5158037429793889
        //          adjusted_rand_score(...) = 0.24242424242424246
        let scores = ClusteringScores(predicted: [0, 0, 1, 1, 2, 2], gold: [0, 0, 0, 1, 1, 1])
        #expect(abs(scores.nmi - 0.5158037429793889) < 1e-12)
        #expect(abs(scores.ari - 0.24242424242424246) < 1e-12)
        #expect(abs(scores.purity - 5.0 / 6.0) < 1e-12)
        let perfect = ClusteringScores(predicted: ["a", "a", "b"], gold: [1, 1, 2])
        #expect(perfect.nmi == 1 && perfect.ari == 1 && perfect.purity == 1)
    }

    @Test func classificationMacroF1AndConfusion() {
        let scores = ClassificationScores(predicted: ["pos", "neg", "neu", "pos"], gold: ["pos", "neg", "pos", "neu"])
        #expect(scores.accuracy == 0.5)
        #expect(scores.confusion["pos"]?["neu"] == 1)
        let pos = scores.classes.first { $0.label == "pos" }
        #expect(pos?.precision == 0.5 && pos?.recall == 0.5 && pos?.support == 2)
        #expect(abs(scores.macroF1 - (1.0 + 0 + 0.5) / 3) < 1e-12)
    }
}
