import Workbench

/// Terminal bars for `coop.areas --chart`: one line per area, grouped under the --by keys,
/// bar length proportional to the share (the largest share fills the width).
enum BarChart {
    static let width = 40

    static func render(_ table: Table, keys: Int, title: String) -> Table {
        guard let shareIndex = table.columnNames.firstIndex(of: "share"),
              let areaIndex = table.columnNames.firstIndex(of: "area"),
              let countIndex = table.columnNames.firstIndex(of: "passages") else { return table }
        let largest = table.rows.compactMap { $0.values[shareIndex].number }.max() ?? 0
        let labelWidth = table.rows.map { $0.values[areaIndex].text.count }.max() ?? 0
        var lines: [String] = [title]
        var lastGroup: [String]?
        for row in table.rows {
            let group = row.values.prefix(keys).map(\.text)
            if keys > 0 && group != lastGroup {
                if lastGroup != nil { lines.append("") }
                lines.append(group.joined(separator: " · "))
                lastGroup = group
            }
            let share = row.values[shareIndex].number ?? 0
            let eighths = largest > 0 ? Int((share / largest * Double(width * 8)).rounded()) : 0
            let bar = String(repeating: "█", count: eighths / 8) + (eighths % 8 > 0 ? String(partial[eighths % 8]) : "")
            let area = row.values[areaIndex].text
            let percent = (share * 1000).rounded() / 10
            lines.append("  " + area + String(repeating: " ", count: labelWidth - area.count) + " " + bar
                         + " \(percent)% (\(row.values[countIndex].text))")
        }
        return .lines("coop.areas", lines)
    }

    private static let partial: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
}
