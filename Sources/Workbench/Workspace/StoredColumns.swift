/// Node columns as a workspace keeps them, whatever columns the analysis made: kinds,
/// documents and spans as arrays, attributes as one blob read when a node is made, evidence. Written
/// from any `NodeColumns` (`encode`) and read back without making a `Node` per row.
struct StoredNodeColumns: NodeColumns {
    let kinds: [Kind]
    let kindOfNode: [UInt8]
    let documents: [String]
    let documentOfNode: [Int32]
    let starts: [Int32]
    let ends: [Int32]
    /// Attribute name lists, shared by the nodes that have the same names.
    let nameLists: [[String]]
    /// Per node: the offset of its attributes (name list index, then the values) in `blob`.
    let attributeOffsets: [Int32]
    let blob: [UInt8]
    let evidence: StoredEvidence

    var kind: Kind { kinds.first ?? "node" }
    var mixesKinds: Bool { kinds.count > 1 }
    var count: Int { starts.count }

    func kind(at index: Int) -> Kind { kinds[Int(kindOfNode[index])] }

    func span(at index: Int) -> Span {
        Span(unchecked: documents[Int(documentOfNode[index])], Int(starts[index]), Int(ends[index]))
    }

    func attributes(at index: Int) -> (names: [String], values: [Value]) {
        // The blob was checked when it was read (`decode`), so this cannot fail.
        var reader = ByteReader(blob, at: Int(attributeOffsets[index]))
        guard let list = try? reader.readUInt32(), Int(list) < nameLists.count else { return ([], []) }
        let names = nameLists[Int(list)]
        var values: [Value] = []
        values.reserveCapacity(names.count)
        for _ in names { values.append((try? reader.readValue()) ?? .null) }
        return (names, values)
    }

    func evidence(at index: Int) -> [Span] { evidence.spans(at: index) }

    /// Writes any node columns in this format.
    static func encode(_ columns: any NodeColumns, into writer: inout ByteWriter) {
        var kinds = Interner<Kind>(), documents = Interner<String>(), nameLists = Interner<[String]>()
        var kindOfNode: [UInt8] = [], documentOfNode: [Int32] = []
        var starts: [Int32] = [], ends: [Int32] = []
        var offsets: [Int32] = []
        var blob = ByteWriter()
        for i in 0..<columns.count {
            kindOfNode.append(UInt8(truncatingIfNeeded: kinds.index(columns.kind(at: i))))
            let span = columns.span(at: i)
            documentOfNode.append(Int32(documents.index(span.document)))
            starts.append(Int32(span.start))
            ends.append(Int32(span.end))
            let (names, values) = columns.attributes(at: i)
            offsets.append(Int32(blob.bytes.count))
            blob.write(UInt32(nameLists.index(names)))
            for value in values { blob.write(value) }
        }
        writer.write(kinds.values.map(\.name))
        writer.write(kindOfNode)
        writer.write(documents.values)
        writer.write(documentOfNode, packed: .deltas)
        writer.write(starts, packed: .deltas)
        // Ends as lengths: short, where the ends themselves step about like the starts.
        writer.write(zip(starts, ends).map { $1 &- $0 }, packed: .values)
        writer.write(UInt32(nameLists.values.count))
        for names in nameLists.values { writer.write(names) }
        writer.write(offsets, packed: .deltas)
        writer.write(blob.bytes)
        StoredEvidence.encode(rows: columns.count, evidence: columns.evidence(at:), into: &writer)
    }

    /// Reads columns `encode` wrote; `packed` is false for blobs saved before the large
    /// arrays were packed (`LayerArchive.packedColumnsMark`).
    static func decode(from reader: inout ByteReader, packed: Bool) throws -> StoredNodeColumns {
        let kinds = try reader.readStrings().map { Kind($0) }
        let kindOfNode = try reader.readBytes()
        let documents = try reader.readStrings()
        let documentOfNode = try packed ? reader.readInt32s(packed: .deltas) : reader.readInt32s()
        let starts = try packed ? reader.readInt32s(packed: .deltas) : reader.readInt32s()
        var ends = try packed ? reader.readInt32s(packed: .values) : reader.readInt32s()
        if packed {
            guard ends.count == starts.count else { throw ByteReader.DecodingFailure("node columns do not agree in length") }
            for i in ends.indices { ends[i] = starts[i] &+ ends[i] }
        }
        let listCount = try reader.readCount(minimumSize: 4)
        var nameLists: [[String]] = []
        for _ in 0..<listCount { nameLists.append(try reader.readStrings()) }
        let offsets = try packed ? reader.readInt32s(packed: .deltas) : reader.readInt32s()
        let blob = try reader.readBytes()
        let count = starts.count
        let evidence = try StoredEvidence.decode(from: &reader, rows: count, packed: packed)
        guard kindOfNode.count == count, documentOfNode.count == count, ends.count == count, offsets.count == count,
              kindOfNode.allSatisfy({ Int($0) < kinds.count }), documentOfNode.allSatisfy({ $0 >= 0 && Int($0) < documents.count }),
              zip(starts, ends).allSatisfy({ 0 <= $0 && $0 <= $1 }) else {
            throw ByteReader.DecodingFailure("node columns do not agree in length or range")
        }
        let columns = StoredNodeColumns(kinds: kinds, kindOfNode: kindOfNode, documents: documents, documentOfNode: documentOfNode,
                                        starts: starts, ends: ends, nameLists: nameLists, attributeOffsets: offsets, blob: blob,
                                        evidence: evidence)
        // Offsets in order and inside the blob; the attributes themselves are read when a node
        // is made, and a damaged one reads as nulls (`attributes(at:)`), never a crash.
        guard zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }), offsets.allSatisfy({ $0 >= 0 && Int($0) < max(blob.count, 1) }) else {
            throw ByteReader.DecodingFailure("node attribute offsets out of order or range")
        }
        return columns
    }
}

