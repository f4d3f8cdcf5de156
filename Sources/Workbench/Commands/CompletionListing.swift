extension Completer.Result {
    /// The listing laid out in columns filling `width`, down then across as `ls` does,
    /// one string per screen line (no trailing spaces). Pure, so the REPL only prints it.
    public func columns(width: Int) -> [String] {
        guard !listing.isEmpty else { return [] }
        let cellWidth = (listing.map(\.count).max() ?? 0) + 2
        let perLine = max(1, width / cellWidth)
        let lineCount = (listing.count + perLine - 1) / perLine
        var lines: [String] = []
        for line in 0..<lineCount {
            var text = ""
            var column = 0
            while line + column * lineCount < listing.count {
                let label = listing[line + column * lineCount]
                let isLast = line + (column + 1) * lineCount >= listing.count
                text += isLast ? label : label + String(repeating: " ", count: cellWidth - label.count)
                column += 1
            }
            lines.append(text)
        }
        return lines
    }
}
