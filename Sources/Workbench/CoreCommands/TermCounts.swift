/// Word and document counts per normalised form, summed into stems on demand: the work
/// behind `freq`, in arrays indexed by vocabulary id rather than dictionaries.
struct TermCounts {
    let layer: TokenLayer
    private var count: [Int]
    private var documents: [Int]
    private var stemDocuments: [Int]
    private var lastDocument: [Int32]
    private var lastStemDocument: [Int32]
    private var documentNumber: Int32 = 0

    init(layer: TokenLayer) {
        self.layer = layer
        let forms = layer.normalizedForms.count, stems = layer.stems.count
        count = Array(repeating: 0, count: forms)
        documents = Array(repeating: 0, count: forms)
        lastDocument = Array(repeating: -1, count: forms)
        stemDocuments = Array(repeating: 0, count: stems)
        lastStemDocument = Array(repeating: -1, count: stems)
    }

    mutating func add(_ tokens: DocumentTokens, skipping stop: Set<Int32>) {
        let stems = tokens.stems
        for k in tokens.indices where tokens.classes[k].isLexical {
            let form = tokens.normalized[k]
            if !stop.isEmpty && stop.contains(form) { continue }
            let n = Int(form), s = Int(stems[k])
            count[n] += 1
            if lastDocument[n] != documentNumber { lastDocument[n] = documentNumber; documents[n] += 1 }
            if lastStemDocument[s] != documentNumber { lastStemDocument[s] = documentNumber; stemDocuments[s] += 1 }
        }
        documentNumber += 1
    }

    /// The `freq` table: by stem (with a `forms` column) or by normalised word.
    func table(byStem: Bool, top: Int) -> Table {
        var rows: [(term: String, count: Int, documents: Int, id: Int)] = []
        if byStem {
            var stemCount = Array(repeating: 0, count: layer.stems.count)
            let stemOfNormalized = layer.stemOfNormalized
            for n in count.indices where count[n] > 0 { stemCount[Int(stemOfNormalized[n])] += count[n] }
            for s in stemCount.indices where stemCount[s] > 0 {
                rows.append((layer.stem(Int32(s)), stemCount[s], stemDocuments[s], s))
            }
        } else {
            for n in count.indices where count[n] > 0 { rows.append((layer.normalized(Int32(n)), count[n], documents[n], n)) }
        }
        rows.sort { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
        if top > 0 && rows.count > top { rows.removeSubrange(top...) }
        var columns: [Table.Column] = [.init("term"), .init("count", .int), .init("documents", .int)]
        if byStem { columns.append(.init("forms", .array)) }
        var table = Table(name: "freq", columns: columns)
        let forms = byStem ? formsByStem(Set(rows.map(\.id))) : [:]
        for row in rows {
            var values: [Value] = [.string(row.term), .int(row.count), .int(row.documents)]
            if byStem { values.append(.array((forms[row.id] ?? []).map(Value.string))) }
            table.append(values)
        }
        return table
    }

    /// The counted word forms of each stem, most frequent first, then alphabetical.
    private func formsByStem(_ stems: Set<Int>) -> [Int: [String]] {
        var found: [Int: [(String, Int)]] = [:]
        let stemOfNormalized = layer.stemOfNormalized
        for n in count.indices where count[n] > 0 {
            let s = Int(stemOfNormalized[n])
            if stems.contains(s) { found[s, default: []].append((layer.normalized(Int32(n)), count[n])) }
        }
        return found.mapValues { $0.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0) }
    }
}
