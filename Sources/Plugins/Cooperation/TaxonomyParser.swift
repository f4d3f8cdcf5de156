import Foundation
import Workbench
import Yams

/// Reads a taxonomy from YAML and checks it, with errors that name the file, the line and
/// what is wrong (`my.yaml:42: area 'cyber-defence': cue 'cyber' has weight 'high', expected
/// a number`), so that a broken edit is found at once and the taxonomy in force stays.
public enum TaxonomyParser {
    /// Keys allowed at the top and in an area: anything else is a typo worth reporting.
    static let topKeys = ["taxonomy", "version", "threshold", "context-window", "actors-as-context", "cooperation-cues", "areas"]
    static let areaKeys = ["id", "label", "description", "cameo", "cues", "context", "negative", "threshold"]

    /// Parses `text`; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> Taxonomy {
        let root: Yams.Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw failure(file, 1, "the file is empty") }
            root = node
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        }
        var reader = Reader(file: file)
        return try reader.taxonomy(root)
    }

    /// Reads and parses a file.
    public static func load(_ path: String) throws -> Taxonomy {
        guard FileManager.default.fileExists(atPath: path) else {
            throw WorkbenchError(.io, "taxonomy file '\(path)' not found", hint: "write one to start from with: coop.taxonomy export FILE")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkbenchError(.io, "cannot read taxonomy file '\(path)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw WorkbenchError(.format, "\(path): the taxonomy file is not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    static func failure(_ file: String, _ line: Int, _ message: String) -> WorkbenchError {
        WorkbenchError(.format, "\(file):\(line): \(message)", hint: "see the default taxonomy: coop.taxonomy export FILE")
    }

    /// libyaml's own message, at its line.
    static func syntaxError(_ error: YamlError, file: String) -> WorkbenchError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return failure(file, mark.line, "YAML syntax: \(problem) (column \(mark.column))")
        case .reader(let problem, _, _, _):
            return failure(file, 1, "YAML: \(problem)")
        default:
            return failure(file, 1, "YAML: \(error)")
        }
    }
}

/// Walks the composed YAML tree, checking each field where it is read.
private struct Reader {
    let file: String

    func line(_ node: Yams.Node) -> Int { node.mark?.line ?? 1 }

    func fail(_ node: Yams.Node, _ message: String) -> WorkbenchError { TaxonomyParser.failure(file, line(node), message) }

    /// The pairs of a mapping, with unknown and repeated keys reported.
    func mapping(_ node: Yams.Node, _ what: String, allowed: [String]?) throws -> [(key: String, keyNode: Yams.Node, value: Yams.Node)] {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping of 'key: value' lines") }
        var seen: [String: Int] = [:]
        var pairs: [(String, Yams.Node, Yams.Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw fail(keyNode, "\(what): a key must be text") }
            if let first = seen[key] { throw fail(keyNode, "\(what): '\(key)' appears twice (first on line \(first))") }
            seen[key] = line(keyNode)
            if let allowed, !allowed.contains(key) {
                throw fail(keyNode, "\(what): unknown key '\(key)'; expected one of: " + allowed.joined(separator: ", "))
            }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    func text(_ node: Yams.Node, _ what: String) throws -> String {
        guard case .scalar(let scalar) = node, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail(node, "\(what) must be non-empty text")
        }
        return scalar.string
    }

    func number(_ node: Yams.Node, _ what: String) throws -> Double {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw fail(node, "\(what) is '\(node.string ?? "a list or mapping")', expected a number")
        }
        return value
    }

