/// `stats`: what the corpus holds and what has been computed on it.
enum StatsCommand {
    static let spec = CommandSpec(
        "stats",
        summary: "count documents, words, and the graph's nodes and edges by kind",
        discussion: "Rows: documents, words and characters; then one row per node kind and edge kind computed so far (analyses run when a command needs them, so a kind appears after its first use).",
        examples: ["stats"]
    ) { context in
        let graph = context.graph
        var table = Table(name: "stats", columns: [.init("item"), .init("value", .int)])
        table.append(["documents", .int(graph.documents.count)])
        table.append(["words", .int(graph.documents.reduce(0) { $0 + $1.wordCount })])
        table.append(["characters", .int(graph.documents.reduce(0) { $0 + $1.length })])
        let counts = graph.kindCounts()
        for (kind, count) in counts.nodes { table.append([.string("nodes: \(kind)"), .int(count)]) }
        for (kind, count) in counts.edges { table.append([.string("edges: \(kind)"), .int(count)]) }
        return table
    }
}
