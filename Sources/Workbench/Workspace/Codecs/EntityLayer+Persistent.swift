/// The entity layer in a workspace: the entity table, the roles, then per document its
/// mentions (offsets, tokens, kind, entity).
extension EntityLayer: PersistentPayload {
    public static let codecName = "entities"
    public static let codecVersion = 1

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
        writer.write(UInt32(documents.count))
        for (id, mentions) in documents.sorted(by: { $0.key < $1.key }) {
            writer.write(id)
            writer.write(UInt32(mentions.count))
            for mention in mentions {
                writer.write(Int32(mention.start))
                writer.write(Int32(mention.end))
                writer.write(Int32(mention.tokenStart))
                writer.write(Int32(mention.tokenEnd))
                writer.write(mention.kind.rawValue)
                writer.write(Int32(mention.entity))
            }
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
            var mentions: [MentionRecord] = []
            for _ in 0..<(try reader.readCount()) {
                let start = Int(try reader.readInt32()), end = Int(try reader.readInt32())
                let tokenStart = Int(try reader.readInt32()), tokenEnd = Int(try reader.readInt32())
                mentions.append(MentionRecord(start: start, end: end, tokenStart: tokenStart, tokenEnd: tokenEnd,
                                              kind: try kind(try reader.readString()), entity: try entity(Int(try reader.readInt32()))))
            }
            documents[id] = mentions
        }
        return EntityLayer(entities: entities, roles: roles, documents: documents)
    }
}
