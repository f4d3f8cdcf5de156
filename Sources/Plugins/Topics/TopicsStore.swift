import Workbench

/// The last topic model, kept in the graph as the payload of a layer of its own, so that
/// `topics`, `topics.assign`, `topics.show` … with the same options cluster once. The layer is
/// fresh for one corpus version and one set of parameters (its fingerprint).
///
/// It also remembers, per set of parameters, the topics of the last model made with them:
/// when documents are added and the same command runs again, each new topic that matches an
/// earlier one keeps its id (`TopicModelBuilder.assignIDs`). `clear` forgets them with the rest
/// of the graph.
struct TopicsCache: LayerPayload {
    var model: TopicModel
    var history: [String: [Topic]]
}

enum TopicsStore {
    static let layer = "topics.model"
    static let version = "1"

    /// The model for these parameters: the cached one, or a new one (which is then cached).
    static func model(_ context: inout CommandContext, _ parameters: TopicParameters) throws -> TopicModel {
        guard !context.graph.documents.isEmpty else {
            throw WorkbenchError(.badValue, "no documents loaded", hint: "load some first: load PATH")
        }
        try context.require(parameters.unit.requires)
        let fingerprint = "\(layer)@\(version);" + parameters.key
        let cached = context.graph.payload(of: layer, as: TopicsCache.self)
        if let cached, context.graph.isFresh(layer, fingerprint: fingerprint) { return cached.model }
        guard let tokens = context.graph.payload(of: "tokens", as: TokenLayer.self) else {
            throw WorkbenchError(.analysisFailed, "topics found no token layer")
        }
        let data = try TopicData.prepare(graph: context.graph, layer: tokens, unit: parameters.unit, features: parameters.features)
        let cancel = context
        let model = try TopicModelBuilder.build(data, layer: tokens, documents: context.graph.documents, parameters: parameters,
                                                previous: cached?.history[parameters.key], threads: context.threads,
                                                cancelled: { try cancel.checkCancelled() })
        var history = cached?.history ?? [:]
        history[parameters.key] = model.topics
        var output = context.graph.makeOutput(for: layer)
        output.payload = TopicsCache(model: model, history: history)
        context.graph.replaceLayer(output, fingerprint: fingerprint)
        report(model, to: context)
        return model
    }

    /// Notes on stderr: units left out, the scores `--k auto` compared, ids kept.
    static func report(_ model: TopicModel, to context: CommandContext) {
        let unitName = model.parameters.unit == .doc ? "document" : model.parameters.unit.rawValue
        if model.data.skipped > 0 {
            context.note("\(model.data.skipped) \(unitName)\(model.data.skipped == 1 ? "" : "s") without terms left out")
        }
        if !model.autoScores.isEmpty {
            context.note("--k auto: silhouette (cosine, \(min(model.unitCount, 1000)) sampled \(unitName)s) × stability (ARI with \(AutoK.subsamples) subsamples of 80%):")
            for s in model.autoScores {
                context.note("  k=\(s.k)  silhouette \(format(s.silhouette))  stability \(format(s.stability))  product \(format(s.product))"
                    + (s.k == model.k ? "  ← chosen (largest product)" : ""))
            }
        }
        if model.inherited > 0 {
            context.note("\(model.inherited) of \(model.k) topics kept their ids from the last run with these options")
        }
    }

    static func format(_ x: Double) -> String {
        let r = (x * 10_000).rounded() / 10_000
        return "\(r)"
    }
}
