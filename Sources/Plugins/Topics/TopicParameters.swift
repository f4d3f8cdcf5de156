import Workbench

enum TopicMethod: String, CaseIterable, Sendable {
    case kmeans, nmf
}

/// Everything that decides a topic model besides the corpus. Two runs with equal parameters
/// on the same documents give the same topics, ids and bytes.
struct TopicParameters: Sendable, Hashable {
    /// nil: choose k (`--k auto`) from `autoRange`.
    var k: Int?
    var autoRange = 2...12
    var unit: TopicUnitKind = .doc
    var seed: UInt64 = 0
    var method: TopicMethod = .kmeans
    var features = FeatureOptions()
    var restarts = 10

    /// A canonical text of the parameters: the cache fingerprint, and the key under which a
    /// model's topics are remembered so that a rerun on more documents keeps their ids.
    var key: String {
        [
            "unit=\(unit.rawValue)", "k=" + (k.map(String.init) ?? "auto\(autoRange.lowerBound)-\(autoRange.upperBound)"),
            "method=\(method.rawValue)", "seed=\(seed)", "restarts=\(restarts)", "min-df=\(features.minDF)",
            "max-df=\(features.maxDF)", "bigrams=\(features.bigrams)",
        ].joined(separator: ";")
    }

    static let defaultSeed = 0
    static let defaultRestarts = 10

    /// The arguments every topics command takes, so that `topics`, `topics.assign`,
    /// `topics.show` … with the same options describe the same model.
    static let arguments: [ArgumentSpec] = [
        ArgumentSpec("k", .option, summary: "how many topics: a number from 2, or auto (see help topics)",
                     default: "auto", completion: .custom(["auto", "5", "10", "20"])),
        ArgumentSpec("unit", .option, type: .choice(TopicUnitKind.allCases.map(\.rawValue)),
                     summary: "what is clustered: whole documents, paragraphs, sentences or quotes", default: "doc"),
        ArgumentSpec("seed", .option, type: .int, summary: "random seed of the k-means++ seeding", default: String(defaultSeed)),
        ArgumentSpec("method", .option, type: .choice(TopicMethod.allCases.map(\.rawValue)),
                     summary: "kmeans (one topic a unit) or nmf (overlapping topics)", default: "kmeans"),
        ArgumentSpec("restarts", .option, type: .int, summary: "clustering runs from different seedings; the tightest is kept",
                     default: String(defaultRestarts)),
        ArgumentSpec("min-df", .option, type: .int, summary: "drop terms found in fewer units than this", default: "2"),
        ArgumentSpec("max-df", .option, type: .double, summary: "drop terms found in more than this share of units",
                     default: "0.5"),
        ArgumentSpec("bigrams", .flag, summary: "also use pairs of adjacent terms (interest rate, prime minister)"),
    ]

    /// Reads and checks the shared arguments.
    /// `goldClasses`: for `eval topics`, where `--k gold` means that many.
    static func from(_ arguments: BoundArguments, command: String, goldClasses: Int? = nil) throws -> TopicParameters {
        var p = TopicParameters()
        var kText = arguments.string("k") ?? "auto"
        if kText == "gold", let goldClasses { kText = String(goldClasses) }
        if kText == "auto" {
            p.k = nil
        } else if let k = Int(kText) {
            guard k >= 2 else {
                throw WorkbenchError(.badValue, "invalid value '\(kText)' for --k of '\(command)': topics need k of 2 or more",
                                     hint: "use --k auto to let wb choose k", at: arguments.location("k"))
            }
            p.k = k
        } else {
            throw WorkbenchError(.badValue, "invalid value '\(kText)' for --k of '\(command)': expected a whole number or auto",
                                 at: arguments.location("k"))
        }
        p.unit = TopicUnitKind(rawValue: arguments.string("unit") ?? "doc") ?? .doc
        let seed = arguments.int("seed") ?? defaultSeed
        guard seed >= 0 else {
            throw WorkbenchError(.badValue, "invalid value '\(seed)' for --seed of '\(command)': expected 0 or more",
                                 at: arguments.location("seed"))
        }
        p.seed = UInt64(seed)
        p.method = TopicMethod(rawValue: arguments.string("method") ?? "kmeans") ?? .kmeans
        let restarts = arguments.int("restarts") ?? defaultRestarts
        guard restarts >= 1 && restarts <= 1000 else {
            throw WorkbenchError(.badValue, "invalid value '\(restarts)' for --restarts of '\(command)': expected 1 to 1000",
                                 at: arguments.location("restarts"))
        }
        p.restarts = restarts
        let minDF = arguments.int("min-df") ?? 2
        guard minDF >= 1 else {
            throw WorkbenchError(.badValue, "invalid value '\(minDF)' for --min-df of '\(command)': expected 1 or more",
                                 at: arguments.location("min-df"))
        }
        let maxDF = arguments.double("max-df") ?? 0.5
        guard maxDF > 0 && maxDF <= 1 else {
            throw WorkbenchError(.badValue, "invalid value '\(maxDF)' for --max-df of '\(command)': expected a share above 0 and at most 1",
                                 at: arguments.location("max-df"))
        }
        p.features = FeatureOptions(minDF: minDF, maxDF: maxDF, bigrams: arguments.flag("bigrams"))
        return p
    }
}
