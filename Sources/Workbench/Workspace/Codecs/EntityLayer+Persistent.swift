/// The entity layer in a workspace: the entity table, the roles, then per document its
/// mentions (offsets, tokens, kind, entity).
extension EntityLayer: PersistentPayload {
    public static let codecName = "entities"
    public static let codecVersion = 2

    public func encode(into writer: inout ByteWriter) {
        writer.write(UInt32(entities.count))
        for entity in entities {
            writer.write(entity.name)
            writer.write(entity.kind.rawValue)
            writer.write(entity.aliases)
            writer.write(entity.country)
            writer.write(entity.mentionCount)
            writer.write(entity.documentCount)
        }
        writer.write(UInt32(roles.count))
        for role in roles {
            writer.write(role.person)
            writer.write(role.role)
            writer.write(role.organization ?? -1)
            writer.write(role.document)
            writer.write(role.start)
            writer.write(role.end)
        }
        // Per document its mentions as packed columns (see `IntegerPacking`); the kind as an
        // index into `EntityKind.allCases`.
        writer.write(UInt32(documents.count))
        for (id, mentions) in documents.sorted(by: { $0.key < $1.key }) {
            writer.write(id)
            writer.write(mentions.map { Int32($0.start) }, packed: .deltas)
            writer.write(mentions.map { Int32($0.end - $0.start) }, packed: .values)
            writer.write(mentions.map { Int32($0.tokenStart) }, packed: .deltas)
            writer.write(mentions.map { Int32($0.tokenEnd - $0.tokenStart) }, packed: .values)
            writer.write(mentions.map { UInt8(EntityKind.allCases.firstIndex(of: $0.kind) ?? 0) })
            writer.write(mentions.map { Int32($0.entity) }, packed: .values)
        }
    }

    public static func decode(from reader: inout ByteReader) throws -> EntityLayer {
        func kind(_ text: String) throws -> EntityKind {
            guard let kind = EntityKind(rawValue: text) else { throw ByteReader.DecodingFailure("unknown entity kind '\(text)'") }
            return kind
        }
        var entities: [EntityRecord] = []
        for _ in 0..<(try reader.readCount()) {
            entities.append(EntityRecord(name: try reader.readString(), kind: try kind(try reader.readString()), aliases: try reader.readStrings(),
                                         country: try reader.readOptionalString(), mentionCount: try reader.readInt(),
                                         documentCount: try reader.readInt()))
        }
        func entity(_ index: Int) throws -> Int {
            guard index >= 0, index < entities.count else { throw ByteReader.DecodingFailure("entity index \(index) out of range") }
            return index
        }
        var roles: [RoleRecord] = []
        for _ in 0..<(try reader.readCount()) {
            let person = try entity(try reader.readInt())
            let role = try reader.readString()
            let organization = try reader.readInt()
            roles.append(RoleRecord(person: person, role: role, organization: organization < 0 ? nil : try entity(organization),
                                    document: try reader.readString(), start: try reader.readInt(), end: try reader.readInt()))
        }
        var documents: [String: [MentionRecord]] = [:]
        for _ in 0..<(try reader.readCount()) {
            let id = try reader.readString()
            let starts = try reader.readInt32s(packed: .deltas), lengths = try reader.readInt32s(packed: .values)
            let tokenStarts = try reader.readInt32s(packed: .deltas), tokenLengths = try reader.readInt32s(packed: .values)
            let kinds = try reader.readBytes(), entityIndexes = try reader.readInt32s(packed: .values)
            let n = starts.count
            guard lengths.count == n, tokenStarts.count == n, tokenLengths.count == n, kinds.count == n, entityIndexes.count == n else {
                throw ByteReader.DecodingFailure("mention arrays of '\(id)' do not agree")
            }
            var mentions: [MentionRecord] = []
            mentions.reserveCapacity(n)
            for i in 0..<n {
                guard Int(kinds[i]) < EntityKind.allCases.count, starts[i] >= 0, lengths[i] >= 0, tokenStarts[i] >= 0, tokenLengths[i] >= 0 else {
                    throw ByteReader.DecodingFailure("mention \(i) of '\(id)' is out of range")
                }
                let start = Int(starts[i]), tokenStart = Int(tokenStarts[i])
                mentions.append(MentionRecord(start: start, end: start + Int(lengths[i]), tokenStart: tokenStart,
                                              tokenEnd: tokenStart + Int(tokenLengths[i]), kind: EntityKind.allCases[Int(kinds[i])],
                                              entity: try entity(Int(entityIndexes[i]))))
            }
            documents[id] = mentions
        }
        return EntityLayer(entities: entities, roles: roles, documents: documents)
    }
}
