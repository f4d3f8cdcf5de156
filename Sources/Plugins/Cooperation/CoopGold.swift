import Foundation
import Workbench

/// The coop_areas gold: passages given as offsets into source documents (the held-out part
/// has no text), read back into a corpus of their own.
struct CoopGold {
    struct Passage {
        let source: String
        let doc: String
        let para: Int
        /// The document id in the evaluation corpus, and the passage in it.
        var document: String
        var range: Range<Int>
        let areas: [String]
    }

    var passages: [Passage] = []
    var documents: [Document] = []
    /// How many passages had to use their own `text` because the source was not found.
    var fromText = 0

    /// Where each source's documents are, relative to the corpora folder.
    static let sources: [String: (file: String, id: String)] = [
        "un_general_debates_subset": ("un_general_debates_subset/ungdc_subset.jsonl", "id"),
        "ag_news_test": ("ag_news_test/ag_news_test.dev.jsonl", "id"),
        "bbc_news": ("bbc_news/bbc_news.dev.jsonl", "id"),
        "isaf_press_releases": ("isaf_press_releases/isaf_pr.dev.jsonl", "id"),
    ]

    static func read(_ path: String, corpora: String) throws -> CoopGold {
        let records = try GoldFile.records(path)
        var gold = CoopGold()
        var texts: [String: String?] = [:]
        var wanted: [String: Set<String>] = [:]
        for (line, object) in records {
            let source = try GoldFile.string(object, "source", path, line)
            let doc = try GoldFile.string(object, "doc", path, line)
            guard case .number(let a)? = object["start"], case .number(let b)? = object["end"], let start = Int(a), let end = Int(b),
                  start <= end else {
                throw WorkbenchError(.format, "\(path):\(line): gold record needs numbers 'start' <= 'end'")
            }
            guard case .array(let list)? = object["areas"] else {
                throw WorkbenchError(.format, "\(path):\(line): gold record has no list 'areas'")
            }
            let areas = list.compactMap { value -> String? in if case .string(let s) = value { return s } else { return nil } }
            var para = 0
            if case .number(let p)? = object["para"] { para = Int(p) ?? 0 }
            var text: String?
            if case .string(let t)? = object["text"] { text = t }
            texts["\(doc)#\(para)"] = text
            wanted[source, default: []].insert(doc)
            gold.passages.append(Passage(source: source, doc: doc, para: para, document: doc, range: start..<end, areas: areas))
        }
        var loaded: [String: Document] = [:]
        for (source, ids) in wanted {
            for document in try sourceDocuments(source, ids: ids, corpora: corpora) { loaded[document.id] = document }
        }
        var added: Set<String> = []
        for index in gold.passages.indices {
            let passage = gold.passages[index]
            let key = "\(passage.doc)#\(passage.para)"
            if let document = loaded[passage.doc], passage.range.upperBound <= document.length,
               texts[key].flatMap({ $0 }).map({ $0 == slice(document.text, passage.range) }) ?? true {
                if added.insert(document.id).inserted { gold.documents.append(document) }
                continue
            }
            guard let text = texts[key].flatMap({ $0 }) else {
                throw WorkbenchError(.io, "\(path): the source document '\(passage.doc)' (\(passage.source)) was not found and the record has no text",
                                     hint: "the gold reads its documents from \(corpora) (see coop_areas/SOURCE.md); pass --corpora DIR")
            }
            gold.fromText += 1
            gold.passages[index].document = key
            gold.passages[index].range = 0..<text.unicodeScalars.count
            if added.insert(key).inserted { gold.documents.append(Document(id: key, text: text)) }
        }
        return gold
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The documents of one source named in `ids`; none when the source file is absent.
    static func sourceDocuments(_ source: String, ids: Set<String>, corpora: String) throws -> [Document] {
        let base = URL(fileURLWithPath: corpora)
        if source == "seed" {
            return ids.compactMap { id in
                let candidates = [base.deletingLastPathComponent().appendingPathComponent("seeds/\(id).txt").path, "seeds/\(id).txt"]
                guard let path = candidates.first(where: FileManager.default.fileExists(atPath:)),
                      let data = FileManager.default.contents(atPath: path) else { return nil }
                return Document(id: id, text: String(decoding: data, as: UTF8.self))
            }
        }
        guard let (file, idField) = sources[source] else { return [] }
        let path = base.appendingPathComponent(file).path
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        var documents: [Document] = []
        for (line, object) in try GoldFile.records(path) {
            guard case .string(let id)? = object[idField], ids.contains(id) else { continue }
            let text = try GoldFile.string(object, "text", path, line)
            var metadata: [String: String] = [:]
            for member in object.members where member.key != "text" && member.key != idField {
                if let value = member.value.scalarText, metadata[member.key] == nil { metadata[member.key] = value }
            }
            documents.append(Document(id: id, text: text, metadata: metadata))
        }
        return documents
    }
}
