/// Runs analyses on demand: asking for a key runs its provider and, first, whatever that
/// provider requires, each once per corpus version (memoised in the graph's layers).
public struct AnalysisEngine: Sendable {
    public private(set) var analyses: [any Analysis] = []
    private var providers: [AnalysisKey: Int] = [:]

    public init(_ analyses: [any Analysis] = []) throws {
        for analysis in analyses { try register(analysis) }
    }

    /// Adds an analysis; two analyses may not provide the same key.
    public mutating func register(_ analysis: any Analysis) throws {
        if analyses.contains(where: { $0.id == analysis.id }) {
            throw WorkbenchError(.usage, "two analyses have the id '\(analysis.id)'")
        }
        for key in analysis.provides {
            if let other = providers[key] {
                throw WorkbenchError(.usage, "analyses '\(analyses[other].id)' and '\(analysis.id)' both provide '\(key)'")
            }
            providers[key] = analyses.count
        }
        analyses.append(analysis)
    }

    public var keys: [AnalysisKey] { providers.keys.sorted() }

    public func provider(of key: AnalysisKey) -> (any Analysis)? {
        providers[key].map { analyses[$0] }
    }

    /// The analyses that must run, in order, for `keys` to be fresh; already fresh ones left out.
    public func plan(_ keys: [AnalysisKey], for graph: CorpusGraph, settings: Settings) throws -> [any Analysis] {
        var order: [any Analysis] = []
        var done: Set<String> = []
        var visiting: [String] = []
        func visit(_ key: AnalysisKey) throws {
            guard let analysis = provider(of: key) else {
                throw WorkbenchError(
                    .noProvider, "no analysis provides '\(key)'",
                    hint: "is the plugin that provides it loaded? known results: " + self.keys.map(\.name).joined(separator: ", "))
            }
            if done.contains(analysis.id) { return }
            if visiting.contains(analysis.id) {
                throw WorkbenchError(.dependencyCycle, "analyses depend on each other in a cycle: " + (visiting + [analysis.id]).joined(separator: " -> "))
            }
            visiting.append(analysis.id)
            for requirement in analysis.requires { try visit(requirement) }
            visiting.removeLast()
            done.insert(analysis.id)
            order.append(analysis)
        }
        for key in keys { try visit(key) }
        // An analysis is stale when it never ran on this corpus version, or anything it
        // depends on reruns now.
        var rerun: Set<String> = []
        var result: [any Analysis] = []
        for analysis in order {
            let upstream = analysis.requires.compactMap { provider(of: $0)?.id }
            let stale = !graph.isFresh(analysis.id, fingerprint: fingerprint(of: analysis, settings: settings))
                || upstream.contains(where: rerun.contains)
            if stale {
                rerun.insert(analysis.id)
                result.append(analysis)
            }
        }
        return result
    }

    /// Makes `keys` fresh in `graph`, running what is missing. `log` hears one line per run.
    /// All or nothing: when an analysis fails, `graph` is left as it was.
    public func ensure(
        _ keys: [AnalysisKey], in graph: inout CorpusGraph, settings: Settings,
        cancellation: CancellationToken = CancellationToken(),
        log: @Sendable (String) -> Void = { _ in },
        progress: @escaping @Sendable (ProgressReport) -> Void = { _ in }
    ) throws {
        var working = graph
        // Layers restored from a workspace are read on first use. Before anything runs, the
        // deferred layers it depends on are read, so that one that cannot be read is dropped
        // and recomputed (planning again) rather than read as empty by the analysis.
        var planned = try plan(keys, for: working, settings: settings)
        while !planned.isEmpty {
            let failures = working.readDeferredLayers(upstream(of: planned))
            if failures.isEmpty { break }
            for (analysis, why) in failures { log("workspace: layer '\(analysis)' could not be read (\(why)); it will be recomputed") }
            planned = try plan(keys, for: working, settings: settings)
        }
        // Analyses run in full now: what requires them cannot be extended.
        var ranInFull: Set<String> = []
        for analysis in planned {
            let context = AnalysisContext(graph: working, settings: settings, cancellation: cancellation, progress: progress)
            var output = working.makeOutput(for: analysis.id)
            do {
                var extended = false
                // A saved layer not read yet is read first; one that cannot be is run in full.
                if let (incremental, covered) = extensible(analysis, in: working, settings: settings, ranInFull: ranInFull),
                   working.readDeferredLayers([analysis.id]).isEmpty,
                   var previous = working.makeExtension(of: analysis.id) {
                    log("extending \(analysis.id) (+\(working.documents.count - covered) documents)")
                    extended = try incremental.extend(context, newDocuments: covered..<working.documents.count, into: &previous)
                    if extended { output = previous }
                }
                if !extended {
                    log("running \(analysis.id)")
                    ranInFull.insert(analysis.id)
                    try analysis.run(context, into: &output)
                }
            } catch let error as WorkbenchError {
                throw error
            } catch {
                throw WorkbenchError(.analysisFailed, "analysis '\(analysis.id)' failed: \(error)")
            }
            working.replaceLayer(output, fingerprint: fingerprint(of: analysis, settings: settings))
        }
        dropLayers(builtOn: ranInFull, except: Set(planned.map(\.id)), in: &working, settings: settings)
        graph = working
    }