    mutating func taxonomy(_ root: Yams.Node) throws -> Taxonomy {
        var taxonomy = Taxonomy(name: "", version: "")
        var sawAreas = false
        for (key, keyNode, value) in try mapping(root, "the taxonomy", allowed: TaxonomyParser.topKeys) {
            switch key {
            case "taxonomy": taxonomy.name = try text(value, "'taxonomy' (its name)")
            case "version": taxonomy.version = try text(value, "'version'")
            case "threshold":
                taxonomy.threshold = try number(value, "'threshold'")
                guard taxonomy.threshold > 0 else { throw fail(value, "'threshold' must be above 0") }
            case "context-window":
                guard let window = Int(value.string ?? ""), window >= 0 else {
                    throw fail(value, "'context-window' is '\(value.string ?? "")', expected a whole number of tokens >= 0")
                }
                taxonomy.contextWindow = window
            case "actors-as-context":
                guard let flag = value.string.flatMap(Self.bool) else { throw fail(value, "'actors-as-context' must be true or false") }
                taxonomy.actorsAsContext = flag
            case "cooperation-cues": taxonomy.cooperationCues = try phrases(value, "'cooperation-cues'")
            case "areas":
                sawAreas = true
                guard case .sequence(let list) = value else { throw fail(value, "'areas' must be a list of areas ('- id: …')") }
                var ids: [String: Int] = [:]
                for item in list {
                    let area = try self.area(item)
                    if let first = ids[area.id] { throw fail(item, "area '\(area.id)' is defined twice (first on line \(first))") }
                    ids[area.id] = line(item)
                    taxonomy.areas.append(area)
                }
            default: throw fail(keyNode, "unknown key '\(key)'")
            }
        }
        guard !taxonomy.name.isEmpty else { throw fail(root, "the taxonomy has no 'taxonomy:' name") }
        guard !taxonomy.version.isEmpty else { throw fail(root, "the taxonomy has no 'version:'") }
        guard sawAreas, !taxonomy.areas.isEmpty else { throw fail(root, "the taxonomy has no 'areas:' list (or it is empty)") }
        return taxonomy
    }

    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    func area(_ node: Yams.Node) throws -> Area {
        var area = Area(id: "", label: "")
        let pairs = try mapping(node, "an area", allowed: TaxonomyParser.areaKeys)
        if let idNode = pairs.first(where: { $0.key == "id" })?.value {
            area.id = try text(idNode, "an area's 'id'")
            guard area.id.unicodeScalars.allSatisfy({ CharacterSet.lowercaseLetters.contains($0) || CharacterSet.decimalDigits.contains($0) || $0 == "-" })
            else { throw fail(idNode, "area id '\(area.id)' may hold only lower-case letters, digits and '-'") }
        } else {
            throw fail(node, "an area has no 'id'")
        }
        let what = "area '\(area.id)'"
        for (key, _, value) in pairs {
            switch key {
            case "label": area.label = try text(value, "\(what): 'label'")
            case "description": area.description = try text(value, "\(what): 'description'")
            case "cameo":
                guard case .sequence(let codes) = value else { throw fail(value, "\(what): 'cameo' must be a list of codes, e.g. [\"073\"]") }
                area.cameo = try codes.map { code in
                    let text = try self.text(code, "\(what): a CAMEO code")
                    guard (2...4).contains(text.count), text.allSatisfy(\.isNumber) else {
                        throw fail(code, "\(what): CAMEO code '\(text)' must be 2 to 4 digits (quote it: \"07\")")
                    }
                    return text
                }
            case "cues": area.cues = try weighted(value, "\(what): 'cues'")
            case "context": area.context = try phrases(value, "\(what): 'context'")
            case "negative": area.negative = try weighted(value, "\(what): 'negative'")
            case "threshold":
                let threshold = try number(value, "\(what): 'threshold'")
                guard threshold > 0 else { throw fail(value, "\(what): 'threshold' must be above 0") }
                area.threshold = threshold
            default: break
            }
        }
        guard !area.label.isEmpty else { throw fail(node, "\(what) has no 'label'") }
        guard !area.cues.isEmpty else { throw fail(node, "\(what) has no 'cues'") }
        return area
    }

    /// `phrase: weight` lines; weights above 0; no two phrases with the same stems.
    func weighted(_ node: Yams.Node, _ what: String) throws -> [Cue] {
        var cues: [Cue] = []
        for (phrase, keyNode, value) in try mapping(node, what, allowed: nil) {
            let weight = try number(value, "\(what): '\(phrase)' has weight")
            guard weight > 0 else { throw fail(value, "\(what): '\(phrase)' has weight \(Value.double(weight).text); weights must be above 0") }
            cues.append(try cue(phrase, weight: weight, at: keyNode, what, known: cues))
        }
        return cues
    }

    /// A list of phrases (weight 1).
    func phrases(_ node: Yams.Node, _ what: String) throws -> [Cue] {
        guard case .sequence(let list) = node else { throw fail(node, "\(what) must be a list of phrases ('- phrase')") }
        var cues: [Cue] = []
        for item in list {
            cues.append(try cue(try text(item, "\(what): an entry"), weight: 1, at: item, what, known: cues))
        }
        return cues
    }

    func cue(_ phrase: String, weight: Double, at node: Yams.Node, _ what: String, known: [Cue]) throws -> Cue {
        let cue = try Cue(phrase, weight: weight, line: line(node))
        guard !cue.stems.isEmpty else { throw fail(node, "\(what): '\(phrase)' has no word in it") }
        if let same = known.first(where: { $0.stems == cue.stems && $0.exact == cue.exact }) {
            throw fail(node, "\(what): '\(phrase)' is matched the same as '\(same.written)' (line \(same.line)): both are '\(cue.stems.joined(separator: " "))'")
        }
        return cue
    }
}
