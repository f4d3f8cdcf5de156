/// `--k auto`: clusters with every k of a range and keeps the k whose topics are both well
/// separated and reproducible — the largest product silhouette × stability (ties: the
/// smaller k):
///
/// - silhouette: the mean silhouette (cosine distance) of the clustering of all units, on a
///   fixed sample of at most 1,000 of them. A unit's silhouette is (b − a) / max(a, b), a its
///   mean distance to the other units of its topic, b the least mean distance to another
///   topic's units. The sample's pairwise similarities are computed once for every k.
/// - stability: the mean adjusted Rand index between that clustering and the clusterings
///   of four random 80% subsamples (2 restarts each), on the units they share: near 1 when
///   the topics come back with part of the data gone, lower when k cuts the data at chance
///   places.
///
/// On text, silhouette alone keeps growing with k (it chose the largest k tried on BBC News
/// and AG News), and stability alone favours k = 2 or 3; their product picks k = 5 on BBC
/// News (5 gold classes) and k = 3 on AG News (4 classes; business and technology merge),
/// with seeds 0, 1 and 2 alike. The chosen clustering is the one `--k N` gives for that N.
struct AutoK {
    struct Score: Sendable, Equatable {
        var k: Int
        var silhouette: Double
        var stability: Double
        /// What is maximised.
        var product: Double { silhouette * stability }
    }

    static let subsamples = 4

    var range: ClosedRange<Int>
    var restarts: Int
    var sampleSize = 1000
    /// Threads each clustering's restarts may run on (see `SphericalKMeans.threads`).
    var threads = 1

    /// The scores of every k tried (in order) and the clustering of the chosen one.
    func choose(_ x: SparseRows, seed: UInt64, cancelled: () throws -> Void) throws -> (scores: [Score], chosen: Clustering) {
        let n = x.rowCount
        let sample = AutoK.sample(n: n, size: sampleSize, seed: seed)
        let m = sample.count
        var similarity = [Float](repeating: 0, count: m * m)
        var dense = [Float](repeating: 0, count: x.columnCount)
        for a in 0..<m {
            let row = sample[a]
            for p in x.range(row) { dense[Int(x.columns[p])] = x.values[p] }
            for b in a..<m {
                var s: Float = 0
                for p in x.range(sample[b]) { s += x.values[p] * dense[Int(x.columns[p])] }
                similarity[a * m + b] = s
                similarity[b * m + a] = s
            }
            for p in x.range(row) { dense[Int(x.columns[p])] = 0 }
            if a % 64 == 0 { try cancelled() }
        }
        var scores: [Score] = []
        var best: (score: Double, clustering: Clustering)?
        let subsampleSize = max(2, n * 4 / 5)
        let upper = min(range.upperBound, n - 1, max(2, m - 1), max(2, subsampleSize - 1))
        for k in range.lowerBound...max(range.lowerBound, upper) {
            try cancelled()
            let clustering = try SphericalKMeans(k: k, restarts: restarts, threads: threads).fit(x, seed: seed, cancelled: cancelled)
            let labels = sample.map { Int(clustering.labels[$0]) }
            let s = AutoK.silhouette(similarity, labels: labels, k: k)
            var stability = 0.0
            for b in 1...AutoK.subsamples {
                let rows = AutoK.sample(n: n, size: subsampleSize, seed: seed, stream: UInt64(b))
                let sub = try SphericalKMeans(k: k, restarts: min(2, restarts), threads: threads).fit(x.rows(rows), seed: seed &+ UInt64(b), cancelled: cancelled)
                stability += AutoK.adjustedRand(sub.labels, rows.map { clustering.labels[$0] }, k: k) / Double(AutoK.subsamples)
            }
            let score = Score(k: k, silhouette: s, stability: stability)
            scores.append(score)
            if best == nil || score.product > best!.score { best = (score.product, clustering) }
        }
        return (scores, best!.clustering)
    }

    /// The adjusted Rand index of two labellings with labels below k.
    static func adjustedRand(_ a: [Int32], _ b: [Int32], k: Int) -> Double {
        var table = [Double](repeating: 0, count: k * k)
        var rows = [Double](repeating: 0, count: k), columns = [Double](repeating: 0, count: k)
        for i in a.indices {
            table[Int(a[i]) * k + Int(b[i])] += 1
            rows[Int(a[i])] += 1
            columns[Int(b[i])] += 1
        }
        func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
        let index = table.reduce(0) { $0 + pairs($1) }
        let sa = rows.reduce(0) { $0 + pairs($1) }, sb = columns.reduce(0) { $0 + pairs($1) }
        let expected = sa * sb / max(1, pairs(Double(a.count)))
        let maximum = (sa + sb) / 2
        return maximum == expected ? 1 : (index - expected) / (maximum - expected)
    }

    /// Up to `size` distinct row indices, drawn without replacement, ascending.
    static func sample(n: Int, size: Int, seed: UInt64, stream: UInt64 = 0) -> [Int] {
        guard n > size else { return Array(0..<n) }
        var rng = SplitMix64(seed: seed, stream: 0x5A4D_504C &+ stream)
        var pool = Array(0..<n)
        for i in 0..<size {
            let j = i + rng.below(n - i)
            pool.swapAt(i, j)
        }
        return pool[0..<size].sorted()
    }

    /// Mean silhouette of a labelled sample, with distance 1 − cosine.
    static func silhouette(_ similarity: [Float], labels: [Int], k: Int) -> Double {
        let m = labels.count
        var sizes = [Int](repeating: 0, count: k)
        for l in labels { sizes[l] += 1 }
        var total = 0.0
        var sums = [Double](repeating: 0, count: k)
        for a in 0..<m {
            for j in 0..<k { sums[j] = 0 }
            for b in 0..<m where b != a { sums[labels[b]] += 1 - Double(similarity[a * m + b]) }
            let own = labels[a]
            guard sizes[own] > 1 else { continue }  // a singleton's silhouette is 0
            let inner = sums[own] / Double(sizes[own] - 1)
            var nearest = Double.infinity
            for j in 0..<k where j != own && sizes[j] > 0 { nearest = min(nearest, sums[j] / Double(sizes[j])) }
            guard nearest.isFinite else { continue }
            let denominator = max(inner, nearest)
            if denominator > 0 { total += (nearest - inner) / denominator }
        }
        return m == 0 ? 0 : total / Double(m)
    }
}
