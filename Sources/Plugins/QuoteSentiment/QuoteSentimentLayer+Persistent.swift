import Workbench

/// The quotes' scores in a workspace: (document, start, end, compound), in the layer's order
/// (document by document, each by start then end).
extension QuoteSentimentLayer: PersistentPayload {
    static let codecName = "sentiment.quotes"
    static let codecVersion = 1

    func encode(into writer: inout ByteWriter) {
        writer.write(UInt32(spans.count))
        for (span, score) in zip(spans, compounds) {
            writer.write(span.document)
            writer.write(span.start)
            writer.write(span.end)
            writer.write(score)
        }
    }

    static func decode(from reader: inout ByteReader) throws -> QuoteSentimentLayer {
        var spans: [Span] = [], compounds: [Double] = []
        for _ in 0..<(try reader.readCount()) {
            let document = try reader.readString()
            let start = try reader.readInt(), end = try reader.readInt()
            guard let span = try? Span(document: document, start: start, end: end) else {
                throw ByteReader.DecodingFailure("quote span \(start)..<\(end)")
            }
            spans.append(span)
            compounds.append(try reader.readDouble())
        }
        return QuoteSentimentLayer(spans: spans, compounds: compounds)
    }
}
