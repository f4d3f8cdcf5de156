import Workbench

/// Writes tags into the graph as nodes and edges (see `CoopAnalysis`).
struct CoopGraphWriter {
    let taxonomy: Taxonomy
    let unit: CoopUnit
    let graph: CorpusGraph

    func write(_ tags: [CoopTag], into output: inout AnalysisOutput) throws {
        var areaNodes: [String: NodeID] = [:]
        var passageNodes: [Span: NodeID] = [:]
        var actorNodes = entityNodes()
        var pairs = CoopPairColumns()
        for tag in tags {
            let passage = try Span(document: tag.document, start: tag.start, end: tag.end)
            guard let area = taxonomy.area(tag.area) else { continue }
            let areaNode: NodeID
            if let known = areaNodes[tag.area] {
                areaNode = known
            } else {
                areaNode = try output.addNode("coop.area", span: passage, attributes: [
                    "id": .string(area.id), "label": .string(area.label), "cameo": .array(area.cameo.map(Value.string)),
                    "taxonomy": .string(taxonomy.name), "version": .string(taxonomy.version),
                ])
                areaNodes[tag.area] = areaNode
            }
            let passageNode: NodeID
            if let known = passageNodes[passage] {
                passageNode = known
            } else {
                passageNode = try output.addNode("coop.passage", span: passage, attributes: ["unit": .string(unit.rawValue)])
                passageNodes[passage] = passageNode
            }
            let evidence = try tag.rules.filter { $0.kind == .cue }.map { try Span(document: tag.document, start: $0.start, end: $0.end) }
            output.addEdge("tagged", from: passageNode, to: areaNode, attributes: [
                "area": .string(tag.area), "score": .double(tag.score), "evidence": .array(tag.evidence.map(Value.string)),
                "partners": .array(tag.partners.map(Value.string)),
            ], evidence: evidence)
            guard tag.partners.count >= 2 else { continue }
            var ids: [NodeID] = []
            for name in tag.partners {
                if let id = actorNodes[name] {
                    ids.append(id)
                } else {
                    let id = try output.addNode("coop.actor", span: passage, attributes: ["name": .string(name), "source": "speaker"])
                    actorNodes[name] = id
                    ids.append(id)
                }
            }
            pairs.addPairs(ids, attributes: [
                "area": .string(tag.area), "passage": .string(passage.description), "date": Value(tag.date),
            ], passage: passage)
        }
        if pairs.count > 0 { output.addEdges(pairs) }
    }

    /// Entity nodes by name: places (countries), organisations, groups; a place wins over a
    /// group of the same country.
    func entityNodes() -> [String: NodeID] {
        var result: [String: NodeID] = [:]
        for kind in [EntityKind.place, .organization] {
            for node in graph.nodes(kind.nodeKind) {
                let name = node["name"].text
                if result[name] == nil { result[name] = node.id }
            }
        }
        for node in graph.nodes(EntityKind.group.nodeKind) {
            let name = node["country"].isNull ? node["name"].text : node["country"].text
            if result[name] == nil { result[name] = node.id }
        }
        return result
    }
}
