import Foundation
import Workbench

/// A term of a topic, as shown (`minister`, `prime minister`) and as matched across runs
/// (its stems: `minist`, `prime minist`), with its weight.
struct TopicTerm: Sendable, Hashable {
    var text: String
    var key: String
    var weight: Double
}

struct Topic: Sendable {
    var id: Int
    var size: Int
    /// The first three terms.
    var label: String
    /// The most distinctive terms (class-based TF-IDF against the other topics), best first.
    var terms: [TopicTerm]
    /// The most representative units (closest to the centroid), best first.
    var examples: [Int]
    /// The centroid's heaviest terms (unit length over these): how a later run recognises
    /// this topic.
    var signature: [TopicTerm]
}

/// The units to cluster and their vectors; units without any term are left out.
struct TopicData: Sendable {
    var units: TopicUnits
    var matrix: TermMatrix
    /// Units left out because none of their words is a term.
    var skipped: Int

    static func prepare(graph: CorpusGraph, layer: TokenLayer, unit: TopicUnitKind, features: FeatureOptions) throws -> TopicData {
        let all = try TopicUnits.collect(unit, graph: graph, layer: layer)
        let matrix = TermMatrix.build(all, layer: layer, documents: graph.documents, options: features)
        let keep = (0..<all.count).filter { matrix.rows.rowStart[$0 + 1] > matrix.rows.rowStart[$0] }
        if keep.count == all.count { return TopicData(units: all, matrix: matrix, skipped: 0) }
        return TopicData(units: all.subset(keep), matrix: matrix.subset(keep), skipped: all.count - keep.count)
    }
}

/// A fitted topic model: its topics (ordered by id) and each unit's topic.
struct TopicModel: Sendable {
    var parameters: TopicParameters
    var data: TopicData
    var topics: [Topic]
    /// Index into `topics` of each unit's topic.
    var topicOfUnit: [Int32]
    /// Each unit's cosine similarity to its topic's centroid.
    var score: [Float]
    /// NMF only: units × topics, each unit's weight on each topic as a share of its total.
    var shares: [Float]?
    /// `--k auto`: the scores of the k tried.
    var autoScores: [AutoK.Score]
    /// How many topics kept the id of a topic of an earlier run.
    var inherited: Int

    var k: Int { topics.count }
    var unitCount: Int { data.units.count }
}

/// Builds topic models: clustering, labels, examples, and ids.
enum TopicModelBuilder {
    static let termCount = 10
    static let exampleCount = 10
    static let signatureCount = 30
    /// Cosine between signatures above which a new topic takes an earlier one's id.
    static let matchThreshold = 0.5

