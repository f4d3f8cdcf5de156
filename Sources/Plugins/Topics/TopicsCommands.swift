import Workbench

/// `topics`, `topics.assign`, `topics.show N`.
enum TopicsCommands {
    static let discussion = """
    Clusters units (--unit doc, paragraph, sentence or quote) by their words. Features: TF-IDF over \
    Snowball stems ((1 + ln tf) × smoothed idf, each unit scaled to length 1), without stop words, numbers \
    and one-letter words; a term is kept when found in at least --min-df units and at most --max-df of \
    them; --bigrams adds pairs of adjacent terms. Clustering: spherical k-means (cosine) seeded by \
    k-means++ and refined by Hartigan's single-unit moves until no move helps, run --restarts times; the \
    run with the largest total cosine to its centroids is kept. The same corpus and options give the same \
    topics, ids and output, always; --seed changes the seedings. --k auto tries k = 2 … 12 and keeps the k \
    with the largest silhouette × stability (the mean silhouette on at most 1,000 sampled units, times the \
    agreement (ARI) with the clusterings of four 80% subsamples), printing every score. --method nmf \
    factorises the TF-IDF matrix instead (started from the k-means result), so that a unit can belong to \
    several topics. A topic's label is its first three terms; its terms are the most distinctive ones \
    (class-based TF-IDF against the other topics), each shown as its most frequent word form. Topic ids \
    are numbered by size on a first run; a rerun with the same options after documents were added keeps \
    the id of every topic that still matches one of the last run (cosine ≥ 0.5 between the heaviest terms \
    of their centroids), and new topics are numbered after the highest id.
    """

    static let topics = CommandSpec(
        "topics",
        summary: "cluster documents, paragraphs, sentences or quotes into labelled topics: topic, label, size, terms, examples",
        discussion: discussion + " Rows: one per topic, by id; examples are the ids of the units closest to the centroid (doc, or doc#p3, doc#s12, doc#q2), the row's span is the first one's.",
        examples: ["topics --k 5", "topics --k auto --unit paragraph", "topics --k 8 --seed 3 --bigrams", "topics --method nmf --k 6"],
        arguments: TopicParameters.arguments + [
            ArgumentSpec("examples", .option, type: .int, summary: "how many example units per topic", default: "3"),
        ]
    ) { context in
        let parameters = try TopicParameters.from(context.arguments, command: "topics")
        let count = context.arguments.int("examples") ?? 3
        guard count >= 0 && count <= TopicModelBuilder.exampleCount else {
            throw WorkbenchError(.badValue, "invalid value '\(count)' for --examples of 'topics': expected 0 to \(TopicModelBuilder.exampleCount)",
                                 at: context.arguments.location("examples"))
        }
        let model = try TopicsStore.model(&context, parameters)
        let documents = context.graph.documents
        var table = Table(name: "topics", columns: [
            .init("topic", .int), .init("label"), .init("size", .int), .init("terms", .array), .init("examples", .array),
        ])
        for topic in model.topics {
            let examples = topic.examples.prefix(count)
            table.append([
                .int(topic.id), .string(topic.label), .int(topic.size), .array(topic.terms.map { .string($0.text) }),
                .array(examples.map { .string(model.data.units.id($0, documents: documents)) }),
            ], span: topic.examples.first.flatMap { try? span(model, $0, documents) })
        }
        return table
    }

    static let assign = CommandSpec(
        "topics.assign",
        summary: "each unit's topic: doc, unit, start, end, topic, score",
        discussion: """
        One row per unit, in corpus order: its document, its id (doc, doc#p3, doc#s12, doc#q2), its span \
        and its topic; score is its cosine similarity to the topic's centroid. With --method nmf a unit gets \
        one row for each topic holding at least 20% of its weight, and score is that share. Units without \
        terms are not listed. Takes the options of 'topics' (see help topics): the same options give the same \
        topics.
        """,
        examples: ["topics.assign --k 5", "topics.assign --k 5 --topic 2 | sort score desc", "topics.assign --k 5 | count by topic"],
        arguments: TopicParameters.arguments + [
            ArgumentSpec("topic", .option, type: .int, summary: "only the units of this topic"),
        ]
    ) { context in
        let parameters = try TopicParameters.from(context.arguments, command: "topics.assign")
        let model = try TopicsStore.model(&context, parameters)
        let only = context.arguments.int("topic")
        if let only, !model.topics.contains(where: { $0.id == only }) {
            throw WorkbenchError(.badValue, "no topic \(only)", hint: "topic ids: " + model.topics.map { String($0.id) }.joined(separator: ", "),
                                 at: context.arguments.location("topic"))
        }
        let documents = context.graph.documents
        var table = Table(name: "topics.assign", columns: [
            .init("doc"), .init("unit"), .init("start", .int), .init("end", .int), .init("topic", .int), .init("score", .double),
        ])
        let units = model.data.units
        let k = model.k
        for u in 0..<units.count {
            try context.checkCancelled()
            var rows: [(topic: Int, score: Double)] = []
            if let shares = model.shares {
                for j in 0..<k where shares[u * k + j] >= 0.2 { rows.append((j, Double(shares[u * k + j]))) }
                rows.sort { $0.score != $1.score ? $0.score > $1.score : $0.topic < $1.topic }
            } else {
                rows = [(Int(model.topicOfUnit[u]), Double(model.score[u]))]
            }
            for row in rows {
                let id = model.topics[row.topic].id
                if let only, id != only { continue }
                table.append([
                    .string(documents[Int(units.document[u])].id), .string(units.id(u, documents: documents)),
                    .int(Int(units.start[u])), .int(Int(units.end[u])), .int(id), .double(round4(row.score)),
                ], span: try span(model, u, documents))
            }
        }
        return table
    }

