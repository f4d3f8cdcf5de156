/// Paragraphs: blocks of text separated by one or more blank lines (lines with only
/// whitespace count as blank). Each becomes a `paragraph` node with its number (from 1).
/// Incremental: documents appended later get a column set of their own (numbers count from 1
/// in each document, so they are the same as in a full run).
struct ParagraphAnalysis: IncrementalAnalysis {
    let id = "paragraphs"
    let version = "1"
    let provides: [AnalysisKey] = [.paragraphs]

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        try addParagraphs(context, of: 0..<context.graph.documents.count, into: &output)
    }

    func extend(_ context: AnalysisContext, newDocuments: Range<Int>, into output: inout AnalysisOutput) throws -> Bool {
        try addParagraphs(context, of: newDocuments, into: &output)
        return true
    }

    /// One column set with the paragraphs of the documents at `range`.
    private func addParagraphs(_ context: AnalysisContext, of range: Range<Int>, into output: inout AnalysisOutput) throws {
        let perDocument = try context.mapDocuments("paragraphs", in: range) { _, document in
            ParagraphAnalysis.paragraphRanges(of: document.text)
        }
        var starts: [Int32] = [], ends: [Int32] = []
        let total = perDocument.reduce(0) { $0 + $1.count }
        starts.reserveCapacity(total)
        ends.reserveCapacity(total)
        for ranges in perDocument {
            for paragraph in ranges {
                starts.append(Int32(truncatingIfNeeded: paragraph.lowerBound))
                ends.append(Int32(truncatingIfNeeded: paragraph.upperBound))
            }
        }
        // A node per paragraph, kept as columns: made into `Node`s only when read.
        try output.addNodes(ParagraphColumns(offsets: DocumentOffsets(documents: context.graph.documents[range].map(\.id),
                                                                      counts: perDocument.map(\.count)),
                                             starts: starts, ends: ends))
    }

    /// Scalar ranges of the paragraphs, trimmed of surrounding whitespace.
    static func paragraphRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        paragraphRanges(of: String(String.UnicodeScalarView(scalars)))
    }

    /// The same, read straight from the text's UTF-8 (scalar offsets counted on the way):
    /// decoding every document into a scalar array first cost more than finding the lines.
    static func paragraphRanges(of text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { b in
            var ranges: [Range<Int>] = []
            var paragraphStart = -1, lastContentEnd = 0
            // The current line's first and after-last non-space scalar offsets (-1: blank so far).
            var lineFirst = -1, lineEnd = 0
            let n = b.count
            var i = 0, k = 0
            while true {
                let c0: UInt8 = i < n ? b[i] : 10
                // Printable ASCII, most of the text: content.
                if c0 > 32 && c0 < 0x80 {
                    if lineFirst < 0 { lineFirst = k }
                    i += 1
                    k += 1
                    lineEnd = k
                    continue
                }
                if c0 == 10 {
                    if lineFirst >= 0 {
                        if paragraphStart < 0 { paragraphStart = lineFirst }
                        lastContentEnd = lineEnd
                    } else if paragraphStart >= 0 {
                        ranges.append(paragraphStart..<lastContentEnd)
                        paragraphStart = -1
                    }
                    lineFirst = -1
                    if i >= n { break }
                    i += 1
                    k += 1
                    continue
                }
                let space: Bool
                if c0 < 0x80 {
                    space = c0 == 32 || (c0 >= 9 && c0 <= 13)
                    i += 1
                } else {
                    // The scalar, decoded as `ScalarDecoder` does (so offsets agree).
                    let v = ScalarDecoder.scalarValue(b, at: &i)
                    space = isSpace(Unicode.Scalar(v) ?? "\u{FFFD}")
                }
                if !space {
                    if lineFirst < 0 { lineFirst = k }
                    lineEnd = k + 1
                }
                k += 1
            }
            if paragraphStart >= 0 { ranges.append(paragraphStart..<lastContentEnd) }
            return ranges
        }
    }

    @inline(__always)
    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }
}
