/// The token layer in a workspace: both vocabularies as string lists (re-interned when
/// read), the stem table, then per document its five token arrays (offsets and ids packed).
extension TokenLayer: PersistentPayload {
    public static let codecName = "tokens"
    public static let codecVersion = 2

    public func encode(into writer: inout ByteWriter) {
        writer.write(normalizedForms.strings)
        let stems = formStems.table
        writer.write(stems.stems.strings)
        writer.write(stems.stemOfForm, packed: .values)
        writer.write(UInt32(documents.count))
        for (id, tokens) in documents.sorted(by: { $0.key < $1.key }) {
            writer.write(id)
            // Offsets packed as steps (mostly one byte), not in the in-memory form (16-bit
            // starts, 1-byte lengths), which may change again; ids packed as they are (the
            // common words were met first and have small ids).
            writer.write(Array(tokens.starts), packed: .deltas)
            writer.write(Array(tokens.ends), packed: .deltas)
            writer.write(tokens.classes.map(\.rawValue))
            writer.write(tokens.flags.map(\.rawValue))
            writer.write(tokens.normalized, packed: .values)
        }
    }

    public static func decode(from reader: inout ByteReader) throws -> TokenLayer {
        let forms = try Vocabulary(strings: try reader.readStrings())
        let stems = try Vocabulary(strings: try reader.readStrings())
        let stemOfNormalized = try reader.readInt32s(packed: .values)
        guard stemOfNormalized.count == forms.count, stemOfNormalized.allSatisfy({ $0 >= 0 && Int($0) < stems.count }) else {
            throw ByteReader.DecodingFailure("token stem table does not match the vocabularies")
        }
        var documents: [String: DocumentTokens] = [:]
        let count = try reader.readCount()
        documents.reserveCapacity(count)
        for _ in 0..<count {
            let id = try reader.readString()
            var tokens = DocumentTokens()
            let starts = try reader.readInt32s(packed: .deltas)
            let ends = try reader.readInt32s(packed: .deltas)
            let classes = try reader.readBytes()
            let flags = try reader.readBytes()
            tokens.normalized = try reader.readInt32s(packed: .values)
            let n = starts.count
            guard ends.count == n, classes.count == n, flags.count == n, tokens.normalized.count == n,
                  tokens.normalized.allSatisfy({ $0 >= 0 && Int($0) < forms.count }) else {
                throw ByteReader.DecodingFailure("token arrays of '\(id)' do not agree")
            }
            for i in 0..<n {
                guard starts[i] >= 0, starts[i] <= ends[i], i == 0 || ends[i - 1] <= starts[i] else {
                    throw ByteReader.DecodingFailure("token \(i) of '\(id)' has a bad span")
                }
            }
            starts.withUnsafeBufferPointer { starts in
                ends.withUnsafeBufferPointer { ends in tokens.setSpans(starts: starts, ends: ends) }
            }
            tokens.classes = try classes.map { byte in
                guard let tokenClass = TokenClass(rawValue: byte) else { throw ByteReader.DecodingFailure("unknown token class \(byte)") }
                return tokenClass
            }
            tokens.flags = flags.map { TokenFlags(rawValue: $0) }
            documents[id] = tokens
        }
        return TokenLayer(normalizedForms: forms, stems: FormStems(ready: FormStems.Table(stems: stems, stemOfForm: stemOfNormalized)),
                          documents: documents)
    }
}

extension Vocabulary {
    /// Every string, by id.
    var strings: [String] { (0..<count).map { string(Int32($0)) } }

    /// A vocabulary with these strings as ids 0, 1, … (they must be distinct).
    init(strings: [String]) throws {
        self.init()
        for (index, string) in strings.enumerated() {
            var bytes = Array(string.utf8)
            let id = bytes.withUnsafeMutableBufferPointer { intern(UnsafeBufferPointer($0)) }
            guard Int(id) == index else { throw ByteReader.DecodingFailure("vocabulary repeats '\(string)'") }
        }
        compact()
    }
}
