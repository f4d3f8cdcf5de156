/// The evidence spans of column nodes or edges as a workspace keeps them: per row a range
/// into flat span arrays, so rows without evidence (nearly all) cost 4 bytes.
struct StoredEvidence: Sendable {
    /// Row `i`'s spans are `firsts[i]..<firsts[i + 1]` (one more entry than rows).
    let firsts: [Int32]
    let documents: [String]
    let documentOfSpan: [Int32]
    let starts: [Int32]
    let ends: [Int32]

    func spans(at index: Int) -> [Span] {
        guard index + 1 < firsts.count else { return [] }
        return (Int(firsts[index])..<Int(firsts[index + 1])).map {
            Span(unchecked: documents[Int(documentOfSpan[$0])], Int(starts[$0]), Int(ends[$0]))
        }
    }

    static func encode(rows: Int, evidence: (Int) -> [Span], into writer: inout ByteWriter) {
        var firsts: [Int32] = [0], documents = Interner<String>()
        var documentOfSpan: [Int32] = [], starts: [Int32] = [], ends: [Int32] = []
        firsts.reserveCapacity(rows + 1)
        for row in 0..<rows {
            for span in evidence(row) {
                documentOfSpan.append(Int32(documents.index(span.document)))
                starts.append(Int32(span.start))
                ends.append(Int32(span.end))
            }
            firsts.append(Int32(starts.count))
        }
        writer.write(firsts, packed: .deltas)
        writer.write(documents.values)
        writer.write(documentOfSpan, packed: .deltas)
        writer.write(starts, packed: .deltas)
        writer.write(zip(starts, ends).map { $1 &- $0 }, packed: .values)
    }

    /// `packed` is false for blobs saved before the arrays were packed (`LayerArchive.packedColumnsMark`).
    static func decode(from reader: inout ByteReader, rows: Int, packed: Bool) throws -> StoredEvidence {
        let firsts = try packed ? reader.readInt32s(packed: .deltas) : reader.readInt32s()
        let documents = try reader.readStrings()
        let documentOfSpan = try packed ? reader.readInt32s(packed: .deltas) : reader.readInt32s()
        let starts = try packed ? reader.readInt32s(packed: .deltas) : reader.readInt32s()
        var ends = try packed ? reader.readInt32s(packed: .values) : reader.readInt32s()
        let spans = starts.count
        if packed {
            guard ends.count == spans else { throw ByteReader.DecodingFailure("evidence spans do not agree in length") }
            for i in ends.indices { ends[i] = starts[i] &+ ends[i] }
        }
        guard firsts.count == rows + 1, firsts.first == 0, firsts.last.map(Int.init) == spans,
              zip(firsts, firsts.dropFirst()).allSatisfy({ $0 <= $1 }),
              documentOfSpan.count == spans, ends.count == spans,
              documentOfSpan.allSatisfy({ $0 >= 0 && Int($0) < documents.count }),
              zip(starts, ends).allSatisfy({ 0 <= $0 && $0 <= $1 }) else {
            throw ByteReader.DecodingFailure("evidence spans do not agree in length or range")
        }
        return StoredEvidence(firsts: firsts, documents: documents, documentOfSpan: documentOfSpan, starts: starts, ends: ends)
    }
}