    /// Drops the layers that still count as fresh but were computed from the output of an
    /// analysis that has just run in full (`ran`) with an unchanged fingerprint — as when its
    /// saved layer could not be read (an older payload codec) and was recomputed. Such a layer
    /// holds edges to the old output's node ids (coop's partner edges to entity nodes, the
    /// sentiment of quote nodes), which are gone; it is recomputed when next asked for. A
    /// layer whose fingerprint changed is stale already and is left for `status` to explain.
    private func dropLayers(builtOn ran: Set<String>, except planned: Set<String>, in graph: inout CorpusGraph, settings: Settings) {
        guard !ran.isEmpty else { return }
        for analysis in analyses where !planned.contains(analysis.id) && graph.layers[analysis.id] != nil {
            guard graph.isFresh(analysis.id, fingerprint: fingerprint(of: analysis, settings: settings)),
                  !upstream(of: [analysis]).isDisjoint(with: ran) else { continue }
            graph.dropLayer(analysis.id)
        }
    }

    /// The incremental analysis and how many first documents its layer covers, when its layer
    /// can be extended with the documents appended since (see `IncrementalAnalysis`): same
    /// fingerprint, computed on a prefix of the documents, nothing it requires run in full.
    func extensible(_ analysis: any Analysis, in graph: CorpusGraph, settings: Settings,
                    ranInFull: Set<String> = []) -> (any IncrementalAnalysis, Int)? {
        guard let layer = graph.layers[analysis.id] else { return nil }
        return extensible(analysis, fingerprint: layer.fingerprint, corpusVersion: layer.corpusVersion,
                          in: graph, settings: settings, ranInFull: ranInFull)
    }

    /// The same for a layer made with `fingerprint` for `corpusVersion` (one saved in a
    /// workspace and not restored yet).
    func extensible(_ analysis: any Analysis, fingerprint made: String, corpusVersion: Int, in graph: CorpusGraph,
                    settings: Settings, ranInFull: Set<String> = []) -> (any IncrementalAnalysis, Int)? {
        guard let incremental = analysis as? any IncrementalAnalysis,
              made == fingerprint(of: analysis, settings: settings),
              let covered = graph.documentsCovered(atVersion: corpusVersion),
              !analysis.requires.contains(where: { provider(of: $0).map { ranInFull.contains($0.id) } ?? true })
        else { return nil }
        return (incremental, covered)
    }

    /// The ids of every analysis that `analyses` require, directly or not.
    func upstream(of analyses: [any Analysis]) -> Set<String> {
        var found: Set<String> = []
        var pending = analyses.flatMap(\.requires)
        while let key = pending.popLast() {
            guard let analysis = provider(of: key), found.insert(analysis.id).inserted else { continue }
            pending += analysis.requires
        }
        return found
    }

    /// Analysis version plus the settings it reads, then the fingerprints of what it
    /// requires in brackets: a change in any makes it stale. Including the requirements means
    /// that a provider rerun on its own (say after `set` changed one of its settings) makes
    /// every analysis computed from its old output stale too.
    public func fingerprint(of analysis: any Analysis, settings: Settings) -> String {
        var visiting: Set<String> = []
        return fingerprint(of: analysis, settings: settings, visiting: &visiting)
    }

    private func fingerprint(of analysis: any Analysis, settings: Settings, visiting: inout Set<String>) -> String {
        let own = ([analysis.id + "@" + analysis.version] + analysis.settings.sorted().map { "\($0)=\(settings[$0] ?? "")" })
            .joined(separator: ";")
        // A cycle is reported by `plan`; here it only must not recurse forever.
        guard visiting.insert(analysis.id).inserted else { return own }
        defer { visiting.remove(analysis.id) }
        let upstream = analysis.requires.compactMap(provider(of:)).map { fingerprint(of: $0, settings: settings, visiting: &visiting) }
        return upstream.isEmpty ? own : own + "[" + upstream.joined(separator: ",") + "]"
    }
}
