/// Paragraphs: blocks of text separated by one or more blank lines (lines with only
/// whitespace count as blank). Each becomes a `paragraph` node with its number (from 1).
struct ParagraphAnalysis: Analysis {
    let id = "paragraphs"
    let version = "1"
    let provides: [AnalysisKey] = [.paragraphs]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        for (index, document) in context.graph.documents.enumerated() {
            try context.checkCancelled()
            var number = 0
            for range in ParagraphAnalysis.paragraphRanges(ScalarDecoder.scalars(of: document.text)) {
                number += 1
                try output.addNode("paragraph", span: Span(document: document.id, start: range.lowerBound, end: range.upperBound),
                                   fields: [("number", .int(number))])
            }
            context.reportProgress("paragraphs", done: index + 1, total: context.graph.documents.count)
        }
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