    static func build(_ data: TopicData, layer: TokenLayer, documents: [Document], parameters: TopicParameters,
                      previous: [Topic]?, threads: Int = 1, cancelled: () throws -> Void) throws -> TopicModel {
        let x = data.matrix.rows
        let n = x.rowCount, total = n + data.skipped
        let unitName = parameters.unit == .doc ? "document" : parameters.unit.rawValue
        func units(_ count: Int) -> String { "\(count) \(unitName)\(count == 1 ? "" : "s")" }
        let smallerK = "k must be at most the number of units with terms; use a smaller --k or --k auto"
        if let k = parameters.k, k > total {
            throw WorkbenchError(.badValue, "cannot make \(k) topics from \(units(total))", hint: smallerK)
        }
        if parameters.k == nil && total < 3 {
            throw WorkbenchError(.badValue, "cannot choose k from \(units(total)): --k auto needs 3 or more",
                                 hint: "load more documents, or give --k")
        }
        guard n > 0 else {
            throw WorkbenchError(.badValue, "no \(unitName)s to cluster: none has a word that is a term",
                                 hint: "terms are words in at least --min-df units and at most --max-df of them; lower --min-df")
        }
        var autoScores: [AutoK.Score] = []
        var clustering: Clustering
        if let k = parameters.k {
            guard k <= n else {
                throw WorkbenchError(.badValue, "cannot make \(k) topics from \(units(n)) with terms (\(data.skipped) have none)",
                                     hint: smallerK)
            }
            clustering = try SphericalKMeans(k: k, restarts: parameters.restarts, threads: threads).fit(x, seed: parameters.seed, cancelled: cancelled)
        } else {
            guard n >= 3 else {
                throw WorkbenchError(.badValue, "cannot choose k from \(units(n)) with terms: --k auto needs 3 or more",
                                     hint: "load more documents, or give --k")
            }
            let chosen = try AutoK(range: parameters.autoRange, restarts: parameters.restarts, threads: threads)
                .choose(x, seed: parameters.seed, cancelled: cancelled)
            autoScores = chosen.scores
            clustering = chosen.chosen
        }
        let k = clustering.k
        var shares: [Float]?
        var centroids = clustering.centroids
        var labels = clustering.labels
        var similarity = clustering.similarity
        if parameters.method == .nmf {
            let (w, h) = try TopicNMF(k: k).fit(x, from: clustering, cancelled: cancelled)
            centroids = h
            var s = [Float](repeating: 0, count: n * k)
            for i in 0..<n {
                var total: Float = 0
                var best = 0
                for j in 0..<k {
                    total += w[i * k + j]
                    if w[i * k + j] > w[i * k + best] { best = j }
                }
                for j in 0..<k { s[i * k + j] = total > 0 ? w[i * k + j] / total : 0 }
                labels[i] = Int32(best)
                var dot: Float = 0
                for p in x.range(i) { dot += x.values[p] * h[best * x.columnCount + Int(x.columns[p])] }
                similarity[i] = dot
            }
            shares = s
        }
        // Topics in cluster order.
        let forms = displayForms(data, layer: layer, documents: documents)
        var topics: [Topic] = []
        let terms = distinctiveTerms(data.matrix, labels: labels, k: k)
        for j in 0..<k {
            let members = (0..<n).filter { labels[$0] == Int32(j) }
            let examples = members.sorted { (similarity[$0], -$0) > (similarity[$1], -$1) }.prefix(exampleCount)
            let topicTerms = terms[j].map { TopicTerm(text: forms.text(of: $0.feature), key: forms.key(of: $0.feature), weight: $0.weight) }
            topics.append(Topic(id: 0, size: members.count, label: topicTerms.prefix(3).map(\.text).joined(separator: ", "),
                                terms: topicTerms, examples: Array(examples),
                                signature: signature(centroids, topic: j, columns: x.columnCount, forms: forms)))
        }
        // Ids: by size (then label) on a first run; matched to the previous run's topics after.
        let canonical = (0..<k).sorted {
            (topics[$0].size, topics[$1].label, $1) > (topics[$1].size, topics[$0].label, $0)
        }
        let ids = assignIDs(canonical.map { topics[$0].signature }, previous: previous)
        for (rank, j) in canonical.enumerated() { topics[j].id = ids.ids[rank] }
        let byID = (0..<k).sorted { topics[$0].id < topics[$1].id }
        var position = [Int32](repeating: 0, count: k)
        for (p, j) in byID.enumerated() { position[j] = Int32(p) }
        var orderedShares: [Float]?
        if let s = shares {
            var o = [Float](repeating: 0, count: n * k)
            for i in 0..<n { for j in 0..<k { o[i * k + Int(position[j])] = s[i * k + j] } }
            orderedShares = o
        }
        return TopicModel(parameters: parameters, data: data, topics: byID.map { topics[$0] },
                          topicOfUnit: labels.map { position[Int($0)] }, score: similarity, shares: orderedShares,
                          autoScores: autoScores, inherited: ids.inherited)
    }

    // MARK: Labels

