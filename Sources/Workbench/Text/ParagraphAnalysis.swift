import Foundation

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
            guard let base = b.baseAddress else { return ranges }
            let n = b.count
            var paragraphStart = -1, lastContentEnd = 0
            // Line by line: `memchr` finds each line feed, and only a line's two ends are
            // decoded (to trim spaces); its middle is only counted, eight bytes at a time.
            var lineStart = 0, k = 0  // the line's first byte and its scalar offset
            while true {
                let lineEnd = memchr(base + lineStart, 10, n - lineStart).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? n
                if let (first, end) = contentBounds(b, lineStart, lineEnd) {
                    let firstOffset = k + ScalarDecoder.scalarCount(b, lineStart, first)
                    let endOffset = firstOffset + ScalarDecoder.scalarCount(b, first, end)
                    if paragraphStart < 0 { paragraphStart = firstOffset }
                    lastContentEnd = endOffset
                    k = endOffset + ScalarDecoder.scalarCount(b, end, lineEnd)
                } else {
                    if paragraphStart >= 0 {
                        ranges.append(paragraphStart..<lastContentEnd)
                        paragraphStart = -1
                    }
                    k += ScalarDecoder.scalarCount(b, lineStart, lineEnd)
                }
                if lineEnd >= n { break }
                lineStart = lineEnd + 1
                k += 1
            }
            if paragraphStart >= 0 { ranges.append(paragraphStart..<lastContentEnd) }
            return ranges
        }
    }

    /// The byte offsets of the first non-space scalar of `b[start..<end]` and of the end of
    /// its last one; nil for a blank line.
    private static func contentBounds(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int)? {
        var first = start
        while first < end {
            var next = first
            if !isSpace(b, at: &next) { break }
            first = next
        }
        guard first < end else { return nil }
        var last = end
        while last > first {
            // The start of the scalar that ends at `last`: back over continuation bytes.
            var scalarStart = last - 1
            while b[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            var next = scalarStart
            if !isSpace(b, at: &next) { break }
            last = scalarStart
        }
        return (first, last)
    }

    /// Whether the scalar starting at `b[i]` is a space, moving `i` past it (decoded as
    /// `ScalarDecoder` does, so that offsets agree).
    @inline(__always)
    private static func isSpace(_ b: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Bool {
        ScalarKind.isSpace(Unicode.Scalar(ScalarDecoder.scalarValue(b, at: &i)) ?? "\u{FFFD}")
    }
}
