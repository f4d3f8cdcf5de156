/// The sentence layer in a workspace: per document its five sentence arrays, packed.
extension SentenceLayer: PersistentPayload {
    public static let codecName = "sentences"
    public static let codecVersion = 2

    public func encode(into writer: inout ByteWriter) {
        writer.write(UInt32(documents.count))
        for (id, sentences) in documents.sorted(by: { $0.key < $1.key }) {
            writer.write(id)
            writer.write(sentences.firstToken, packed: .deltas)
            writer.write(sentences.endToken, packed: .deltas)
            writer.write(sentences.paragraph, packed: .deltas)
            writer.write(sentences.starts, packed: .deltas)
            writer.write(sentences.ends, packed: .deltas)
        }
    }

    public static func decode(from reader: inout ByteReader) throws -> SentenceLayer {
        var documents: [String: DocumentSentences] = [:]
        let count = try reader.readCount()
        documents.reserveCapacity(count)
        for _ in 0..<count {
            let id = try reader.readString()
            var sentences = DocumentSentences()
            sentences.firstToken = try reader.readInt32s(packed: .deltas)
            sentences.endToken = try reader.readInt32s(packed: .deltas)
            sentences.paragraph = try reader.readInt32s(packed: .deltas)
            sentences.starts = try reader.readInt32s(packed: .deltas)
            sentences.ends = try reader.readInt32s(packed: .deltas)
            let n = sentences.starts.count
            guard sentences.firstToken.count == n, sentences.endToken.count == n, sentences.paragraph.count == n,
                  sentences.ends.count == n else {
                throw ByteReader.DecodingFailure("sentence arrays of '\(id)' do not agree")
            }
            documents[id] = sentences
        }
        return SentenceLayer(documents: documents)
    }
}