    /// Class-based TF-IDF (Grootendorst 2022): a term's share of a topic's term count, times
    /// ln(1 + A / f), f the term's count in all topics and A the mean term count of a topic.
    /// Terms frequent in one topic and rare in the others come first. A single word already
    /// part of a higher-ranked bigram is passed over.
    static func distinctiveTerms(_ matrix: TermMatrix, labels: [Int32], k: Int) -> [[(feature: Int, weight: Double)]] {
        let f = matrix.featureCount
        var tf = [Double](repeating: 0, count: k * f)
        let rows = matrix.rows
        for i in 0..<rows.rowCount {
            let base = Int(labels[i]) * f
            for p in rows.range(i) { tf[base + Int(rows.columns[p])] += Double(matrix.counts[p]) }
        }
        var topicTotal = [Double](repeating: 0, count: k)
        var termTotal = [Double](repeating: 0, count: f)
        for j in 0..<k {
            for t in 0..<f {
                topicTotal[j] += tf[j * f + t]
                termTotal[t] += tf[j * f + t]
            }
        }
        let average = topicTotal.reduce(0, +) / Double(max(1, k))
        var result: [[(Int, Double)]] = []
        for j in 0..<k {
            var scored: [(Int, Double)] = []
            for t in 0..<f where tf[j * f + t] > 0 {
                let w = tf[j * f + t] / topicTotal[j] * log(1 + average / termTotal[t])
                scored.append((t, w))
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            var chosen: [(Int, Double)] = []
            var inBigram = Set<Int32>()
            for (t, w) in scored {
                if chosen.count == termCount { break }
                if matrix.second[t] < 0 {
                    if inBigram.contains(matrix.first[t]) { continue }
                } else {
                    inBigram.insert(matrix.first[t])
                    inBigram.insert(matrix.second[t])
                }
                chosen.append((t, (w * 10_000).rounded() / 10_000))
            }
            result.append(chosen)
        }
        return result
    }

    /// The heaviest terms of a centroid, rescaled to unit length.
    static func signature(_ centroids: [Float], topic j: Int, columns d: Int, forms: DisplayForms) -> [TopicTerm] {
        var top = (0..<d).filter { centroids[j * d + $0] > 0 }
        top.sort { (centroids[j * d + $0], -$0) > (centroids[j * d + $1], -$1) }
        top = Array(top.prefix(signatureCount))
        let norm = top.reduce(0.0) { $0 + Double(centroids[j * d + $1]) * Double(centroids[j * d + $1]) }.squareRoot()
        return top.map { TopicTerm(text: forms.text(of: $0), key: forms.key(of: $0), weight: norm > 0 ? Double(centroids[j * d + $0]) / norm : 0) }
    }

    // MARK: Ids

    /// Ids for topics in canonical order. With no earlier run: 1, 2, 3 … With one: each new
    /// topic whose signature is close enough (cosine ≥ 0.5) to an earlier topic's takes its id,
    /// the closest pairs first; the others get ids above every earlier one, in canonical order.
    static func assignIDs(_ signatures: [[TopicTerm]], previous: [Topic]?) -> (ids: [Int], inherited: Int) {
        guard let previous, !previous.isEmpty else { return (signatures.indices.map { $0 + 1 }, 0) }
        var pairs: [(similarity: Double, new: Int, old: Int)] = []
        for (a, signature) in signatures.enumerated() {
            var weights: [String: Double] = [:]
            for term in signature { weights[term.key] = term.weight }
            for (b, old) in previous.enumerated() {
                var s = 0.0
                for term in old.signature { s += (weights[term.key] ?? 0) * term.weight }
                if s >= matchThreshold { pairs.append((s, a, b)) }
            }
        }
        pairs.sort { ($0.similarity, -$0.new, -$0.old) > ($1.similarity, -$1.new, -$1.old) }
        var ids = [Int](repeating: 0, count: signatures.count)
        var usedOld = Set<Int>()
        var inherited = 0
        for pair in pairs where ids[pair.new] == 0 && !usedOld.contains(pair.old) {
            ids[pair.new] = previous[pair.old].id
            usedOld.insert(pair.old)
            inherited += 1
        }
        var next = (previous.map(\.id).max() ?? 0) + 1
        for a in ids.indices where ids[a] == 0 {
            ids[a] = next
            next += 1
        }
        return (ids, inherited)
    }

    // MARK: Display forms

    /// Each stem shown as its most frequent word form in the units (`minister` for `minist`).
    struct DisplayForms {
        let matrix: TermMatrix
        let layer: TokenLayer
        let formOfStem: [Int32: Int32]

        func word(_ stem: Int32) -> String {
            formOfStem[stem].map { layer.normalized($0) } ?? layer.stem(stem)
        }

        func text(of feature: Int) -> String {
            let a = word(matrix.first[feature])
            return matrix.second[feature] < 0 ? a : a + " " + word(matrix.second[feature])
        }

        func key(of feature: Int) -> String { matrix.stemKey(feature, layer: layer) }
    }

    static func displayForms(_ data: TopicData, layer: TokenLayer, documents: [Document]) -> DisplayForms {
        var isTermStem = [Bool](repeating: false, count: layer.stems.count)
        for f in 0..<data.matrix.featureCount {
            isTermStem[Int(data.matrix.first[f])] = true
            if data.matrix.second[f] >= 0 { isTermStem[Int(data.matrix.second[f])] = true }
        }
        var formCount = [Int32](repeating: 0, count: layer.normalizedForms.count)
        let units = data.units, stemOfNormalized = layer.stemOfNormalized
        var current: (index: Int32, tokens: DocumentTokens) = (-1, .empty)
        for u in 0..<units.count {
            if units.document[u] != current.index {
                current = (units.document[u], layer.tokens(in: documents[Int(units.document[u])].id))
            }
            let tokens = current.tokens
            for t in Int(units.firstToken[u])..<Int(units.endToken[u]) where isTermStem[Int(stemOfNormalized[Int(tokens.normalized[t])])] {
                formCount[Int(tokens.normalized[t])] += 1
            }
        }
        var best: [Int32: Int32] = [:]
        for form in 0..<formCount.count where formCount[form] > 0 {
            let stem = stemOfNormalized[form]
            if let known = best[stem], formCount[Int(known)] >= formCount[form] { continue }
            best[stem] = Int32(form)
        }
        return DisplayForms(matrix: data.matrix, layer: layer, formOfStem: best)
    }
}
