import Foundation

/// Agreement between a clustering and gold classes: NMI, ARI, V-measure, purity.
public struct ClusteringScores: Sendable, Equatable {
    public var nmi: Double
    public var ari: Double
    public var homogeneity: Double
    public var completeness: Double
    public var vMeasure: Double
    public var purity: Double

    /// Compares predicted cluster labels with gold labels, item by item.
    /// NMI uses the arithmetic mean of the entropies (scikit-learn's default), so it equals
    /// the V-measure.
    public init<P: Hashable, G: Hashable>(predicted: [P], gold: [G]) {
        let n = Double(min(predicted.count, gold.count))
        var joint: [Pair<P, G>: Double] = [:]
        var clusterSizes: [P: Double] = [:]
        var classSizes: [G: Double] = [:]
        for i in 0..<Int(n) {
            joint[Pair(a: predicted[i], b: gold[i]), default: 0] += 1
            clusterSizes[predicted[i], default: 0] += 1
            classSizes[gold[i], default: 0] += 1
        }
        func entropy<K>(_ sizes: [K: Double]) -> Double {
            sizes.values.reduce(0) { $0 - ($1 / n) * log($1 / n) }
        }
        let hC = entropy(classSizes), hK = entropy(clusterSizes)
        var mutual = 0.0
        for (pair, count) in joint {
            let pk = clusterSizes[pair.a] ?? 1, pc = classSizes[pair.b] ?? 1
            mutual += (count / n) * log(count * n / (pk * pc))
        }
        homogeneity = hC == 0 ? 1 : mutual / hC
        completeness = hK == 0 ? 1 : mutual / hK
        vMeasure = homogeneity + completeness == 0 ? 0 : 2 * homogeneity * completeness / (homogeneity + completeness)
        nmi = (hC + hK) == 0 ? 1 : 2 * mutual / (hC + hK)
        var best: [P: Double] = [:]
        for (pair, count) in joint { best[pair.a] = max(best[pair.a] ?? 0, count) }
        purity = n == 0 ? 0 : best.values.reduce(0, +) / n
        func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
        let index = joint.values.reduce(0) { $0 + pairs($1) }
        let a = clusterSizes.values.reduce(0) { $0 + pairs($1) }
        let b = classSizes.values.reduce(0) { $0 + pairs($1) }
        let expected = n < 2 ? 0 : a * b / pairs(n)
        let maximum = (a + b) / 2
        ari = maximum - expected == 0 ? 1 : (index - expected) / (maximum - expected)
    }

    private struct Pair<A: Hashable, B: Hashable>: Hashable {
        let a: A
        let b: B
    }
}

/// Per-class precision/recall/F1 and their macro average, from labels.
public struct ClassificationScores: Sendable {
    public struct PerClass: Sendable, Equatable {
        public var label: String
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public var classes: [PerClass]
    public var accuracy: Double
    public var macroF1: Double { classes.isEmpty ? 0 : classes.map(\.f1).reduce(0, +) / Double(classes.count) }
    /// `confusion[gold][predicted]` counts, labels sorted.
    public var confusion: [String: [String: Int]]

    public init(predicted: [String], gold: [String]) {
        let labels = Set(predicted + gold).sorted()
        var confusion: [String: [String: Int]] = [:]
        var correct = 0
        for (p, g) in zip(predicted, gold) {
            confusion[g, default: [:]][p, default: 0] += 1
            if p == g { correct += 1 }
        }
        classes = labels.map { label in
            let tp = Double(confusion[label]?[label] ?? 0)
            let predictedCount = Double(predicted.filter { $0 == label }.count)
            let goldCount = gold.filter { $0 == label }.count
            let p = predictedCount == 0 ? 0 : tp / predictedCount
            let r = goldCount == 0 ? 0 : tp / Double(goldCount)
            return PerClass(label: label, precision: p, recall: r, f1: p + r == 0 ? 0 : 2 * p * r / (p + r), support: goldCount)
        }
        accuracy = gold.isEmpty ? 0 : Double(correct) / Double(min(gold.count, predicted.count))
        self.confusion = confusion
    }
}
