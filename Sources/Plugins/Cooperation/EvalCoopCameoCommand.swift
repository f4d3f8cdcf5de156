import Workbench

/// `eval coop-cameo`: a smoke test against PETRARCH-2's CAMEO gold sentences — does the
/// tagger see cooperation where CAMEO codes a cooperation event (roots 03–08), and do the
/// areas' CAMEO crosswalk codes agree with the gold codes?
enum EvalCoopCameoCommand {
    static let defaultGold = "../shared/corpora/cameo_petrarch_gsr/petr2_gsr_validation.jsonl"
    static let cooperationRoots: Set<String> = ["03", "04", "05", "06", "07", "08"]

    static let spec = CommandSpec(
        "eval coop-cameo",
        summary: "smoke test: cooperation found vs CAMEO cooperation events (03-08) on PETRARCH-2 gold sentences",
        discussion: """
        Tags each sentence of the PETRARCH-2 validation records as one passage. Row 'cooperation': precision, recall \
        and F1 of 'some area' against 'some gold event with a CAMEO root 03-08'. Row 'crosswalk': over sentences \
        with both, the share where a tagged area's CAMEO codes (coop.taxonomy) are a prefix of a gold code. Row \
        'no cooperation': accuracy on sentences with no cooperation event. 78 sentences: a smoke test, not a benchmark.
        """,
        examples: ["eval coop-cameo"],
        arguments: [ArgumentSpec("gold", .option, type: .path, summary: "PETRARCH-2 GSR JSONL file", default: defaultGold)]
    ) { context in
        let path = context.arguments.string("gold") ?? defaultGold
        var gold = CoopGold()
        var codes: [[String]] = []
        for (line, object) in try GoldFile.records(path) {
            let id = try GoldFile.string(object, "id", path, line)
            let text = try GoldFile.string(object, "text", path, line)
            var list: [String] = []
            if case .array(let events)? = object["events"] {
                for case .object(let event) in events { if let code = event["eventcode"]?.scalarText { list.append(code) } }
            }
            codes.append(list)
            gold.documents.append(Document(id: id, text: text))
            gold.passages.append(CoopGold.Passage(source: "cameo", doc: id, para: 0, document: id, range: 0..<text.unicodeScalars.count,
                                                  areas: []))
        }
        let (taxonomy, predicted, _) = try EvalCoopCommand.tagGold(gold, context: context)
        var detection = SpanScores()
        var both = 0, agree = 0, none = 0, noneRight = 0
        for (found, gold) in zip(predicted, codes) {
            let tags = found.map(\.area)
            let g = gold.contains { cooperationRoots.contains(String($0.prefix(2))) }, p = !tags.isEmpty
            detection = detection + SpanScores(truePositives: g && p ? 1 : 0, predicted: p ? 1 : 0, gold: g ? 1 : 0)
            if !g { none += 1; if !p { noneRight += 1 } }
            guard g && p else { continue }
            both += 1
            let crosswalk = tags.flatMap { taxonomy.area($0)?.cameo ?? [] }
            if gold.contains(where: { code in crosswalk.contains { code.hasPrefix($0) } }) { agree += 1 }
        }
        context.note("evaluated \(codes.count) sentences from \(path)")
        func r(_ x: Double) -> Value { .double((x * 1000).rounded() / 1000) }
        var table = Table(name: "eval coop-cameo", columns: [
            .init("measure"), .init("precision", .double), .init("recall", .double), .init("f1", .double), .init("accuracy", .double),
            .init("gold", .int), .init("predicted", .int),
        ])
        table.append(["cooperation", r(detection.precision), r(detection.recall), r(detection.f1), .null, .int(detection.gold), .int(detection.predicted)])
        table.append(["crosswalk", .null, .null, .null, r(both == 0 ? 0 : Double(agree) / Double(both)), .int(both), .int(agree)])
        table.append(["no cooperation", .null, .null, .null, r(none == 0 ? 0 : Double(noneRight) / Double(none)), .int(none), .int(noneRight)])
        return table
    }
}
