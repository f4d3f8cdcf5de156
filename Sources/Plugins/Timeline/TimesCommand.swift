import Workbench

/// `times`: every time expression with its TIMEX3 type, value and modifier.
enum TimesCommand {
    static let types = ["all", "DATE", "TIME", "DURATION", "SET"]

    static let spec = CommandSpec(
        "times",
        summary: "time expressions with TIMEX3 type, value and modifier, resolved against each document's date",
        discussion: """
        Dates (15 Nov. 2011, Nov. 15, 2011-11-15, 15/11/2011 with 'set date-order'), months, years, decades, seasons, \
        quarters, fiscal years, times of day, relative dates (yesterday, last Tuesday, two weeks ago, the following \
        day), durations (a couple of days, five-year), sets (annually, every week) and vague references (now, \
        recently). Relative ones are resolved against the document's date (or its dateline when the date field \
        gives only the month), never today's date; a weekday is the last one in a past-tense clause, else the next. \
        value is in TIMEX3 form (2011-11-15, 2011-W46, 2011-Q4, 201 for the 2010s, P2D, PXY, PRESENT_REF); mod is \
        null or BEFORE, AFTER, START, MID, END, APPROX, LESS_THAN, MORE_THAN …. Dates that do not exist (31 Feb.) \
        or whose day/month order is unknown are reported as warnings, not listed.
        """,
        examples: ["times", "times --type DURATION", "times --doc 000_4c1ae4e712800ec5", "times | count by value"],
        arguments: [
            ArgumentSpec("doc", .option, type: .document, summary: "only this document"),
            ArgumentSpec("type", .option, type: .choice(types), summary: "only this TIMEX3 type", default: "all"),
        ],
        requires: [.timeExpressions]
    ) { context in
        let only = context.arguments.string("doc")
        let type = context.arguments.string("type") ?? "all"
        var table = Table(name: "times", columns: [
            .init("doc"), .init("start", .int), .init("end", .int), .init("text"), .init("type"), .init("value"), .init("mod"),
        ])
        let nodes = only.map { context.graph.nodes("timeline.timex", in: $0) } ?? context.graph.nodes("timeline.timex")
        for node in nodes where type == "all" || node["type"] == .string(type) {
            table.append([.string(node.span.document), .int(node.span.start), .int(node.span.end), node["text"], node["type"],
                          node["value"], node["mod"]], span: node.span)
        }
        let problems = only.map { context.graph.nodes("timeline.problem", in: $0) } ?? context.graph.nodes("timeline.problem")
        for node in problems {
            context.warn("\(node.span.document):\(node.span.start): '\(node["text"].text)': \(node["message"].text)")
        }
        return table
    }
}
