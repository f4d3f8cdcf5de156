import Workbench

/// A cooperation-area taxonomy: the areas a passage can be tagged with, and the rules that
/// decide it, as read from a YAML file (`Resources/coop_taxonomy.yaml` is the default).
///
/// Everything the tagger does is written here, so an analyst can read why a passage got an
/// area and change it without touching code.
public struct Taxonomy: Sendable, Equatable {
    /// The taxonomy's name (`coop-areas`) and version (`1.0.0`), shown and recorded on nodes.
    public var name: String
    public var version: String
    /// The score an area must reach in a passage, unless the area sets its own.
    public var threshold: Double
    /// How near (in tokens) a cooperation cue must be to an area cue.
    public var contextWindow: Int
    /// Whether two actors named together (`Japan and NATO`) count as cooperation context.
    public var actorsAsContext: Bool
    /// Phrases that assert cooperation, for every area.
    public var cooperationCues: [Cue]
    public var areas: [Area]

    public init(name: String, version: String, threshold: Double = 2, contextWindow: Int = 40, actorsAsContext: Bool = true,
                cooperationCues: [Cue] = [], areas: [Area] = []) {
        self.name = name
        self.version = version
        self.threshold = threshold
        self.contextWindow = contextWindow
        self.actorsAsContext = actorsAsContext
        self.cooperationCues = cooperationCues
        self.areas = areas
    }

    /// The area with this id.
    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }

    /// This taxonomy with `other`'s areas added; an area with an id already present replaces
    /// it in place. Other's global settings and cooperation cues win when it sets them.
    public func extended(with other: Taxonomy) -> Taxonomy {
        var result = self
        result.name = other.name
        result.version = other.version
        result.threshold = other.threshold
        result.contextWindow = other.contextWindow
        result.actorsAsContext = other.actorsAsContext
        for cue in other.cooperationCues where !result.cooperationCues.contains(where: { $0.phrase == cue.phrase }) {
            result.cooperationCues.append(cue)
        }
        for area in other.areas {
            if let index = result.areas.firstIndex(where: { $0.id == area.id }) {
                result.areas[index] = area
            } else {
                result.areas.append(area)
            }
        }
        return result
    }
}

/// One area of cooperation (`missile-defence`): what it covers and how it is recognised.
public struct Area: Sendable, Equatable {
    public var id: String
    public var label: String
    public var description: String
    /// CAMEO event codes that correspond, where CAMEO has one (`073` humanitarian aid).
    public var cameo: [String]
    /// Weighted cue phrases; each distinct one found adds its weight.
    public var cues: [Cue]
    /// More phrases that assert cooperation for this area only (`fight` for terrorism).
    public var context: [Cue]
    /// Phrases that show a mere mention (`own natural disasters`); each subtracts its weight.
    public var negative: [Cue]
    /// Overrides the taxonomy's threshold when set.
    public var threshold: Double?

    public init(id: String, label: String, description: String = "", cameo: [String] = [], cues: [Cue] = [],
                context: [Cue] = [], negative: [Cue] = [], threshold: Double? = nil) {
        self.id = id
        self.label = label
        self.description = description
        self.cameo = cameo
        self.cues = cues
        self.context = context
        self.negative = negative
        self.threshold = threshold
    }
}

/// A phrase as written in the taxonomy, its stems (how it is matched) and its weight.
///
/// A phrase written with a leading `=` (`=intelligence`) is matched on word forms instead
/// of stems, for words whose stem is shared with unrelated words (`intelligent`,
/// `consultants`, `terrorizing`).
public struct Cue: Sendable, Equatable {
    public var phrase: String
    /// The stems of the phrase's words, or their lower-cased forms for an exact cue.
    public var stems: [String]
    public var exact = false
    public var weight: Double
    /// The line of the taxonomy file it was read from (0 when built in code).
    public var line: Int

    public init(phrase: String, stems: [String], weight: Double = 1, line: Int = 0) {
        self.phrase = phrase
        self.stems = stems
        self.weight = weight
        self.line = line
    }

    /// A cue whose stems are computed the way the token layer stems text.
    public init(_ phrase: String, weight: Double = 1, line: Int = 0) throws {
        if phrase.hasPrefix("=") {
            let words = String(phrase.dropFirst())
            self.init(phrase: words, stems: try PhraseStems.forms(of: words), weight: weight, line: line)
            exact = true
        } else {
            self.init(phrase: phrase, stems: try PhraseStems.stems(of: phrase), weight: weight, line: line)
        }
    }

    /// How the phrase is written in a taxonomy file (`=` marks an exact cue).
    public var written: String { exact ? "=" + phrase : phrase }
}
