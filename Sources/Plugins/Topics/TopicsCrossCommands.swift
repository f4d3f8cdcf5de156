import Workbench

/// `topics.over-time` and `topics.by COLUMN`: topics crossed with dates and with any
/// attribute of the units.
enum TopicsCrossCommands {
    static let periods = ["year", "month", "day"]

    static let overTime = CommandSpec(
        "topics.over-time",
        summary: "how many units of each topic per year, month or day: period, topic, label, count, share",
        discussion: """
        Uses each document's date (from its date field or a dateline when loaded). One row per period and \
        topic, zeros included, periods in order; share is the topic's part of that period's units. Units of \
        undated documents (or dated less precisely than --period) are left out and counted in a note. With \
        --method nmf each unit counts for its strongest topic. Takes the options of 'topics' (see help topics).
        """,
        examples: ["topics.over-time --k 5", "topics.over-time --k 8 --period year", "topics.over-time --k 5 | where topic = 2"],
        arguments: TopicParameters.arguments + [
            ArgumentSpec("period", .option, type: .choice(periods), summary: "length of a period", default: "month"),
        ]
    ) { context in
        let parameters = try TopicParameters.from(context.arguments, command: "topics.over-time")
        let period = context.arguments.string("period") ?? "month"
        let length = period == "year" ? 4 : period == "month" ? 7 : 10
        let documents = context.graph.documents
        guard documents.contains(where: { $0.date != nil }) else {
            throw WorkbenchError(.badValue, "no document has a date",
                                 hint: "dates come from a record's date field (load … --date-field NAME) or a dateline at the top of the text")
        }
        let model = try TopicsStore.model(&context, parameters)
        let units = model.data.units
        var counts: [String: [Int]] = [:]
        var left = 0
        for u in 0..<units.count {
            guard let date = documents[Int(units.document[u])].date, date.count >= length else { left += 1; continue }
            let key = String(date.prefix(length))
            counts[key, default: [Int](repeating: 0, count: model.k)][Int(model.topicOfUnit[u])] += 1
        }
        if left > 0 {
            let unitName = parameters.unit == .doc ? "document" : parameters.unit.rawValue
            context.note("\(left) \(unitName)\(left == 1 ? "" : "s") without a date to the \(period) left out")
        }
        var table = Table(name: "topics.over-time", columns: [
            .init("period"), .init("topic", .int), .init("label"), .init("count", .int), .init("share", .double),
        ])
        for key in counts.keys.sorted() {
            let row = counts[key] ?? []
            let total = row.reduce(0, +)
            for (j, topic) in model.topics.enumerated() {
                table.append([.string(key), .int(topic.id), .string(topic.label), .int(row[j]),
                              .double(TopicsCommands.round4(total > 0 ? Double(row[j]) / Double(total) : 0))])
            }
        }
        return table
    }