    static let show = CommandSpec(
        "topics.show",
        summary: "a topic: its label, size, terms with weights, and its most representative units in context",
        discussion: """
        Prints the topic's label, size and share, its terms with their class-based TF-IDF weights, then its \
        most representative units (closest to the centroid), each with its id, score and text: a document's \
        title and opening, or a paragraph, sentence or quote marked ⟦ ⟧ in the text around it. As a table \
        (--format json, or piped) the columns are rank, doc, unit, start, end, score and text; the first two \
        rows (rank 'topic' and 'terms') hold the heading and the terms. Takes the options of 'topics' (see help \
        topics).
        """,
        examples: ["topics.show 1 --k 5", "topics.show 3 --k 5 --count 10", "topics.show 2 --k 5 | context"],
        arguments: [ArgumentSpec("topic", type: .int, summary: "the topic's id", required: true)] + TopicParameters.arguments + [
            ArgumentSpec("count", .option, type: .int, summary: "how many example units", default: "5"),
        ]
    ) { context in
        let parameters = try TopicParameters.from(context.arguments, command: "topics.show")
        let count = context.arguments.int("count") ?? 5
        guard count >= 0 && count <= TopicModelBuilder.exampleCount else {
            throw WorkbenchError(.badValue, "invalid value '\(count)' for --count of 'topics.show': expected 0 to \(TopicModelBuilder.exampleCount)",
                                 at: context.arguments.location("count"))
        }
        let model = try TopicsStore.model(&context, parameters)
        let wanted = context.arguments.int("topic") ?? 0
        guard let topic = model.topics.first(where: { $0.id == wanted }) else {
            throw WorkbenchError(.badValue, "no topic \(wanted)", hint: "topic ids: " + model.topics.map { String($0.id) }.joined(separator: ", "),
                                 at: context.arguments.location("topic"))
        }
        let documents = context.graph.documents
        var table = Table(name: "topics.show", columns: [
            .init("rank", .any), .init("doc"), .init("unit"), .init("start", .int), .init("end", .int), .init("score", .double), .init("text"),
        ], presentation: .numbered)
        let unitName = parameters.unit == .doc ? "document" : parameters.unit.rawValue
        let percent = model.unitCount > 0 ? (Double(topic.size) / Double(model.unitCount) * 1000).rounded() / 10 : 0
        table.append([.string("topic"), .null, .null, .null, .null, .null,
                      .string("\(topic.id): \(topic.label) — \(topic.size) \(unitName)\(topic.size == 1 ? "" : "s") (\(percent)% of \(model.unitCount))")])
        table.append([.string("terms"), .null, .null, .null, .null, .null,
                      .string(topic.terms.map { "\($0.text) \($0.weight)" }.joined(separator: ", "))])
        var cache: (doc: Int32, text: ScalarText?) = (-1, nil)
        let units = model.data.units
        for (rank, u) in topic.examples.prefix(count).enumerated() {
            if cache.doc != units.document[u] { cache = (units.document[u], ScalarText(documents[Int(units.document[u])].text)) }
            let document = documents[Int(units.document[u])]
            let id = units.id(u, documents: documents)
            let score = round4(Double(model.score[u]))
            let snippet = Snippet.of(units.kind, start: Int(units.start[u]), end: Int(units.end[u]), text: cache.text!, title: document.title)
            table.append([.int(rank + 1), .string(document.id), .string(id), .int(Int(units.start[u])), .int(Int(units.end[u])),
                          .double(score), .string("\(id) (\(score)) \(snippet)")], span: try span(model, u, documents))
        }
        return table
    }

    static func span(_ model: TopicModel, _ u: Int, _ documents: [Document]) throws -> Span {
        let units = model.data.units
        return try Span(document: documents[Int(units.document[u])].id, start: Int(units.start[u]), end: Int(units.end[u]))
    }

    static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}

/// Short texts of units for `topics.show`, on one line.
enum Snippet {
    static let lead = 240
    static let around = 100
    static let longest = 400

    static func of(_ kind: TopicUnitKind, start: Int, end: Int, text: ScalarText, title: String?) -> String {
        if kind == .doc {
            let opening = clip(trim(oneLine(text.slice(0, lead + 1))), to: lead)
            guard let title, !title.isEmpty else { return opening }
            return trim(oneLine(title)) + " — " + opening
        }
        let body = clip(trim(oneLine(text.slice(start, end))), to: longest)
        let before = oneLine(text.slice(max(0, start - around), start))
        let after = oneLine(text.slice(end, end + around))
        return (start > around ? "…" : "") + before + "⟦" + body + "⟧" + after + (end + around < text.count ? "…" : "")
    }

    /// Runs of whitespace (line breaks too) as one space.
    static func oneLine(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s {
            if c.isWhitespace {
                if !space { out.append(" ") }
                space = true
            } else {
                out.append(c)
                space = false
            }
        }
        return out
    }

    static func trim(_ s: String) -> String {
        var t = Substring(s)
        while t.first == " " { t = t.dropFirst() }
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }

    /// At most `n` characters, cut at a space, with "…" when cut.
    static func clip(_ s: String, to n: Int) -> String {
        guard s.count > n else { return s }
        var cut = String(s.prefix(n))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > n / 2 { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
