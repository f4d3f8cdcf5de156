import Foundation

/// Reads documents from paths into the graph. (Minimal: plain text files and folders.)
struct Loader {
    let options: LoadOptions
    let diagnostic: (Diagnostic) -> Void
    let progress: (Int, Int) -> Void
    let cancellation: CancellationToken

    mutating func load(_ paths: [String], into graph: inout CorpusGraph) throws -> LoadSummary {
        var summary = LoadSummary()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostic(Diagnostic(.warning, "no such file or folder", file: path))
                summary.skipped["missing", default: 0] += 1
                continue
            }
            var files: [(String, String)] = []
            if isDirectory.boolValue {
                let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
                for name in names.sorted() where name.hasSuffix(".txt") {
                    files.append(((path as NSString).appendingPathComponent(name), String(name.dropLast(4))))
                }
            } else {
                files.append((path, ((path as NSString).lastPathComponent as NSString).deletingPathExtension))
            }
            for (file, id) in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                let text = String(decoding: data, as: UTF8.self)
                let title = text.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                try graph.add(Document(id: id, title: title, source: file, text: text))
                summary.loaded += 1
            }
        }
        return summary
    }
}
