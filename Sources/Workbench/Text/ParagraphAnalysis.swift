/// Paragraphs: blocks of text separated by one or more blank lines (lines with only
/// whitespace count as blank). Each becomes a `paragraph` node with its number (from 1).
struct ParagraphAnalysis: Analysis {
    let id = "paragraphs"
    let version = "1"
    let provides: [AnalysisKey] = [.paragraphs]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let perDocument = try context.mapDocuments("paragraphs") { _, document in
            ParagraphAnalysis.paragraphRanges(ScalarDecoder.scalars(of: document.text))
        }
        var starts: [Int32] = [], ends: [Int32] = []
        let total = perDocument.reduce(0) { $0 + $1.count }
        starts.reserveCapacity(total)
        ends.reserveCapacity(total)
        for ranges in perDocument {
            for range in ranges {
                starts.append(Int32(truncatingIfNeeded: range.lowerBound))
                ends.append(Int32(truncatingIfNeeded: range.upperBound))
            }
        }
        // A node per paragraph, kept as columns: made into `Node`s only when read.
        try output.addNodes(ParagraphColumns(offsets: DocumentOffsets(documents: context.graph.documents.map(\.id),
                                                                      counts: perDocument.map(\.count)),
                                             starts: starts, ends: ends))
    }

    /// Scalar ranges of the paragraphs, trimmed of surrounding whitespace.
    static func paragraphRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        var paragraphStart: Int?
        var lastContentEnd = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" {
                let line = scalars[lineStart..<i]
                if let first = line.firstIndex(where: { !isSpace($0) }) {
                    if paragraphStart == nil { paragraphStart = first }
                    lastContentEnd = (line.lastIndex(where: { !isSpace($0) }) ?? first) + 1
                } else if let start = paragraphStart {
                    ranges.append(start..<lastContentEnd)
                    paragraphStart = nil
                }
                lineStart = i + 1
            }
            i += 1
        }
        if let start = paragraphStart { ranges.append(start..<lastContentEnd) }
        return ranges
    }

    @inline(__always)
    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }
}
