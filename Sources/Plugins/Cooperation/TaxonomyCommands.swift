import Foundation
import Workbench

/// `coop.taxonomy`, `coop.taxonomy load FILE`, `coop.taxonomy export FILE`.
enum TaxonomyCommands {
    static let show = CommandSpec(
        "coop.taxonomy",
        summary: "show the cooperation taxonomy in force: areas, cues, context, negative cues, CAMEO codes",
        discussion: """
        Without --area: one row per area (id, label, cues, context, negative, cameo, threshold, description). With \
        --area ID: one row per phrase of that area (kind cue/context/negative, phrase, the stems it is matched on, \
        weight, line in the taxonomy file). The taxonomy is a YAML file: see coop.taxonomy export to write one to \
        edit, coop.taxonomy load to use it.
        """,
        examples: ["coop.taxonomy", "coop.taxonomy --area missile-defence"],
        arguments: [ArgumentSpec("area", .option, summary: "show one area's phrases")]
    ) { context in
        let taxonomy = try TaxonomyStore.resolve(context.settings[TaxonomyStore.setting])
        context.note("taxonomy \(taxonomy.name) \(taxonomy.version): \(taxonomy.areas.count) areas, \(taxonomy.cooperationCues.count) cooperation cues")
        guard let id = context.arguments.string("area") else {
            var table = Table(name: "coop.taxonomy", columns: [
                .init("area"), .init("label"), .init("cues", .int), .init("context", .int), .init("negative", .int),
                .init("cameo", .array), .init("threshold", .double), .init("description"),
            ])
            for area in taxonomy.areas {
                table.append([.string(area.id), .string(area.label), .int(area.cues.count), .int(area.context.count),
                              .int(area.negative.count), .array(area.cameo.map(Value.string)),
                              .double(area.threshold ?? taxonomy.threshold), .string(area.description)])
            }
            return table
        }
        guard let area = taxonomy.area(id) else {
            throw WorkbenchError(.badValue, "unknown area '\(id)'", hint: "areas: " + taxonomy.areas.map(\.id).joined(separator: ", "),
                                 at: context.arguments.location("area"))
        }
        var table = Table(name: "coop.taxonomy", columns: [
            .init("kind"), .init("phrase"), .init("stems"), .init("weight", .double), .init("line", .int),
        ])
        let groups: [(String, [Cue], Bool)] = [("cue", area.cues, true), ("context", area.context + taxonomy.cooperationCues, false),
                                               ("negative", area.negative, true)]
        for (kind, cues, weighted) in groups {
            for cue in cues {
                table.append([.string(kind), .string(cue.written), .string(cue.stems.joined(separator: " ")),
                              weighted ? .double(cue.weight) : .null, .int(cue.line)])
            }
        }
        return table
    }

    static let load = CommandSpec(
        "coop.taxonomy load",
        summary: "use a cooperation taxonomy file (YAML), replacing the current one or --extend-ing it",
        discussion: """
        The file is checked first: a broken file is reported with its line and what is wrong, and the taxonomy in \
        force stays. With --extend, the file's areas are added to the current taxonomy (an area with an id already \
        there replaces it). The choice is kept in the coop.taxonomy setting (with a hash of the file, so an edit \
        made later is noticed); set coop.taxonomy default goes back to the shipped one.
        """,
        examples: ["coop.taxonomy load my_taxonomy.yaml", "coop.taxonomy load extra_areas.yaml --extend"],
        arguments: [
            ArgumentSpec("file", type: .path, summary: "a taxonomy YAML file", required: true),
            ArgumentSpec("extend", .flag, summary: "add to the current taxonomy instead of replacing it"),
        ]
    ) { context in
        let path = context.arguments.string("file") ?? ""
        let text = try context.at("file") { try TaxonomyStore.read(path) }
        let taxonomy = try context.at("file") { try TaxonomyParser.parse(text, file: path) }
        let current = context.settings[TaxonomyStore.setting]
        let value = TaxonomyStore.value(loading: path, text: text, extending: context.arguments.flag("extend") ? current : nil)
        let combined = try TaxonomyStore.resolve(value)
        context.state.settings[TaxonomyStore.setting] = value
        context.note("taxonomy \(taxonomy.name) \(taxonomy.version) loaded from \(path): \(taxonomy.areas.count) areas"
                     + (context.arguments.flag("extend") ? "; \(combined.areas.count) areas in force" : ""))
        return .empty("coop.taxonomy load")
    }

    static let export = CommandSpec(
        "coop.taxonomy export",
        summary: "write the cooperation taxonomy in force to a YAML file, as a starting point for your own",
        discussion: "The shipped default is written as it is, with its comments on how tagging works; a loaded taxonomy is written in the same layout.",
        examples: ["coop.taxonomy export my_taxonomy.yaml"],
        arguments: [ArgumentSpec("file", type: .path, summary: "the file to write", required: true)]
    ) { context in
        let path = context.arguments.string("file") ?? ""
        let value = context.settings[TaxonomyStore.setting] ?? TaxonomyStore.defaultName
        let text = value == TaxonomyStore.defaultName ? try TaxonomyStore.builtInText()
            : TaxonomyWriter.yaml(try TaxonomyStore.resolve(value))
        do {
            try FileOutput.write(text, to: path)
        } catch let error as WorkbenchError {
            throw error.located(at: context.arguments.location("file"))
        }
        context.note("wrote the taxonomy to \(path)")
        return .empty("coop.taxonomy export")
    }
}
