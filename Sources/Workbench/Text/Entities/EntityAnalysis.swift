/// Entities (key `.entities`): people, organisations, places and nationalities/groups,
/// found from capitalisation, titles, organisation cues, acronyms, the gazetteer and the
/// context (`MentionScanner`), linked within each document (`DocumentLinker`) and across
/// the corpus (`CorpusEntityTable`), with roles (`RoleFinder`). Pure rules, no model.
///
/// Output: one entity node per entity (kind `person`, `organization`, `place`, `group`;
/// attributes `name`, `aliases`, `mentions`, `documents`, `country` where known) anchored at
/// its first mention; a `mention` node per mention (`text`, `entity`, `kind`) with a
/// `mention-of` edge to its entity; a `role` edge person → organisation (`role`) with the
/// evidence span; and the `EntityLayer` payload for analyses that need speed (quotes).
struct EntityAnalysis: Analysis {
    let id = "entities"
    let version = "1"
    let requires: [AnalysisKey] = [.tokens, .sentences]
    let provides: [AnalysisKey] = [.entities]

    /// What one document yields, kept until the corpus table is final.
    private struct DocumentResult {
        var document: String
        var mentions: [LinkedMention]
        var texts: [String]
        var kinds: [EntityKind]
        var global: [Int]
        var roles: [LocalRole]
    }

    func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
        let graph = context.graph
        guard let tokenLayer = graph.payload(of: TokenAnalysis().id, as: TokenLayer.self),
              let sentenceLayer = graph.payload(of: SentenceAnalysis().id, as: SentenceLayer.self) else {
            throw WorkbenchError(.analysisFailed, "analysis 'entities' found no token or sentence layer")
        }
        let gazetteer = try Gazetteer.shared.get()
        let vocabulary = EntityVocabulary(layer: tokenLayer, sentences: sentenceLayer, documents: graph.documents,
                                          givenNames: try GivenNames.shared.get(), gazetteer: gazetteer)
        // Each document is scanned, linked and searched for roles on its own (in parallel);
        // the corpus table then takes the documents in order, as one pass would.
        let found = try context.mapDocuments("entities") { _, document -> (entities: [LocalEntity], result: DocumentResult) in
            let sentences = sentenceLayer.sentences(in: document.id)
            let view = EntityTokens(tokens: tokenLayer.tokens(in: document.id), scalars: ScalarDecoder.scalars(of: document.text),
                                    vocabulary: vocabulary)
            var scanner = MentionScanner(view: view, gazetteer: gazetteer)
            scanner.scan(sentences)
            var linker = DocumentLinker(view: view, candidates: scanner.candidates)
            let mentions = linker.link()
            var roles = RoleFinder(view: view, scanner: scanner, mentions: mentions, entities: linker.entities)
            roles.find(sentences)
            return (linker.entities,
                    DocumentResult(document: document.id, mentions: mentions,
                                   texts: mentions.map { linker.texts[$0.candidate] ?? view.text(from: $0.start, to: $0.end) },
                                   kinds: linker.entities.map(\.kind), global: [], roles: roles.roles))
        }
        var table = CorpusEntityTable()
        var results: [DocumentResult] = []
        results.reserveCapacity(found.count)
        for (local, documentResult) in found {
            var result = documentResult
            result.global = table.add(local, mentions: result.mentions)
            results.append(result)
        }
        let (entities, firsts, remap) = table.finish()
        try write(results, entities: entities, firsts: firsts, remap: remap, documents: graph.documents, into: &output)
    }

    /// Nodes, edges and the payload from the final table.
    private func write(_ results: [DocumentResult], entities: [EntityRecord], firsts: [(document: Int, start: Int, end: Int)],
                       remap: [Int], documents: [Document], into output: inout AnalysisOutput) throws {
        // An entity node per entity, kind by kind as the table has them, kept as columns
        // over the payload's records.
        let first = try output.addNodes(EntityColumns(entities: entities, firsts: firsts, documents: documents.map(\.id)))
        let nodes = entities.indices.map { NodeID(first.raw + $0) }
        var byDocument: [String: [MentionRecord]] = [:]
        byDocument.reserveCapacity(results.count)
        var perDocument: [[MentionRecord]] = []
        perDocument.reserveCapacity(results.count)
        var roles: [RoleRecord] = []
        for result in results {
            var records: [MentionRecord] = []
            records.reserveCapacity(result.mentions.count)
            for mention in result.mentions {
                let entity = remap[result.global[mention.entity]]
                records.append(MentionRecord(start: mention.start, end: mention.end, tokenStart: mention.tokens.lowerBound,
                                             tokenEnd: mention.tokens.upperBound, kind: entities[entity].kind, entity: entity))
            }
            byDocument[result.document] = records
            perDocument.append(records)
            for role in result.roles {
                let person = remap[result.global[role.person]]
                let organization = role.organization.map { remap[result.global[$0]] }
                roles.append(RoleRecord(person: person, role: role.role, organization: organization, document: result.document,
                                        start: role.start, end: role.end))
                if let organization {
                    output.addEdge("role", from: nodes[person], to: nodes[organization], attributes: ["role": .string(role.role)],
                                   evidence: [try Span(document: result.document, start: role.start, end: role.end)])
                }
            }
        }
        // A `mention` node per mention and its `mention-of` edge, kept as columns over the
        // payload's records: made into nodes and edges only when read.
        let mentions = MentionColumns(offsets: DocumentOffsets(documents: results.map(\.document), counts: perDocument.map(\.count)),
                                      records: perDocument, texts: results.map(\.texts), entities: entities, entityNodes: nodes)
        let firstMention = try output.addNodes(mentions)
        output.addEdges(MentionOfColumns(mentions: mentions, firstMention: firstMention.raw))
        output.payload = EntityLayer(entities: entities, roles: roles, documents: byDocument)
    }
}