    static let by = CommandSpec(
        "topics.by",
        summary: "topics per value of a column: speaker of quotes, document metadata, or a column of a piped table",
        discussion: """
        Counts units per value of COLUMN and topic: rows COLUMN, topic, label, count and share (the topic's \
        part of the value's units), values with most units first, topics by id, zero counts left out. Alone, \
        COLUMN is a document field (id, title, date, source, or any metadata field of the records loaded, e.g. \
        category) or, with --unit quote, speaker or kind. With a table piped in, COLUMN is one of its columns, \
        and each row's value goes to the units its span overlaps (or, for a row without a span, to every unit of \
        the document in its doc column) — so any plugin's output that points at text can be crossed with topics. \
        Units without a value are left out. Takes the options of 'topics' (see help topics).
        """,
        examples: ["topics.by category --k 5", "topics.by speaker --unit quote --k 6", "quotes | topics.by speaker --k 5"],
        arguments: [ArgumentSpec("column", summary: "a document field or a column of the piped table", required: true)]
            + TopicParameters.arguments,
        input: .optional
    ) { context in
        let parameters = try TopicParameters.from(context.arguments, command: "topics.by")
        let column = context.arguments.string("column") ?? ""
        let documents = context.graph.documents
        var field: ((Document) -> String?)?
        var inputColumn: Int?
        if let input = context.input {
            inputColumn = try context.at("column") { try input.columnIndex(column) }
            if !input.rows.isEmpty && !input.columnNames.contains("doc") && !input.rows.contains(where: { $0.span != nil }) {
                throw WorkbenchError(.badValue, "the rows of table '\(input.name)' point at no text: they have no spans and no doc column",
                                     hint: "pipe a table whose rows come from the text (quotes, sentences, kwic …) or have a doc column")
            }
        } else if parameters.unit != .quote || (column != "speaker" && column != "kind") {
            field = try context.at("column") { try documentField(column, documents: documents, unit: parameters.unit) }
        }
        let model = try TopicsStore.model(&context, parameters)
        let units = model.data.units
        // Each unit's values, in first-seen order.
        var values = [[Value]](repeating: [], count: units.count)
        if let input = context.input, let c = inputColumn {
            var documentIndex: [String: Int] = [:]
            for (i, d) in documents.enumerated() { documentIndex[d.id] = i }
            var firstUnit = [Int](repeating: units.count, count: documents.count)
            var endUnit = [Int](repeating: 0, count: documents.count)
            for u in stride(from: units.count - 1, through: 0, by: -1) { firstUnit[Int(units.document[u])] = u }
            for u in 0..<units.count { endUnit[Int(units.document[u])] = u + 1 }
            let docColumn = input.columns.firstIndex { $0.name == "doc" }
            for row in input.rows {
                let cell = c < row.values.count ? row.values[c] : .null
                let items: [Value]
                if case .array(let list) = cell { items = list } else { items = [cell] }
                let present = items.filter { !$0.isNull && !$0.text.isEmpty }
                if present.isEmpty { continue }
                var docID: String?
                var range: Range<Int>?
                if let span = row.span {
                    docID = span.document
                    range = span.start..<span.end
                } else if let dc = docColumn, dc < row.values.count {
                    docID = row.values[dc].text
                }
                guard let id = docID, let d = documentIndex[id], firstUnit[d] < endUnit[d] else { continue }
                for u in firstUnit[d]..<endUnit[d] {
                    if let r = range {
                        let s = Int(units.start[u]), e = Int(units.end[u])
                        let overlaps = r.isEmpty ? (s <= r.lowerBound && r.lowerBound < e) : (s < r.upperBound && r.lowerBound < e)
                        if !overlaps { continue }
                    }
                    for item in present where !values[u].contains(item) { values[u].append(item) }
                }
            }
        } else {
            for u in 0..<units.count {
                let text: String?
                if let field {
                    text = field(documents[Int(units.document[u])])
                } else {
                    text = column == "speaker" ? units.speaker[u] : units.quoteKind[u]
                }
                if let text, !text.isEmpty { values[u] = [.string(text)] }
            }
        }
        var counts: [Value: [Int]] = [:]
        var order: [Value] = []
        var left = 0
        for u in 0..<units.count {
            if values[u].isEmpty { left += 1; continue }
            for value in values[u] {
                if counts[value] == nil { order.append(value); counts[value] = [Int](repeating: 0, count: model.k) }
                counts[value]![Int(model.topicOfUnit[u])] += 1
            }
        }
        if left > 0 {
            let unitName = parameters.unit == .doc ? "document" : parameters.unit.rawValue
            context.note("\(left) \(unitName)\(left == 1 ? "" : "s") without a value for '\(column)' left out")
        }
        let totals = order.map { (counts[$0] ?? []).reduce(0, +) }
        let sorted = order.indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : Value.ordered(order[$0], order[$1]) }
        let name = inputColumn.flatMap { context.input?.columns[$0].name } ?? column
        var table = Table(name: "topics.by", columns: [
            .init(name), .init("topic", .int), .init("label"), .init("count", .int), .init("share", .double),
        ])
        for i in sorted {
            let row = counts[order[i]] ?? []
            for (j, topic) in model.topics.enumerated() where row[j] > 0 {
                table.append([order[i], .int(topic.id), .string(topic.label), .int(row[j]),
                              .double(TopicsCommands.round4(Double(row[j]) / Double(totals[i])))])
            }
        }
        return table
    }

    /// A document field by name: id (or doc), title, date, source, or a metadata field.
    static func documentField(_ name: String, documents: [Document], unit: TopicUnitKind) throws -> (Document) -> String? {
        switch name {
        case "id", "doc": return { $0.id }
        case "title": return { $0.title }
        case "date": return { $0.date }
        case "source": return { $0.source }
        default:
            var known = Set<String>()
            for d in documents { known.formUnion(d.metadata.keys) }
            if known.contains(name) { return { $0.metadata[name] } }
            var fields = ["id", "title", "date", "source"] + known.sorted()
            if unit == .quote { fields += ["speaker", "kind"] }
            var hint = "fields: " + fields.joined(separator: ", ")
            if let near = Suggestions.didYouMean(name, in: fields) { hint = near + " " + hint }
            throw WorkbenchError(.unknownColumn, "no document field '\(name)'", hint: hint + "; or pipe a table in and name one of its columns")
        }
    }
}