/// Edge columns as a workspace keeps them: one kind, endpoints as two arrays of ids, evidence.
struct StoredEdgeColumns: EdgeColumns {
    let kind: Kind
    let sources: [Int]
    let targets: [Int]
    let evidence: StoredEvidence
    /// Read from the blob's trailing section (see `encodeAttributes`); none in files saved
    /// before edge columns had attributes.
    var attributeSets: [[String: Value]] = []
    var setOfEdge: [Int32] = []

    var count: Int { sources.count }

    func endpoints(at index: Int) -> (from: NodeID, to: NodeID) { (NodeID(sources[index]), NodeID(targets[index])) }

    func evidence(at index: Int) -> [Span] { evidence.spans(at: index) }

    func attributeSet(at index: Int) -> Int { setOfEdge.indices.contains(index) ? Int(setOfEdge[index]) : -1 }

    /// The attribute sets of one edge column set: their count, each as sorted names then
    /// values, then each edge's set (nothing more when there are no sets). Written after
    /// every column set, so that blobs written before attributes existed still read.
    static func encodeAttributes(_ columns: any EdgeColumns, into writer: inout ByteWriter) {
        let sets = columns.attributeSets
        writer.write(UInt32(sets.count))
        guard !sets.isEmpty else { return }
        for set in sets {
            let sorted = set.sorted { $0.key < $1.key }
            writer.write(sorted.map(\.key))
            for (_, value) in sorted { writer.write(value) }
        }
        writer.write((0..<columns.count).map { Int32(columns.attributeSet(at: $0)) }, packed: .deltas)
    }

    /// These columns with the attributes `encodeAttributes` wrote.
    func readingAttributes(from reader: inout ByteReader, packed: Bool) throws -> StoredEdgeColumns {
        var copy = self
        let setCount = try reader.readCount()
        guard setCount > 0 else { return copy }
        for _ in 0..<setCount {
            let names = try reader.readStrings()
            var set: [String: Value] = [:]
            for name in names { set[name] = try reader.readValue() }
            copy.attributeSets.append(set)
        }
        copy.setOfEdge = try packed ? reader.readInt32s(packed: .deltas) : reader.readInt32s()
        guard copy.setOfEdge.count == count, !copy.setOfEdge.contains(where: { $0 < 0 || Int($0) >= setCount }) else {
            throw ByteReader.DecodingFailure("edge attribute sets do not match their edges")
        }
        return copy
    }

    static func encode(_ columns: any EdgeColumns, into writer: inout ByteWriter) {
        writer.write(columns.kind.name)
        var sources: [Int] = [], targets: [Int] = []
        sources.reserveCapacity(columns.count)
        targets.reserveCapacity(columns.count)
        for i in 0..<columns.count {
            let (from, to) = columns.endpoints(at: i)
            sources.append(from.raw)
            targets.append(to.raw)
        }
        writer.write(sources, packed: .deltas)
        writer.write(targets, packed: .deltas)
        StoredEvidence.encode(rows: columns.count, evidence: columns.evidence(at:), into: &writer)
    }

    static func decode(from reader: inout ByteReader, packed: Bool) throws -> StoredEdgeColumns {
        let kind = Kind(try reader.readString())
        var sources: [Int] = [], targets: [Int] = []
        if packed {
            sources = try reader.readInts(packed: .deltas)
            targets = try reader.readInts(packed: .deltas)
            guard sources.count == targets.count else { throw ByteReader.DecodingFailure("edge endpoints do not agree in length") }
        } else {
            let count = try reader.readCount(minimumSize: 16)
            sources.reserveCapacity(count)
            targets.reserveCapacity(count)
            for _ in 0..<count {
                sources.append(try reader.readInt())
                targets.append(try reader.readInt())
            }
        }
        let evidence = try StoredEvidence.decode(from: &reader, rows: sources.count, packed: packed)
        return StoredEdgeColumns(kind: kind, sources: sources, targets: targets, evidence: evidence)
    }
}
