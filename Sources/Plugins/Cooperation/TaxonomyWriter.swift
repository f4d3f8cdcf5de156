import Workbench

/// Writes a taxonomy as YAML that `TaxonomyParser` reads back to the same value: every
/// string double-quoted, keys in a fixed order, so exports diff cleanly.
enum TaxonomyWriter {
    static func yaml(_ taxonomy: Taxonomy) -> String {
        var out = "# Cooperation-area taxonomy for wb's coop plugin (see `help coop.taxonomy`).\n"
        out += "taxonomy: \(quote(taxonomy.name))\nversion: \(quote(taxonomy.version))\n"
        out += "threshold: \(number(taxonomy.threshold))\ncontext-window: \(taxonomy.contextWindow)\n"
        out += "actors-as-context: \(taxonomy.actorsAsContext)\n\ncooperation-cues:\n"
        for cue in taxonomy.cooperationCues { out += "  - \(quote(cue.written))\n" }
        out += "\nareas:\n"
        for area in taxonomy.areas {
            out += "  - id: \(quote(area.id))\n    label: \(quote(area.label))\n"
            if !area.description.isEmpty { out += "    description: \(quote(area.description))\n" }
            out += "    cameo: [" + area.cameo.map(quote).joined(separator: ", ") + "]\n"
            if let threshold = area.threshold { out += "    threshold: \(number(threshold))\n" }
            out += "    cues:\n"
            for cue in area.cues { out += "      \(quote(cue.written)): \(number(cue.weight))\n" }
            if !area.context.isEmpty {
                out += "    context:\n"
                for cue in area.context { out += "      - \(quote(cue.written))\n" }
            }
            if !area.negative.isEmpty {
                out += "    negative:\n"
                for cue in area.negative { out += "      \(quote(cue.written)): \(number(cue.weight))\n" }
            }
            out += "\n"
        }
        return out
    }

    /// YAML double-quoted scalars take JSON's escapes.
    static func quote(_ text: String) -> String { JSONRenderer.quote(text) }

    static func number(_ value: Double) -> String { Value.double(value).text }
}