/// Mention nodes as columns: the entity layer's records, with each mention's text.
struct MentionColumns: NodeColumns {
    static let names = ["entity", "kind", "text"]
    let kind: Kind = "mention"
    let offsets: DocumentOffsets
    let records: [[MentionRecord]]
    /// The mention's text with runs of whitespace as one space, per document.
    let texts: [[String]]
    let entities: [EntityRecord]
    /// The node of each entity.
    let entityNodes: [NodeID]

    var count: Int { offsets.total }

    func span(at index: Int) -> Span {
        let (document, local) = offsets.locate(index)
        let record = records[document][local]
        return Span(unchecked: offsets.documents[document], record.start, record.end)
    }

    func attributes(at index: Int) -> (names: [String], values: [Value]) {
        let (document, local) = offsets.locate(index)
        let record = records[document][local]
        return (MentionColumns.names, [.string(entities[record.entity].name), .string(record.kind.rawValue), .string(texts[document][local])])
    }

    /// The node of the entity that mention `index` refers to.
    func entityNode(at index: Int) -> NodeID {
        let (document, local) = offsets.locate(index)
        return entityNodes[records[document][local].entity]
    }
}

/// `mention-of` edges as columns: mention node → its entity's node.
struct MentionOfColumns: EdgeColumns {
    let kind: Kind = "mention-of"
    let mentions: MentionColumns
    let firstMention: Int

    var count: Int { mentions.count }

    func endpoints(at index: Int) -> (from: NodeID, to: NodeID) {
        (NodeID(firstMention + index), mentions.entityNode(at: index))
    }
}

/// Entity nodes as columns: `person`, `organization`, `place` and `group` nodes in the entity
/// table's order, anchored at each entity's first mention.
struct EntityColumns: NodeColumns {
    static let names = ["aliases", "documents", "mentions", "name"]
    static let namesWithCountry = ["aliases", "country", "documents", "mentions", "name"]
    let kind: Kind = "person"
    var mixesKinds: Bool { true }
    let entities: [EntityRecord]
    let firsts: [(document: Int, start: Int, end: Int)]
    /// Document ids by load position.
    let documents: [String]

    var count: Int { entities.count }

    func kind(at index: Int) -> Kind { entities[index].kind.nodeKind }

    func span(at index: Int) -> Span {
        let first = firsts[index]
        return Span(unchecked: documents[first.document], first.start, first.end)
    }

    func attributes(at index: Int) -> (names: [String], values: [Value]) {
        let entity = entities[index]
        let aliases = Value.array(entity.aliases.map(Value.string))
        let documents = Value.int(entity.documentCount), mentions = Value.int(entity.mentionCount), name = Value.string(entity.name)
        if let country = entity.country {
            return (EntityColumns.namesWithCountry, [aliases, .string(country), documents, mentions, name])
        }
        return (EntityColumns.names, [aliases, documents, mentions, name])
    }
}
