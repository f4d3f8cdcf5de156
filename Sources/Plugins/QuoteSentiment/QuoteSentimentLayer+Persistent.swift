import Workbench

/// The quotes' scores in a workspace: (document, start, end, compound), in span order.
extension QuoteSentimentLayer: PersistentPayload {
    static let codecName = "sentiment.quotes"
    static let codecVersion = 1

    func encode(into writer: inout ByteWriter) {
        writer.write(UInt32(compound.count))
        for (span, score) in compound.sorted(by: { $0.key < $1.key }) {
            writer.write(span.document)
            writer.write(span.start)
            writer.write(span.end)
            writer.write(score)
        }
    }

    static func decode(from reader: inout ByteReader) throws -> QuoteSentimentLayer {
        var layer = QuoteSentimentLayer()
        for _ in 0..<(try reader.readCount()) {
            let document = try reader.readString()
            let start = try reader.readInt(), end = try reader.readInt()
            guard let span = try? Span(document: document, start: start, end: end) else {
                throw ByteReader.DecodingFailure("quote span \(start)..<\(end)")
            }
            layer.compound[span] = try reader.readDouble()
        }
        return layer
    }
}
