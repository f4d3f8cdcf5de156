/// `status`: every analysis, whether its result is fresh, stale or not computed, and why.
enum StatusCommand {
    static let spec = CommandSpec(
        "status",
        summary: "which analysis results are fresh, stale or not computed, with their fingerprints",
        discussion: "A result is fresh when it was computed for the current documents (corpus version) with the current analysis version, settings and upstream results (its fingerprint); stale results are recomputed when a command needs them, except that after documents were only appended an incremental layer (paragraphs, tokens, sentences, timeline.times) says `will extend`: the new documents' results are added to it. `saved` tells whether the open workspace holds the result (read when first needed) and whether the session changed since the last save.",
        examples: ["status", "status | where state = stale"]
    ) { context in
        let engine = context.workbench.engine
        let graph = context.graph
        let stored = context.state.workspace?.storedLayers ?? [:]
        var table = Table(name: "status", columns: [
            .init("analysis"), .init("state"), .init("why"), .init("corpus_version", .int), .init("fingerprint"),
            .init("depends_on"), .init("saved"),
        ])
        func madeFor(_ analysis: any Analysis) -> (fingerprint: String, version: Int)? {
            graph.layers[analysis.id].map { ($0.fingerprint, $0.corpusVersion) }
                ?? stored[analysis.id].map { ($0.fingerprint, $0.corpusVersion) }
        }
        // Whether an analysis would run in full when next needed: a stale layer extends only
        // when nothing it requires runs in full (see `AnalysisEngine.ensure`).
        var inFull: [String: Bool] = [:]
        func runsInFull(_ analysis: any Analysis) -> Bool {
            if let known = inFull[analysis.id] { return known }
            inFull[analysis.id] = true  // a cycle (reported when planning) runs in full
            var full = true
            if let made = madeFor(analysis) {
                if made.version == graph.version && made.fingerprint == engine.fingerprint(of: analysis, settings: context.settings) {
                    full = false
                } else if engine.extensible(analysis, fingerprint: made.fingerprint, corpusVersion: made.version,
                                            in: graph, settings: context.settings) != nil {
                    full = analysis.requires.contains { engine.provider(of: $0).map(runsInFull) ?? true }
                }
            }
            inFull[analysis.id] = full
            return full
        }
        for analysis in engine.analyses {
            let fingerprint = engine.fingerprint(of: analysis, settings: context.settings)
            let dependsOn = analysis.requires.compactMap { engine.provider(of: $0)?.id }.joined(separator: ", ")
            let layer = graph.layers[analysis.id]
            let record = stored[analysis.id]
            let made = madeFor(analysis)
            let state: String, why: String
            if let madeFor = made {
                if let (_, covered) = engine.extensible(analysis, fingerprint: madeFor.fingerprint, corpusVersion: madeFor.version,
                                                        in: graph, settings: context.settings),
                   !runsInFull(analysis) {
                    (state, why) = ("stale", "documents added (+\(graph.documents.count - covered)): will extend")
                } else if madeFor.version != graph.version {
                    (state, why) = ("stale", "documents changed (corpus version \(madeFor.version) → \(graph.version))")
                } else if madeFor.fingerprint != fingerprint {
                    (state, why) = ("stale", reason(old: madeFor.fingerprint, new: fingerprint))
                } else {
                    (state, why) = ("fresh", layer == nil ? "saved; read when needed" : "")
                }
            } else {
                (state, why) = ("not computed", "")
            }
            let saved: String
            if let record {
                if let layer {
                    saved = record.fingerprint == layer.fingerprint && record.corpusVersion == layer.corpusVersion
                        && record.firstID == layer.firstID ? "yes" : "changed since save"
                } else {
                    saved = "yes"
                }
            } else {
                saved = layer == nil || context.state.workspace == nil ? "no" : "not yet"
            }
            table.append([.string(analysis.id), .string(state), .string(why), made.map { .int($0.version) } ?? .null,
                          .string(made?.fingerprint ?? ""), .string(dependsOn), .string(saved)])
        }
        return table
    }

    /// What differs between two fingerprints, in words: the first setting or version that
    /// changed, or an upstream result.
    static func reason(old: String, new: String) -> String {
        func own(_ fingerprint: String) -> [String] {
            let head = fingerprint.split(separator: "[", maxSplits: 1).first.map(String.init) ?? fingerprint
            return head.split(separator: ";").map(String.init)
        }
        let before = own(old), after = own(new)
        if let changed = after.first(where: { !before.contains($0) }) {
            if changed.contains("=") { return "setting changed: \(changed)" }
            return "analysis version changed: \(changed)"
        }
        return "an upstream result changed"
    }
}
