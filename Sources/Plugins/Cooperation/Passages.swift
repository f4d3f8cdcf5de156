import Workbench

/// The passage a tag is about: a sentence, a paragraph or the whole document.
public enum CoopUnit: String, Sendable, CaseIterable {
    case sentence, paragraph, doc
}

/// Cuts documents into passages.
///
/// Paragraphs follow the labelling rule of the coop_areas gold (`GUIDELINES.md`, `SOURCE.md`):
/// split at blank lines, or at single line breaks when the text has no blank line at all
/// (news records with one paragraph a line), each piece trimmed. One exception, so that
/// speeches stored as hard-wrapped PDF lines do not become line fragments: when a text with
/// no blank line has mostly short lines that do not end a sentence, its lines are joined
/// until one ends a sentence and is shorter than the typical line (a paragraph's last line).
enum Passages {
    static func ranges(of scalars: [Unicode.Scalar], unit: CoopUnit, sentences: DocumentSentences) -> [Range<Int>] {
        switch unit {
        case .doc: return trimmed(0..<scalars.count, scalars).map { [$0] } ?? []
        case .sentence: return (0..<sentences.count).map { Int(sentences.starts[$0])..<Int(sentences.ends[$0]) }
        case .paragraph: return paragraphs(scalars)
        }
    }

    static func paragraphs(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var hasBlankLine = false
        var lines: [Range<Int>] = []
        var lineStart = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            let line = lineStart..<i
            lines.append(line)
            if i < s.count, i + 1 < s.count, s[i + 1] == "\n" { hasBlankLine = true }
            lineStart = i + 1
        }
        if hasBlankLine {
            // Python's split("\n\n"): a run of three line breaks leaves a piece that is empty
            // after trimming, which is dropped.
            var pieces: [Range<Int>] = []
            var start = 0
            var i = 0
            while i + 1 < s.count {
                if s[i] == "\n" && s[i + 1] == "\n" {
                    pieces.append(start..<i)
                    start = i + 2
                    i += 2
                } else {
                    i += 1
                }
            }
            pieces.append(start..<s.count)
            return pieces.compactMap { trimmed($0, s) }
        }
        let nonEmpty = lines.compactMap { trimmed($0, s) }
        return isHardWrapped(nonEmpty, s) ? joinWrapped(nonEmpty, s) : nonEmpty
    }

    /// Mostly lines of similar, short length that run on into the next line.
    static func isHardWrapped(_ lines: [Range<Int>], _ s: [Unicode.Scalar]) -> Bool {
        guard lines.count >= 8 else { return false }
        let lengths = lines.map(\.count).sorted()
        let median = lengths[lengths.count / 2]
        let runOn = lines.filter { !endsSentence($0, s) }.count
        return median < 110 && runOn * 2 > lines.count
    }

    static func joinWrapped(_ lines: [Range<Int>], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        let lengths = lines.map(\.count).sorted()
        let typical = lengths[lengths.count * 3 / 4]
        var result: [Range<Int>] = []
        var start: Int?
        for line in lines {
            if start == nil { start = line.lowerBound }
            if endsSentence(line, s) && Double(line.count) < Double(typical) * 0.8, let first = start {
                result.append(first..<line.upperBound)
                start = nil
            }
        }
        if let first = start, let last = lines.last { result.append(first..<last.upperBound) }
        return result
    }

    static func endsSentence(_ line: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard let last = line.last else { return false }
        return [".", "!", "?", ":", "\"", "”", "’", ")"].contains(s[last])
    }

    static func trimmed(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int>? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && s[lo].properties.isWhitespace { lo += 1 }
        while hi > lo && s[hi - 1].properties.isWhitespace { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }
}
