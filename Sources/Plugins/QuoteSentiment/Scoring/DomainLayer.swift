import Foundation
import Workbench

/// A domain layer: valences for a field's vocabulary that the general lexicon lacks or
/// gets wrong (`cooperation`, `deterrence`; `security` is not a feeling in `Security
/// Council`). A plain TSV file users can edit or replace (`set sentiment.domain FILE`):
///
/// ```
/// # comment lines and blank lines are skipped
/// term<TAB>valence<TAB>note (optional)
/// cooperation	1.6	working together is good news in policy talk
/// open door	1.5	a phrase: its words in a row
/// ```
///
/// Valences use the lexicon's scale, −4 (most negative) … 4; 0 removes a lexicon word's
/// sentiment. A term may be a phrase (words separated by spaces or hyphens). The domain
/// layer wins over the lexicon; the rules (negation, intensifiers …) apply to its terms too.
struct DomainLayer: Sendable, Equatable {
    struct Term: Sendable, Equatable {
        var text: String
        var valence: Float
        var note: String
        var line: Int
    }

    var name: String
    var terms: [Term]

    /// Parses the file's text; errors name the file and line. Lines and fields are split on
    /// bytes (a `Character` split and Foundation's trimming cost more than the rest of the
    /// sentiment tables together).
    init(name: String, text: String) throws {
        self.name = name
        var terms: [Term] = []
        var seen: [String: Int] = [:]
        var lineNumber = 0
        for rawBytes in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            let raw = Substring(rawBytes)
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.utf8.allSatisfy({ $0 == 32 || $0 == 9 }) || line.hasPrefix("#") { continue }
            let fields = line.utf8.split(separator: 9, omittingEmptySubsequences: false).map { DomainLayer.trimmed(Substring($0)) }
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw WorkbenchError(.format, "\(name):\(lineNumber): expected a term, a tab and a valence",
                                     hint: "domain layer lines are: term<TAB>valence<TAB>note")
            }
            guard let valence = Float(fields[1]), valence.isFinite, abs(valence) <= 4 else {
                throw WorkbenchError(.format, "\(name):\(lineNumber): valence '\(fields[1])' of '\(fields[0])' is not a number between -4 and 4")
            }
            let key = SentimentTerms.split(fields[0]).joined(separator: " ")
            if let first = seen[key] {
                throw WorkbenchError(.format, "\(name):\(lineNumber): '\(fields[0])' is already in the domain layer (line \(first))")
            }
            seen[key] = lineNumber
            terms.append(Term(text: fields[0], valence: valence, note: fields.count > 2 ? fields[2...].joined(separator: " ") : "",
                              line: lineNumber))
        }
        self.terms = terms
    }

    /// Without leading and trailing tabs and space separators (Foundation's `.whitespaces`).
    static func trimmed(_ field: Substring) -> String {
        func blank(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? s == "\t" || s == " " : s.properties.generalCategory == .spaceSeparator
        }
        let scalars = field.unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, blank(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, blank(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        return String(scalars[lo..<hi])
    }

    /// Reads a domain file from disk.
    static func read(path: String) throws -> DomainLayer {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkbenchError(.io, "cannot read the domain layer '\(path)'",
                                 hint: "set sentiment.domain to a TSV file, 'international-affairs' (built in) or 'none'")
        }
        return try DomainLayer(name: (path as NSString).lastPathComponent, text: String(decoding: data, as: UTF8.self))
    }
}
