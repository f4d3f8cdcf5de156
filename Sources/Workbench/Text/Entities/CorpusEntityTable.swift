/// Merges the documents' entities into one corpus-wide table: entities of the same kind and
/// canonical name (any case) are one.
///
/// A person known in a document by one word only (`Tsuruoka`) joins a full name from
/// another document (`Michito Tsuruoka`) when exactly one person in the corpus has that
/// surname; with two or more candidates (or none) it stays an entity of its own, since
/// guessing would merge different people.
struct CorpusEntityTable {
    private struct Builder {
        var name: String
        var kind: EntityKind
        var country: String?
        var aliases: [String] = []
        var aliasSet: Set<String> = []
        var mentions = 0
        var documents = 0
        var lastDocument = -1
        /// First mention: document number and span, for anchoring the entity node.
        var first: (document: Int, start: Int, end: Int)
        var wordCount: Int
    }

    private struct Key: Hashable {
        var kind: EntityKind
        /// The name in lower case.
        var name: String
    }

    private var builders: [Builder] = []
    private var byKey: [Key: Int] = [:]
    private var documentNumber = -1

    /// Adds one document's entities; returns their corpus indices (provisional until `finish`).
    mutating func add(_ entities: [LocalEntity], mentions: [LinkedMention]) -> [Int] {
        documentNumber += 1
        var firstMention = [Int](repeating: -1, count: entities.count)
        for (index, mention) in mentions.enumerated() where firstMention[mention.entity] < 0 { firstMention[mention.entity] = index }
        var global: [Int] = []
        global.reserveCapacity(entities.count)
        for (local, entity) in entities.enumerated() {
            let key = Key(kind: entity.kind, name: entity.name.lowercased())
            let first = firstMention[local] >= 0 ? mentions[firstMention[local]] : nil
            let index: Int
            if let existing = byKey[key] {
                index = existing
            } else {
                index = builders.count
                byKey[key] = index
                builders.append(Builder(name: entity.name, kind: entity.kind, country: entity.country,
                                        first: (documentNumber, first?.start ?? 0, first?.end ?? 0),
                                        wordCount: entity.name.split(separator: " ").count))
            }
            if builders[index].country == nil { builders[index].country = entity.country }
            if builders[index].lastDocument != documentNumber {
                builders[index].lastDocument = documentNumber
                builders[index].documents += 1
            }
            builders[index].mentions += entity.surfaces.count
            for surface in entity.surfaces where surface != builders[index].name && builders[index].aliasSet.insert(surface).inserted {
                builders[index].aliases.append(surface)
            }
            global.append(index)
        }
        return global
    }

    /// Merges one-word people into unambiguous full names, and returns the final table and
    /// the map from provisional to final indices.
    func finish() -> (entities: [EntityRecord], firsts: [(document: Int, start: Int, end: Int)], remap: [Int]) {
        var bySurname: [String: [Int]] = [:]
        for (index, b) in builders.enumerated() where b.kind == .person && b.wordCount >= 2 {
            if let last = b.name.split(separator: " ").last { bySurname[last.lowercased(), default: []].append(index) }
        }
        var target = Array(builders.indices)
        for (index, b) in builders.enumerated() where b.kind == .person && b.wordCount == 1 {
            if let full = bySurname[b.name.lowercased()], full.count == 1 { target[index] = full[0] }
        }
        var merged = builders
        for (index, b) in builders.enumerated() where target[index] != index {
            let into = target[index]
            merged[into].mentions += b.mentions
            // In-document linking already joined a surname to a full name in the same
            // document, so the documents of the two do not overlap.
            merged[into].documents += b.documents
            if b.first.document < merged[into].first.document { merged[into].first = b.first }
            for alias in [b.name] + b.aliases where alias != merged[into].name && merged[into].aliasSet.insert(alias).inserted {
                merged[into].aliases.append(alias)
            }
        }
        var remap = [Int](repeating: -1, count: builders.count)
        var entities: [EntityRecord] = []
        var firsts: [(document: Int, start: Int, end: Int)] = []
        for index in builders.indices where target[index] == index {
            remap[index] = entities.count
            let b = merged[index]
            entities.append(EntityRecord(name: b.name, kind: b.kind, aliases: b.aliases, country: b.country,
                                         mentionCount: b.mentions, documentCount: b.documents))
            firsts.append(b.first)
        }
        for index in builders.indices where target[index] != index { remap[index] = remap[target[index]] }
        return (entities, firsts, remap)
    }
}
