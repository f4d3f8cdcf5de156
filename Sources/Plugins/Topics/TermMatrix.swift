import Foundation
import Workbench

/// Rows of sparse vectors: row i's entries are `columns[rowStart[i] ..< rowStart[i + 1]]`
/// with `values` beside them, columns ascending. Float: half the memory of Double, and the
/// clustering's sums need no more precision than that.
struct SparseRows: Sendable {
    var rowStart: [Int32] = [0]
    var columns: [Int32] = []
    var values: [Float] = []
    var columnCount = 0

    var rowCount: Int { rowStart.count - 1 }
    var nonZeros: Int { columns.count }

    func range(_ row: Int) -> Range<Int> { Int(rowStart[row])..<Int(rowStart[row + 1]) }

    /// These rows, in this order.
    func rows(_ indices: [Int]) -> SparseRows {
        var out = SparseRows()
        out.columnCount = columnCount
        for i in indices {
            out.columns.append(contentsOf: columns[range(i)])
            out.values.append(contentsOf: values[range(i)])
            out.rowStart.append(Int32(out.columns.count))
        }
        return out
    }

    /// The dot product of two rows (both sorted by column).
    func dot(_ a: Int, _ b: Int) -> Float {
        var i = Int(rowStart[a]), j = Int(rowStart[b])
        let iEnd = Int(rowStart[a + 1]), jEnd = Int(rowStart[b + 1])
        var sum: Float = 0
        while i < iEnd && j < jEnd {
            let ci = columns[i], cj = columns[j]
            if ci == cj {
                sum += values[i] * values[j]
                i += 1
                j += 1
            } else if ci < cj {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}

/// How terms are chosen and weighted.
struct FeatureOptions: Sendable, Hashable {
    /// A term must occur in at least this many units…
    var minDF = 2
    /// …and in at most this share of them (drops `said`, `year`, `new` in news), or in
    /// `minDF` units when that share is fewer.
    var maxDF = 0.5
    /// Also use pairs of adjacent terms (`prime minist`, `interest rate`).
    var bigrams = false
}

/// TF-IDF vectors of the units over their terms: Snowball stems of words (the token layer's
/// stems), without stop words, numbers, punctuation and one-letter stems, optionally with
/// bigrams; terms outside the document-frequency bounds dropped.
///
/// Weight of term t in unit u: (1 + ln tf) · idf, idf = ln((1 + n) / (1 + df)) + 1 (the
/// smoothed idf of scikit-learn), then every row scaled to unit length. `counts` keeps the
/// raw term counts for the labels.
struct TermMatrix: Sendable {
    /// The TF-IDF rows, L2-normalised.
    var rows: SparseRows
    /// Raw counts, same layout as `rows`.
    var counts: [Float]
    /// A feature's terms: a stem id, and a second stem id for a bigram (else -1).
    var first: [Int32]
    var second: [Int32]
    var documentFrequency: [Int32]

    var featureCount: Int { first.count }

    /// Stems never used as terms: stop words' stems are dropped per token (by normalised
    /// form), so a stop word's stem shared with a content word still counts for the latter.
    static func stopForms(_ layer: TokenLayer) -> Set<Int32> {
        Set((StopWords.english + TermMatrix.newsStopWords).compactMap { layer.normalizedID(of: $0) })
    }

    /// Beyond the core list: reporting words of news that say nothing about the subject, and
    /// the names of HTML entities whose `&` and `;` web-scraped text often lost (`quot`, `lt`).
    static let newsStopWords = [
        "said", "says", "say", "told", "mr", "mrs", "ms", "would", "could", "also", "one", "two",
        "quot", "amp", "lt", "gt", "nbsp", "apos",
    ]

    /// Builds the matrix; `units` lists the token ranges. Empty rows are kept (a unit whose
    /// terms were all dropped); the caller leaves them out.
    static func build(_ units: TopicUnits, layer: TokenLayer, documents: [Document], options: FeatureOptions) -> TermMatrix {
        let stems = layer.stems, stemOfNormalized = layer.stemOfNormalized
        let stemCount = stems.count, formCount = layer.normalizedForms.count
        // The term of each normalised form: its stem, or -1 for a stop word or a form whose
        // stem is shorter than two bytes or does not start with a letter.
        var termOfForm = [Int32](repeating: -1, count: formCount)
        var isStop = [Bool](repeating: false, count: formCount)
        for form in stopForms(layer) { isStop[Int(form)] = true }
        var stemIsTerm = [UInt8](repeating: 2, count: stemCount)  // 2: not looked at yet
        for form in 0..<formCount where !isStop[form] {
            let stem = stemOfNormalized[form]
            if stemIsTerm[Int(stem)] == 2 {
                let bytes = stems.utf8(stem)
                let first = bytes.first ?? 0
                stemIsTerm[Int(stem)] = bytes.count >= 2 && (first &- 97 < 26 || first >= 0xC0) ? 1 : 0
            }
            if stemIsTerm[Int(stem)] == 1 { termOfForm[form] = stem }
        }
        // Pass 1: each unit's distinct terms (term ids: stems, then stemCount + bigram) with
        // their counts, packed as term << 32 | count and sorted; document frequencies.
        var bigramIndex: [UInt64: Int32] = [:]
        var bigramPairs: [(Int32, Int32)] = []
        var df = [Int32](repeating: 0, count: stemCount)
        var lastUnit = [Int32](repeating: -1, count: stemCount)
        var slot = [Int32](repeating: 0, count: stemCount)
        var bigramDF: [Int32] = [], bigramLast: [Int32] = [], bigramSlot: [Int32] = []
        var unitTerms: [UInt64] = []
        var unitTermStart: [Int] = [0]
        var row: [UInt64] = []
        var docTokens: (index: Int32, tokens: DocumentTokens) = (-1, .empty)
        for u in 0..<units.count {
            if units.document[u] != docTokens.index {
                docTokens = (units.document[u], layer.tokens(in: documents[Int(units.document[u])].id))
            }
            row.removeAll(keepingCapacity: true)
            let unit = Int32(u)
            docTokens.tokens.classes.withUnsafeBufferPointer { classes in
                docTokens.tokens.normalized.withUnsafeBufferPointer { normalized in
                    var previous: Int32 = -1
                    for k in Int(units.firstToken[u])..<Int(units.endToken[u]) {
                        let cls = classes[k]
                        let term = cls == .word || cls == .abbreviation ? termOfForm[Int(normalized[k])] : -1
                        if term >= 0 {
                            let t = Int(term)
                            if lastUnit[t] != unit {
                                lastUnit[t] = unit
                                slot[t] = Int32(row.count)
                                row.append(UInt64(UInt32(term)) << 32 | 1)
                                df[t] += 1
                            } else {
                                row[Int(slot[t])] += 1
                            }
                            if options.bigrams && previous >= 0 {
                                let key = UInt64(UInt32(previous)) << 32 | UInt64(UInt32(term))
                                let b: Int
                                if let known = bigramIndex[key] {
                                    b = Int(known)
                                } else {
                                    b = bigramPairs.count
                                    bigramIndex[key] = Int32(b)
                                    bigramPairs.append((previous, term))
                                    bigramDF.append(0)
                                    bigramLast.append(-1)
                                    bigramSlot.append(0)
                                }
                                if bigramLast[b] != unit {
                                    bigramLast[b] = unit
                                    bigramSlot[b] = Int32(row.count)
                                    row.append(UInt64(UInt32(stemCount + b)) << 32 | 1)
                                    bigramDF[b] += 1
                                } else {
                                    row[Int(bigramSlot[b])] += 1
                                }
                            }
                        }
                        // A bigram is two terms side by side: a stop word, number or punctuation between breaks it.
                        previous = term
                    }
                }
            }
            row.sort()
            unitTerms.append(contentsOf: row)
            unitTermStart.append(unitTerms.count)
        }
        // Kept terms, numbered in term-id order (stems, then bigrams in order of first use).
        let n = units.count
        // Never below --min-df: on a handful of units the share would leave no term at all.
        let maxCount = options.maxDF >= 1 ? n : max(Int((options.maxDF * Double(n)).rounded(.down)), options.minDF)
        let total = stemCount + bigramPairs.count
        var feature = [Int32](repeating: -1, count: total)
        var first: [Int32] = [], second: [Int32] = [], documentFrequency: [Int32] = []
        for t in 0..<total {
            let d = t < stemCount ? df[t] : bigramDF[t - stemCount]
            guard d >= options.minDF && Int(d) <= maxCount && d > 0 else { continue }
            feature[t] = Int32(first.count)
            if t < stemCount {
                first.append(Int32(t))
                second.append(-1)
            } else {
                let pair = bigramPairs[t - stemCount]
                first.append(pair.0)
                second.append(pair.1)
            }
            documentFrequency.append(d)
        }
        let idf = documentFrequency.map { Float(log((1 + Double(n)) / (1 + Double($0))) + 1) }
        // Pass 2: rows, in feature order (features are numbered in term-id order).
        var rows = SparseRows()
        rows.columnCount = first.count
        rows.columns.reserveCapacity(unitTerms.count)
        rows.values.reserveCapacity(unitTerms.count)
        var counts: [Float] = []
        counts.reserveCapacity(unitTerms.count)
        for u in 0..<n {
            let rowBegin = rows.columns.count
            var norm: Float = 0
            for p in unitTermStart[u]..<unitTermStart[u + 1] {
                let f = feature[Int(unitTerms[p] >> 32)]
                guard f >= 0 else { continue }
                let tf = Float(unitTerms[p] & 0xFFFF_FFFF)
                let w = (1 + logf(tf)) * idf[Int(f)]
                rows.columns.append(f)
                rows.values.append(w)
                counts.append(tf)
                norm += w * w
            }
            if norm > 0 {
                let scale = 1 / norm.squareRoot()
                for p in rowBegin..<rows.values.count { rows.values[p] *= scale }
            }
            rows.rowStart.append(Int32(rows.columns.count))
        }
        return TermMatrix(rows: rows, counts: counts, first: first, second: second, documentFrequency: documentFrequency)
    }

    /// The rows at these positions (units kept), in that order.
    func subset(_ keep: [Int]) -> TermMatrix {
        var out = SparseRows()
        out.columnCount = rows.columnCount
        var outCounts: [Float] = []
        for i in keep {
            let r = rows.range(i)
            out.columns.append(contentsOf: rows.columns[r])
            out.values.append(contentsOf: rows.values[r])
            outCounts.append(contentsOf: counts[r])
            out.rowStart.append(Int32(out.columns.count))
        }
        return TermMatrix(rows: out, counts: outCounts, first: first, second: second, documentFrequency: documentFrequency)
    }

    /// A feature as stems (`prime minist`), the form stable across corpora that topic ids are matched by.
    func stemKey(_ f: Int, layer: TokenLayer) -> String {
        let a = layer.stem(first[f])
        return second[f] < 0 ? a : a + " " + layer.stem(second[f])
    }
}
